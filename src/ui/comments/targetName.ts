import type { Translate } from '../../i18n/index.ts';
import { laneName } from '../../model/laneName.ts';
import { sectionById, sectionLabel } from '../../model/strategyLayout.ts';
import type { Board, CommentTargetKind } from '../../model/index.ts';

/** A long text said in a line: enough to tell one sticky note or item from another. */
const SHORT = 60;

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SHORT ? `${line.slice(0, SHORT - 1)}…` : line;
}

/** What a comment is on, in words: "2. Research", a lane's name, a card's title, a note's first words. */
export function targetName(board: Board, kind: CommentTargetKind, id: string, t: Translate): string {
  switch (kind) {
    case 'stage': {
      const index = board.stages.findIndex((s) => s.id === id);
      const stage = board.stages[index];
      return t('comments.stageNumber', { number: index + 1, title: short(stage?.title ?? '') || t('comments.untitled.stage') });
    }
    case 'lane': {
      const lane = board.lanes.find((l) => l.id === id);
      return lane ? short(laneName(lane, t)) : '';
    }
    case 'card':
      return short(board.cards.find((c) => c.id === id)?.title ?? '') || t('comments.untitled.card');
    case 'note':
      return short(board.notes.find((n) => n.id === id)?.text ?? '') || t('comments.untitled.note');
    case 'strategy': {
      const item = board.strategy.find((i) => i.id === id);
      if (!item) return '';
      return `${sectionLabel(sectionById(item.sectionId), t)} · ${short(item.text) || t('comments.untitled.strategy')}`;
    }
  }
}
