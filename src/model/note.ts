import { z } from 'zod';
import { ColorSchema } from './colors.ts';
import { LIMITS } from './limits.ts';

/** A free sticky note: the one record with a stored position, because nothing can derive it. */
export const NoteSchema = z.object({
  id: z.string().min(1),
  x: z.number().finite().default(0),
  y: z.number().finite().default(0),
  text: z.string().max(LIMITS.longText).default(''),
  color: ColorSchema.default('amber'),
});
export type Note = z.infer<typeof NoteSchema>;
