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
  cardsIn,
  lockedAmong,
  transact,
  type EditContext,
} from '../../doc/index.ts';
import type { MessageId } from '../../i18n/index.ts';
import type { Board, Role } from '../../model/index.ts';
import { nodeId, recordIdOf } from '../layout.ts';
import { deleteOrAsk, type DeleteRequest } from '../editor/deleteRequest.ts';
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
  /** Hides or shows the palette, the filter bar and the minimap: this person's own choice. */
  toggleFocus(): void;
  /** Asks before stages or lanes are deleted with the cards in them. */
  confirmDelete(request: DeleteRequest): void;
  /** Says that locked items were left as they are (src/doc/locked.ts). */
  keptLocked(): void;
}

export const COMMAND_GROUPS = ['edit', 'selectAndMove', 'view', 'help'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/** A group's heading in the shortcuts dialog. */
export const groupLabel = (group: CommandGroup): MessageId => `canvas.commandGroup.${group}`;

/**
 * A command is data: menus, shortcuts and the shortcuts dialog all read this one list, and
 * none of them touches the document directly. `keys` use `Mod` for Ctrl (Cmd on a Mac).
 * Clipboard commands run from the browser's copy and paste events (see useClipboard) so they
 * can reach the system clipboard; they are listed here for the shortcuts dialog.
 */
export interface CanvasCommand {
  id: string;
  /** What it does, as the catalogue words it (area `canvas`). */
  label: MessageId;
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

/**
 * The selected records of a kind that this person may change: a locked one is left out, and so
 * is a stage or lane holding a locked card, which would go with it. Says so when any is.
 */
function changeableOf(scope: CommandScope, kind: 'card' | 'stage' | 'lane'): string[] {
  const ids = selectedOf(scope, kind);
  const field = kind === 'stage' ? 'stageId' : 'laneId';
  const free = ids.filter((id) => lockedAmong(scope.ctx, kind === 'card' ? [id] : [id, ...cardsIn(scope.ctx.doc, field, id)]).length === 0);
  if (free.length < ids.length) scope.keptLocked();
  return free;
}

function walk(direction: Direction): CanvasCommand['run'] {
  return (scope) => {
    const [cardId] = selectedOf(scope, 'card');
    const next = cardId ? neighbourCard(scope.board, cardId, direction) : scope.board.cards[0];
    if (next) scope.selectOnly([nodeId.card(next.id)]);
  };
}

function shift(direction: Direction): CanvasCommand['run'] {
  return (scope) => {
    const cards = changeableOf(scope, 'card');
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
  { id: 'undo', label: 'canvas.command.undo', group: 'edit', keys: ['Mod+Z'], when: (s) => s.undo.canUndo(), run: (s) => s.undo.undo() },
  { id: 'redo', label: 'canvas.command.redo', group: 'edit', keys: ['Mod+Shift+Z', 'Mod+Y'], when: (s) => s.undo.canRedo(), run: (s) => s.undo.redo() },
  { id: 'edit', label: 'canvas.command.edit', group: 'edit', keys: ['Enter'], when: oneCard, run: (s) => s.editCard(selectedOf(s, 'card')[0]!) },
  { id: 'details', label: 'canvas.command.details', group: 'edit', keys: ['Shift+Enter'], needs: 'view', when: oneCard, run: (s) => s.openCard(selectedOf(s, 'card')[0]!) },
  {
    id: 'duplicate',
    label: 'canvas.command.duplicate',
    group: 'edit',
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
    label: 'canvas.command.delete',
    group: 'edit',
    keys: ['Delete', 'Backspace'],
    when: (s) => s.selected.size > 0,
    run: (s) => {
      const cardIds = changeableOf(s, 'card');
      const stageIds = changeableOf(s, 'stage');
      const laneIds = changeableOf(s, 'lane');
      const run = () => {
        transact(s.ctx, () => {
          deleteCards(s.ctx, cardIds);
          deleteNotes(s.ctx, selectedOf(s, 'note'));
          deleteConnectors(s.ctx, selectedOf(s, 'connector'));
          stageIds.forEach((id) => deleteStage(s.ctx, id));
          laneIds.forEach((id) => deleteLane(s.ctx, id));
        });
        s.selectOnly([]);
      };
      deleteOrAsk(s.board, { stageIds, laneIds, run }, s.confirmDelete);
    },
  },
  { id: 'copy', label: 'canvas.command.copy', group: 'edit', keys: ['Mod+C'], viaClipboardEvent: true, run: () => {} },
  { id: 'cut', label: 'canvas.command.cut', group: 'edit', keys: ['Mod+X'], viaClipboardEvent: true, run: () => {} },
  { id: 'paste', label: 'canvas.command.paste', group: 'edit', keys: ['Mod+V'], viaClipboardEvent: true, run: () => {} },
  { id: 'selectAll', label: 'canvas.command.selectAll', group: 'selectAndMove', keys: ['Mod+A'], needs: 'view', run: (s) => s.selectOnly(s.board.cards.map((c) => nodeId.card(c.id))) },
  { id: 'deselect', label: 'canvas.command.deselect', group: 'selectAndMove', keys: ['Escape'], needs: 'view', when: (s) => s.selected.size > 0, run: (s) => s.selectOnly([]) },
  ...ARROWS.map(([direction, key]): CanvasCommand => ({ id: `walk-${direction}`, label: `canvas.command.walk-${direction}`, group: 'selectAndMove', keys: [key], needs: 'view', run: walk(direction) })),
  ...ARROWS.map(([direction, key]): CanvasCommand => ({
    id: `move-${direction}`,
    label: `canvas.command.move-${direction}`,
    group: 'selectAndMove',
    keys: [`Alt+${key}`],
    when: (s) => oneCard(s) || selectedOf(s, 'note').length > 0,
    run: shift(direction),
  })),
  { id: 'fit', needs: 'view', label: 'canvas.command.fit', group: 'view', keys: ['Shift+1'], run: (s) => s.fitView() },
  { id: 'zoomIn', needs: 'view', label: 'canvas.command.zoomIn', group: 'view', keys: ['Mod+='], run: (s) => s.zoomIn() },
  { id: 'zoomOut', needs: 'view', label: 'canvas.command.zoomOut', group: 'view', keys: ['Mod+-'], run: (s) => s.zoomOut() },
  // Figma's and FigJam's keys for hiding the interface, so hands that know them find them here.
  { id: 'focus', needs: 'view', label: 'present.focus.command', group: 'view', keys: ['Mod+.', 'Mod+\\'], run: (s) => s.toggleFocus() },
  { id: 'shortcuts', needs: 'view', label: 'canvas.command.shortcuts', group: 'help', keys: ['?'], run: (s) => s.showShortcuts() },
];
