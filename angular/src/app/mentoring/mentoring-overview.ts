import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { firstValueFrom, map } from 'rxjs';

import {
  MentorSuggestionDto, MentoringHoursDto, MentoringPairDto, MentoringPairKind, MentoringSettingsDto, StaffMemberDto, YearEndCampaignDto,
} from '../api/models';
import { MENTORING_PAIR_KIND } from '../api/models/mentoring-pair-kind-array';
import { MentoringService, MyWorkService, StaffService, YearEndCampaignsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { currentAcademicYear } from '../shared/academic-year';
import { ConfirmService } from '../shared/confirm-dialog';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { StaffPicker, StaffRef } from '../shared/staff-picker';
import { YearSelect } from '../shared/year-select';
import { EndPairDialog, EndPairResult } from './end-pair-dialog';
import { PairEndsOnDialog } from './pair-ends-on-dialog';
import { daysSince, errorText, hoursText, isBehindCadence } from './mentoring-utils';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { allPages } from '../shared/all-pages';

interface PairQuery extends PageQuery {
  filter: string;
  kind: MentoringPairKind | '';
  active: 'true' | 'false' | '';
}

/**
 * `/mentoring/overview`: the director's and deputies' view of the school's mentoring: every pair (filters, end with a reason),
 * a new pair with suggested mentors ranked and explained, hours of the year (per pair, per mentor, in total), young
 * specialists without a mentor, pairs behind the school's rhythm, and the year-end reflection campaign.
 */
@Component({
  selector: 'app-mentoring-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule, MatProgressBarModule,
    MatSelectModule, MatTableModule, TPipe, EnumTextPipe, KDatePipe, FilterBar, FormBanner, PageHeader, StaffPicker, YearSelect,
  ],
  templateUrl: './mentoring-overview.html',
  styles: `
    .surface { margin-bottom: 16px; }
    .form-panel { max-width: none; }
    .suggestions { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
    .suggestion { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 8px 12px; }
    .suggestion--picked { border-color: var(--mat-sys-primary); background: var(--mat-sys-primary-container); }
    .suggestion__who { flex: 1 1 220px; min-width: 0; display: flex; flex-direction: column; overflow-wrap: anywhere; }
    .reasons { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
    .rank { font: var(--mat-sys-title-large); color: var(--mat-sys-primary); width: 28px; text-align: center; }
    .picked { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; margin: 8px 0; }
    .totals { display: flex; gap: 24px; flex-wrap: wrap; margin: 8px 0 16px; }
    .totals div { display: flex; flex-direction: column; }
    .totals strong { font: var(--mat-sys-headline-small); }
    .simple { list-style: none; margin: 0; padding: 0; }
    .simple li { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; justify-content: space-between; border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 6px 0; min-height: 40px; }
    .simple li > span { min-width: 0; overflow-wrap: anywhere; }
    .cols { display: grid; grid-template-columns: 1fr; gap: 16px; }
    @media (min-width: 960px) { .cols { grid-template-columns: 1fr 1fr; } }
  `,
})
export class MentoringOverview {
  private readonly api = inject(MentoringService);
  private readonly staff = inject(StaffService);
  private readonly myWork = inject(MyWorkService);
  private readonly campaignsApi = inject(YearEndCampaignsService);
  private readonly config = inject(AppConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(NotifyService);
  private readonly confirm = inject(ConfirmService);
  protected readonly l = inject(LocalizationService);

  protected readonly canManage = computed(() => this.config.isGranted(Permissions.MentoringManage));
  protected readonly canSettings = computed(() => this.config.isGranted(Permissions.MentoringSettings));
  protected readonly canCampaigns = computed(() => this.config.isGranted(Permissions.MentoringPlansCampaigns));
  protected readonly canPlans = computed(() => this.config.isGranted(Permissions.MentoringPlans));
  private readonly canSchoolWork = computed(() => this.config.isGranted(Permissions.MyWorkSchoolOverview));
  protected readonly kinds = MENTORING_PAIR_KIND;
  protected readonly hoursText = hoursText;
  protected readonly daysSince = daysSince;

  protected readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), { initialValue: true });
  protected readonly columns = computed(() => (this.wide() ? ['mentee', 'mentor', 'period', 'meetings', 'actions'] : ['mentee', 'actions']));

  // The pairs list
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: '', kind: '' as MentoringPairKind | '', active: 'true' as 'true' | 'false' | '' });
  protected readonly list = new PagedList<PairQuery, MentoringPairDto>(
    (p, paging) => ({ ...paging, filter: p.get('q') ?? '', kind: oneOf(p, 'kind', MENTORING_PAIR_KIND), active: p.has('active') ? oneOf(p, 'active', ['true', 'false'] as const) : 'true' }),
    {
      toParams: (q) => ({ q: q.filter || null, kind: q.kind || null, active: q.active === 'true' ? null : q.active || 'all' }),
      load: (q, paging) =>
        this.api.getMentoringPairList(
          { ...paging, filter: q.filter || undefined, kind: q.kind || undefined, active: q.active === '' ? undefined : q.active === 'true' },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.kind || q.active !== 'true');
  });
  protected readonly activeFilterCount = computed(() => countSet({ ...this.list.query(), active: this.list.query().active === 'true' ? '' : 'x' }, 'filter', 'page', 'size'));

  // "Without a mentor" and "behind the rhythm" as the server decides them (the staff filter and the my-work items of the
  // school's rules), so this page, the staff list and the director's to-do list never disagree.
  protected readonly settings = signal<MentoringSettingsDto | null>(null);
  protected readonly activePairs = signal<MentoringPairDto[]>([]);
  protected readonly withoutMentor = signal<StaffMemberDto[]>([]);
  private readonly behindIds = signal<Set<string>>(new Set());
  protected readonly schoolLoading = signal(true);
  protected readonly schoolErrors = signal<string[]>([]);
  protected readonly behind = computed(() => this.activePairs().filter((p) => this.behindIds().has(p.id)));

  // Hours of a year
  protected readonly hoursYear = new FormControl<number>(currentAcademicYear(), { nonNullable: true });
  protected readonly hours = signal<MentoringHoursDto | null>(null);
  protected readonly hoursErrors = signal<string[]>([]);

  // A new pair
  protected readonly newKind = new FormControl<MentoringPairKind>('Mentor', { nonNullable: true });
  /** The planned end of the pair (e.g. the end of the first year); empty: open-ended. */
  protected readonly newEndsOn = new FormControl<string>(`${currentAcademicYear() + 1}-05-31`, { nonNullable: true });
  protected readonly mentee = signal<StaffRef | null>(null);
  protected readonly mentor = signal<StaffRef | null>(null);
  protected readonly suggestions = signal<MentorSuggestionDto[]>([]);
  protected readonly suggestionsLoading = signal(false);
  protected readonly pairErrors = signal<string[]>([]);
  protected readonly busy = signal(false);

  // The year-end campaign
  protected readonly campaigns = signal<YearEndCampaignDto[]>([]);
  protected readonly campaignErrors = signal<string[]>([]);
  protected readonly campaignDeadline = new FormControl<string>(`${currentAcademicYear() + 1}-05-31`, { nonNullable: true });
  protected readonly thisYear = currentAcademicYear();
  protected readonly thisYearCampaign = computed(() => this.campaigns().find((c) => Number(c.academicYear) === this.thisYear) ?? null);

  constructor() {
    const { filter, kind, active } = this.list.query();
    this.filters.setValue({ filter, kind, active }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.list.start();
    this.hoursYear.valueChanges.subscribe(() => void this.loadHours());
    this.newKind.valueChanges.subscribe(() => void this.loadSuggestions());
    void this.loadSchool();
    void this.loadHours();
    if (this.canPlans()) void this.loadCampaigns();
  }

  private async loadSchool(): Promise<void> {
    this.schoolLoading.set(true);
    try {
      const [settings, pairs, without, behind] = await Promise.all([
        firstValueFrom(this.api.getMentoringSettings(undefined, handlesErrors())),
        allPages((skip, max) => firstValueFrom(this.api.getMentoringPairList({ active: true, skipCount: skip, maxResultCount: max }, handlesErrors()))),
        allPages((skip, max) => firstValueFrom(this.staff.getStaffList({ withoutMentor: true, skipCount: skip, maxResultCount: max }, handlesErrors()))),
        this.canSchoolWork()
          ? allPages((skip, max) => firstValueFrom(this.myWork.getSchoolWork({ kind: 'Mentoring.BehindCadence', skipCount: skip, maxResultCount: max }, handlesErrors())))
          : Promise.resolve(null),
      ]);
      this.settings.set(settings);
      this.activePairs.set(pairs);
      this.withoutMentor.set(without);
      // Without the school's to-do list, the same rule as the server's, on the pairs this page has.
      this.behindIds.set(new Set(behind ? behind.map((i) => i.recordId) : pairs.filter((p) => isBehindCadence(p, settings)).map((p) => p.id)));
    } catch (e) {
      this.schoolErrors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.schoolLoading.set(false);
    }
  }

  private async loadHours(): Promise<void> {
    this.hoursErrors.set([]);
    try {
      this.hours.set(await firstValueFrom(this.api.getMentoringHours({ year: this.hoursYear.value }, handlesErrors())));
    } catch (e) {
      this.hoursErrors.set([errorText(e, (k) => this.l.t(k))]);
    }
  }

  private async loadCampaigns(): Promise<void> {
    try {
      this.campaigns.set(await firstValueFrom(this.campaignsApi.getYearEndCampaignList(undefined, handlesErrors())));
    } catch (e) {
      this.campaignErrors.set([errorText(e, (k) => this.l.t(k))]);
    }
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', kind: '', active: 'true' });
  }

  // --- a new pair ---

  protected pickMentee(s: StaffRef): void {
    this.mentee.set(s);
    this.mentor.set(null);
    void this.loadSuggestions();
    setTimeout(() => document.querySelector<HTMLElement>('[data-testid="pair-create"]')?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  }

  protected pairYoung(s: StaffMemberDto): void {
    this.newKind.setValue('Mentor', { emitEvent: false });
    this.pickMentee({ id: s.id, fullName: s.fullName });
  }

  private async loadSuggestions(): Promise<void> {
    const mentee = this.mentee();
    if (!mentee || !this.canManage()) return;
    this.suggestionsLoading.set(true);
    this.pairErrors.set([]);
    try {
      this.suggestions.set(await firstValueFrom(this.api.getMentorSuggestions({ menteeId: mentee.id, kind: this.newKind.value, maxResultCount: 8 }, handlesErrors())));
    } catch (e) {
      this.suggestions.set([]);
      this.pairErrors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.suggestionsLoading.set(false);
    }
  }

  protected pickSuggestion(s: MentorSuggestionDto): void {
    this.mentor.set({ id: s.staffMemberId, fullName: s.fullName });
  }

  protected reasonsText(s: MentorSuggestionDto): string[] {
    return s.reasons.map((r) => this.l.t(`Enum:MentorSuggestionReason.${r}`));
  }

  protected resetNewPair(): void {
    this.mentee.set(null);
    this.mentor.set(null);
    this.suggestions.set([]);
    this.pairErrors.set([]);
  }

  protected async createPair(): Promise<void> {
    const mentee = this.mentee();
    const mentor = this.mentor();
    if (!mentee || !mentor || this.busy()) return;
    this.busy.set(true);
    this.pairErrors.set([]);
    try {
      await firstValueFrom(
        this.api.createMentoringPair({ body: { kind: this.newKind.value, mentorStaffMemberId: mentor.id, menteeStaffMemberId: mentee.id, endsOn: this.newEndsOn.value || null } }, handlesErrors()),
      );
      this.notify.success(this.l.t('UI:Mentoring.PairCreated', mentor.fullName, mentee.fullName));
      this.resetNewPair();
      this.list.reload();
      void this.loadSchool();
    } catch (e) {
      this.pairErrors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  protected async endPair(p: MentoringPairDto): Promise<void> {
    const result = await firstValueFrom(
      this.dialog.open<EndPairDialog, MentoringPairDto, EndPairResult>(EndPairDialog, { data: p, width: '480px', maxWidth: '94vw' }).afterClosed(),
    );
    if (!result) return;
    try {
      await firstValueFrom(
        this.api.endMentoringPair({ id: p.id, body: { endedOn: result.endedOn, reason: result.reason, concurrencyStamp: p.concurrencyStamp } }, handlesErrors()),
      );
      this.notify.success(this.l.t('UI:Mentoring.PairEnded'));
      this.list.reload();
      void this.loadSchool();
    } catch (e) {
      this.notify.error(errorText(e, (k) => this.l.t(k)));
    }
  }

  protected async changeEndsOn(p: MentoringPairDto): Promise<void> {
    const dialog = this.dialog.open<PairEndsOnDialog, MentoringPairDto, MentoringPairDto>(PairEndsOnDialog, {
      data: p, width: '480px', maxWidth: '94vw',
    });
    const saved = await firstValueFrom(dialog.afterClosed());
    if (!saved) return;
    this.notify.success(this.l.t('UI:Mentoring.EndsOnChanged'));
    this.list.reload();
  }

  // --- the year-end campaign ---

  protected async openCampaign(): Promise<void> {
    this.campaignErrors.set([]);
    try {
      await firstValueFrom(
        this.campaignsApi.openYearEndCampaign({ body: { academicYear: this.thisYear, deadline: this.campaignDeadline.value } }, handlesErrors()),
      );
      this.notify.success(this.l.t('UI:Mentoring.CampaignOpened'));
      await this.loadCampaigns();
    } catch (e) {
      this.campaignErrors.set([errorText(e, (k) => this.l.t(k))]);
    }
  }

  protected async closeCampaign(c: YearEndCampaignDto): Promise<void> {
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Mentoring.CloseCampaignTitle'), message: this.l.t('UI:Mentoring.CloseCampaignText', c.cardCount, c.teacherCount),
      confirm: this.l.t('UI:Mentoring.CloseCampaign'),
    });
    if (!ok) return;
    await this.campaignAction(() => this.campaignsApi.closeYearEndCampaign({ id: c.id, body: { concurrencyStamp: c.concurrencyStamp } }, handlesErrors()));
  }

  protected async reopenCampaign(c: YearEndCampaignDto): Promise<void> {
    await this.campaignAction(() =>
      this.campaignsApi.reopenYearEndCampaign({ id: c.id, body: { concurrencyStamp: c.concurrencyStamp, deadline: this.campaignDeadline.value } }, handlesErrors()),
    );
  }

  private async campaignAction(call: () => ReturnType<YearEndCampaignsService['closeYearEndCampaign']>): Promise<void> {
    this.campaignErrors.set([]);
    try {
      await firstValueFrom(call());
      this.notify.success(this.l.t('UI:SavedChanges'));
      await this.loadCampaigns();
    } catch (e) {
      this.campaignErrors.set([errorText(e, (k) => this.l.t(k))]);
    }
  }
}
