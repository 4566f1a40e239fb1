import type { z } from 'zod';
import { boolean, optionalNumber, optionalRef, string } from './field.ts';
import { LIMITS } from './limits.ts';
import { definePart } from './record.ts';

/**
 * Workshop state everyone in the room shares: who facilitates it, the stage in the spotlight,
 * the facilitator's last summons and a timer. Only the facilitator's socket (and the owner's)
 * may change it, but for the timer's own fields while `timerOpenToAll` says anyone who may edit
 * can run the timer (server/updates/facilitation.ts).
 *
 * The timer's times are the server's clock (src/collab/serverClock.ts), never a laptop's: a
 * running timer holds when it ends, a paused one how much it had left, and either holds the
 * length it was set to (its progress ring).
 */
export const SESSION = definePart('session', {
  /** The SHA-256 of the facilitator's key (facilitator.ts); empty when no one facilitates. */
  facilitatorKeyHash: string('Facilitator key', 64),
  facilitatorId: string('Facilitator', LIMITS.id),
  facilitatorName: string('Facilitator name', LIMITS.name),
  spotlightStageId: optionalRef('Stage in the spotlight'),
  /** When the facilitator last brought everyone to the part of the map below, and who did. */
  summonedAt: optionalNumber('Summoned at', { min: 0 }),
  summonedBy: string('Summoned by', LIMITS.name),
  summonX: optionalNumber('Summoned view x'),
  summonY: optionalNumber('Summoned view y'),
  summonWidth: optionalNumber('Summoned view width', { min: 0 }),
  summonHeight: optionalNumber('Summoned view height', { min: 0 }),
  timerEndsAt: optionalNumber('Timer ends at', { min: 0 }),
  timerPausedMs: optionalNumber('Timer paused with', { min: 0 }),
  timerLengthMs: optionalNumber('Timer length', { min: 0 }),
  timerOpenToAll: boolean('Timer open to all'),
});

export const WorkshopSessionSchema = SESSION.schema;
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;
