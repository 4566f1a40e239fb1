/**
 * When a comment was written, as people say it: "just now", "5 minutes ago", "yesterday", and
 * past a week the date. A time ahead of `now` (a laptop whose clock runs fast wrote it) is
 * "just now", never "in 3 minutes".
 */
export function relativeTime(then: number, now: number, locale: string, justNow: string): string {
  const seconds = Math.max(0, (now - then) / 1000);
  if (seconds < 45) return justNow;
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const minutes = seconds / 60;
  if (minutes < 45) return words.format(-Math.max(1, Math.round(minutes)), 'minute');
  const hours = minutes / 60;
  if (hours < 22) return words.format(-Math.round(hours), 'hour');
  const days = hours / 24;
  if (days < 7) return words.format(-Math.max(1, Math.round(days)), 'day');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(then);
}

/** The language tag for Intl of an interface language. */
export function intlLocale(locale: string): string {
  return locale === 'zh' ? 'zh-Hans' : 'en';
}
