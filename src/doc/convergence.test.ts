import * as fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createEditContext, type EditContext } from './context.ts';
import { createBoardReader } from './boardReader.ts';
import { docToBoard } from './read.ts';
import { applyStep, step } from './testing/randomSteps.ts';

/*
 * Three people apply random commands to their own copy; their updates are then delivered in a
 * random order (each update exactly once, possibly before the ones it depends on). Every copy
 * must end as the same board. The seed is printed so a failure can be replayed with SEED=….
 */

describe('convergence', () => {
  it('three documents applying random commands and exchanging updates in random order end identical, as their board readers see them', () => {
    const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
    console.log(`convergence property seed: ${seed} (replay with SEED=${seed})`);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), (steps, shuffle) => {
        const people = [0, 1, 2].map((i) => createEditContext(new Y.Doc(), `p${i}`));
        const updates: { from: number; update: Uint8Array }[] = [];
        people.forEach((ctx, from) => ctx.doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== 'remote') updates.push({ from, update });
        }));
        // Each person's reader reads after every step, so its cache lives through every kind of change.
        const readers = people.map((p) => createBoardReader(p.doc));
        for (const reader of readers) reader.subscribe(() => {});
        steps.forEach((s, i) => {
          applyStep(people[s.who]!, s);
          for (const reader of readers) reader.read();
          // Now and then a partial exchange, so people also act on each other's work.
          if (i % 7 === 6) deliver(people, updates.splice(0, shuffle[i % 200]! % (updates.length + 1)), shuffle);
        });
        deliver(people, updates, shuffle);
        const [first, ...rest] = people.map((p) => docToBoard(p.doc));
        for (const board of rest) expect(board).toEqual(first);
        for (const reader of readers) expect(reader.read()).toEqual(first);
      }),
      { seed, numRuns: 150 },
    );
  });
});

function deliver(people: EditContext[], batch: { from: number; update: Uint8Array }[], shuffle: number[]): void {
  const order = batch.map((u, i) => ({ u, key: shuffle[i % shuffle.length]! + i * 0.001 })).sort((a, b) => a.key - b.key);
  for (const { u } of order) {
    people.forEach((ctx, i) => {
      if (i !== u.from) Y.applyUpdate(ctx.doc, u.update, 'remote');
    });
  }
}
