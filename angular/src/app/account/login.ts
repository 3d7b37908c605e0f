import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { catchError, debounceTime, distinctUntilChanged, map, merge, of, startWith, switchMap } from 'rxjs';

import { SchoolLookupDto } from '../api/models';
import { AccountService } from '../api/services';
import { AuthService, RememberedSchool } from '../core/auth/auth.service';
import { DraftService } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { LanguageSwitch } from '../core/layout/language-switch';
import { FieldError } from '../shared/field-error';

function schoolChosen(control: AbstractControl): ValidationErrors | null {
  const v = control.value as unknown;
  if (v === null || v === '' || v === undefined) return null; // "required" reports the empty case
  return typeof v === 'object' && (v as SchoolLookupDto).id ? null : { schoolNotChosen: true };
}

/** Shows a field's error only once the user has touched it (not merely because the form was submitted once). */
const touchedOnly: ErrorStateMatcher = { isErrorState: (control) => !!control && control.invalid && control.touched };

/** Step 1: the school (or the platform, for the host administrator); step 2: user name and password. */
@Component({
  selector: 'app-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, MatAutocompleteModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatProgressSpinnerModule, RouterLink, TPipe, LanguageSwitch, FieldError,
  ],
  templateUrl: './login.html',
  styleUrl: './login.scss',
})
export class Login {
  private readonly fb = inject(FormBuilder);
  private readonly auth = inject(AuthService);
  private readonly account = inject(AccountService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly l = inject(LocalizationService);

  protected readonly form = this.fb.group({
    host: this.fb.nonNullable.control(false),
    school: this.fb.control<SchoolLookupDto | string | null>(null, [Validators.required, schoolChosen]),
    userName: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(64)]),
    password: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(128)]),
    rememberMe: this.fb.nonNullable.control(false),
  });

  protected readonly busy = signal(false);
  protected readonly error = signal<string[]>([]);
  protected readonly errorCode = signal<string | null>(null);
  /** Failed attempts on this page (lets tests and screen readers tell a repeated identical message from the old one). */
  protected readonly failures = signal(0);
  protected readonly showPassword = signal(false);
  /** After a failed sign-in the password is emptied: it should not turn red at once. */
  protected readonly passwordErrors = touchedOnly;
  protected readonly isHost = toSignal(this.form.controls.host.valueChanges.pipe(startWith(this.form.controls.host.value)), {
    requireSync: true,
  });
  protected readonly schoolsLoading = signal(false);

  /** What is typed in the school field ('' once a school is chosen). */
  private readonly typedSchool = toSignal(
    this.form.controls.school.valueChanges.pipe(map((v) => (typeof v === 'string' ? v.trim() : ''))),
    { initialValue: '' },
  );

  /** Schools matching what is typed, from `/api/account/schools?filter=` (with the filter they were found for). */
  protected readonly schools = toSignal(
    this.form.controls.school.valueChanges.pipe(
      startWith(''),
      map((v) => (typeof v === 'string' ? v.trim() : null)),
      debounceTime(200),
      distinctUntilChanged(),
      switchMap((filter) => {
        if (filter === null) return of(null); // a school is chosen: keep the list as it was
        this.schoolsLoading.set(true);
        return this.account.getLoginSchools({ filter: filter || undefined }, handlesErrors()).pipe(
          catchError(() => of([])),
          map((list) => ({ filter, list })),
        );
      }),
      map((found) => {
        this.schoolsLoading.set(false);
        return found;
      }),
    ),
    { initialValue: null },
  );
  private lastSchools: { filter: string; list: SchoolLookupDto[] } = { filter: '', list: [] };
  /**
   * The schools found; while the search for newly typed text is still on its way, the previous list narrowed to the names
   * containing that text (so the options never show schools that plainly do not match what is typed).
   */
  protected readonly schoolOptions = computed(() => {
    const found = this.schools();
    if (found !== null) this.lastSchools = found;
    const typed = this.typedSchool().toLocaleLowerCase();
    const { filter, list } = this.lastSchools;
    if (!typed || typed === filter.toLocaleLowerCase()) return list;
    return list.filter((s) => s.name.toLocaleLowerCase().includes(typed));
  });

  /** A search is on its way (or about to be sent): "no schools found" would be premature. */
  protected readonly schoolsSearching = computed(() => {
    this.schoolOptions();
    return this.schoolsLoading() || (!!this.typedSchool() && this.typedSchool().toLocaleLowerCase() !== this.lastSchools.filter.toLocaleLowerCase());
  });

  /** Step 3 when two-factor sign-in is on: the password was right, the code of the authenticator app (or a recovery code) is asked. */
  protected readonly pending = signal<{ school: RememberedSchool | null; token: string; rememberMe: boolean } | null>(null);
  protected readonly useRecoveryCode = signal(false);
  protected readonly codeForm = this.fb.group({
    code: this.fb.nonNullable.control('', [Validators.required, Validators.pattern(/^\s*\d{3}\s?-?\d{3}\s*$/)]),
    recoveryCode: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(32)]),
  });

  private readonly draft = inject(DraftService).track('login', this.form, { exclude: ['password'], restoreNow: false });

  constructor() {
    const restored = this.draft.restore();
    if (!restored) {
      const remembered = this.auth.rememberedSchool();
      if (remembered === 'host') this.form.controls.host.setValue(true);
      else if (remembered) this.form.controls.school.setValue(remembered);
    }
    this.applyHost(this.form.controls.host.value);
    this.form.controls.host.valueChanges.pipe(takeUntilDestroyed()).subscribe((host) => this.applyHost(host));
    merge(this.form.valueChanges, this.codeForm.valueChanges).pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.error().length) {
        this.error.set([]);
        this.errorCode.set(null);
      }
    });
  }

  protected displaySchool = (s: SchoolLookupDto | string | null): string => (typeof s === 'string' ? s : (s?.name ?? ''));

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }
    const v = this.form.getRawValue();
    const school = v.host ? null : (v.school as RememberedSchool);
    this.busy.set(true);
    this.error.set([]);
    try {
      const result = await this.auth.login(school, v.userName.trim(), v.password, v.rememberMe);
      if (result.requiresTwoFactor && result.twoFactorToken) {
        this.form.controls.password.reset('', { emitEvent: false });
        this.codeForm.reset({ code: '', recoveryCode: '' }, { emitEvent: false });
        this.useRecoveryCode.set(false);
        this.pending.set({ school, token: result.twoFactorToken, rememberMe: v.rememberMe });
        this.busy.set(false);
        this.focus('[data-testid="two-factor-login-code"]');
        return;
      }
      await this.signedIn(result.mustChangePassword ?? false);
    } catch (e) {
      this.form.controls.password.reset('', { emitEvent: false });
      this.failed(e);
    }
  }

  /** The code step: completes the sign-in with the authenticator code or a recovery code. */
  protected async submitCode(): Promise<void> {
    const pending = this.pending();
    if (this.busy() || !pending) return;
    const recovery = this.useRecoveryCode();
    const control = recovery ? this.codeForm.controls.recoveryCode : this.codeForm.controls.code;
    control.markAsTouched();
    if (control.invalid) {
      this.focus(recovery ? '[data-testid="two-factor-login-recovery"]' : '[data-testid="two-factor-login-code"]');
      return;
    }
    // Recovery codes are "xxxxx-xxxxx" (the dash belongs to them); an app code may be typed as "123 456".
    const value = recovery ? control.value.trim() : control.value.replace(/[\s-]/g, '');
    this.busy.set(true);
    this.error.set([]);
    try {
      const result = await this.auth.completeTwoFactor(pending.school, pending.token, recovery ? { recoveryCode: value } : { code: value },
        pending.rememberMe);
      await this.signedIn(result.mustChangePassword ?? false);
    } catch (e) {
      control.reset('', { emitEvent: false });
      // The token lives 5 minutes (or the account changed): start again from the password.
      if (toProblem(e).code === 'Account:TwoFactorSessionExpired') this.pending.set(null);
      this.failed(e);
    }
  }

  protected toggleRecoveryCode(): void {
    this.useRecoveryCode.update((v) => !v);
    this.error.set([]);
    this.focus(this.useRecoveryCode() ? '[data-testid="two-factor-login-recovery"]' : '[data-testid="two-factor-login-code"]');
  }

  /** Back from the code step to the password. */
  protected cancelCode(): void {
    this.pending.set(null);
    this.error.set([]);
    this.errorCode.set(null);
    this.focus('[data-testid="password"]');
  }

  private async signedIn(mustChangePassword: boolean): Promise<void> {
    this.draft.clear();
    if (mustChangePassword) {
      await this.router.navigateByUrl('/account/first-password');
      return;
    }
    const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
    await this.router.navigateByUrl(returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/');
  }

  private failed(e: unknown): void {
    const problem = toProblem(e);
    this.errorCode.set(problem.code);
    this.failures.update((n) => n + 1);
    const fromCode = problem.code && this.l.has(problem.code) ? this.l.t(problem.code) : null;
    this.error.set([problem.detail ?? fromCode ?? problemMessage(problem, (k) => this.l.t(k))]);
    this.busy.set(false);
    this.focus('[data-testid="form-error"]');
  }

  private focus(selector: string): void {
    setTimeout(() => (document.querySelector(selector) as HTMLElement | null)?.focus());
  }

  private applyHost(host: boolean): void {
    const school = this.form.controls.school;
    if (host) school.disable({ emitEvent: false });
    else school.enable({ emitEvent: false });
  }

  private focusFirstInvalid(): void {
    setTimeout(() => (document.querySelector('app-login .ng-invalid input, app-login input.ng-invalid') as HTMLElement | null)?.focus());
  }
}
