import { useEffect, useRef } from 'react';
import { useLocale, useT } from '../../browser/i18n.tsx';
import { addCard, deleteCards, lockedAmong, transact } from '../../doc/index.ts';
import { nodeId, recordIdOf } from '../layout.ts';
import { MAX_PASTE_CHARS, parseClipboard, serializeCards } from './clipboard.ts';
import { cardDataInHtml, cardsAsHtml, cardsAsText } from './clipboardText.ts';
import type { CommandScope } from './registry.ts';
import { keysBelongElsewhere } from './useCanvasCommands.ts';

/** Where pasted cards go: after the selected card, else into the first cell that takes cards. */
function pasteTarget(scope: CommandScope): { stageId: string; laneId: string; index?: number } | null {
  const selectedCard = [...scope.selected].find((id) => id.startsWith('card:'));
  const card = selectedCard && scope.board.cards.find((c) => c.id === recordIdOf(selectedCard));
  if (card) {
    const inCell = scope.board.cards.filter((c) => c.stageId === card.stageId && c.laneId === card.laneId);
    return { stageId: card.stageId, laneId: card.laneId, index: inCell.indexOf(card) + 1 };
  }
  const stage = scope.board.stages[0];
  const lane = scope.board.lanes.find((l) => l.kind !== 'emotion');
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

/**
 * Copy, cut and paste through the browser's clipboard events, so cards travel between boards
 * and tabs, and text pasted from elsewhere becomes cards. A copy reads as text and HTML in a
 * chat or an email, and its HTML carries the cards' data, which a paste into a board restores
 * exactly. One paste is one undo step. Off while the board is read-only.
 */
export function useClipboard(scope: CommandScope, notify: (message: string) => void, enabled: boolean): void {
  const t = useT();
  const { locale } = useLocale();
  const latest = useRef({ scope, t });
  useEffect(() => {
    latest.current = { scope, t };
  });
  useEffect(() => {
    if (!enabled) return;
    const selectedCards = () => {
      const { scope } = latest.current;
      const ids = new Set([...scope.selected].filter((id) => id.startsWith('card:')).map(recordIdOf));
      return scope.board.cards.filter((c) => ids.has(c.id));
    };
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (keysBelongElsewhere(e.target)) return;
      const cards = selectedCards();
      if (cards.length === 0 || !e.clipboardData) return;
      const { scope, t } = latest.current;
      e.clipboardData.setData('text/plain', cardsAsText(cards, scope.board, t));
      e.clipboardData.setData('text/html', cardsAsHtml(cards, scope.board, serializeCards(cards), t));
      e.preventDefault();
      if (cut) {
        // Locked cards are copied, never cut: they stay where the facilitator put them.
        const ids = cards.map((c) => c.id);
        const locked = new Set(lockedAmong(scope.ctx, ids));
        deleteCards(scope.ctx, ids.filter((id) => !locked.has(id)));
        if (locked.size > 0) scope.keptLocked();
        scope.selectOnly([]);
      }
    };
    const onPaste = (e: ClipboardEvent) => {
      if (keysBelongElsewhere(e.target) || !e.clipboardData) return;
      // Cards copied from a board come back from the data in their HTML; else the text is read.
      const text = cardDataInHtml(e.clipboardData.getData('text/html'), MAX_PASTE_CHARS) ?? e.clipboardData.getData('text/plain');
      if (!text.trim()) return;
      e.preventDefault();
      const { scope, t } = latest.current;
      const target = pasteTarget(scope);
      if (!target) return notify(t('canvas.paste.noCell'));
      const { cards, dropped, tooLarge } = parseClipboard(text);
      if (tooLarge) return notify(t('canvas.paste.tooLarge', { count: text.length, max: MAX_PASTE_CHARS }));
      const ids = transact(scope.ctx, () =>
        cards.map((card, i) => addCard(scope.ctx, { ...card, ...target, index: target.index === undefined ? undefined : target.index + i })),
      );
      scope.selectOnly(ids.map(nodeId.card));
      if (dropped > 0) notify(t('canvas.paste.capped', { count: cards.length, dropped }));
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [notify, enabled, locale]);
}
