import type { z } from 'zod';
import { optionalNumber, optionalRef } from './field.ts';
import { definePart } from './record.ts';

/** Workshop state everyone in the room shares: the stage in the spotlight and a timer. */
export const SESSION = definePart('session', {
  spotlightStageId: optionalRef('Stage in the spotlight'),
  timerEndsAt: optionalNumber('Timer ends at', { min: 0 }),
});

export const WorkshopSessionSchema = SESSION.schema;
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;
