import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { LoginResultDto } from '../../api/models';
import { AccountService } from '../../api/services';
import { AppConfigService } from '../config/app-config.service';
import { handlesErrors, loginContext } from '../http/http-context';
import { LocalizationService } from '../i18n/localization.service';
import { Culture } from '../i18n/culture';

const LAST_SCHOOL_KEY = 'kemel.lastSchool';

export interface RememberedSchool {
  id: string;
  name: string;
}

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly account = inject(AccountService);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);

  /**
   * Signs in to a school (or to the host when `school` is null). The language chosen on the sign-in page
   * becomes the user's saved preference, then the configuration is reloaded with the user's permissions.
   */
  async login(school: RememberedSchool | null, userName: string, password: string, rememberMe: boolean): Promise<LoginResultDto> {
    const result = await firstValueFrom(
      this.account.login({ body: { school: school?.id ?? null, userName, password, rememberMe } }, loginContext(school?.id ?? null)),
    );
    if (result.requiresTwoFactor) return result; // not signed in yet: completeTwoFactor() finishes with the code
    await this.afterSignIn(school);
    return result;
  }

  /**
   * The second sign-in step when two-factor sign-in is on: the 6-digit code of the authenticator app or a recovery code,
   * with the token the first step answered (valid 5 minutes).
   */
  async completeTwoFactor(
    school: RememberedSchool | null,
    twoFactorToken: string,
    answer: { code?: string; recoveryCode?: string },
    rememberMe: boolean,
  ): Promise<LoginResultDto> {
    const result = await firstValueFrom(
      this.account.twoFactorLogin(
        { body: { twoFactorToken, code: answer.code || null, recoveryCode: answer.recoveryCode || null, rememberMe } },
        loginContext(school?.id ?? null),
      ),
    );
    await this.afterSignIn(school);
    return result;
  }

  private async afterSignIn(school: RememberedSchool | null): Promise<void> {
    this.rememberSchool(school);
    await this.saveCulture(this.l.culture());
    await this.config.load();
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.account.logout(undefined, handlesErrors()));
    } finally {
      await this.config.load().catch(() => undefined);
    }
  }

  /** Saves the culture as the signed-in user's preference (ignored when signed out or when the call fails). */
  async saveCulture(culture: Culture): Promise<void> {
    try {
      await firstValueFrom(this.account.changeCulture({ body: { culture } }, handlesErrors()));
    } catch {
      /* the local choice still applies through Accept-Language */
    }
  }

  rememberedSchool(): RememberedSchool | null | 'host' {
    try {
      const raw = localStorage.getItem(LAST_SCHOOL_KEY);
      if (!raw) return null;
      if (raw === 'host') return 'host';
      const parsed = JSON.parse(raw) as RememberedSchool;
      return parsed?.id ? parsed : null;
    } catch {
      return null;
    }
  }

  private rememberSchool(school: RememberedSchool | null): void {
    try {
      localStorage.setItem(LAST_SCHOOL_KEY, school ? JSON.stringify({ id: school.id, name: school.name }) : 'host');
    } catch {
      /* ignore */
    }
  }
}
