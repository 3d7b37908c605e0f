import { Injectable, inject, signal } from '@angular/core';

import { AuthService } from '../auth/auth.service';
import { AppConfigService } from '../config/app-config.service';
import { NotifyService } from '../notify/notify.service';
import { Culture } from './culture';
import { LocalizationService } from './localization.service';

/**
 * The language switch: remember the choice locally, save it as the user's preference when signed in,
 * then reload the configuration so every text on screen changes at once.
 */
@Injectable({ providedIn: 'root' })
export class CultureSwitchService {
  private readonly l = inject(LocalizationService);
  private readonly config = inject(AppConfigService);
  private readonly auth = inject(AuthService);
  private readonly notify = inject(NotifyService);
  readonly switching = signal(false);

  async switchTo(culture: Culture): Promise<void> {
    if (culture === this.l.culture() && this.config.culture() === culture) return;
    const previous = this.l.culture();
    this.switching.set(true);
    this.l.setLocalCulture(culture);
    try {
      if (this.config.isAuthenticated()) await this.auth.saveCulture(culture);
      await this.config.load();
    } catch {
      this.l.setLocalCulture(previous);
      this.notify.error(this.l.t('UI:Error.Network'));
    } finally {
      this.switching.set(false);
    }
  }
}
