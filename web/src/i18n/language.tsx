/** @module The chosen language (English or 简体中文), kept in localStorage, and `t` to word every visible string. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Language, type MessageKey, messages } from './messages';

const STORAGE_KEY = 'molehunt.language';

export interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  /** The message in the current language, with `{name}` placeholders filled from `vars`. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** Picks between the API's English and Chinese wording of the same thing. */
  pick: (en: string, zh: string | undefined) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'zh' ? 'zh' : 'en';
  } catch {
    return 'en';
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(storedLanguage);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice still holds for this visit.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const table = messages[lang];
    return {
      lang,
      setLang,
      t: (key, vars) => {
        const text = table[key] ?? key;
        return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : text;
      },
      pick: (en, zh) => (lang === 'zh' && zh ? zh : en),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside LanguageProvider');
  return i18n;
}
