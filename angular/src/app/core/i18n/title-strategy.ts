import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { LocalizationService } from './localization.service';

/** Route titles are localization keys; the browser tab shows "Page · KemelSchoolPD" and follows language switches. */
@Injectable({ providedIn: 'root' })
export class LocalizedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly l = inject(LocalizationService);
  private readonly key = signal<string | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.key();
      const app = this.l.t('UI:AppName');
      this.title.setTitle(key ? `${this.l.t(key)} · ${app}` : app);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key.set(this.buildTitle(snapshot) ?? null);
  }
}
