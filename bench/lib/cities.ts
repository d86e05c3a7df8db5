/**
 * The cities the benchmark dataset is built around. Lots are spread around each centre (denser
 * towards it); search points are drawn uniformly inside `radiusMeters` of a centre.
 */
export interface City {
  name: string;
  lat: number;
  lng: number;
  /** Lots and search points fall within this distance of the centre. */
  radiusMeters: number;
  timeZone: string;
  currency: string;
}

export const CITIES: readonly City[] = [
  { name: 'London', lat: 51.5074, lng: -0.1278, radiusMeters: 15_000, timeZone: 'Europe/London', currency: 'GBP' },
  { name: 'Manchester', lat: 53.4808, lng: -2.2426, radiusMeters: 8_000, timeZone: 'Europe/London', currency: 'GBP' },
  { name: 'Paris', lat: 48.8566, lng: 2.3522, radiusMeters: 10_000, timeZone: 'Europe/Paris', currency: 'EUR' },
  { name: 'Berlin', lat: 52.52, lng: 13.405, radiusMeters: 12_000, timeZone: 'Europe/Berlin', currency: 'EUR' },
  { name: 'Madrid', lat: 40.4168, lng: -3.7038, radiusMeters: 10_000, timeZone: 'Europe/Madrid', currency: 'EUR' },
  { name: 'Amsterdam', lat: 52.3676, lng: 4.9041, radiusMeters: 7_000, timeZone: 'Europe/Amsterdam', currency: 'EUR' },
];

/** Metres per degree of latitude (and of longitude at the equator), close enough for spreading points. */
export const METERS_PER_DEGREE = 111_320;

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` points drawn uniformly inside the cities' circles (city chosen uniformly), deterministic per seed. */
export function randomPoints(count: number, seed: number): { lat: number; lng: number; city: string }[] {
  const random = seededRandom(seed);
  const points: { lat: number; lng: number; city: string }[] = [];
  for (let i = 0; i < count; i++) {
    const city = CITIES[Math.floor(random() * CITIES.length)]!;
    const r = city.radiusMeters * Math.sqrt(random());
    const theta = 2 * Math.PI * random();
    const lat = city.lat + (r * Math.cos(theta)) / METERS_PER_DEGREE;
    const lng = city.lng + (r * Math.sin(theta)) / (METERS_PER_DEGREE * Math.cos((city.lat * Math.PI) / 180));
    points.push({ lat: round6(lat), lng: round6(lng), city: city.name });
  }
  return points;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
