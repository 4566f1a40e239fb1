import { useLocale, useT } from '../browser/i18n.tsx';
import { LOCALES, LOCALE_NAMES, LOCALE_SHORT_NAMES, asLocale } from '../i18n/index.ts';
import './languageSwitch.css';

/**
 * Picks the interface's language; each option is named in its own language, as people look for
 * it, and by its short name where the room is short.
 */
export function LanguageSwitch({ short = false }: { short?: boolean }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <select
      className="language-switch"
      aria-label={t('language.switch')}
      value={locale}
      onChange={(event) => setLocale(asLocale(event.target.value))}
    >
      {LOCALES.map((option) => (
        <option key={option} value={option} lang={option === 'zh' ? 'zh-Hans' : 'en'}>
          {(short ? LOCALE_SHORT_NAMES : LOCALE_NAMES)[option]}
        </option>
      ))}
    </select>
  );
}
