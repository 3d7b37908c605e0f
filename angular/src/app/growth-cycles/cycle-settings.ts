import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';

import {
  CompetenceGroup, GrowthArtefactKind, GrowthCompetenceDto, GrowthCycleStage, GrowthGuidanceDto, GrowthParticipantKind, GrowthStageSettingDto,
  ProfessionalStandardDto, QualificationCategory, SchoolReferenceSettingsDto,
} from '../api/models';
import { COMPETENCE_GROUP } from '../api/models/competence-group-array';
import { GROWTH_PARTICIPANT_KIND } from '../api/models/growth-participant-kind-array';
import { QUALIFICATION_CATEGORY } from '../api/models/qualification-category-array';
import { GrowthCyclesService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { STAGES, stageNumber } from './cycle-utils';
import { SchoolScale } from './school-scale';

/**
 * `/growth-cycles/settings`: which artefacts each stage requires (per teacher / administration), and the school's own
 * stage guidance rows and competences beside the built-in reference data; the school's names for the self-assessment levels and
 * its category ladder; the professional standard (read-only).
 */
@Component({
  selector: 'app-cycle-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule,
    MatSelectModule, MatTabsModule, TPipe, EnumTextPipe, FieldError, FormBanner, PageHeader,
  ],
  templateUrl: './cycle-settings.html',
  styles: `
    .stage-setting { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 8px 0 12px; }
    .stage-setting h3 { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; font: var(--mat-sys-title-small); margin: 8px 0; }
    .kinds { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 0 12px; }
    .ref-list { list-style: none; padding: 0; margin: 0 0 16px; }
    .ref-list li { display: flex; align-items: center; gap: 8px; padding: 6px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); overflow-wrap: anywhere; }
    .ref-list li > span { flex: 1 1 auto; min-width: 0; }
    .tab-body { padding: 16px 0; }
    .scale-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 0 12px; }
    .ladder { display: flex; flex-wrap: wrap; gap: 0 16px; }
    .req-table { width: 100%; border-collapse: collapse; font: var(--mat-sys-body-small); }
    .req-table th, .req-table td { border: 1px solid var(--mat-sys-outline-variant); padding: 4px 6px; vertical-align: top; text-align: left; }
    .req-wrap { overflow-x: auto; }
    .portfolio td { background: var(--mat-sys-surface-container); }
  `,
})
export class CycleSettings implements OnInit {
  private readonly api = inject(GrowthCyclesService);
  private readonly notify = inject(NotifyService);
  private readonly confirm = inject(ConfirmService);
  private readonly config = inject(AppConfigService);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly scale = inject(SchoolScale);
  protected readonly l = inject(LocalizationService);

  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.GrowthCyclesSettings));
  protected readonly stages = STAGES;
  protected readonly stageNumber = stageNumber;
  protected readonly kinds = GROWTH_PARTICIPANT_KIND;
  protected readonly categories = QUALIFICATION_CATEGORY;

  protected readonly participantKind = signal<GrowthParticipantKind>('Teacher');
  protected readonly settings = signal<GrowthStageSettingDto[]>([]);
  protected readonly guidance = signal<GrowthGuidanceDto[]>([]);
  protected readonly competences = signal<GrowthCompetenceDto[]>([]);
  protected readonly schoolSettings = signal<SchoolReferenceSettingsDto | null>(null);
  protected readonly standard = signal<ProfessionalStandardDto | null>(null);
  protected readonly skipped = signal<QualificationCategory[]>([]);
  protected readonly schoolErrors = signal<string[]>([]);
  protected readonly skippable: QualificationCategory[] = ['Moderator', 'Expert', 'Researcher'];
  protected readonly groups = COMPETENCE_GROUP;
  protected readonly scaleLanguages = ['kk', 'ru', 'en'] as const;
  protected readonly scaleForm = this.fb.group({
    kk: this.labelArray(), ru: this.labelArray(), en: this.labelArray(),
  });
  protected readonly ladderText = computed(() =>
    this.categories.filter((c) => !this.skipped().includes(c)).map((c) => this.l.t(`Enum:QualificationCategory.${c}`)).join(' → '));
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly settingErrors = signal<string[]>([]);
  protected readonly guidanceErrors = signal<string[]>([]);
  protected readonly competenceErrors = signal<string[]>([]);

  protected readonly visibleSettings = computed(() => this.settings().filter((s) => s.participantKind === this.participantKind()));
  protected readonly ownGuidance = computed(() => this.guidance().filter((g) => !g.isBuiltIn));

  protected readonly guidanceForm = this.fb.group({
    stage: this.fb.control<GrowthCycleStage>('Action'),
    participantKind: this.fb.control<GrowthParticipantKind>('Teacher'),
    category: this.fb.control<QualificationCategory | null>(null),
    textKk: ['', [Validators.required, Validators.maxLength(500)]],
    textRu: ['', [Validators.required, Validators.maxLength(500)]],
  });
  protected readonly competenceForm = this.fb.group({
    code: ['', [Validators.required, Validators.maxLength(16)]],
    functionCode: ['', [Validators.required, Validators.maxLength(16)]],
    nameKk: ['', [Validators.required, Validators.maxLength(500)]],
    nameRu: ['', [Validators.required, Validators.maxLength(500)]],
    group: this.fb.control<CompetenceGroup | null>(null),
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const [settings, guidance, competences, school, standard] = await Promise.all([
        firstValueFrom(this.api.getStageSettings(undefined, handlesErrors())),
        firstValueFrom(this.api.getStageGuidanceList(undefined, handlesErrors())),
        firstValueFrom(this.api.getCompetenceList(undefined, handlesErrors())),
        firstValueFrom(this.api.getSchoolReferenceSettings(undefined, handlesErrors())),
        firstValueFrom(this.api.getProfessionalStandard(undefined, handlesErrors())),
      ]);
      this.settings.set(settings);
      this.guidance.set(guidance);
      this.competences.set(competences);
      this.standard.set(standard);
      this.setSchool(school);
    } catch (e) {
      this.settingErrors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected isRequired(s: GrowthStageSettingDto, kind: GrowthArtefactKind): boolean {
    return s.requiredKinds.includes(kind);
  }

  protected async toggleRequired(s: GrowthStageSettingDto, kind: GrowthArtefactKind, on: boolean): Promise<void> {
    const required = on ? [...s.requiredKinds, kind] : s.requiredKinds.filter((k) => k !== kind);
    await this.saveSetting(s, required);
  }

  protected async saveSetting(s: GrowthStageSettingDto, required: GrowthArtefactKind[] | null): Promise<void> {
    await this.run(
      () => this.api.updateStageSettings({ body: { participantKind: s.participantKind, stage: s.stage, requiredKinds: required } }, handlesErrors()),
      this.settingErrors,
      (result) => this.settings.set(result as GrowthStageSettingDto[]),
    );
  }

  protected categoryText(g: GrowthGuidanceDto): string {
    return g.category ? this.l.t(`Enum:QualificationCategory.${g.category}`) : this.l.t('UI:Growth.AllCategories');
  }

  protected async addGuidance(): Promise<void> {
    clearServerErrors(this.guidanceForm);
    this.guidanceForm.markAllAsTouched();
    if (this.guidanceForm.invalid) return;
    const v = this.guidanceForm.getRawValue();
    const ok = await this.run(
      () => this.api.addStageGuidance({ body: { ...v, category: v.participantKind === 'Teacher' ? v.category : null, textKk: v.textKk.trim(), textRu: v.textRu.trim() } }, handlesErrors()),
      this.guidanceErrors,
      (row) => this.guidance.set([...this.guidance(), row as GrowthGuidanceDto]),
      this.guidanceForm,
    );
    if (ok) this.guidanceForm.patchValue({ textKk: '', textRu: '' }, { emitEvent: false });
  }

  protected async deleteGuidance(g: GrowthGuidanceDto): Promise<void> {
    if (!g.id || !(await this.confirmDelete())) return;
    await this.run(() => this.api.deleteStageGuidance({ id: g.id! }, handlesErrors()), this.guidanceErrors,
      () => this.guidance.set(this.guidance().filter((x) => x.id !== g.id)));
  }

  protected async addCompetence(): Promise<void> {
    clearServerErrors(this.competenceForm);
    this.competenceForm.markAllAsTouched();
    if (this.competenceForm.invalid) return;
    const v = this.competenceForm.getRawValue();
    const ok = await this.run(
      () => this.api.addCompetence({ body: { code: v.code.trim(), functionCode: v.functionCode.trim(), nameKk: v.nameKk.trim(), nameRu: v.nameRu.trim(), group: v.group } }, handlesErrors()),
      this.competenceErrors,
      (row) => this.competences.set([...this.competences(), row as GrowthCompetenceDto]),
      this.competenceForm,
    );
    if (ok) this.competenceForm.reset();
  }

  protected async deleteCompetence(c: GrowthCompetenceDto): Promise<void> {
    if (!c.id || !(await this.confirmDelete())) return;
    await this.run(() => this.api.deleteCompetence({ id: c.id! }, handlesErrors()), this.competenceErrors,
      () => this.competences.set(this.competences().filter((x) => x.id !== c.id)));
  }

  protected scaleArray(lang: 'kk' | 'ru' | 'en'): FormArray<FormControl<string>> {
    return this.scaleForm.controls[lang];
  }

  protected toggleSkipped(c: QualificationCategory, on: boolean): void {
    this.skipped.set(on ? [...this.skipped(), c] : this.skipped().filter((x) => x !== c));
  }

  /** Saves the scale names (a language left all empty goes back to the defaults) and the ladder. */
  protected async saveSchool(): Promise<void> {
    this.scaleForm.markAllAsTouched();
    if (this.scaleForm.invalid) return;
    const labels = (lang: 'kk' | 'ru' | 'en') => {
      const values = this.scaleArray(lang).getRawValue().map((x) => x.trim());
      return values.every((x) => !x) ? null : values;
    };
    await this.run(
      () => this.api.updateSchoolReferenceSettings({
        body: { scaleLabelsKk: labels('kk'), scaleLabelsRu: labels('ru'), scaleLabelsEn: labels('en'), skippedCategories: this.skipped(),
          concurrencyStamp: this.schoolSettings()?.concurrencyStamp ?? null },
      }, handlesErrors()),
      this.schoolErrors,
      (result) => this.setSchool(result as SchoolReferenceSettingsDto),
    );
  }

  private setSchool(school: SchoolReferenceSettingsDto): void {
    this.schoolSettings.set(school);
    this.scale.set(school);
    this.skipped.set([...school.skippedCategories]);
    this.scaleForm.setValue({ kk: [...school.scaleLabelsKk], ru: [...school.scaleLabelsRu], en: [...school.scaleLabelsEn] });
  }

  private labelArray(): FormArray<FormControl<string>> {
    return this.fb.array(Array.from({ length: 5 }, () => this.fb.control('', [Validators.maxLength(60)])));
  }

  private confirmDelete(): Promise<boolean> {
    return this.confirm.confirm({ title: this.l.t('UI:Growth.DeleteRowTitle'), message: this.l.t('UI:Growth.DeleteRowText'), confirm: this.l.t('UI:Delete'), danger: true });
  }

  private async run(
    call: () => Observable<unknown>, errors: ReturnType<typeof signal<string[]>>, done: (result: unknown) => void,
    form?: Parameters<typeof applyProblemToForm>[0],
  ): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    errors.set([]);
    try {
      done(await firstValueFrom(call(), { defaultValue: undefined }));
      this.notify.success(this.l.t('UI:SavedChanges'));
      return true;
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = form ? applyProblemToForm(form, problem) : Object.values(problem.errors).flat();
      errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
