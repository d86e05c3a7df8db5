import { describe, expect, it } from 'vitest';
import { accountDeliveries, boundsAround, holds, type Change, type Received } from '../../bench/lib/deliveries.js';

// the subscriptions benchmark's verdict ("0 lost") is only as good as this bookkeeping
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const OUTSIDE = '00000000-0000-4000-8000-0000000000ff';
const id = (lot: string) => Buffer.from(`Lot:${lot}`).toString('base64url');
const change = (lotId: string, version: number, at: number): Change => ({ lotId, version, commitSentAt: at, committedAt: at + 1 });

describe('accountDeliveries', () => {
  // subscriber 0 watches A and B, subscriber 1 watches A only; both were at version 10 before
  const lotsInBox = [[A, B], [A]];
  const versionsBefore = new Map([[A, 10], [B, 10]]);

  it('counts a message with the change version as delivered, latency from COMMIT sent and returned', () => {
    const received: Received[] = [
      [0, id(A), 11, 1_030],
      [1, id(A), 11, 1_050],
    ];
    const outcome = accountDeliveries([change(A, 11, 1_000)], lotsInBox, [{ received }], versionsBefore);
    expect(outcome).toMatchObject({ expected: 2, delivered: 2, coalesced: 0, lost: 0, unexpected: 0 });
    expect(outcome.latenciesFromCommitSent.sort()).toEqual([30, 50]);
    expect(outcome.latenciesFromCommitted.sort()).toEqual([29, 49]);
  });

  it('counts a skipped version as coalesced when a later one arrived, and as lost when none did', () => {
    const received: Received[] = [[0, id(A), 12, 2_000]];
    const outcome = accountDeliveries([change(A, 11, 1_000), change(A, 12, 1_500)], lotsInBox, [{ received }], versionsBefore);
    // subscriber 0: 11 coalesced into 12, 12 delivered; subscriber 1 got nothing: both lost
    expect(outcome).toMatchObject({ expected: 4, delivered: 1, coalesced: 1, lost: 2 });
  });

  it('leaves snapshot messages out of the deliveries', () => {
    const received: Received[] = [
      [0, id(A), 10, 500],
      [0, id(B), 10, 500],
      [1, id(A), 10, 500],
    ];
    const outcome = accountDeliveries([change(B, 11, 1_000)], lotsInBox, [{ received }], versionsBefore);
    expect(outcome).toMatchObject({ expected: 1, delivered: 0, coalesced: 0, lost: 1, unexpected: 0, snapshotOutsideViewport: 0 });
  });

  it('tells a snapshot message for a lot outside the viewport from a live update outside it', () => {
    const received: Received[] = [
      [1, id(OUTSIDE), 3, 500], // a lot that never changes: from the snapshot
      [1, id(B), 11, 1_010], // B changed, but subscriber 1 does not watch it
    ];
    const outcome = accountDeliveries([change(B, 11, 1_000)], lotsInBox, [{ received }], versionsBefore);
    expect(outcome).toMatchObject({ snapshotOutsideViewport: 1, unexpected: 1 });
  });
});

describe('viewports', () => {
  it('holds a lot on the edge, as the hub does, and not one just past it', () => {
    const centre = { id: A, lat: 51.5, lng: -0.12 };
    const box = boundsAround(centre, 400);
    expect(holds(box, centre)).toBe(true);
    expect(holds(box, { id: B, lat: box.north, lng: box.east })).toBe(true);
    expect(holds(box, { id: B, lat: box.north + 1e-9, lng: centre.lng })).toBe(false);
    // about 400 m each way: 0.0036 degrees of latitude
    expect(box.north - box.south).toBeCloseTo(400 / 111_320, 6);
  });
});
