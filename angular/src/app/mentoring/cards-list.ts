import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CardQuestionDto, ConfidencePointDto, ReflectionCardKind, ReflectionCardListItemDto } from '../api/models';
import { REFLECTION_CARD_KIND } from '../api/models/reflection-card-kind-array';
import { ReflectionCardsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf, yearParam } from '../core/lists/paged-list';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { YearSelect } from '../shared/year-select';
import { ConfidenceChart } from './confidence-chart';
import { errorText } from './mentoring-utils';

interface CardQuery extends PageQuery {
  kind: ReflectionCardKind | '';
  year: number | '';
  teacher: string;
}

/**
 * `/mentoring/cards`: the reflection cards the caller may read (her own; a mentor's mentees'; those shared with her), the
 * confidence chart of the teacher chosen (oneself by default), and the questions teachers asked the caller on their cards.
 */
@Component({
  selector: 'app-cards-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule, MatProgressBarModule,
    MatSelectModule, MatTabsModule, TPipe, EnumTextPipe, KDatePipe, FilterBar, FormBanner, PageHeader, YearSelect, ConfidenceChart,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/mentoring">{{ 'Menu:Mentoring' | t }}</a>
    </nav>
    <app-page-header [title]="'UI:Mentoring.CardsTitle' | t" [subtitle]="'UI:Mentoring.CardsHint' | t">
      <a mat-flat-button routerLink="/mentoring/cards/new" data-testid="cards-new">
        <mat-icon aria-hidden="true">edit_note</mat-icon>{{ 'UI:Mentoring.FillWeeklyCard' | t }}
      </a>
    </app-page-header>

    <mat-tab-group [selectedIndex]="tab() === 'questions' ? 1 : 0" (selectedIndexChange)="onTab($event)">
      <mat-tab [label]="'UI:Mentoring.CardsTab' | t">
        <section class="surface form-panel" data-testid="cards-chart" [attr.aria-label]="'UI:Mentoring.ConfidenceTitle' | t">
          <h2 class="form-section__title">{{ 'UI:Mentoring.ConfidenceTitle' | t }}@if (seriesName()) { · {{ seriesName() }}}</h2>
          <app-confidence-chart [points]="series()" />
        </section>
        <section class="surface list-panel" [attr.aria-label]="'UI:Mentoring.CardsTitle' | t">
          <app-filter-bar [formGroup]="filters" [activeCount]="activeFilterCount()" [canClear]="hasFilters()" (clear)="clearFilters()">
            <mat-form-field>
              <mat-label>{{ 'UI:Mentoring.CardKind' | t }}</mat-label>
              <mat-select formControlName="kind" data-testid="filter-card-kind">
                <mat-option value="">{{ 'UI:All' | t }}</mat-option>
                @for (k of kinds; track k) { <mat-option [value]="k">{{ k | enumText: 'ReflectionCardKind' }}</mat-option> }
              </mat-select>
            </mat-form-field>
            <app-year-select [control]="filters.controls.year" [allowAll]="true" />
          </app-filter-bar>
          <app-form-banner [messages]="list.error()" />
          @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
          <ul class="cards" data-testid="cards-list" [attr.aria-busy]="list.loading()">
            @for (c of list.items(); track c.id) {
              <li data-testid="card-item">
                <a [routerLink]="['/mentoring/cards', c.id]">
                  <strong>@if (c.weekStart) { {{ 'UI:Mentoring.WeekOf' | t: (c.weekStart | kDate) }} } @else { {{ c.kind | enumText: 'ReflectionCardKind' }} }</strong>
                  <span class="cell-secondary">{{ c.teacherName }}@if (c.score !== null && c.score !== undefined) { · {{ 'UI:Mentoring.Confidence' | t }} {{ c.score }}/10 }@if (c.hasQuestion) { · {{ (c.questionAnswered ? 'UI:Mentoring.QuestionAnswered' : 'UI:Mentoring.QuestionOpen') | t }} }</span>
                </a>
              </li>
            } @empty {
              @if (!list.loading()) { <li class="table-empty" data-testid="cards-empty">{{ (hasFilters() ? 'UI:NothingFound' : 'UI:Mentoring.CardsEmpty') | t }}</li> }
            }
          </ul>
          <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                         (page)="list.onPage($event)" [showFirstLastButtons]="true" />
        </section>
      </mat-tab>
      <mat-tab [label]="'UI:Mentoring.QuestionsTab' | t">
        <section class="surface form-panel" data-testid="card-questions">
          <p class="cell-secondary">{{ 'UI:Mentoring.QuestionsHint' | t }}</p>
          <app-form-banner [messages]="questionErrors()" />
          <ul class="cards">
            @for (q of questions(); track q.cardId) {
              <li data-testid="question-item">
                <strong>{{ q.teacherName }}</strong>
                <span class="cell-secondary">@if (q.weekStart) { {{ 'UI:Mentoring.WeekOf' | t: (q.weekStart | kDate) }} }</span>
                <p class="q">{{ q.question }}</p>
                @if (q.answer) {
                  <p class="reply">{{ q.answer }}</p>
                } @else {
                  <mat-form-field class="full">
                    <mat-label>{{ 'UI:Mentoring.YourAnswer' | t }}</mat-label>
                    <textarea matInput rows="2" #ans data-testid="question-answer"></textarea>
                  </mat-form-field>
                  <button mat-flat-button type="button" (click)="answer(q, ans.value)" data-testid="question-send">{{ 'UI:Mentoring.SendAnswer' | t }}</button>
                }
              </li>
            } @empty {
              <li class="table-empty">{{ 'UI:Mentoring.QuestionsEmpty' | t }}</li>
            }
          </ul>
        </section>
      </mat-tab>
    </mat-tab-group>
  `,
  styles: `
    .surface { margin: 16px 0; }
    .form-panel { max-width: none; }
    .cards { list-style: none; margin: 0; padding: 0; }
    .cards li { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 8px 0; display: flex; flex-direction: column; overflow-wrap: anywhere; }
    .cards a { display: flex; flex-direction: column; color: inherit; text-decoration: none; min-height: 40px; }
    .q { margin: 6px 0; white-space: pre-wrap; }
    .reply { border-left: 3px solid var(--mat-sys-primary); padding: 2px 10px; margin: 0; white-space: pre-wrap; }
    .full { width: 100%; }
  `,
})
export class CardsList {
  readonly teacher = input<string>();
  readonly tab = input<string>();

  private readonly api = inject(ReflectionCardsService);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly kinds = REFLECTION_CARD_KIND;

  protected readonly filters = inject(FormBuilder).nonNullable.group({ kind: '' as ReflectionCardKind | '', year: '' as number | '' });
  protected readonly list = new PagedList<CardQuery, ReflectionCardListItemDto>(
    (p, paging) => ({ ...paging, kind: oneOf(p, 'kind', REFLECTION_CARD_KIND), year: yearParam(p), teacher: p.get('teacher') ?? '' }),
    {
      toParams: (q) => ({ kind: q.kind || null, year: q.year === '' ? null : q.year, teacher: q.teacher || null }),
      load: (q, paging) =>
        this.api.getReflectionCardList(
          { ...paging, kind: q.kind || undefined, academicYear: q.year === '' ? undefined : q.year, teacherStaffMemberId: q.teacher || undefined },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.kind || q.year !== '');
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'page', 'size', 'teacher'));

  protected readonly series = signal<ConfidencePointDto[]>([]);
  protected readonly seriesName = signal('');
  protected readonly questions = signal<CardQuestionDto[]>([]);
  protected readonly questionErrors = signal<string[]>([]);

  constructor() {
    const { kind, year } = this.list.query();
    this.filters.setValue({ kind, year }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v }));
    this.list.start();
    queueMicrotask(() => {
      void this.loadSeries();
      void this.loadQuestions();
    });
  }

  private async loadSeries(): Promise<void> {
    const teacher = this.teacher() || this.config.currentUser()?.staffMemberId;
    if (!teacher) return;
    try {
      const s = await firstValueFrom(this.api.getConfidenceSeries({ teacherStaffMemberId: teacher }, handlesErrors()));
      this.series.set(s.points);
      this.seriesName.set(this.teacher() ? s.teacherName : '');
    } catch {
      this.series.set([]);
    }
  }

  private async loadQuestions(): Promise<void> {
    try {
      this.questions.set(await firstValueFrom(this.api.getCardQuestions(undefined, handlesErrors())));
    } catch (e) {
      this.questionErrors.set([errorText(e, (k) => this.l.t(k))]);
    }
  }

  protected onTab(i: number): void {
    if (i === 1) void this.loadQuestions();
  }

  protected clearFilters(): void {
    this.filters.setValue({ kind: '', year: '' });
  }

  protected async answer(q: CardQuestionDto, text: string): Promise<void> {
    const answer = text.trim();
    if (!answer) {
      this.questionErrors.set([this.l.t('UI:Mentoring.AnswerRequired')]);
      return;
    }
    this.questionErrors.set([]);
    try {
      const saved = await firstValueFrom(this.api.answerCardQuestion({ id: q.cardId, body: { answer } }, handlesErrors()));
      this.questions.set(this.questions().map((x) => (x.cardId === q.cardId ? saved : x)));
      this.notify.success(this.l.t('UI:Mentoring.AnswerSent'));
    } catch (e) {
      this.questionErrors.set([errorText(e, (k) => this.l.t(k))]);
    }
  }
}
