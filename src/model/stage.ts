import { z } from 'zod';
import { ColorSchema } from './colors.ts';
import { LIMITS } from './limits.ts';

/** A column of the journey: a phase such as "Quotation and Agreement", with its time window. */
export const StageSchema = z.object({
  id: z.string().min(1),
  order: z.string().min(1),
  title: z.string().max(LIMITS.title).default(''),
  window: z.string().max(LIMITS.title).default(''),
  description: z.string().max(LIMITS.longText).default(''),
  color: ColorSchema.default('slate'),
});
export type Stage = z.infer<typeof StageSchema>;
export type StageFields = Omit<Stage, 'id' | 'order'>;
