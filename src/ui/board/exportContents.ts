import type { Locale, MessageId, Translate } from '../../i18n/index.ts';
import type { Board } from '../../model/index.ts';

/** What a picture of the board can show. */
export type PictureOf = 'wholeMap' | 'strategy' | 'view';

/** What the board holds, as the export dialog tells it. */
export interface BoardSummary {
  stages: number;
  cards: number;
  notes: number;
  connectors: number;
  strategy: number;
}

export function summarize(board: Board): BoardSummary {
  return { stages: board.stages.length, cards: board.cards.length, notes: board.notes.length, connectors: board.connectors.length, strategy: board.strategy.length };
}

/** The pictures worth offering: the map when it has anything on it, the strategy canvas when it has items or is on screen. */
export function picturesFor(summary: BoardSummary, mapOnScreen: boolean): PictureOf[] {
  const map = mapOnScreen && (summary.stages > 0 || summary.notes > 0);
  const strategy = summary.strategy > 0 || !mapOnScreen;
  return [...(map ? (['wholeMap'] as const) : []), ...(strategy ? (['strategy'] as const) : []), 'view'];
}

const list = (locale: Locale, parts: string[]) => new Intl.ListFormat(locale === 'zh' ? 'zh-Hans' : 'en', { type: 'conjunction' }).format(parts);

/** Each format's contents for this board, in a sentence: what a person gets before they download it. */
export function formatContents(summary: BoardSummary, picture: PictureOf, t: Translate, locale: Locale): Record<'pdf' | 'png' | 'json' | 'csv', string> {
  const counted = (entries: [MessageId, number][]) => entries.filter(([, n]) => n > 0).map(([id, count]) => t(id, { count }));
  const map = summary.stages > 0 || summary.notes > 0;
  const pdfParts = [t('export.pdf.cover')];
  if (map) pdfParts.push(t('export.pdf.map', { counts: list(locale, counted([['export.count.stages', summary.stages], ['export.count.cards', summary.cards], ['export.count.notes', summary.notes], ['export.count.connectors', summary.connectors]])) }));
  if (summary.strategy > 0) pdfParts.push(t('export.pdf.strategy', { count: summary.strategy }));
  const csvParts = counted([['export.csv.cards', summary.cards], ['export.csv.strategy', summary.strategy]]);
  return {
    pdf: pdfParts.length === 1 ? t('export.pdf.empty') : `${t('export.pdf.holds', { parts: list(locale, pdfParts) })}${summary.cards + summary.notes + summary.strategy > 0 ? `${locale === 'zh' ? '' : ' '}${t('export.pdf.appendix')}` : ''}`,
    png: picture === 'wholeMap' ? t('export.png.map') : picture === 'strategy' ? (summary.strategy > 0 ? t('export.png.strategy', { count: summary.strategy }) : t('export.png.strategyEmpty')) : t('export.png.view'),
    json: t('export.json.holds'),
    csv: csvParts.length ? t('export.csv.holds', { parts: csvParts.join(locale === 'zh' ? ';' : '; ') }) : t('export.csv.empty'),
  };
}
