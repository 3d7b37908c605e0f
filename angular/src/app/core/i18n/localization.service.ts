import { DOCUMENT, Injectable, inject, signal } from '@angular/core';

import { AppConfigService } from '../config/app-config.service';
import { CULTURE_STORAGE_KEY, Culture, initialCulture, isCulture } from './culture';
import { applyPlurals } from './plural';

/**
 * Texts come from the backend's localization (`/api/app/texts/{culture}`, loaded with the app configuration).
 * A missing key renders as the key itself, so a forgotten text is visible rather than blank.
 */
@Injectable({ providedIn: 'root' })
export class LocalizationService {
  private readonly config = inject(AppConfigService);
  private readonly document = inject(DOCUMENT);
  private readonly cultureState = signal<Culture>(initialCulture());

  /** The culture sent as Accept-Language and shown in the switch. */
  readonly culture = this.cultureState.asReadonly();

  constructor() {
    this.document.documentElement.lang = this.cultureState();
  }

  /** Remembers the culture locally (localStorage + `<html lang>`). Does not talk to the server. */
  setLocalCulture(culture: Culture): void {
    this.cultureState.set(culture);
    try {
      localStorage.setItem(CULTURE_STORAGE_KEY, culture);
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
    this.document.documentElement.lang = culture;
  }

  /** Adopts the culture the server answered with (the signed-in user's saved preference). */
  syncFromServer(): void {
    const serverCulture = this.config.culture();
    if (isCulture(serverCulture) && serverCulture !== this.cultureState()) {
      this.setLocalCulture(serverCulture);
    }
  }

  /** Text for a key with `{0}`, `{1}`... placeholders (ABP style) or `{name}` placeholders replaced, and plural blocks (plural.ts). */
  t(key: string | null | undefined, ...args: unknown[]): string {
    if (!key) return '';
    const text = this.config.texts()[key];
    return format(text ?? key, args, this.cultureState());
  }

  /** Text for a key, or the fallback when the key is unknown (e.g. a role without a text yet). */
  tOr(key: string, fallback: string, ...args: unknown[]): string {
    const text = this.config.texts()[key];
    return text === undefined ? fallback : format(text, args, this.cultureState());
  }

  has(key: string): boolean {
    return this.config.texts()[key] !== undefined;
  }
}

function format(text: string, args: unknown[], culture: string): string {
  if (args.length === 0) return text;
  const named = args.length === 1 && args[0] !== null && typeof args[0] === 'object' ? (args[0] as Record<string, unknown>) : null;
  text = applyPlurals(text, culture, (name) => (named ? named[name] : args[Number(name)]));
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = named ? named[name] : args[Number(name)];
    return value === undefined || value === null ? match : String(value);
  });
}
