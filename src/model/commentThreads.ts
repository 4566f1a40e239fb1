import type { Board } from './board.ts';
import type { Comment } from './comment.ts';
import { STRATEGY_SECTIONS } from './strategy.ts';
import { itemsBySection } from './strategyItems.ts';

/*
 * Comments read as threads: a comment that replies to nothing opens one, its replies follow in
 * the order they were written. The document holds whatever clients wrote, so the reading is
 * defensive: a reply to a reply joins the thread at its root, and a reply whose thread is gone
 * (or that loops back on itself) belongs to no thread and is not shown.
 */

export type CommentTargetKind = 'stage' | 'lane' | 'card' | 'note' | 'strategy';

/** What a thread is on, in the order the comments panel lists them. */
export const COMMENT_TARGET_KINDS: readonly CommentTargetKind[] = ['stage', 'lane', 'card', 'note', 'strategy'];

export interface CommentThread {
  /** The id of the comment that opens it. */
  id: string;
  root: Comment;
  replies: Comment[];
  targetId: string;
  resolved: boolean;
}

export interface CommentGroup {
  kind: CommentTargetKind;
  targetId: string;
  threads: CommentThread[];
}

/** How many replies a chain may climb to its root: further is a loop or a hostile client. */
const MAX_DEPTH = 64;

const byTime = (a: Comment, b: Comment) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every thread of `comments`, oldest first, each with its replies oldest first. */
export function commentThreads(comments: readonly Comment[]): CommentThread[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const isRoot = (c: Comment) => !c.replyTo || c.replyTo === c.id;
  const rootOf = (c: Comment): Comment | null => {
    let at = c;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      if (isRoot(at)) return at;
      const parent = byId.get(at.replyTo!);
      if (!parent) return null;
      at = parent;
    }
    return null;
  };
  const threads = new Map<string, CommentThread>();
  const roots = comments.filter(isRoot).sort(byTime);
  for (const root of roots) threads.set(root.id, { id: root.id, root, replies: [], targetId: root.targetId, resolved: root.resolved });
  for (const c of [...comments].sort(byTime)) {
    if (isRoot(c)) continue;
    const root = rootOf(c);
    if (root) threads.get(root.id)!.replies.push(c);
  }
  return [...threads.values()];
}

/** What kind of record `targetId` names on the board, or null when it names none. */
export function targetKinds(board: Pick<Board, 'stages' | 'lanes' | 'cards' | 'notes' | 'strategy'>): Map<string, CommentTargetKind> {
  const kinds = new Map<string, CommentTargetKind>();
  for (const s of board.stages) kinds.set(s.id, 'stage');
  for (const l of board.lanes) kinds.set(l.id, 'lane');
  for (const c of board.cards) kinds.set(c.id, 'card');
  for (const n of board.notes) kinds.set(n.id, 'note');
  for (const i of board.strategy) kinds.set(i.id, 'strategy');
  return kinds;
}

/**
 * The threads on records the board holds, grouped by their target: stages, lanes, cards, notes
 * and strategy items, each kind in the board's own order. `resolved` says which threads to list.
 */
export function commentGroups(board: Board, { resolved }: { resolved: boolean }): CommentGroup[] {
  const kinds = targetKinds(board);
  const onTarget = new Map<string, CommentThread[]>();
  for (const thread of commentThreads(board.comments)) {
    if (thread.resolved !== resolved || !kinds.has(thread.targetId)) continue;
    onTarget.set(thread.targetId, [...(onTarget.get(thread.targetId) ?? []), thread]);
  }
  const bySection = itemsBySection(board.strategy);
  const strategy = STRATEGY_SECTIONS.flatMap((s) => bySection.get(s.id) ?? []);
  const ordered = [board.stages, board.lanes, board.cards, board.notes, strategy].flatMap((list) => list.map((r) => r.id));
  return ordered.filter((id) => onTarget.has(id)).map((id) => ({ kind: kinds.get(id)!, targetId: id, threads: onTarget.get(id)! }));
}

/** The open threads on records the board holds: the figure on the header's comments button. */
export function openThreadCount(board: Board): number {
  const kinds = targetKinds(board);
  return commentThreads(board.comments).filter((t) => !t.resolved && kinds.has(t.targetId)).length;
}

/** The threads on one record, oldest first. */
export function threadsOn(comments: readonly Comment[], targetId: string): CommentThread[] {
  return commentThreads(comments).filter((t) => t.targetId === targetId);
}
