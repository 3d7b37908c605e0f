import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { GrowthCompetenceDto, GrowthParticipantKind } from '../api/models';
import { GROWTH_PARTICIPANT_KIND } from '../api/models/growth-participant-kind-array';
import { GrowthCyclesService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { currentAcademicYear } from '../shared/academic-year';
import { FieldError } from '../shared/field-error';
import { YearSelect } from '../shared/year-select';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { StaffPicker, StaffRef } from '../shared/staff-picker';
import { ArtefactFields } from './artefact-fields';
import { applyContentErrors, contentForm, isKindValid, shapeToDraft, toContent } from './artefact-form';

type Group = FormGroup<Record<string, AbstractControl>>;

/**
 * `/growth-cycles/open`: opens a cycle for the caller (or, for the administration, for any staff member). A participant's
 * first cycle starts with the entry diagnostic, which yields the growth zones; later cycles start from the previous one.
 */
@Component({
  selector: 'app-cycle-open',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, FieldError, FormBanner, DraftBanner, PageHeader, StaffPicker, ArtefactFields, YearSelect,
  ],
  templateUrl: './cycle-open.html',
  styles: `.entry-error { color: var(--mat-sys-error); margin: 0 0 8px; font: var(--mat-sys-body-medium); }`,
})
export class CycleOpen implements OnInit {
  private readonly api = inject(GrowthCyclesService);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly drafts = inject(DraftService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly l = inject(LocalizationService);

  protected readonly canManage = computed(() => this.config.isGranted(Permissions.GrowthCyclesManage));
  protected readonly kinds = GROWTH_PARTICIPANT_KIND;
  protected readonly thisYear = currentAcademicYear();
  protected readonly years = [this.thisYear, this.thisYear + 1];

  protected readonly competences = signal<GrowthCompetenceDto[]>([]);
  protected readonly ready = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  /** Whether the participant already had a cycle: then the diagnostic comes from it and the entry diagnostic is not asked. */
  protected readonly hasEarlierCycle = signal(false);
  /** Whose cycle is being opened: the picked staff member, else the caller. */
  protected readonly participantId = signal<string | null>(null);

  protected readonly form = this.fb.group({
    participantStaffMemberId: this.fb.control<string | null>(null),
    participantName: this.fb.control<string | null>(null),
    participantKind: this.fb.control<GrowthParticipantKind>('Teacher'),
    academicYear: this.fb.control<number>(this.thisYear, Validators.required),
    periodLabel: ['', Validators.maxLength(100)],
    growthZone: ['', Validators.maxLength(500)],
    competenceCodes: this.fb.control<string[]>([]),
    mentorStaffMemberId: this.fb.control<string | null>(null),
    mentorName: this.fb.control<string | null>(null),
  });
  protected diagnostic: Group | null = null;
  private draft: FormDraft | null = null;
  private diagnosticDraft: FormDraft | null = null;

  ngOnInit(): void {
    this.draft = this.drafts.track('growth-cycle:open', this.form, { restoreNow: true }, this.destroyRef);
    void this.prepare();
  }

  private async prepare(): Promise<void> {
    const [competences, wheel] = await Promise.all([
      firstValueFrom(this.api.getCompetenceList(undefined, handlesErrors())).catch(() => [] as GrowthCompetenceDto[]),
      firstValueFrom(this.api.getWheelSectors(undefined, handlesErrors())).catch(() => ({ sectors: [] as string[] })),
    ]);
    this.competences.set(competences);
    this.diagnostic = contentForm({}, competences, wheel.sectors);
    this.diagnosticDraft = this.drafts.track('growth-cycle:open:diagnostic', this.diagnostic, { restoreNow: false }, this.destroyRef);
    const stored = this.diagnosticDraft.peek();
    if (stored) {
      shapeToDraft(this.diagnostic, stored);
      this.diagnosticDraft.restore();
    }
    await this.checkEarlierCycles();
    this.ready.set(true);
  }

  protected draftRestored(): boolean {
    return !!this.draft?.restored() || !!this.diagnosticDraft?.restored();
  }

  protected discardDraft(): void {
    this.draft?.clear();
    this.diagnosticDraft?.clear();
    void this.router.navigateByUrl('/growth-cycles', { skipLocationChange: true }).then(() => this.router.navigate(['/growth-cycles/open']));
  }

  protected async participantPicked(m: StaffRef): Promise<void> {
    this.form.patchValue({ participantStaffMemberId: m.id, participantName: m.fullName });
    this.form.markAsDirty();
    await this.checkEarlierCycles();
  }

  protected async clearParticipant(): Promise<void> {
    this.form.patchValue({ participantStaffMemberId: null, participantName: null });
    await this.checkEarlierCycles();
  }

  protected mentorPicked(m: StaffRef): void {
    this.form.patchValue({ mentorStaffMemberId: m.id, mentorName: m.fullName });
    this.form.markAsDirty();
  }

  protected clearMentor(): void {
    this.form.patchValue({ mentorStaffMemberId: null, mentorName: null });
    this.form.markAsDirty();
  }

  /** Asks the server whether the participant already had a cycle (the caller's own: by the staff record in the configuration). */
  private async checkEarlierCycles(): Promise<void> {
    const participant = this.form.value.participantStaffMemberId ?? this.ownStaffId();
    this.participantId.set(participant);
    if (!participant) {
      this.hasEarlierCycle.set(false);
      return;
    }
    try {
      const list = await firstValueFrom(this.api.getGrowthCycleList({ participantStaffMemberId: participant, maxResultCount: 1 }, handlesErrors()));
      this.hasEarlierCycle.set(Number(list.totalCount) > 0);
    } catch {
      this.hasEarlierCycle.set(false);
    }
  }

  private ownStaffId(): string | null {
    return this.config.currentUser()?.staffMemberId ?? null;
  }

  /** An untouched diagnostic is not sent: a later cycle does not need one, and the server says so for a first one. */
  private diagnosticContent() {
    if (!this.diagnostic || this.hasEarlierCycle()) return null;
    const content = toContent('EntryDiagnostic', this.diagnostic);
    const filled = !!content.observationSummary || !!content.text || (content.competences?.length ?? 0) > 0 || (content.learnerResults?.length ?? 0) > 0
      || (content.feedback?.length ?? 0) > 0 || (content.growthZones?.length ?? 0) > 0;
    return filled ? content : null;
  }

  protected async open(): Promise<void> {
    if (this.busy()) return;
    clearServerErrors(this.form);
    if (this.diagnostic) clearServerErrors(this.diagnostic);
    this.errors.set([]);
    this.form.markAllAsTouched();
    this.diagnostic?.markAllAsTouched();
    if (this.form.invalid || (this.diagnostic && !this.hasEarlierCycle() && !isKindValid('EntryDiagnostic', this.diagnostic))) {
      this.errors.set([this.l.t('UI:Growth.FixFields')]);
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    try {
      const cycle = await firstValueFrom(this.api.openGrowthCycle({
        body: {
          participantStaffMemberId: v.participantStaffMemberId,
          participantKind: v.participantKind,
          academicYear: v.academicYear,
          periodLabel: v.periodLabel.trim() || null,
          growthZone: v.growthZone.trim() || null,
          competenceCodes: v.competenceCodes,
          mentorStaffMemberId: v.mentorStaffMemberId,
          entryDiagnostic: this.diagnosticContent(),
        },
      }, handlesErrors()));
      this.draft?.clear();
      this.diagnosticDraft?.clear();
      this.notify.success(this.l.t('UI:Growth.Opened'));
      await this.router.navigate(['/growth-cycles', cycle.id]);
    } catch (e) {
      const problem = toProblem(e);
      const diagnosticErrors = Object.fromEntries(Object.entries(problem.errors).filter(([k]) => /^(content|entryDiagnostic)\b/i.test(k)));
      const otherErrors = Object.fromEntries(Object.entries(problem.errors).filter(([k]) => !/^(content|entryDiagnostic)\b/i.test(k)));
      const unmatched = [
        ...(this.diagnostic ? applyContentErrors(this.diagnostic, diagnosticErrors) : Object.values(diagnosticErrors).flat()),
        ...applyProblemToForm(this.form, { ...problem, errors: otherErrors }, {
          'GrowthCycles:ActiveCycleExists': 'academicYear',
          'GrowthCycles:MentorMustBeActiveStaff': 'mentorStaffMemberId',
        }),
      ];
      if (problem.code === 'GrowthCycles:EntryDiagnosticRequired') this.hasEarlierCycle.set(false);
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.busy.set(false);
    }
  }
}
