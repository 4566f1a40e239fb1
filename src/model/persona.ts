import type { z } from 'zod';
import { color, order, string, text } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

/**
 * Who the journey is for: a persona, as the strategy canvas's "Who" names a segment ("bargain
 * seeking households"). Emotion lanes belong to one (lane.ts personaId), so a map draws one
 * curve per persona, in its colour. No picture: a colour and initials tell them apart on the
 * map, in the legend and in the report.
 */
export const PERSONA = defineRecord('personas', 'persona', 12, {
  order: order(),
  name: text('Name', LIMITS.title),
  description: text('Description', LIMITS.longText),
  goals: text('Goals', LIMITS.longText),
  needs: text('Needs', LIMITS.longText),
  frustrations: text('Frustrations', LIMITS.longText),
  quote: text('Quote', LIMITS.longText),
  color: color('Colour', 'blue'),
  /** Shown in the persona's badge; made from the name when left empty (personaInitials). */
  initials: string('Initials', 3),
});

export const PersonaSchema = PERSONA.schema;
export type Persona = z.infer<typeof PersonaSchema>;
export type PersonaFields = Omit<Persona, 'id' | 'order'>;
export type PersonaTextField = 'name' | 'description' | 'goals' | 'needs' | 'frustrations' | 'quote';

/** The persona's initials: its own, else the first letters of its name's first two words (a Chinese name's first character). */
export function personaInitials(persona: Pick<Persona, 'initials' | 'name'>): string {
  const own = persona.initials.trim();
  if (own) return own;
  const words = persona.name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0]!;
  // Han characters carry a name by themselves; Latin names by the first letter of two words.
  if (/\p{Script=Han}/u.test(first)) return first;
  return words
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}
