import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { LanguageOfInstruction, SettlementType } from '../api/models';
import { LANGUAGE_OF_INSTRUCTION } from '../api/models/language-of-instruction-array';
import { SETTLEMENT_TYPE } from '../api/models/settlement-type-array';
import { SchoolsService } from '../api/services';
import { DraftService } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

/** `/host/schools/new`: a school (tenant) and its director's account, created together. */
@Component({
  selector: 'app-school-create',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressSpinnerModule,
    MatSelectModule, TPipe, EnumTextPipe, FieldError, FormBanner, DraftBanner, PageHeader,
  ],
  templateUrl: './school-create.html',
})
export class SchoolCreate {
  private readonly api = inject(SchoolsService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder);

  protected readonly settlementTypes = SETTLEMENT_TYPE;
  protected readonly languages = LANGUAGE_OF_INSTRUCTION;
  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly showPassword = signal(false);

  protected readonly form = this.fb.group({
    name: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(256)]),
    bin: this.fb.nonNullable.control('', [Validators.required, Validators.pattern(/^[0-9]{12}$/)]),
    region: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(128)]),
    district: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(128)]),
    settlementType: this.fb.control<SettlementType | null>(null, Validators.required),
    languagesOfInstruction: this.fb.nonNullable.control<LanguageOfInstruction[]>([], Validators.required),
    directorFullName: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(256)]),
    directorUserName: this.fb.nonNullable.control('director', [Validators.required, Validators.maxLength(64), Validators.pattern(/^[A-Za-z0-9._@+-]+$/)]),
    directorEmail: this.fb.nonNullable.control('', [Validators.required, Validators.email, Validators.maxLength(256)]),
    directorPassword: this.fb.nonNullable.control('', [Validators.required, Validators.minLength(8), Validators.maxLength(128)]),
  });

  /** The password is never written to the draft. */
  protected readonly draft = inject(DraftService).track('host-school:new', this.form, { exclude: ['directorPassword'] });

  protected async discardDraft(): Promise<void> {
    this.draft.clear();
    this.form.reset();
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    this.formErrors.set([]);
    if (this.form.invalid) {
      setTimeout(() => document.querySelector<HTMLElement>('app-school-create form .ng-invalid input, app-school-create form mat-select.ng-invalid')?.focus());
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      const school = await firstValueFrom(
        this.api.createSchool(
          {
            body: {
              name: v.name.trim(), bin: v.bin.trim(), region: v.region.trim(), district: v.district.trim(),
              settlementType: v.settlementType, languagesOfInstruction: v.languagesOfInstruction,
              directorFullName: v.directorFullName.trim(), directorUserName: v.directorUserName.trim(),
              directorEmail: v.directorEmail.trim(), directorPassword: v.directorPassword,
            },
          },
          handlesErrors(),
        ),
      );
      this.draft.clear();
      this.notify.success(this.l.t('UI:Schools.Created', school.name));
      await this.router.navigate(['/host/schools']);
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem, {
        'Schools:DuplicateBin': 'bin',
        'Identity:DuplicateUserName': 'directorUserName',
        'Identity:InvalidUserName': 'directorUserName',
        'Identity:DuplicateEmail': 'directorEmail',
        'Identity:InvalidEmail': 'directorEmail',
        'Identity:PasswordTooShort': 'directorPassword',
        'Identity:PasswordRequiresDigit': 'directorPassword',
        'Identity:PasswordRequiresLower': 'directorPassword',
        'Identity:PasswordRequiresUpper': 'directorPassword',
        'Identity:PasswordRequiresNonAlphanumeric': 'directorPassword',
      });
      const messages = [...unmatched];
      messages.unshift(problemMessage(problem, (k) => this.l.t(k)));
      this.formErrors.set([...new Set(messages)]);
    } finally {
      this.saving.set(false);
    }
  }
}
