import type { z } from 'zod';
import { moment, number, string, text } from './field.ts';
import { LIMITS } from './limits.ts';
import { definePart } from './record.ts';
import { SCHEMA_VERSION } from './schemaVersion.ts';

/** What a document without a title reads as; a person clearing the title gets it in the board's language. */
const DEFAULT_TITLE = 'Untitled board';

/** What the board is: its title (typed together, like any text), language and persona. */
export const META = definePart('meta', {
  schemaVersion: number('Schema version', { empty: SCHEMA_VERSION, min: 1, integer: true }),
  title: text('Title', LIMITS.title, DEFAULT_TITLE),
  locale: string('Language', LIMITS.locale, 'en'),
  persona: string('Persona', LIMITS.shortText),
  createdAt: moment('Created at'),
});

export const MetaSchema = META.schema;
export type BoardMeta = z.infer<typeof MetaSchema>;

export function createMeta(partial: Partial<BoardMeta> = {}): BoardMeta {
  return MetaSchema.parse({ createdAt: Date.now(), ...partial });
}
