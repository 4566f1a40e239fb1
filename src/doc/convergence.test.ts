import * as fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard, deleteCards, moveCard, setCardText, updateCard } from './commands/cards.ts';
import { addLane, deleteLane, moveLane } from './commands/lanes.ts';
import { addStage, deleteStage, moveStage, updateStage } from './commands/stages.ts';
import { addStrategyItem, moveStrategyItem } from './commands/strategy.ts';
import { createEditContext, type EditContext } from './context.ts';
import { createBoardReader } from './boardReader.ts';
import { docToBoard } from './read.ts';

/*
 * Three people apply random commands to their own copy; their updates are then delivered in a
 * random order (each update exactly once, possibly before the ones it depends on). Every copy
 * must end as the same board. The seed is printed so a failure can be replayed with SEED=….
 */

type Step = { who: number; op: number; a: number; b: number; c: number; text: string };

const step = fc.record({
  who: fc.integer({ min: 0, max: 2 }),
  op: fc.integer({ min: 0, max: 12 }),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.string({ maxLength: 6 }),
});

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

function apply(ctx: EditContext, s: Step): void {
  const board = docToBoard(ctx.doc);
  const stage = pick(board.stages, s.a);
  const lane = pick(board.lanes, s.b);
  const card = pick(board.cards, s.c);
  switch (s.op) {
    case 0: addStage(ctx, { title: s.text, index: s.b % (board.stages.length + 1) }); break;
    case 1: addLane(ctx, { title: s.text, index: s.a % (board.lanes.length + 1) }); break;
    case 2: if (stage && lane) addCard(ctx, { stageId: stage.id, laneId: lane.id, title: s.text, index: s.c % 4 }); break;
    case 3: if (stage) moveStage(ctx, stage.id, s.b % (board.stages.length + 1)); break;
    case 4: if (lane) moveLane(ctx, lane.id, s.a % (board.lanes.length + 1)); break;
    case 5: if (card && stage && lane) moveCard(ctx, card.id, { stageId: stage.id, laneId: lane.id, index: s.a % 3 }); break;
    case 6: if (card) setCardText(ctx, card.id, 'title', card.title.slice(0, s.a % 4) + s.text); break;
    case 7: if (card) updateCard(ctx, card.id, { emotion: (s.a % 5) - 2, channel: s.text }); break;
    case 8: if (stage) deleteStage(ctx, stage.id); break;
    case 9: if (lane) deleteLane(ctx, lane.id); break;
    case 10: if (card) deleteCards(ctx, [card.id]); break;
    case 11: if (stage) updateStage(ctx, stage.id, { title: s.text, window: `Week ${s.b % 9}` }); break;
    default: {
      const id = addStrategyItem(ctx, s.a % 2 ? 'goalsPre' : 'channels', s.text);
      if (id && s.b % 3 === 0) moveStrategyItem(ctx, id, 'retentionPlan', 0);
    }
  }
}

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
          apply(people[s.who]!, s);
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
