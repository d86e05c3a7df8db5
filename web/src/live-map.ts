import type { Client } from 'graphql-ws';
import type L from 'leaflet';
import { request, subscribe, type ApiError } from './api';
import { LiveOccupancySubscription, LotsInViewQuery } from './operations';
import type { LotMarkers } from './lot-markers';
import { viewportBounds, type Bounds } from './viewport';

/** Waits for the map to settle before asking again: a drag fires many `moveend`s. */
const SETTLE_MS = 250;

/**
 * Keeps the markers of the visible area current: on every settled move it loads the lots in view
 * (`lotsInBounds`) and moves the live subscription (`lotOccupancyChanged`) to the new bounds,
 * passing the versions it already has so the server sends only what changed meanwhile.
 */
export function followViewport(options: {
  map: L.Map;
  markers: LotMarkers;
  client: Client;
  onError: (error: ApiError) => void;
}): void {
  const { map, markers, client, onError } = options;
  let unsubscribe: (() => void) | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  // answers to an earlier viewport's query are dropped once the map has moved on
  let viewport = 0;

  const follow = async () => {
    const bounds = mapBounds(map);
    const thisViewport = ++viewport;
    markers.keepOnlyInside(bounds);
    unsubscribe?.();
    unsubscribe = subscribe(
      client,
      LiveOccupancySubscription,
      { bounds, knownVersions: markers.knownVersions() },
      ({ lotOccupancyChanged: update }) =>
        markers.showLive({ id: update.lotId, name: update.lot.name, location: update.lot.location, occupancy: update.occupancy }, update.version),
      onError,
    );
    try {
      const { lotsInBounds } = await request(LotsInViewQuery, { bounds });
      if (thisViewport !== viewport) return;
      for (const { node } of lotsInBounds.edges) markers.showQueried(node);
    } catch (error) {
      onError(error as ApiError);
    }
  };

  map.on('moveend', () => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => void follow(), SETTLE_MS);
  });
  void follow();
}

/** The map's visible area as the API takes it. */
export function mapBounds(map: L.Map): Bounds {
  const view = map.getBounds();
  return viewportBounds({ south: view.getSouth(), west: view.getWest(), north: view.getNorth(), east: view.getEast() });
}
