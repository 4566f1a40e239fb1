import { describe, expect, it } from 'vitest';
import type { Peer } from '../../collab/presence.ts';
import { facilitationOf } from './facilitation.ts';

const FRAN = 'f'.repeat(64);
const PAT = 'a'.repeat(64);
const VI = 'b'.repeat(64);
const peer = (name: string, keyHash: string | null, role: Peer['role'] = 'edit', clientId = name.length): Peer => ({ clientId, id: name, name, color: '#2563eb', role, keyHash });
const session = (hash: string, name = 'Fran') => ({ facilitatorKeyHash: hash, facilitatorName: name });

describe('facilitationOf', () => {
  it('lets anyone who may edit start a workshop no one facilitates', () => {
    expect(facilitationOf(session('', ''), [], { keyHash: PAT, role: 'edit' })).toMatchObject({ by: 'none', leads: false, mayTake: true });
    expect(facilitationOf(session('', ''), [], { keyHash: PAT, role: 'comment' })).toMatchObject({ by: 'none', mayTake: false });
    expect(facilitationOf(session('', ''), [], { keyHash: PAT, role: 'view' }).mayTake).toBe(false);
  });

  it('gives the facilitator the lead and the people who can edit to hand it to, once each', () => {
    const peers = [peer('Pat', PAT), peer('Pat', PAT, 'edit', 99), peer('Vi', VI, 'view'), peer('Old', null), peer('Cy', 'c'.repeat(64), 'comment')];
    const mine = facilitationOf(session(FRAN), peers, { keyHash: FRAN, role: 'edit' });
    expect(mine).toMatchObject({ by: 'me', here: true, leads: true, mayTake: false });
    expect(mine.handOverTo.map((p) => p.name)).toEqual(['Pat']);
  });

  it('offers a participant the workshop only once its facilitator has left', () => {
    const present = facilitationOf(session(FRAN), [peer('Fran', FRAN)], { keyHash: PAT, role: 'edit' });
    expect(present).toMatchObject({ by: 'other', name: 'Fran', here: true, leads: false, mayTake: false, handOverTo: [] });
    expect(facilitationOf(session(FRAN), [], { keyHash: PAT, role: 'edit' })).toMatchObject({ here: false, mayTake: true });
  });

  it('lets the owner lead and take over whoever facilitates', () => {
    expect(facilitationOf(session(FRAN), [peer('Fran', FRAN)], { keyHash: PAT, role: 'owner' })).toMatchObject({ by: 'other', leads: true, mayTake: true });
  });
});
