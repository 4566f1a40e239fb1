import type { z } from 'zod';
import { color, number, text } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

/** A free sticky note: the one record with a stored position, because nothing can derive it. */
export const NOTE = defineRecord('notes', 'note', 2_000, {
  x: number('Position across'),
  y: number('Position down'),
  text: text('Text', LIMITS.longText),
  color: color('Colour', 'amber'),
});

export const NoteSchema = NOTE.schema;
export type Note = z.infer<typeof NoteSchema>;
