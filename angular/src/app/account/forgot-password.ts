import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';

import { SchoolLookupDto } from '../api/models';
import { AccountService } from '../api/services';
import { AuthService } from '../core/auth/auth.service';
import { handlesErrors, loginContext } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { LanguageSwitch } from '../core/layout/language-switch';
import { FieldError } from '../shared/field-error';

function schoolChosen(control: AbstractControl): ValidationErrors | null {
  const v = control.value as unknown;
  if (v === null || v === '' || v === undefined) return null;
  return typeof v === 'object' && (v as SchoolLookupDto).id ? null : { schoolNotChosen: true };
}

/** `/account/forgot-password`: school + user name or e-mail; the answer is always the same (nobody learns who has an account). */
@Component({
  selector: 'app-forgot-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatProgressSpinnerModule, TPipe, LanguageSwitch, FieldError,
  ],
  template: `
    <div class="login-page">
      <div class="login-lang"><app-language-switch [inline]="true" /></div>
      <main class="login-card" id="main-content">
        <h1 class="login-title">{{ 'UI:Forgot.Title' | t }}</h1>
        @if (sent()) {
          <div class="banner banner--info" role="status" data-testid="forgot-sent">
            <mat-icon aria-hidden="true">mark_email_read</mat-icon>
            <p>{{ 'UI:Forgot.Sent' | t }}</p>
          </div>
          <a mat-flat-button class="login-submit" routerLink="/login" data-testid="back-to-sign-in">{{ 'UI:BackToSignIn' | t }}</a>
        } @else {
          <p class="lead">{{ 'UI:Forgot.Intro' | t }}</p>
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            @if (error()) {
              <div class="login-error" role="alert" data-testid="form-error"><mat-icon aria-hidden="true">error_outline</mat-icon><span>{{ error() }}</span></div>
            }
            <mat-form-field appearance="outline" class="full">
              <mat-label>{{ 'DisplayName:School' | t }}</mat-label>
              <mat-icon matPrefix aria-hidden="true">school</mat-icon>
              <input matInput formControlName="school" [matAutocomplete]="auto" autocomplete="off" data-testid="school"
                     [placeholder]="'UI:SchoolSearchPlaceholder' | t" />
              <mat-autocomplete #auto="matAutocomplete" [displayWith]="displaySchool" autoActiveFirstOption>
                @for (s of schools(); track s.id) {
                  <mat-option [value]="s">{{ s.name }}</mat-option>
                }
              </mat-autocomplete>
              <mat-error>
                @if (form.controls.school.hasError('schoolNotChosen')) {
                  {{ 'UI:Validation.ChooseSchool' | t }}
                } @else {
                  <app-field-error [control]="form.controls.school" />
                }
              </mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" class="full">
              <mat-label>{{ 'UI:Forgot.UserNameOrEmail' | t }}</mat-label>
              <mat-icon matPrefix aria-hidden="true">person</mat-icon>
              <input matInput formControlName="userNameOrEmail" autocomplete="username" autocapitalize="none" spellcheck="false"
                     data-testid="username-or-email" />
              <mat-error><app-field-error [control]="form.controls.userNameOrEmail" /></mat-error>
            </mat-form-field>
            <button mat-flat-button type="submit" class="login-submit" [disabled]="busy()" data-testid="forgot-submit">
              @if (busy()) {
                <mat-progress-spinner mode="indeterminate" diameter="20" aria-hidden="true" />
              }
              {{ 'UI:Forgot.Send' | t }}
            </button>
            <p class="back"><a routerLink="/login">{{ 'UI:BackToSignIn' | t }}</a></p>
          </form>
        }
      </main>
    </div>
  `,
  styleUrl: './login.scss',
  styles: `.lead { margin: 0 0 16px; font: var(--mat-sys-body-medium); } .back { text-align: center; margin: 16px 0 0; }`,
})
export class ForgotPassword {
  private readonly account = inject(AccountService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder);

  protected readonly form = this.fb.group({
    school: this.fb.control<SchoolLookupDto | string | null>(null, [Validators.required, schoolChosen]),
    userNameOrEmail: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(256)]),
  });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly schools = toSignal(
    this.form.controls.school.valueChanges.pipe(
      startWith(''),
      map((v) => (typeof v === 'string' ? v.trim() : null)),
      debounceTime(200),
      distinctUntilChanged(),
      switchMap((filter) =>
        filter === null ? of([]) : this.account.getLoginSchools({ filter: filter || undefined }, handlesErrors()).pipe(catchError(() => of([]))),
      ),
    ),
    { initialValue: [] as SchoolLookupDto[] },
  );

  constructor() {
    const remembered = inject(AuthService).rememberedSchool();
    if (remembered && remembered !== 'host') this.form.controls.school.setValue(remembered);
  }

  protected displaySchool = (s: SchoolLookupDto | string | null): string => (typeof s === 'string' ? s : (s?.name ?? ''));

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const school = this.form.controls.school.value as SchoolLookupDto;
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.account.forgotPassword({ body: { school: school.id, userNameOrEmail: this.form.controls.userNameOrEmail.value.trim() } }, loginContext(school.id)),
        { defaultValue: undefined },
      );
      this.sent.set(true);
    } catch (e) {
      this.error.set(problemMessage(toProblem(e), (k) => this.l.t(k)));
    } finally {
      this.busy.set(false);
    }
  }
}
