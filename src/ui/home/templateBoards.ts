import * as Y from 'yjs';
import { docToBoard } from '../../doc/index.ts';
import { readBoardFile, writeBoardToDoc } from '../../file/index.ts';
import { translatorFor, type Locale, type Translate } from '../../i18n/index.ts';
import type { Board } from '../../model/index.ts';

/** A template's board as a new board from it would hold it: through the importer and a document. */
export function templateBoard(fileText: string): Board {
  const read = readBoardFile(fileText);
  if (!read.ok) throw new Error(read.error);
  const doc = new Y.Doc();
  try {
    writeBoardToDoc(doc, read.file.board);
    return docToBoard(doc);
  } finally {
    doc.destroy();
  }
}

/** "6 stages · 17 cards", "90 items in 18 sections" or "Empty": what a template holds. */
export function templateSize(board: Pick<Board, 'stages' | 'cards' | 'strategy'>, t: Translate): string {
  const parts: string[] = [];
  if (board.stages.length) parts.push(t('gallery.size.map', { stages: board.stages.length, cards: board.cards.length }));
  if (board.strategy.length) parts.push(t('gallery.size.strategy', { items: board.strategy.length, sections: new Set(board.strategy.map((i) => i.sectionId)).size }));
  return parts.length ? parts.join(' · ') : t('gallery.size.empty');
}

/**
 * A blank template's file as the person choosing it would start it: in the interface's language,
 * so the report and a cleared title speak it, and named "Untitled board" in that language when
 * the template gives no title. A template with content keeps the language of its source.
 */
export function blankInLocale(fileText: string, locale: Locale): string {
  const file = JSON.parse(fileText) as { board: { meta?: { title?: string; locale?: string } } };
  const meta = (file.board.meta ??= {});
  meta.locale = locale;
  meta.title ??= translatorFor(locale)('board.header.untitled');
  return JSON.stringify(file);
}
