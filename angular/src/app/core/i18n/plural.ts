/**
 * ICU-style plural blocks in texts, the same syntax the server fills (src/KemelSchoolPD.Core/Localization/PluralForms.cs):
 * `{0, plural, one {# год} few {# года} many {# лет} other {# года}}`. `#` is the number; `=N` matches it exactly.
 * The category comes from the browser's `Intl.PluralRules` for the app's language (ru: one/few/many/other; kk, en: one/other).
 */
const PLURAL_BLOCK = /\{\s*(\w+)\s*,\s*plural\s*,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_OPTION = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

export function applyPlurals(text: string, culture: string, valueOf: (name: string) => unknown): string {
  if (!text.includes(', plural,')) return text;
  return text.replace(PLURAL_BLOCK, (block, name: string, body: string) => {
    const value = Number(valueOf(name));
    if (valueOf(name) === null || valueOf(name) === undefined || Number.isNaN(value)) return block;
    const options = new Map<string, string>();
    for (const [, key, option] of body.matchAll(PLURAL_OPTION)) options.set(key, option);
    const chosen = options.get(`=${value}`) ?? options.get(new Intl.PluralRules(culture).select(value)) ?? options.get('other');
    return chosen === undefined ? block : chosen.replaceAll('#', value.toLocaleString(culture));
  });
}
