import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { translate, type Locale, type MessageKey } from './messages';

const STORAGE_KEY = 'kyosei.locale';

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const LocaleContext = createContext<LocaleState | null>(null);

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this session only.
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<LocaleState>(() => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useI18n(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useI18n must be used inside <LocaleProvider>');
  return state;
}
