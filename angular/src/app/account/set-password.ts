import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { firstValueFrom, startWith } from 'rxjs';

import { AccountService } from '../api/services';
import { loginContext } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { LanguageSwitch } from '../core/layout/language-switch';
import { FieldError } from '../shared/field-error';
import { PASSWORD_MIN_LENGTH, PasswordRules, passwordsMatch } from './password-rules';

type Mode = 'reset' | 'invite';
const INVALID_CODES = ['Account:ResetLinkInvalid', 'Account:InvitationInvalid'];

/**
 * `/account/reset-password` and `/account/accept-invitation` (`?school=&user=&token=` from the e-mail): choose a password
 * twice, then sign in. A used, expired or damaged link says so and tells what to do.
 */
@Component({
  selector: 'app-set-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressSpinnerModule, TPipe,
    LanguageSwitch, FieldError, PasswordRules,
  ],
  template: `
    <div class="login-page">
      <div class="login-lang"><app-language-switch [inline]="true" /></div>
      <main class="login-card" id="main-content">
        <h1 class="login-title">{{ (mode === 'invite' ? 'UI:SetPassword.InviteTitle' : 'UI:SetPassword.ResetTitle') | t }}</h1>
        @if (done()) {
          <div class="banner banner--info" role="status" data-testid="set-password-done">
            <mat-icon aria-hidden="true">check_circle</mat-icon>
            <p>{{ 'UI:SetPassword.Done' | t }}</p>
          </div>
          <a mat-flat-button class="login-submit" routerLink="/login" data-testid="back-to-sign-in">{{ 'UI:SignIn' | t }}</a>
        } @else if (invalid()) {
          <div class="login-error" role="alert" data-testid="link-invalid">
            <mat-icon aria-hidden="true">link_off</mat-icon><span>{{ invalidText() }}</span>
          </div>
          @if (mode === 'reset') {
            <a mat-flat-button class="login-submit" routerLink="/account/forgot-password">{{ 'UI:Forgot.Title' | t }}</a>
          }
          <p class="back"><a routerLink="/login">{{ 'UI:BackToSignIn' | t }}</a></p>
        } @else {
          <p class="lead">{{ (mode === 'invite' ? 'UI:SetPassword.InviteIntro' : 'UI:SetPassword.ResetIntro') | t }}</p>
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            @if (error()) {
              <div class="login-error" role="alert" data-testid="form-error"><mat-icon aria-hidden="true">error_outline</mat-icon><span>{{ error() }}</span></div>
            }
            <mat-form-field appearance="outline" class="full">
              <mat-label>{{ 'UI:Password.New' | t }}</mat-label>
              <input matInput formControlName="newPassword" [type]="show() ? 'text' : 'password'" autocomplete="new-password" data-testid="new-password" />
              <button mat-icon-button matSuffix type="button" (click)="show.set(!show())"
                      [attr.aria-label]="(show() ? 'UI:HidePassword' : 'UI:ShowPassword') | t" [attr.aria-pressed]="show()">
                <mat-icon>{{ show() ? 'visibility_off' : 'visibility' }}</mat-icon>
              </button>
              <mat-error><app-field-error [control]="form.controls.newPassword" /></mat-error>
            </mat-form-field>
            <app-password-rules [value]="newValue()" />
            <mat-form-field appearance="outline" class="full">
              <mat-label>{{ 'UI:Password.Repeat' | t }}</mat-label>
              <input matInput formControlName="repeatPassword" [type]="show() ? 'text' : 'password'" autocomplete="new-password"
                     data-testid="repeat-password" />
              <mat-error>
                @if (form.controls.repeatPassword.hasError('mismatch')) {
                  {{ 'UI:Password.Mismatch' | t }}
                } @else {
                  <app-field-error [control]="form.controls.repeatPassword" />
                }
              </mat-error>
            </mat-form-field>
            <button mat-flat-button type="submit" class="login-submit" [disabled]="busy()" data-testid="set-password-submit">
              @if (busy()) {
                <mat-progress-spinner mode="indeterminate" diameter="20" aria-hidden="true" />
              }
              {{ 'UI:SetPassword.Save' | t }}
            </button>
          </form>
        }
      </main>
    </div>
  `,
  styleUrl: './login.scss',
  styles: `.lead { margin: 0 0 16px; font: var(--mat-sys-body-medium); } .back { text-align: center; margin: 16px 0 0; }`,
})
export class SetPassword {
  private readonly account = inject(AccountService);
  private readonly l = inject(LocalizationService);
  private readonly route = inject(ActivatedRoute);
  protected readonly mode = (this.route.snapshot.data['mode'] as Mode) ?? 'reset';
  private readonly school = this.route.snapshot.queryParamMap.get('school') ?? '';
  private readonly userId = this.route.snapshot.queryParamMap.get('user') ?? '';
  private readonly token = this.route.snapshot.queryParamMap.get('token') ?? '';

  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(128)]],
      repeatPassword: ['', Validators.required],
    },
    { validators: passwordsMatch() },
  );
  protected readonly newValue = toSignal(this.form.controls.newPassword.valueChanges.pipe(startWith('')), { initialValue: '' });
  protected readonly show = signal(false);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The server's message for a bad link, or null while the link may be good. */
  private readonly invalidMessage = signal<string | null>(null);
  protected readonly invalid = computed(() => !this.school || !this.userId || !this.token || this.invalidMessage() !== null);
  protected readonly invalidText = computed(
    () => this.invalidMessage() || this.l.t(this.mode === 'invite' ? 'Account:InvitationInvalid' : 'Account:ResetLinkInvalid'),
  );

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    this.error.set(null);
    if (this.form.invalid) return;
    const body = { school: this.school, userId: this.userId, token: this.token, newPassword: this.form.controls.newPassword.value };
    this.busy.set(true);
    try {
      const call = this.mode === 'invite'
        ? this.account.acceptInvitation({ body }, loginContext(this.school))
        : this.account.resetPasswordWithLink({ body }, loginContext(this.school));
      await firstValueFrom(call, { defaultValue: undefined });
      this.done.set(true);
    } catch (e) {
      const problem = toProblem(e);
      if (problem.code && INVALID_CODES.includes(problem.code)) {
        this.invalidMessage.set(problem.detail ?? problem.title ?? '');
      } else {
        const unmatched = applyProblemToForm(this.form, problem);
        this.error.set(Object.keys(problem.errors).length ? (unmatched[0] ?? null) : problemMessage(problem, (k) => this.l.t(k)));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
