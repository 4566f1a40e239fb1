import type { VersionEntry } from '../../collab/versions.ts';
import type { MessageId, Translate } from '../../i18n/index.ts';
import type { DiffCounts } from '../../model/boardDiff.ts';

/*
 * How a version and a comparison are worded in the panel, the bar and the export dialog, in
 * the reader's language.
 */

/** A version's name, or for an automatic one what it was saved before or after. */
export function versionName(version: Pick<VersionEntry, 'name' | 'reason'>, t: Translate): string {
  return version.name ?? t(`history.reason.${version.reason}`);
}

/** When it was saved, to the minute, in the reader's language. */
export function versionTime(version: Pick<VersionEntry, 'createdAt'>, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(version.createdAt);
}

/** Who was on the board: the first three names, then how many more. */
export function versionAuthors(authors: readonly string[], t: Translate): string {
  const shown = authors.slice(0, 3).join(', ');
  if (authors.length <= 3) return t('history.authors', { count: authors.length, names: shown });
  return t('history.authors.more', { names: shown, count: authors.length - 3 });
}

const SUMMARY_ORDER: (keyof DiffCounts)[] = [
  'cardsAdded',
  'cardsRemoved',
  'cardsMoved',
  'cardsChanged',
  'stagesAdded',
  'stagesRemoved',
  'stagesRenamed',
  'lanesAdded',
  'lanesRemoved',
  'lanesRenamed',
  'scoresChanged',
  'strategyAdded',
  'strategyRemoved',
  'strategyReworded',
];

/** Each kind of change there is, counted ("3 cards added"), in the order a reader looks for them. */
export function summaryParts(counts: DiffCounts, t: Translate): { kind: keyof DiffCounts; text: string }[] {
  return SUMMARY_ORDER.filter((kind) => counts[kind] > 0).map((kind) => ({ kind, text: t(`history.summary.${kind}` as MessageId, { count: counts[kind] }) }));
}
