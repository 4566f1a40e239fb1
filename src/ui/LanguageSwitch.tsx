import { useLocale, useT } from '../browser/i18n.tsx';
import { LOCALES, LOCALE_NAMES, asLocale } from '../i18n/index.ts';
import './languageSwitch.css';

/** Picks the interface's language; each option is named in its own language, as people look for it. */
export function LanguageSwitch() {
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
          {LOCALE_NAMES[option]}
        </option>
      ))}
    </select>
  );
}
