import * as Y from 'yjs';
import { addCard, addLane, addStage, createEditContext, setBoardTitle } from '../../src/doc/index.ts';
import { COLOR_NAMES, LANE_KINDS } from '../../src/model/index.ts';
import { createBoard, syncProvider, type BenchBoard } from './boards.ts';

export interface BoardSize {
  stages: number;
  lanes: number;
  cards: number;
}

/** Fills a document with a map of the given size; cards are spread evenly over the cells. */
export function fillBigBoard(doc: Y.Doc, size: BoardSize): void {
  const ctx = createEditContext(doc, 'bench');
  setBoardTitle(ctx, `Benchmark map: ${size.stages} stages × ${size.lanes} lanes × ${size.cards} cards`);
  const kinds = LANE_KINDS.filter((kind) => kind !== 'emotion');
  const stages = Array.from({ length: size.stages }, (_, i) => addStage(ctx, { title: `Stage ${i + 1}`, window: `Week ${i + 1}` }));
  const lanes = Array.from({ length: size.lanes }, (_, i) => addLane(ctx, { kind: kinds[i % kinds.length]!, title: `Lane ${i + 1}` }));
  const cells = stages.length * lanes.length;
  for (let i = 0; i < size.cards; i++) {
    const cell = i % cells;
    addCard(ctx, {
      stageId: stages[cell % stages.length]!,
      laneId: lanes[Math.floor(cell / stages.length)]!,
      title: `Touchpoint ${i + 1}`,
      color: COLOR_NAMES[i % COLOR_NAMES.length],
    });
  }
}

/** Creates a board on a running server and fills it over a real sync connection. */
export async function createBigBoard(serverUrl: string, size: BoardSize): Promise<BenchBoard> {
  const board = await createBoard(serverUrl);
  const doc = new Y.Doc();
  // The owner's token: filling sets the board's title, which only the owner may.
  const provider = syncProvider(serverUrl, board, doc);
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  fillBigBoard(doc, size);
  // The server acknowledges nothing; wait until a second connection sees every card.
  await waitForCards(serverUrl, board, size.cards);
  provider.destroy();
  // Destroying the document also stops its awareness timer, which would keep Node running.
  doc.destroy();
  return board;
}

async function waitForCards(serverUrl: string, board: BenchBoard, cards: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const doc = new Y.Doc();
    const provider = syncProvider(serverUrl, board, doc);
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
    const seen = doc.getMap('cards').size;
    provider.destroy();
    doc.destroy();
    if (seen >= cards) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server never held all ${cards} cards`);
}
