/** The languages the interface and the report are written in. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as a language switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '中文' };
/** The names where room is short (a laptop's board header): each still in its own language. */
export const LOCALE_SHORT_NAMES: Record<Locale, string> = { en: 'EN', zh: '中文' };

/**
 * The locale a language tag asks for: any Chinese tag ("zh", "zh-CN", "zh-Hans-SG") reads as
 * simplified Chinese, anything else as English. A board's stored locale goes through this too,
 * so an unknown or hostile value falls back to English rather than failing.
 */
export function asLocale(tag: unknown): Locale {
  return typeof tag === 'string' && /^zh(?:[-_]|$)/i.test(tag.trim()) ? 'zh' : 'en';
}

/** The first of a browser's preferred languages that we speak, else English. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) if (asLocale(tag) === 'zh' || /^en(?:[-_]|$)/i.test(tag)) return asLocale(tag);
  return 'en';
}
