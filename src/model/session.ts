import type { z } from 'zod';
import { boolean, optionalNumber, optionalRef } from './field.ts';
import { definePart } from './record.ts';

/**
 * Workshop state everyone in the room shares: the stage in the spotlight and a timer.
 *
 * The timer's times are the server's clock (src/collab/serverClock.ts), never a laptop's: a
 * running timer holds when it ends, a paused one how much it had left, and either holds the
 * length it was set to (its progress ring). `timerOpenToAll` lets anyone who may edit control it,
 * not only the facilitator; it is kept here so the server can hold clients to it.
 */
export const SESSION = definePart('session', {
  spotlightStageId: optionalRef('Stage in the spotlight'),
  timerEndsAt: optionalNumber('Timer ends at', { min: 0 }),
  timerPausedMs: optionalNumber('Timer paused with', { min: 0 }),
  timerLengthMs: optionalNumber('Timer length', { min: 0 }),
  timerOpenToAll: boolean('Timer open to all'),
});

export const WorkshopSessionSchema = SESSION.schema;
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;
