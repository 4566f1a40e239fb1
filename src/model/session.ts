import { z } from 'zod';
import { boolean, oneOf, optionalMoment, optionalNumber, optionalRef, string } from './field.ts';
import { LIMITS } from './limits.ts';
import { definePart } from './record.ts';

/** What a facilitator presents to the room: nothing, the map stage by stage, or the strategy canvas's guide. */
export const PRESENTED_VIEWS = ['off', 'map', 'strategy'] as const;
export type PresentedView = (typeof PRESENTED_VIEWS)[number];

/**
 * Workshop state everyone in the room shares: who facilitates it, the stage in the spotlight
 * (the stage presented, while the map is presented), the facilitator's last summons, a timer,
 * and the presentation: what is presented, by whom, and the strategy canvas's section on
 * screen, and the dot voting round on screen. Only the facilitator's socket (and the owner's) may change it, but for the timer's own
 * fields while `timerOpenToAll` says anyone who may edit can run the timer
 * (server/updates/facilitation.ts).
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
  summonedAt: optionalMoment('Summoned at'),
  summonedBy: string('Summoned by', LIMITS.name),
  summonX: optionalNumber('Summoned view x'),
  summonY: optionalNumber('Summoned view y'),
  summonWidth: optionalNumber('Summoned view width', { min: 0 }),
  summonHeight: optionalNumber('Summoned view height', { min: 0 }),
  timerEndsAt: optionalMoment('Timer ends at'),
  timerPausedMs: optionalNumber('Timer paused with', { min: 0 }),
  timerLengthMs: optionalNumber('Timer length', { min: 0 }),
  timerOpenToAll: boolean('Timer open to all'),
  // The schema spelt out with its default, so a file may leave the field out (oneOf's schema
  // types a field that may lack its default as required).
  presenting: { ...oneOf('Presenting', PRESENTED_VIEWS, 'off'), schema: z.enum(PRESENTED_VIEWS).default('off') },
  presenterId: string('Presenter', LIMITS.id),
  presenterName: string('Presenter name', LIMITS.name),
  presentedSectionId: optionalRef('Strategy section presented'),
  /** The dot voting round on screen, open or revealed (round.ts); none once it ends. */
  roundId: optionalRef('Dot voting round'),
});

export const WorkshopSessionSchema = SESSION.schema;
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;
