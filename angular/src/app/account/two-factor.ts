import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Observable, firstValueFrom } from 'rxjs';

import { TwoFactorSetupDto, TwoFactorStateDto } from '../api/models';
import { AccountService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

/**
 * `/account/two-factor` (directors and the platform operator): set up an authenticator app (the key and the otpauth link as
 * text), turn two-factor sign-in on with a code, see the recovery codes once, make new ones, turn it off.
 * Uses the generated AccountService (docs/api-contract.md, Account: two-factor).
 */
@Component({
  selector: 'app-two-factor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TPipe, FormBanner, PageHeader],
  template: `
    <app-page-header [title]="'UI:TwoFactor.Title' | t" [subtitle]="'UI:TwoFactor.Subtitle' | t" />
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    <section class="surface form-panel" data-testid="two-factor">
      <app-form-banner [messages]="errors()" />
      @if (codes().length) {
        <div class="banner banner--info" role="status" data-testid="recovery-codes">
          <mat-icon aria-hidden="true">key</mat-icon>
          <div>
            <p>{{ 'UI:TwoFactor.CodesShownOnce' | t }}</p>
            <ul class="codes">@for (c of codes(); track c) { <li><code>{{ c }}</code></li> }</ul>
            <button mat-stroked-button type="button" (click)="copyCodes()"><mat-icon aria-hidden="true">content_copy</mat-icon>{{ 'UI:Copy' | t }}</button>
          </div>
        </div>
      }
      @if (state(); as s) {
        @if (!s.allowed) {
          <p>{{ 'UI:TwoFactor.NotAllowed' | t }}</p>
        } @else if (s.enabled) {
          <p class="status on"><mat-icon aria-hidden="true">verified_user</mat-icon>{{ 'UI:TwoFactor.On' | t: s.recoveryCodesLeft }}</p>
          <div class="row">
            <button mat-stroked-button type="button" (click)="newCodes()" [disabled]="busy()" data-testid="two-factor-codes">{{ 'UI:TwoFactor.NewCodes' | t }}</button>
          </div>
          <h2 class="form-section__title">{{ 'UI:TwoFactor.Disable' | t }}</h2>
          <mat-form-field>
            <mat-label>{{ 'UI:TwoFactor.Code' | t }}</mat-label>
            <input matInput [(ngModel)]="code" inputmode="numeric" autocomplete="one-time-code" data-testid="two-factor-code" />
          </mat-form-field>
          <button mat-stroked-button type="button" class="danger-text" (click)="disable()" [disabled]="busy() || !code.trim()" data-testid="two-factor-disable">
            {{ 'UI:TwoFactor.Disable' | t }}
          </button>
        } @else {
          <p class="status"><mat-icon aria-hidden="true">shield</mat-icon>{{ 'UI:TwoFactor.Off' | t }}</p>
          @if (setup(); as k) {
            <ol class="steps">
              <li>{{ 'UI:TwoFactor.Step1' | t }}</li>
              <li>
                {{ 'UI:TwoFactor.Step2' | t }}
                <div class="key" data-testid="two-factor-key"><code>{{ groupedKey() }}</code></div>
                <details><summary>{{ 'UI:TwoFactor.Uri' | t }}</summary><code class="uri" data-testid="two-factor-uri">{{ k.authenticatorUri }}</code></details>
              </li>
              <li>{{ 'UI:TwoFactor.Step3' | t }}</li>
            </ol>
            <mat-form-field>
              <mat-label>{{ 'UI:TwoFactor.Code' | t }}</mat-label>
              <input matInput [(ngModel)]="code" inputmode="numeric" autocomplete="one-time-code" data-testid="two-factor-code" />
            </mat-form-field>
            <button mat-flat-button type="button" (click)="enable()" [disabled]="busy() || !code.trim()" data-testid="two-factor-enable">{{ 'UI:TwoFactor.Enable' | t }}</button>
          } @else {
            <button mat-flat-button type="button" (click)="startSetup()" [disabled]="busy()" data-testid="two-factor-setup">{{ 'UI:TwoFactor.SetUp' | t }}</button>
          }
        }
      }
    </section>
  `,
  styles: `
    .status { display: flex; gap: 8px; align-items: center; } .status.on { color: var(--mat-sys-primary); }
    .key code { font-size: 18px; letter-spacing: 1px; user-select: all; } .uri { overflow-wrap: anywhere; user-select: all; }
    .codes { columns: 2; list-style: none; padding: 0; } .row { margin-bottom: 16px; }
  `,
})
export class TwoFactor {
  private readonly account = inject(AccountService);
  private readonly l = inject(LocalizationService);
  private readonly notify = inject(NotifyService);
  private readonly clipboard = inject(Clipboard);
  protected readonly state = signal<TwoFactorStateDto | null>(null);
  protected readonly setup = signal<TwoFactorSetupDto | null>(null);
  protected readonly groupedKey = computed(() => (this.setup()?.sharedKey ?? '').replace(/\s+/g, '').match(/.{1,4}/g)?.join(' ') ?? '');
  protected readonly codes = signal<string[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected code = '';

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.state.set(await firstValueFrom(this.account.getTwoFactor(undefined, handlesErrors())));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  private async run<T>(call: Observable<T>, after: (r: T) => void): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      after(await firstValueFrom(call, { defaultValue: undefined as T }));
      this.code = '';
      await this.load();
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  protected startSetup(): Promise<void> {
    return this.run(this.account.setupTwoFactor(undefined, handlesErrors()),
      (r) => this.setup.set(r));
  }

  protected enable(): Promise<void> {
    return this.run(this.account.enableTwoFactor({ body: { code: this.code.trim() } }, handlesErrors()),
      (r) => { this.codes.set(r.recoveryCodes); this.setup.set(null); });
  }

  protected newCodes(): Promise<void> {
    return this.run(this.account.regenerateTwoFactorRecoveryCodes(undefined, handlesErrors()),
      (r) => this.codes.set(r.recoveryCodes));
  }

  protected disable(): Promise<void> {
    return this.run(this.account.disableTwoFactor({ body: { code: this.code.trim() } }, handlesErrors()),
      () => { this.codes.set([]); this.notify.success(this.l.t('UI:TwoFactor.Disabled')); });
  }

  protected copyCodes(): void {
    if (this.clipboard.copy(this.codes().join('\n'))) this.notify.success(this.l.t('UI:Copied'));
  }
}
