import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';

import { AuthService } from '../core/auth/auth.service';
import { AppConfigService } from '../core/config/app-config.service';
import { TPipe } from '../core/i18n/t.pipe';
import { LanguageSwitch } from '../core/layout/language-switch';
import { NotifyService } from '../core/notify/notify.service';
import { LocalizationService } from '../core/i18n/localization.service';
import { ChangePasswordForm } from './change-password-form';

/**
 * `/account/first-password`: after signing in with a one-time password the person chooses their own; nothing else in the
 * app opens until then (the shell's guard sends them here, the server answers 403 Account:PasswordChangeRequired).
 */
@Component({
  selector: 'app-first-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, TPipe, LanguageSwitch, ChangePasswordForm],
  template: `
    <div class="login-page">
      <div class="login-lang"><app-language-switch [inline]="true" /></div>
      <main class="login-card" id="main-content">
        <h1 class="login-title" data-testid="first-password-title">{{ 'UI:Password.FirstTitle' | t }}</h1>
        <p class="lead">{{ 'UI:Password.FirstIntro' | t: (config.currentUser()?.fullName ?? '') }}</p>
        <app-change-password-form (changed)="done()" />
        <button mat-button type="button" class="sign-out" (click)="signOut()" data-testid="sign-out">
          <mat-icon aria-hidden="true">logout</mat-icon>{{ 'UI:SignOut' | t }}
        </button>
      </main>
    </div>
  `,
  styleUrl: './login.scss',
  styles: `.lead { margin: 0 0 16px; font: var(--mat-sys-body-medium); } .sign-out { margin-top: 12px; }`,
})
export class FirstPassword {
  protected readonly config = inject(AppConfigService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);

  protected async done(): Promise<void> {
    this.notify.success(this.l.t('UI:Password.Changed'));
    await this.router.navigateByUrl('/');
  }

  protected async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}
