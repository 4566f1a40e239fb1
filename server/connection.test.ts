import { describe, expect, it } from 'vitest';
import { arrivingPresence } from './connection.ts';

const room = {
  // Ana (1) is here; Bea (2) left, and the room remembers her last clock.
  states: new Map<number, Record<string, unknown>>([[1, { user: { name: 'Ana' } }]]),
  meta: new Map([
    [1, { clock: 4, lastUpdated: 0 }],
    [2, { clock: 7, lastUpdated: 0 }],
  ]),
};

describe('arrivingPresence', () => {
  it('counts a newcomer, with a state or leaving at once', () => {
    expect(arrivingPresence(room, new Set(), [{ clientId: 9, clock: 1, hasState: true }])).toEqual([9]);
    expect(arrivingPresence(room, new Set(), [{ clientId: 9, clock: 1, hasState: false }])).toEqual([9]);
  });

  it('does not count echoes of the room, nor what the room would ignore', () => {
    const entries = [
      { clientId: 1, clock: 4, hasState: true }, // Ana, as the room has her
      { clientId: 1, clock: 5, hasState: true }, // Ana, newer: hers to change, not one more
      { clientId: 2, clock: 7, hasState: true }, // Bea's old state: the room ignores it
      { clientId: 9, clock: 0, hasState: false }, // clock 0 for an unknown id: ignored
    ];
    expect(arrivingPresence(room, new Set(), entries)).toEqual([]);
  });

  it('counts someone who left and comes back, but not the socket coming back as itself', () => {
    expect(arrivingPresence(room, new Set(), [{ clientId: 2, clock: 8, hasState: true }])).toEqual([2]);
    expect(arrivingPresence(room, new Set([2]), [{ clientId: 2, clock: 8, hasState: true }])).toEqual([]);
  });
});
