import type { Translate } from '../i18n/index.ts';
import type { Card } from './card.ts';

/** A measure's standing against its target. */
export type MeasureStanding = 'met' | 'short' | 'unknown';

export interface MeasureGap {
  standing: MeasureStanding;
  /** How far from the target, always positive (0 when met exactly); null without a value and a target. */
  distance: number | null;
}

/**
 * How a measure stands against its target, the way it gets better: NPS 32 against 40 is 8
 * short; a wait of 3 days against 2, higher being worse, is 1 short; reaching the target or
 * passing it in the good direction is met.
 */
export function measureGap(card: Pick<Card, 'value' | 'target' | 'better'>): MeasureGap {
  const { value, target } = card;
  if (value === null || target === null) return { standing: 'unknown', distance: null };
  const ahead = roundOff(card.better === 'lower' ? target - value : value - target);
  return { standing: ahead >= 0 ? 'met' : 'short', distance: Math.abs(ahead) };
}

/** A difference of two decimals without binary noise (0.1 + 0.2), to four places, as people write them. */
function roundOff(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

/**
 * A number as a measure shows it: up to four decimals, grouped in thousands in the board's
 * language, with its unit after (a per cent sign close, a word after a space).
 */
export function formatMeasure(value: number, unit: string, locale: string): string {
  const number = numberFormat(locale).format(value);
  const u = unit.trim();
  if (!u) return number;
  return /^[%‰°]/.test(u) ? `${number}${u}` : `${number} ${u}`;
}

/** A stage's title or a measure's name as people mean it, case, surrounding and doubled spaces aside: how an import finds them. */
export function measureNameKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The language's number format; English for a language tag the browser does not know. */
function numberFormat(locale: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  } catch {
    return new Intl.NumberFormat('en', { maximumFractionDigits: 4 });
  }
}

/**
 * A number typed or pasted by a person: "32", "-1.5", "1,234.5", "87%", "4,5" (a decimal comma);
 * null for nothing typed, undefined for what is no number.
 */
export function parseMeasureNumber(text: string): number | null | undefined {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/[%‰]$/, '');
  if (t === '') return null;
  // A comma alone before one or two digits, or a comma with no dot, is a decimal comma (4,5);
  // commas before groups of three with a dot after are thousands (1,234.5).
  if (/^[-+]?\d+,\d{1,2}$/.test(t) || (/,/.test(t) && !/\./.test(t) && !/^[-+]?\d{1,3}(,\d{3})+$/.test(t))) t = t.replace(',', '.');
  else t = t.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export interface MeasureReading {
  standing: MeasureStanding;
  /** The value with its unit, or "No value yet". */
  value: string;
  /** "target 40 pts", or null without a target. */
  target: string | null;
  /** "8 pts short" or "On target", or null while the value or the target is missing. */
  gap: string | null;
}

/** A measure in words, the same on the card, in the picture and in the report. */
export function measureReading(card: Pick<Card, 'value' | 'target' | 'unit' | 'better'>, locale: string, t: Translate): MeasureReading {
  const gap = measureGap(card);
  const shown = (n: number) => formatMeasure(n, card.unit, locale);
  return {
    standing: gap.standing,
    value: card.value === null ? t('measures.noValue') : shown(card.value),
    target: card.target === null ? null : t('measures.target', { target: shown(card.target) }),
    gap: gap.distance === null ? null : gap.standing === 'met' ? t('measures.met') : t('measures.short', { gap: shown(gap.distance) }),
  };
}
