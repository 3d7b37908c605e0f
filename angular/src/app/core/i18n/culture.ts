/** The three cultures of the product. The order is the order of the language switch. */
export const CULTURES = ['kk', 'ru', 'en'] as const;
export type Culture = (typeof CULTURES)[number];

export const CULTURE_STORAGE_KEY = 'kemel.culture';

/** Native names, shown in the switch whatever the current language is. */
export const CULTURE_NATIVE_NAMES: Record<Culture, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

export function isCulture(value: unknown): value is Culture {
  return typeof value === 'string' && (CULTURES as readonly string[]).includes(value);
}

/** Stored choice, else the browser's first supported language, else Kazakh. */
export function initialCulture(): Culture {
  try {
    const stored = localStorage.getItem(CULTURE_STORAGE_KEY);
    if (isCulture(stored)) return stored;
  } catch {
    /* storage blocked: fall through */
  }
  for (const lang of navigator.languages ?? [navigator.language]) {
    const short = (lang ?? '').slice(0, 2).toLowerCase();
    if (isCulture(short)) return short;
  }
  return 'kk';
}
