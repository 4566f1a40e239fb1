import { z } from 'zod';

/** Workshop state everyone in the room shares: the stage in the spotlight and a timer. */
export const WorkshopSessionSchema = z.object({
  spotlightStageId: z.string().nullable().default(null),
  timerEndsAt: z.number().nonnegative().nullable().default(null),
});
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;
