import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, firstValueFrom, of } from 'rxjs';

import {
  CardQuestionDto, ConfidencePointDto, DevelopmentPlanStatus, GrowthCycleStage, MentoringMeetingListItemDto, MentoringPairDto, MyMentoringStepDto,
  ReflectionCardListItemDto, YearEndCampaignDto,
} from '../api/models';
import { DevelopmentPlansService, GrowthCyclesService, MentoringService, ReflectionCardsService, YearEndCampaignsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { errorText } from './mentoring-utils';

/** One mentee of the caller, with what the mentor's home shows about them. */
export interface MenteeRow {
  pair: MentoringPairDto;
  cycleStage: GrowthCycleStage | null;
  cycleId: string | null;
  planStatus: DevelopmentPlanStatus | null;
  planId: string | null;
  lastCard: ReflectionCardListItemDto | null;
  questions: CardQuestionDto[];
  nextMeeting: MentoringMeetingListItemDto | null;
  confidence: ConfidencePointDto[];
}

function quiet<T>(o: Observable<T>): Promise<T | null> {
  return firstValueFrom(o.pipe(catchError(() => of(null))));
}

/**
 * What the caller's own mentoring is today: as a mentor (mentees with their cycle stage, plan state, last card, questions
 * waiting, next and overdue meetings) and as a mentee (the active mentor/tutor/curator, the next meeting, one's open next
 * steps, the confidence series, an open year-end campaign). Shared by the home cards and the `/mentoring` page.
 */
@Injectable()
export class MentoringData {
  private readonly api = inject(MentoringService);
  private readonly cards = inject(ReflectionCardsService);
  private readonly cycles = inject(GrowthCyclesService);
  private readonly plans = inject(DevelopmentPlansService);
  private readonly campaigns = inject(YearEndCampaignsService);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);

  readonly loading = signal(true);
  readonly error = signal<string[]>([]);
  readonly mentees = signal<MenteeRow[]>([]);
  readonly myPairs = signal<MentoringPairDto[]>([]);
  readonly upcoming = signal<MentoringMeetingListItemDto[]>([]);
  readonly overdue = signal<MentoringMeetingListItemDto[]>([]);
  readonly questions = signal<CardQuestionDto[]>([]);
  /** The open next steps of the caller's pairs (as mentor or mentee), due first; a page at a time. */
  readonly mySteps = signal<MyMentoringStepDto[]>([]);
  readonly myStepsTotal = signal(0);
  static readonly StepsPage = 10;
  readonly myConfidence = signal<ConfidencePointDto[]>([]);
  readonly myCards = signal<ReflectionCardListItemDto[]>([]);
  readonly openCampaign = signal<YearEndCampaignDto | null>(null);

  readonly isMentor = computed(() => this.mentees().length > 0);
  readonly isMentee = computed(() => this.myPairs().length > 0);
  readonly myNextMeeting = computed(() => {
    const mine = new Set(this.myPairs().map((p) => p.id));
    return this.upcoming().find((m) => mine.has(m.pairId)) ?? null;
  });
  readonly canPlans = computed(() => this.config.isGranted(Permissions.MentoringPlans));

  /** `details`: also the confidence series (the full page); the home cards leave them out. */
  async load(opts: { details: boolean } = { details: true }): Promise<void> {
    this.loading.set(true);
    this.error.set([]);
    try {
      const [pairs, meetings] = await Promise.all([
        firstValueFrom(this.api.getMentoringPairList({ mine: true, active: true, maxResultCount: 100 }, handlesErrors())),
        firstValueFrom(this.api.getMentoringMeetingList({ mine: true, status: 'Scheduled', maxResultCount: 100 }, handlesErrors())),
      ]);
      const all = pairs.items ?? [];
      const now = Date.now();
      const scheduled = [...(meetings.items ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      // A meeting is overdue when its planned end has passed and nobody marked it held or cancelled.
      const isOver = (m: MentoringMeetingListItemDto) => new Date(m.startsAt).getTime() + Number(m.durationMinutes) * 60_000 < now;
      this.upcoming.set(scheduled.filter((m) => !isOver(m)));
      this.overdue.set(scheduled.filter(isOver));
      this.myPairs.set(all.filter((p) => p.abilities.isMentee));
      const mentorPairs = all.filter((p) => p.abilities.isMentor);

      const canCards = this.canPlans();
      const questions = canCards ? ((await quiet(this.cards.getCardQuestions({ answered: false }, handlesErrors()))) ?? []) : [];
      this.questions.set(questions);

      const rows = await Promise.all(
        mentorPairs.map(async (pair): Promise<MenteeRow> => {
          const menteeId = pair.menteeStaffMemberId;
          const [cycle, plan, card, series] = await Promise.all([
            quiet(this.cycles.getGrowthCycleList({ participantStaffMemberId: menteeId, status: 'Active', maxResultCount: 1 }, handlesErrors())),
            quiet(this.plans.getDevelopmentPlanList({ teacherStaffMemberId: menteeId, maxResultCount: 1 }, handlesErrors())),
            canCards ? quiet(this.cards.getReflectionCardList({ teacherStaffMemberId: menteeId, kind: 'Weekly', maxResultCount: 1 }, handlesErrors())) : null,
            canCards && opts.details ? quiet(this.cards.getConfidenceSeries({ teacherStaffMemberId: menteeId }, handlesErrors())) : null,
          ]);
          const c = cycle?.items?.[0] ?? null;
          const p = plan?.items?.[0] ?? null;
          return {
            pair,
            cycleStage: c?.currentStage ?? null,
            cycleId: c?.id ?? null,
            planStatus: p?.status ?? null,
            planId: p?.id ?? null,
            lastCard: card?.items?.[0] ?? null,
            questions: questions.filter((q) => q.teacherStaffMemberId === menteeId),
            nextMeeting: this.upcoming().find((m) => m.pairId === pair.id) ?? null,
            confidence: series?.points ?? [],
          };
        }),
      );
      this.mentees.set(rows);

      if (this.myPairs().length || canCards) {
        const staffId = this.config.currentUser()?.staffMemberId ?? undefined;
        const [series, myCards, campaigns] = await Promise.all([
          canCards && staffId ? quiet(this.cards.getConfidenceSeries({ teacherStaffMemberId: staffId }, handlesErrors())) : null,
          canCards && staffId ? quiet(this.cards.getReflectionCardList({ teacherStaffMemberId: staffId, maxResultCount: 5 }, handlesErrors())) : null,
          canCards ? quiet(this.campaigns.getYearEndCampaignList(undefined, handlesErrors())) : null,
        ]);
        this.myConfidence.set(series?.points ?? []);
        this.myCards.set(myCards?.items ?? []);
        this.openCampaign.set((campaigns ?? []).find((c) => c.status === 'Open') ?? null);
      }
      if (all.length) await this.loadMySteps();
    } catch (e) {
      this.error.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  /** The first page of my open next steps (as mentor and as mentee), or the next page after those shown (`more`). */
  async loadMySteps(more = false): Promise<void> {
    const skip = more ? this.mySteps().length : 0;
    const page = await quiet(this.api.getMyMentoringSteps({ skipCount: skip, maxResultCount: MentoringData.StepsPage }, handlesErrors()));
    if (!page) return;
    this.mySteps.set(more ? [...this.mySteps(), ...(page.items ?? [])] : (page.items ?? []));
    this.myStepsTotal.set(Number(page.totalCount));
  }

  /** A party of the pair marks a step done: it leaves the list (the server keeps who and when in the audit log). */
  async markStepDone(step: MyMentoringStepDto): Promise<void> {
    await firstValueFrom(this.api.setMentoringNextStepDone({ id: step.meetingId, stepId: step.id, body: { done: true, concurrencyStamp: step.concurrencyStamp } }, handlesErrors()));
    this.mySteps.set(this.mySteps().filter((s) => s.id !== step.id));
    this.myStepsTotal.set(Math.max(0, this.myStepsTotal() - 1));
  }

  /** The mentee gives or withdraws consent to the pair's meetings entering the mentor's evidence. */
  async setConsent(pair: MentoringPairDto, consent: boolean): Promise<void> {
    const updated = await firstValueFrom(
      this.api.setMentoringEvidenceConsent({ id: pair.id, body: { consent, concurrencyStamp: pair.concurrencyStamp } }, handlesErrors()),
    );
    this.myPairs.set(this.myPairs().map((p) => (p.id === updated.id ? updated : p)));
  }
}
