import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';

import { LanguageOfInstruction, SchoolProfileDto, SettlementType } from '../api/models';
import { LANGUAGE_OF_INSTRUCTION } from '../api/models/language-of-instruction-array';
import { SETTLEMENT_TYPE } from '../api/models/settlement-type-array';
import { SchoolProfileService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

/** `/school-profile`: the school's own details. The director edits them; others with the read permission see them. */
@Component({
  selector: 'app-school-profile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, FieldError, FormBanner, PageHeader],
  templateUrl: './school-profile.html',
})
export class SchoolProfile implements OnInit {
  private readonly api = inject(SchoolProfileService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly config = inject(AppConfigService);
  private readonly fb = inject(FormBuilder);

  protected readonly settlementTypes = SETTLEMENT_TYPE;
  protected readonly languages = LANGUAGE_OF_INSTRUCTION;
  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.SchoolProfileUpdate));
  protected readonly profile = signal<SchoolProfileDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly conflict = signal(false);

  protected readonly form = this.fb.group({
    name: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(256)]),
    region: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(128)]),
    district: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(128)]),
    settlementType: this.fb.control<SettlementType | null>(null, Validators.required),
    languagesOfInstruction: this.fb.nonNullable.control<LanguageOfInstruction[]>([], Validators.required),
    address: this.fb.nonNullable.control('', Validators.maxLength(512)),
    phone: this.fb.nonNullable.control('', [Validators.maxLength(32), Validators.pattern(/^[0-9+()\-\s]*$/)]),
    email: this.fb.nonNullable.control('', [Validators.email, Validators.maxLength(256)]),
  });

  ngOnInit(): void {
    if (!this.canEdit()) this.form.disable();
    void this.load();
  }

  protected async save(): Promise<void> {
    const p = this.profile();
    if (!p || this.saving() || !this.canEdit()) return;
    clearServerErrors(this.form);
    this.errors.set([]);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const optional = (s: string) => s.trim() || null;
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.updateSchoolProfile(
          {
            body: {
              name: v.name.trim(), region: v.region.trim(), district: v.district.trim(), settlementType: v.settlementType,
              languagesOfInstruction: v.languagesOfInstruction, address: optional(v.address), phone: optional(v.phone),
              email: optional(v.email), concurrencyStamp: p.concurrencyStamp,
            },
          },
          handlesErrors(),
        ),
      );
      this.fill(saved);
      this.notify.success(this.l.t('UI:SchoolProfile.Saved'));
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 409) {
        this.errors.set([this.l.t('UI:SchoolProfile.Conflict')]);
        this.conflict.set(true);
      } else {
        const unmatched = applyProblemToForm(this.form, problem);
        this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** After a conflict: the other person's version replaces what is on screen. */
  protected async reload(): Promise<void> {
    this.errors.set([]);
    await this.load();
  }

  private fill(p: SchoolProfileDto): void {
    this.profile.set(p);
    this.conflict.set(false); // the banner goes once the fresh profile (and its stamp) is in, not when a reload starts
    this.form.reset({
      name: p.name, region: p.region, district: p.district, settlementType: p.settlementType,
      languagesOfInstruction: [...p.languagesOfInstruction], address: p.address ?? '', phone: p.phone ?? '', email: p.email ?? '',
    });
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.fill(await firstValueFrom(this.api.getSchoolProfile(undefined, handlesErrors())));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }
}
