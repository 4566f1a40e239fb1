import * as Y from 'yjs';
import { layoutJourney } from '../../src/canvas/layout.ts';
import { docToBoard } from '../../src/doc/index.ts';
import { readBoardFile, writeBoardToDoc } from '../../src/file/index.ts';
import type { BareMapLayout, BareNode } from './bareMapSpec.ts';
import { fillBigBoard, type BoardSize } from './bigBoard.ts';

/*
 * A map's layout, worked out here by the app's own layout function, for the bare React Flow
 * page to draw the same nodes at the same places (bench/reference/bare-map.tsx).
 */

/**
 * The big map, from a board filled as the benchmark's boards are. Ids are the layout's own: the
 * boards on the server have others, but the same records in the same order, and so the same places.
 */
export function bareMapLayout(size: BoardSize): BareMapLayout {
  return layoutOfDoc((doc) => fillBigBoard(doc, size));
}

/** A board imported from a Journeyboard file, written into its document as the server's import writes it. */
export function fileMapLayout(file: string): BareMapLayout {
  const read = readBoardFile(file);
  if (!read.ok) throw new Error(read.error);
  return layoutOfDoc((doc) => writeBoardToDoc(doc, read.file.board));
}

function layoutOfDoc(fill: (doc: Y.Doc) => void): BareMapLayout {
  const doc = new Y.Doc();
  fill(doc);
  const layout = layoutJourney(docToBoard(doc));
  doc.destroy();
  const nodes: BareNode[] = [];
  for (const node of layout.nodes) {
    const handles = (node.handles ?? []).map(({ type, position, x, y, width, height }) => ({ type, position, x, y, width: width ?? 0, height: height ?? 0 }));
    const box = { id: node.id, x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0, handles };
    if (node.type === 'card') nodes.push({ ...box, kind: 'card', title: node.data.card.title, color: node.data.card.color });
    else if (node.type === 'stage') nodes.push({ ...box, kind: 'header', title: node.data.stage.title });
    else if (node.type === 'lane') nodes.push({ ...box, kind: 'header', title: node.data.lane.title });
  }
  const cells = layout.cells.map(({ x, y, width, height }) => ({ x, y, width, height }));
  return { nodes, cells, width: layout.width, height: layout.height };
}
