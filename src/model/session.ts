import type { z } from 'zod';
import { boolean, optionalNumber, optionalRef, string } from './field.ts';
import { LIMITS } from './limits.ts';
import { definePart } from './record.ts';

/**
 * Workshop state everyone in the room shares: who facilitates it, the stage in the spotlight
 * and a timer. Only the facilitator's socket (and the owner's) may change it, but for the
 * fields named `timer…` while `timerOpen` says anyone who may edit can run the timer
 * (server/updates/facilitation.ts).
 */
export const SESSION = definePart('session', {
  /** The SHA-256 of the facilitator's key (facilitator.ts); empty when no one facilitates. */
  facilitatorKeyHash: string('Facilitator key', 64),
  facilitatorId: string('Facilitator', LIMITS.id),
  facilitatorName: string('Facilitator name', LIMITS.name),
  timerOpen: boolean('Timer open to all'),
  spotlightStageId: optionalRef('Stage in the spotlight'),
  /** When the facilitator last brought everyone to the part of the map below, and who did. */
  summonedAt: optionalNumber('Summoned at', { min: 0 }),
  summonedBy: string('Summoned by', LIMITS.name),
  summonX: optionalNumber('Summoned view x'),
  summonY: optionalNumber('Summoned view y'),
  summonWidth: optionalNumber('Summoned view width', { min: 0 }),
  summonHeight: optionalNumber('Summoned view height', { min: 0 }),
  timerEndsAt: optionalNumber('Timer ends at', { min: 0 }),
});

export const WorkshopSessionSchema = SESSION.schema;
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;
