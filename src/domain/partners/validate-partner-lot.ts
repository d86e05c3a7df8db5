import { lotAccess, lotType, spaceKind } from '../../db/schema/index.js';
import type { PolygonRings } from '../../db/wkb.js';
import { check } from '../inventory/checks.js';
import type { UserError } from '../outcome.js';
import { MAX_SPACES_PER_LOT_UPSERT, type PartnerLotInput } from './partner-lot.js';

/** Stop listing problems after this many: a partner fixing a feed needs the first few, not 10,000. */
const MAX_REPORTED_PROBLEMS = 20;
const MAX_CAPACITY = 100_000;

/** Every problem in a batch of partner lots (up to a limit), each with the path of its field. */
export function lotInputProblems(lots: PartnerLotInput[]): UserError[] {
  const problems: UserError[] = [];
  const add = (path: Array<string | number>, message: string) => {
    if (problems.length < MAX_REPORTED_PROBLEMS) {
      problems.push({ code: 'INVALID_INPUT', message: `${path.at(-1)} ${message}`, field: ['input', 'lots', ...path.map(String)] });
    }
  };
  const refs = new Set<string>();
  for (const [index, lot] of lots.entries()) {
    const ref = lot.externalRef.trim();
    if (check.text(ref, 200)) add([index, 'externalRef'], 'must have 1 to 200 characters');
    else if (refs.has(ref)) add([index, 'externalRef'], `"${ref}" is given twice`);
    refs.add(ref);
    const messages: Array<[string, string | undefined]> = [
      ['name', check.text(lot.name, 120)],
      ['address', lot.address.trim() === '' ? undefined : check.text(lot.address, 300)],
      ['location', check.latLng(lot.location)],
      ['footprint', lot.footprint ? footprintProblem(lot.footprint) : undefined],
      ['timeZone', check.timeZone(lot.timeZone)],
      ['currency', check.currency(lot.currency)],
      ['lotType', (lotType.enumValues as string[]).includes(lot.lotType) ? undefined : 'is not a lot type'],
      ['access', lot.access && !(lotAccess.enumValues as string[]).includes(lot.access) ? 'is not an access type' : undefined],
      ['maxVehicleHeightCm', lot.maxVehicleHeightCm == null ? undefined : check.wholeNumber(lot.maxVehicleHeightCm, 100, 1_000)],
      ['capacity', lot.capacity == null ? undefined : check.wholeNumber(lot.capacity, 0, MAX_CAPACITY)],
      ['capacityAccessible', lot.capacityAccessible == null ? undefined : check.wholeNumber(lot.capacityAccessible, 0, MAX_CAPACITY)],
      ['capacityCharging', lot.capacityCharging == null ? undefined : check.wholeNumber(lot.capacityCharging, 0, MAX_CAPACITY)],
      ['amenities', lot.amenities?.some((amenity) => check.text(amenity, 40)) ? 'must each have 1 to 40 characters' : undefined],
      ['spaces', (lot.spaces?.length ?? 0) > MAX_SPACES_PER_LOT_UPSERT ? `at most ${MAX_SPACES_PER_LOT_UPSERT} per lot` : undefined],
    ];
    for (const [field, message] of messages) if (message) add([index, field], message);
    const spaceRefs = new Set<string>();
    const labels = new Set<string>();
    for (const [spaceIndex, space] of (lot.spaces ?? []).entries()) {
      const spaceRef = space.externalRef.trim();
      const label = space.label.trim();
      if (check.text(spaceRef, 200)) add([index, 'spaces', spaceIndex, 'externalRef'], 'must have 1 to 200 characters');
      else if (spaceRefs.has(spaceRef)) add([index, 'spaces', spaceIndex, 'externalRef'], `"${spaceRef}" is given twice`);
      if (check.text(label, 40)) add([index, 'spaces', spaceIndex, 'label'], 'must have 1 to 40 characters');
      else if (labels.has(label)) add([index, 'spaces', spaceIndex, 'label'], `"${label}" is given twice`);
      if (space.kind && !(spaceKind.enumValues as string[]).includes(space.kind)) add([index, 'spaces', spaceIndex, 'kind'], 'is not a space kind');
      spaceRefs.add(spaceRef);
      labels.add(label);
    }
  }
  return problems;
}

/** PostGIS rejects a ring that is open or too short: say so here instead of failing the batch. */
function footprintProblem(rings: PolygonRings): string | undefined {
  if (rings.length === 0 || rings.length > 50) return 'must have 1 to 50 rings';
  for (const ring of rings) {
    if (ring.length < 4 || ring.length > 10_000) return 'rings must have 4 to 10,000 points';
    const [first, last] = [ring[0]!, ring.at(-1)!];
    if (first[0] !== last[0] || first[1] !== last[1]) return 'rings must be closed (last point = first point)';
    if (ring.some(([lng, lat]) => check.latLng({ lat, lng }))) return 'points must be longitude -180 to 180, latitude -90 to 90';
  }
  return undefined;
}
