import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './style.css';
import { createLiveClient, type ApiError, type ConnectionState } from './api';
import { DriverPanel } from './driver-panel';
import { followViewport, mapBounds } from './live-map';
import { LotMarkers } from './lot-markers';
import { LotPanel } from './lot-panel';
import { SearchPanel } from './search-panel';
import { tileLayerFor } from './tiles';
import { DEMO_CITY_BOUNDS } from './viewport';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const STATE_WORDS: Record<ConnectionState, string> = {
  connecting: 'Connecting to live updates…',
  live: 'Live: free spaces update as they change.',
  reconnecting: 'Live updates interrupted; reconnecting…',
};

const status = byId<HTMLElement>('live-status');
const showState = (state: ConnectionState) => {
  status.textContent = STATE_WORDS[state];
  status.dataset.state = state;
};
const showError = (error: ApiError) => {
  status.textContent = `${error.message} (${error.code})`;
  status.dataset.state = 'error';
};

const { south, west, north, east } = DEMO_CITY_BOUNDS;
// quarter zoom steps let the demo city fill the window instead of a quarter of it
const map = L.map('map', { zoomSnap: 0.25 }).fitBounds([
  [south, west],
  [north, east],
]);
tileLayerFor(new URLSearchParams(window.location.search))?.addTo(map);

const lotPanel = new LotPanel({ section: byId('lot-panel'), name: byId('lot-name'), chart: byId('lot-history-chart'), message: byId('lot-message') });
const markers = new LotMarkers(map, (lot) => void lotPanel.show(lot));
followViewport({ map, markers, client: createLiveClient(showState), onError: showError });

let search: SearchPanel | undefined;
const driver = new DriverPanel(
  {
    signInForm: byId('sign-in-form'),
    tokenInput: byId('token'),
    signedIn: byId('driver'),
    name: byId('driver-name'),
    signOut: byId('sign-out'),
    vehicle: byId('vehicle'),
    bookings: byId('bookings'),
    message: byId('driver-message'),
  },
  () => void search?.refresh(),
);
search = new SearchPanel(
  {
    form: byId('search-form'),
    start: byId('start'),
    end: byId('end'),
    spaceKind: byId('space-kind'),
    results: byId('search-results'),
    message: byId('search-message'),
  },
  {
    currentBounds: () => mapBounds(map),
    showOnMap: (lot) => {
      map.setView(lot.location, Math.max(map.getZoom(), 16));
      void lotPanel.show(lot);
    },
    book: (lot, window, spaceKind) => driver.book(lot, window, spaceKind),
  },
);
