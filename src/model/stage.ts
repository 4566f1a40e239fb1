import type { z } from 'zod';
import { color, order, text } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

/** A column of the journey: a phase such as "Quotation and Agreement", with its time window. */
export const STAGE = defineRecord('stages', 'stage', 200, {
  order: order(),
  title: text('Title', LIMITS.title),
  window: text('Time window', LIMITS.title),
  description: text('Description', LIMITS.longText),
  color: color('Colour', 'slate'),
});

export const StageSchema = STAGE.schema;
export type Stage = z.infer<typeof StageSchema>;
export type StageFields = Omit<Stage, 'id' | 'order'>;
export type StageTextField = 'title' | 'window' | 'description';
