import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { SCHEMA_VERSION } from './schemaVersion.ts';

export const MetaSchema = z.object({
  schemaVersion: z.number().int().positive().default(SCHEMA_VERSION),
  title: z.string().max(LIMITS.title).default('Untitled board'),
  locale: z.string().max(35).default('en'),
  persona: z.string().max(LIMITS.shortText).default(''),
  createdAt: z.number().nonnegative().default(0),
});
export type BoardMeta = z.infer<typeof MetaSchema>;

export const DEFAULT_TITLE = 'Untitled board';

export function createMeta(partial: Partial<BoardMeta> = {}): BoardMeta {
  return MetaSchema.parse({ createdAt: Date.now(), ...partial });
}
