import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { pickLocale, translatorFor, asLocale, type Locale, type Translate } from '../i18n/index.ts';

const STORAGE_KEY = 'journeyboard.locale';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

/** The browser's choice if the person made one here, else its preferred languages. */
function startingLocale(): Locale {
  try {
    const chosen = localStorage.getItem(STORAGE_KEY);
    if (chosen !== null) return asLocale(chosen);
  } catch {
    // Storage can be refused (private windows, blocked cookies): the browser's languages still hold.
  }
  return pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {}, t: translatorFor('en') });

/** The interface language for everything below it, kept in this browser once someone picks one. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setChosen] = useState<Locale>(startingLocale);
  const setLocale = useCallback((next: Locale) => {
    setChosen(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not kept across visits, but this visit still switches.
    }
  }, []);
  useEffect(() => {
    // Screen readers and the browser's own line breaking and font choice follow the page's language.
    document.documentElement.lang = locale === 'zh' ? 'zh-Hans' : 'en';
  }, [locale]);
  const state = useMemo(() => ({ locale, setLocale, t: translatorFor(locale) }), [locale, setLocale]);
  return <LocaleContext.Provider value={state}>{children}</LocaleContext.Provider>;
}

/** The message function of the interface's language. */
export function useT(): Translate {
  return useContext(LocaleContext).t;
}

export function useLocale(): Pick<LocaleState, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useContext(LocaleContext);
  return { locale, setLocale };
}
