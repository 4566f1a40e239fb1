import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { oneOf, optionalNumber, optionalRef, string } from './field.ts';
import { definePart } from './record.ts';

/** What a facilitator presents to the room: nothing, the map stage by stage, or the strategy canvas's guide. */
export const PRESENTED_VIEWS = ['off', 'map', 'strategy'] as const;
export type PresentedView = (typeof PRESENTED_VIEWS)[number];

/**
 * Workshop state everyone in the room shares: the stage in the spotlight (the stage presented,
 * while the map is presented), a timer, and the presentation: what is presented, by whom (the
 * presenter's own id and name, so their screen knows it leads and the others can say who does),
 * and the strategy canvas's section on screen.
 */
export const SESSION = definePart('session', {
  spotlightStageId: optionalRef('Stage in the spotlight'),
  timerEndsAt: optionalNumber('Timer ends at', { min: 0 }),
  // The schema spelt out with its default, so a file may leave the field out (oneOf's schema
  // types a field that may lack its default as required).
  presenting: { ...oneOf('Presenting', PRESENTED_VIEWS, 'off'), schema: z.enum(PRESENTED_VIEWS).default('off') },
  presenterId: string('Presenter', LIMITS.id),
  presenterName: string('Presenter name', LIMITS.name),
  presentedSectionId: optionalRef('Strategy section presented'),
});

export const WorkshopSessionSchema = SESSION.schema;
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;
