import * as Y from 'yjs';
import { LANE, PERSONA, cleanFields, newId, type CurveState, type PersonaFields, type PersonaTextField } from '../../model/index.ts';
import { transact, typeText, type EditContext } from '../context.ts';
import { assertUnlocked } from '../locked.ts';
import { getRecord, recordsMap } from '../layout.ts';
import { orderFor } from '../ordering.ts';
import { fillRecord, patchRecord } from '../records.ts';
import { replaceText, textField } from '../text.ts';

/*
 * Personas of a board (model/persona.ts) and the emotion lanes that draw their curves. Each
 * command is one transaction and one undo step, as every command is.
 */

const EDITABLE = ['name', 'description', 'goals', 'needs', 'frustrations', 'quote', 'color', 'initials'] as const;

/** Adds a persona; resolves to its id. Past the most a board may hold, adds none and resolves to null. */
export function addPersona(ctx: EditContext, input: Partial<PersonaFields> = {}): string | null {
  if (recordsMap(ctx.doc, 'personas').size >= PERSONA.maxCount) return null;
  const id = newId();
  const fields = cleanFields(PERSONA, { ...input }, EDITABLE);
  transact(ctx, () => {
    const persona = new Y.Map<unknown>();
    fillRecord(persona, PERSONA, { ...fields, order: orderFor(ctx.doc, 'personas', undefined) });
    recordsMap(ctx.doc, 'personas').set(id, persona);
  });
  return id;
}

/** The persona's colour and initials; its texts are typed (setPersonaText). */
export function updatePersona(ctx: EditContext, id: string, patch: Partial<Pick<PersonaFields, 'color' | 'initials'>>): void {
  const persona = getRecord(ctx.doc, 'personas', id);
  if (!persona) return;
  transact(ctx, () => patchRecord(persona, PERSONA, cleanFields(PERSONA, { ...patch }, ['color', 'initials'])));
}

/** Typing into one of a persona's texts: only the changed characters are written. */
export function setPersonaText(ctx: EditContext, id: string, field: PersonaTextField, value: string): void {
  const persona = getRecord(ctx.doc, 'personas', id);
  if (!persona) return;
  const clean = PERSONA.fields[field].coerce(value) ?? '';
  typeText(ctx, () => replaceText(textField(persona, field), clean));
}

/** Deletes a persona; its emotion lanes stay, as no one's curves, in the same undo step. */
export function deletePersona(ctx: EditContext, id: string): void {
  const lanes = recordsMap(ctx.doc, 'lanes');
  const theirs = [...lanes.entries()].filter(([, lane]) => lane.get('personaId') === id).map(([laneId]) => laneId);
  assertUnlocked(ctx, theirs);
  transact(ctx, () => {
    for (const laneId of theirs) lanes.get(laneId)!.set('personaId', null);
    recordsMap(ctx.doc, 'personas').delete(id);
  });
}

/** Makes an emotion lane the curve of a persona (or, with null, of no one), as-is or to-be. */
export function setLaneCurve(ctx: EditContext, laneId: string, personaId: string | null, curve: CurveState = 'asIs'): void {
  const lane = getRecord(ctx.doc, 'lanes', laneId);
  if (!lane) return;
  if (personaId !== null && !getRecord(ctx.doc, 'personas', personaId)) return;
  assertUnlocked(ctx, [laneId]);
  transact(ctx, () => patchRecord(lane, LANE, cleanFields(LANE, { personaId, curve }, ['personaId', 'curve'])));
}
