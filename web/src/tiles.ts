import L from 'leaflet';

/** OpenStreetMap's standard tiles; their usage policy allows light use such as a demo. */
const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
/** A transparent pixel in place of a tile that failed, so an offline map shows no broken images. */
const EMPTY_TILE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/**
 * The base map from the page's address: `?tiles=<url template>` (`{z}/{x}/{y}`, e.g. a tile
 * server of your own), `?tiles=none` for no base map, OpenStreetMap otherwise. Without a network
 * tiles fail quietly: the markers and the panel do not depend on them.
 */
export function tileLayerFor(params: URLSearchParams): L.TileLayer | undefined {
  const template = params.get('tiles') ?? DEFAULT_TILE_URL;
  if (template === 'none') return undefined;
  return L.tileLayer(template, {
    maxZoom: 19,
    errorTileUrl: EMPTY_TILE,
    attribution: template === DEFAULT_TILE_URL ? OSM_ATTRIBUTION : '',
  });
}
