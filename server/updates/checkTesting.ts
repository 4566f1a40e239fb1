import * as Y from 'yjs';
import { expect } from 'vitest';
import { addCard } from '../../src/doc/commands/cards.ts';
import { addLane } from '../../src/doc/commands/lanes.ts';
import { addStage } from '../../src/doc/commands/stages.ts';
import { createEditContext, type EditContext } from '../../src/doc/context.ts';
import { initBoardDoc } from '../../src/doc/init.ts';
import { checkUpdateBytes } from './check.ts';

/* For the tests of checkUpdate: a room, a person's copy, what they send and what the server says. */

/** A room's document and a person's copy of it, synced. */
export function room() {
  const server = new Y.Doc();
  initBoardDoc(server, { title: 'Launch' });
  const person = createEditContext(new Y.Doc(), 'ada');
  Y.applyUpdate(person.doc, Y.encodeStateAsUpdate(server));
  return { server, person };
}

/** What `change` sends from the person's copy, as y-websocket would send it. */
export function edit(ctx: EditContext, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listen = (update: Uint8Array) => updates.push(update);
  ctx.doc.on('update', listen);
  change();
  ctx.doc.off('update', listen);
  return Y.mergeUpdates(updates);
}

/** The server's answer: the update is checked, then applied; or the reason it is refused. */
export function send(server: Y.Doc, update: Uint8Array): string {
  try {
    checkUpdateBytes(server, update);
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
  Y.applyUpdate(server, update);
  expect(server.store.pendingStructs).toBeNull();
  expect(server.store.pendingDs).toBeNull();
  return 'applied';
}

export function withCard() {
  const { server, person } = room();
  let stage = '';
  let lane = '';
  let card = '';
  expect(send(server, edit(person, () => {
    stage = addStage(person, { title: 'Research' });
    lane = addLane(person, {});
    card = addCard(person, { stageId: stage, laneId: lane, title: 'Email Marketing' });
  }))).toBe('applied');
  return { server, person, stage, lane, card };
}

/** The room's document as a new copy: a person starting again from what the server holds. */
export function copyOf(server: Y.Doc): EditContext {
  const copy = createEditContext(new Y.Doc(), 'copy');
  Y.applyUpdate(copy.doc, Y.encodeStateAsUpdate(server));
  return copy;
}

/** A value nested `depth` arrays deep. */
export function nest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** An update deleting ranges of a client the room never saw. */
