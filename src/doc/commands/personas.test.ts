import { describe, expect, it } from 'vitest';
import { PERSONA, personaInitials } from '../../model/index.ts';
import { createEditContext } from '../context.ts';
import { docToBoard } from '../read.ts';
import { freshContext } from '../testing/sync.ts';
import { createUndoManager } from '../undo.ts';
import { addLane } from './lanes.ts';
import { addPersona, deletePersona, setLaneCurve, setPersonaText, updatePersona } from './personas.ts';

describe('personas on a board', () => {
  it('are added with their fields made usable, typed into, and read in the order they were added', () => {
    const ctx = freshContext();
    const ann = addPersona(ctx, { name: 'Bargain seeking households', quote: '“Is delivery included?”', color: 'teal', initials: 'BHX!' })!;
    const wang = addPersona(ctx, { name: '王芳', color: 'no such colour' as never })!;
    setPersonaText(ctx, ann, 'goals', 'A finished room for less');
    updatePersona(ctx, wang, { initials: 'WF' });
    const [first, second] = docToBoard(ctx.doc).personas;
    // Initials are cut to three characters; a colour the palette lacks is its default.
    expect(first).toMatchObject({ id: ann, name: 'Bargain seeking households', goals: 'A finished room for less', quote: '“Is delivery included?”', color: 'teal', initials: 'BHX' });
    expect(second).toMatchObject({ id: wang, name: '王芳', color: 'blue', initials: 'WF' });
  });

  it('keeps to the most a board may hold', () => {
    const ctx = freshContext();
    for (let i = 0; i < PERSONA.maxCount; i++) expect(addPersona(ctx, { name: `P${i}` })).not.toBeNull();
    expect(addPersona(ctx, { name: 'One too many' })).toBeNull();
    expect(docToBoard(ctx.doc).personas).toHaveLength(PERSONA.maxCount);
  });

  it('gives an emotion lane to a persona as-is or to-be, and a deleted persona’s lanes stay as no one’s, in one undo step', () => {
    const ctx = freshContext();
    const undo = createUndoManager(ctx);
    const ann = addPersona(ctx, { name: 'Ann' })!;
    const now = addLane(ctx, { kind: 'emotion', title: 'Ann today' });
    const later = addLane(ctx, { kind: 'emotion', title: 'Ann tomorrow' });
    setLaneCurve(ctx, now, ann, 'asIs');
    setLaneCurve(ctx, later, ann, 'toBe');
    setLaneCurve(ctx, now, 'nobody', 'toBe');
    const curves = () => docToBoard(ctx.doc).lanes.map((lane) => [lane.title, lane.personaId, lane.curve]);
    expect(curves()).toEqual([
      ['Ann today', ann, 'asIs'],
      ['Ann tomorrow', ann, 'toBe'],
    ]);
    undo.stopCapturing();
    deletePersona(ctx, ann);
    expect(docToBoard(ctx.doc).personas).toEqual([]);
    expect(curves()).toEqual([
      ['Ann today', null, 'asIs'],
      ['Ann tomorrow', null, 'toBe'],
    ]);
    undo.undo();
    expect(docToBoard(ctx.doc).personas.map((p) => p.id)).toEqual([ann]);
    expect(curves()).toEqual([
      ['Ann today', ann, 'asIs'],
      ['Ann tomorrow', ann, 'toBe'],
    ]);
  });

  it('changes nothing for a view link', () => {
    const ctx = freshContext();
    const view = createEditContext(ctx.doc, 'viewer', 'view');
    expect(() => addPersona(view, { name: 'Ann' })).toThrow();
    expect(docToBoard(ctx.doc).personas).toEqual([]);
  });
});

describe('a persona’s initials', () => {
  it('are its own, else the first letters of its name’s first two words, or a Chinese name’s first character', () => {
    const persona = (name: string, initials = '') => personaInitials({ name, initials });
    expect(persona('Bargain seeking households')).toBe('BS');
    expect(persona('ann')).toBe('A');
    expect(persona('王芳')).toBe('王');
    expect(persona('  ')).toBe('?');
    expect(persona('Ann Lee', 'AL2')).toBe('AL2');
  });
});
