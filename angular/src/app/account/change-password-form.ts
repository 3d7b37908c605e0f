import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { firstValueFrom, startWith } from 'rxjs';

import { AccountService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PASSWORD_MIN_LENGTH, PasswordRules, passwordsMatch } from './password-rules';

/** Current password, new password twice; on success the configuration is reloaded (the cookie was renewed). */
@Component({
  selector: 'app-change-password-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressSpinnerModule, TPipe, FieldError,
    FormBanner, PasswordRules,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="change-password-form">
      <app-form-banner [messages]="errors()" />
      <mat-form-field class="full">
        <mat-label>{{ (oneTime() ? 'UI:Password.OneTime' : 'UI:Password.Current') | t }}</mat-label>
        <input matInput formControlName="currentPassword" [type]="show() ? 'text' : 'password'" autocomplete="current-password"
               data-testid="current-password" />
        <mat-error><app-field-error [control]="form.controls.currentPassword" /></mat-error>
      </mat-form-field>
      <mat-form-field class="full">
        <mat-label>{{ 'UI:Password.New' | t }}</mat-label>
        <input matInput formControlName="newPassword" [type]="show() ? 'text' : 'password'" autocomplete="new-password" data-testid="new-password" />
        <button mat-icon-button matSuffix type="button" (click)="show.set(!show())"
                [attr.aria-label]="(show() ? 'UI:HidePassword' : 'UI:ShowPassword') | t" [attr.aria-pressed]="show()">
          <mat-icon>{{ show() ? 'visibility_off' : 'visibility' }}</mat-icon>
        </button>
        <mat-error><app-field-error [control]="form.controls.newPassword" /></mat-error>
      </mat-form-field>
      <app-password-rules [value]="newValue()" />
      <mat-form-field class="full">
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
      <button mat-flat-button type="submit" [disabled]="busy()" data-testid="change-password-submit">
        @if (busy()) {
          <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
        }
        {{ 'UI:Password.Change' | t }}
      </button>
    </form>
  `,
  styles: `
    .full { width: 100%; }
    form { max-width: 440px; }
    mat-progress-spinner { display: inline-block; margin-right: 8px; vertical-align: middle; }
  `,
})
export class ChangePasswordForm {
  /** The first sign-in: the "current" password is the one-time password. */
  readonly oneTime = signal(false);
  readonly changed = output<void>();

  private readonly account = inject(AccountService);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder);

  protected readonly form = this.fb.nonNullable.group(
    {
      currentPassword: ['', [Validators.required, Validators.maxLength(128)]],
      newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(128)]],
      repeatPassword: ['', Validators.required],
    },
    { validators: passwordsMatch() },
  );
  protected readonly newValue = toSignal(this.form.controls.newPassword.valueChanges.pipe(startWith('')), { initialValue: '' });
  protected readonly show = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    this.oneTime.set(!!this.config.currentUser()?.mustChangePassword);
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    this.errors.set([]);
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.busy.set(true);
    try {
      await firstValueFrom(this.account.changeMyPassword({ body: { currentPassword: v.currentPassword, newPassword: v.newPassword } }, handlesErrors()),
        { defaultValue: undefined });
      await this.config.load();
      this.form.reset();
      this.changed.emit();
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem);
      const touchedFields = Object.keys(problem.errors).length > 0;
      this.errors.set(touchedFields ? unmatched : [problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
