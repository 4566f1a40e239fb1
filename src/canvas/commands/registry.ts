import type * as Y from 'yjs';
import {
  deleteCards,
  deleteConnectors,
  deleteLane,
  deleteNotes,
  deleteStage,
  duplicateCards,
  moveCard,
  moveNote,
  transact,
  type EditContext,
} from '../../doc/index.ts';
import type { Board, Role } from '../../model/index.ts';
import { nodeId, recordIdOf } from '../layout.ts';
import { moveTarget, neighbourCard, type Direction } from './gridNavigation.ts';

/** What a command may read and do. The canvas builds it; commands never reach past it. */
export interface CommandScope {
  ctx: EditContext;
  undo: Y.UndoManager;
  board: Board;
  selected: ReadonlySet<string>;
  selectOnly(nodeIds: Iterable<string>): void;
  editCard(cardId: string): void;
  openCard(cardId: string): void;
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  showShortcuts(): void;
}

export type CommandGroup = 'Edit' | 'Select and move' | 'View' | 'Help';

/**
 * A command is data: menus, shortcuts and the shortcuts dialog all read this one list, and
 * none of them touches the document directly. `keys` use `Mod` for Ctrl (Cmd on a Mac).
 * Clipboard commands run from the browser's copy and paste events (see useClipboard) so they
 * can reach the system clipboard; they are listed here for the shortcuts dialog.
 */
export interface CanvasCommand {
  id: string;
  label: string;
  group: CommandGroup;
  keys: string[];
  viaClipboardEvent?: boolean;
  /** The role a link needs to run it (src/model/roles.ts); 'edit' when not given. */
  needs?: Role;
  when?(scope: CommandScope): boolean;
  run(scope: CommandScope): void;
}

function selectedOf(scope: CommandScope, kind: 'card' | 'note' | 'stage' | 'lane' | 'connector'): string[] {
  return [...scope.selected].filter((id) => id.startsWith(`${kind}:`)).map(recordIdOf);
}

const oneCard = (s: CommandScope) => selectedOf(s, 'card').length === 1;

function walk(direction: Direction): CanvasCommand['run'] {
  return (scope) => {
    const [cardId] = selectedOf(scope, 'card');
    const next = cardId ? neighbourCard(scope.board, cardId, direction) : scope.board.cards[0];
    if (next) scope.selectOnly([nodeId.card(next.id)]);
  };
}

function shift(direction: Direction): CanvasCommand['run'] {
  return (scope) => {
    const cards = selectedOf(scope, 'card');
    const notes = selectedOf(scope, 'note');
    transact(scope.ctx, () => {
      if (cards.length === 1) {
        const target = moveTarget(scope.board, cards[0]!, direction);
        if (target) moveCard(scope.ctx, cards[0]!, target);
      }
      const dx = direction === 'left' ? -16 : direction === 'right' ? 16 : 0;
      const dy = direction === 'up' ? -16 : direction === 'down' ? 16 : 0;
      for (const note of scope.board.notes.filter((n) => notes.includes(n.id))) moveNote(scope.ctx, note.id, note.x + dx, note.y + dy);
    });
  };
}

const ARROWS: [Direction, string][] = [['up', 'ArrowUp'], ['down', 'ArrowDown'], ['left', 'ArrowLeft'], ['right', 'ArrowRight']];

export const CANVAS_COMMANDS: CanvasCommand[] = [
  // Not for a comment link: undoing a comment deletes it, which only an edit link may.
  { id: 'undo', label: 'Undo my last change', group: 'Edit', keys: ['Mod+Z'], when: (s) => s.undo.canUndo(), run: (s) => s.undo.undo() },
  { id: 'redo', label: 'Redo', group: 'Edit', keys: ['Mod+Shift+Z', 'Mod+Y'], when: (s) => s.undo.canRedo(), run: (s) => s.undo.redo() },
  { id: 'edit', label: 'Edit the selected card’s title', group: 'Edit', keys: ['Enter'], when: oneCard, run: (s) => s.editCard(selectedOf(s, 'card')[0]!) },
  { id: 'details', label: 'Open all fields of the selected card', group: 'Edit', keys: ['Shift+Enter'], needs: 'view', when: oneCard, run: (s) => s.openCard(selectedOf(s, 'card')[0]!) },
  {
    id: 'duplicate',
    label: 'Duplicate the selected cards',
    group: 'Edit',
    keys: ['Mod+D'],
    when: (s) => selectedOf(s, 'card').length > 0,
    run: (s) => {
      const ids = selectedOf(s, 'card');
      const copies = duplicateCards(s.ctx, s.board.cards.filter((c) => ids.includes(c.id)));
      s.selectOnly(copies.map(nodeId.card));
    },
  },
  {
    id: 'delete',
    label: 'Delete the selection',
    group: 'Edit',
    keys: ['Delete', 'Backspace'],
    when: (s) => s.selected.size > 0,
    run: (s) => {
      transact(s.ctx, () => {
        deleteCards(s.ctx, selectedOf(s, 'card'));
        deleteNotes(s.ctx, selectedOf(s, 'note'));
        deleteConnectors(s.ctx, selectedOf(s, 'connector'));
        selectedOf(s, 'stage').forEach((id) => deleteStage(s.ctx, id));
        selectedOf(s, 'lane').forEach((id) => deleteLane(s.ctx, id));
      });
      s.selectOnly([]);
    },
  },
  { id: 'copy', label: 'Copy the selected cards', group: 'Edit', keys: ['Mod+C'], viaClipboardEvent: true, run: () => {} },
  { id: 'cut', label: 'Cut the selected cards', group: 'Edit', keys: ['Mod+X'], viaClipboardEvent: true, run: () => {} },
  { id: 'paste', label: 'Paste cards, or one card per line of text', group: 'Edit', keys: ['Mod+V'], viaClipboardEvent: true, run: () => {} },
  { id: 'selectAll', label: 'Select every card', group: 'Select and move', keys: ['Mod+A'], needs: 'view', run: (s) => s.selectOnly(s.board.cards.map((c) => nodeId.card(c.id))) },
  { id: 'deselect', label: 'Clear the selection', group: 'Select and move', keys: ['Escape'], needs: 'view', when: (s) => s.selected.size > 0, run: (s) => s.selectOnly([]) },
  ...ARROWS.map(([direction, key]): CanvasCommand => ({ id: `walk-${direction}`, label: `Select the card ${direction === 'up' ? 'above' : direction === 'down' ? 'below' : `to the ${direction}`}`, group: 'Select and move', keys: [key], needs: 'view', run: walk(direction) })),
  ...ARROWS.map(([direction, key]): CanvasCommand => ({
    id: `move-${direction}`,
    label: `Move the selected card ${direction} (notes nudge)`,
    group: 'Select and move',
    keys: [`Alt+${key}`],
    when: (s) => oneCard(s) || selectedOf(s, 'note').length > 0,
    run: shift(direction),
  })),
  { id: 'fit', needs: 'view', label: 'Fit the map to the screen', group: 'View', keys: ['Shift+1'], run: (s) => s.fitView() },
  { id: 'zoomIn', needs: 'view', label: 'Zoom in', group: 'View', keys: ['Mod+='], run: (s) => s.zoomIn() },
  { id: 'zoomOut', needs: 'view', label: 'Zoom out', group: 'View', keys: ['Mod+-'], run: (s) => s.zoomOut() },
  { id: 'shortcuts', needs: 'view', label: 'Show these shortcuts', group: 'Help', keys: ['?'], run: (s) => s.showShortcuts() },
];
