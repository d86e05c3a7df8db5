import L from 'leaflet';
import { describeOccupancy, occupancyLevel, type Occupancy } from './occupancy-level';
import { containsPoint, type Bounds } from './viewport';

/** What a marker shows about a lot. */
export interface LotOnMap {
  id: string;
  name: string;
  location: { lat: number; lng: number };
  occupancy: Occupancy;
}

interface Shown {
  marker: L.Marker;
  lot: LotOnMap;
  /** The last `version` from the live subscription; undefined while only the query has spoken. */
  version: number | undefined;
}

/**
 * One marker per lot, labelled with its free spaces now and coloured by how many are left. The
 * label element carries `data-lot-id`, `data-free` and, once live, `data-version` (the browser
 * test reads them) and an `aria-label` with the lot's name and counts.
 */
export class LotMarkers {
  private readonly shown = new Map<string, Shown>();

  constructor(
    private readonly map: L.Map,
    /** Called when a person chooses a lot's marker (click, or Enter on the focused marker). */
    private readonly onChoose?: (lot: LotOnMap) => void,
  ) {}

  /**
   * A lot as the viewport query returned it. Counts a live update already delivered win: the
   * query may have been answered before that update and arrive after it.
   */
  showQueried(lot: LotOnMap): void {
    const current = this.shown.get(lot.id);
    if (current?.version !== undefined) return;
    this.show(lot, undefined);
  }

  /** A lot from the live subscription; an update older than the one shown is ignored. */
  showLive(lot: LotOnMap, version: number): void {
    const current = this.shown.get(lot.id);
    if (current?.version !== undefined && current.version >= version) return;
    this.show(lot, version);
  }

  /** The versions the live subscription already delivered, so a new one can skip them. */
  knownVersions(): Array<{ lotId: string; version: number }> {
    return [...this.shown.values()].flatMap(({ lot, version }) => (version === undefined ? [] : [{ lotId: lot.id, version }]));
  }

  /** Drops the markers outside the viewport: they would no longer be kept live. */
  keepOnlyInside(bounds: Bounds): void {
    for (const [id, { marker, lot }] of this.shown) {
      if (containsPoint(bounds, lot.location)) continue;
      marker.remove();
      this.shown.delete(id);
    }
  }

  private show(lot: LotOnMap, version: number | undefined): void {
    const current = this.shown.get(lot.id);
    if (current) {
      current.lot = lot;
      current.version = version;
      current.marker.setLatLng(lot.location);
      const element = current.marker.getElement();
      if (element) renderLabel(element, current);
      if (current.marker.isTooltipOpen()) current.marker.getTooltip()?.update();
      return;
    }
    const marker = L.marker(lot.location, {
      icon: L.divIcon({ className: 'lot-marker', iconSize: [30, 30] }),
      keyboard: true,
      riseOnHover: true,
    });
    const shown: Shown = { marker, lot, version };
    // the label element exists only once the marker is on the map
    marker.on('add', () => renderLabel(marker.getElement()!, shown));
    marker.on('click', () => this.onChoose?.(shown.lot));
    marker.bindTooltip(() => `<strong>${escapeHtml(shown.lot.name)}</strong><br>${describeOccupancy(shown.lot.occupancy)}`, {
      direction: 'top',
      offset: [0, -15],
    });
    this.shown.set(lot.id, shown);
    marker.addTo(this.map);
  }
}

function renderLabel(element: HTMLElement, { lot, version }: Shown): void {
  const level = occupancyLevel(lot.occupancy);
  element.textContent = String(lot.occupancy.available);
  element.dataset.lotId = lot.id;
  element.dataset.free = String(lot.occupancy.available);
  element.dataset.level = level;
  // present once the live subscription has spoken for this lot
  if (version !== undefined) element.dataset.version = String(version);
  element.setAttribute('aria-label', `${lot.name}: ${describeOccupancy(lot.occupancy)}`);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
