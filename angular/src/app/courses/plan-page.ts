import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CourseProgrammeDto, CourseRecordDto, LocalizedText, PostCourseEvent, PostCourseEventKind, PostCourseEventLevel, PostCoursePlanDto, PostCourseSettings } from '../api/models';
import { POST_COURSE_EVENT_KIND } from '../api/models/post-course-event-kind-array';
import { POST_COURSE_EVENT_LEVEL } from '../api/models/post-course-event-level-array';
import { CourseProgrammesService, CourseRecordsService, PostCoursePlansService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { errorText, todayIso } from './course-utils';
import { DATE_FIELD } from '../core/i18n/date-adapter';

type EventGroup = FormGroup<{
  id: FormControl<string | null>;
  kind: FormControl<PostCourseEventKind>;
  title: FormControl<string>;
  plannedDate: FormControl<string>;
  level: FormControl<PostCourseEventLevel>;
}>;

interface HeldRow { heldOn: string; evidenceLink: string; curatorName: string }

/**
 * `/courses/plans/:id` (and `/courses/plans/new?record=…`): the post-course plan (seed 002 ch. 4): 1–2 directions from the
 * programme's checklist, at least three events (the programme's minimum), discussed at the association and sent to the
 * director, who approves or returns it; then each event held is recorded with its date, evidence link and curator.
 */
@Component({
  selector: 'app-post-course-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
    TPipe, EnumTextPipe, KDatePipe, FormBanner, NotFoundView, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/courses">{{ 'Menu:Courses' | t }}</a> / <a routerLink="/courses/plans">{{ 'UI:Courses.PlansTitle' | t }}</a>
    </nav>
    @if (notFound()) { <app-not-found-view /> }
    @if (settings(); as s) {
      <app-page-header [title]="'UI:Courses.PlanTitle' | t" [subtitle]="subtitle()">
        @if (plan(); as p) {
          @if (p.abilities.canSubmit) {
            <button mat-flat-button type="button" (click)="submit()" [disabled]="busy()" data-testid="plan-submit">{{ 'UI:Courses.SubmitPlan' | t }}</button>
          }
          @if (p.abilities.canReview) {
            <button mat-flat-button type="button" (click)="agree()" [disabled]="busy()" data-testid="plan-agree">{{ 'UI:Courses.ApprovePlan' | t }}</button>
          }
        }
      </app-page-header>
      <app-form-banner [messages]="errors()" />
      @if (plan(); as p) {
        <p class="status">
          <span class="chip" data-testid="plan-status">{{ p.status | enumText: 'DevelopmentPlanStatus' }}</span>
          @if (p.returnComment) { <span class="cell-secondary">{{ p.returnComment }}</span> }
        </p>
      }
      @if (s.note) { <p class="cell-secondary note">{{ noteText(s) }}</p> }
      @if (plan()?.abilities?.canReview) {
        <section class="surface review" data-testid="plan-review">
          <mat-form-field class="grow">
            <mat-label>{{ 'UI:Courses.ReturnComment' | t }}</mat-label>
            <textarea matInput rows="2" [value]="comment()" (input)="comment.set($any($event.target).value)" data-testid="plan-return-comment"></textarea>
          </mat-form-field>
          <button mat-stroked-button type="button" (click)="returnPlan()" [disabled]="busy() || !comment().trim()" data-testid="plan-return">{{ 'UI:Courses.ReturnPlan' | t }}</button>
        </section>
      }

      @if (editable()) {
        <form class="surface form" [formGroup]="form" (ngSubmit)="save()" data-testid="plan-form">
          <h2>{{ 'UI:Courses.Directions' | t: s.minDirections : s.maxDirections }}</h2>
          <div class="directions">
            @for (d of s.directions ?? []; track d.key) {
              <mat-checkbox [checked]="chosen().includes(d.key ?? '')" (change)="toggle(d.key ?? '')" data-testid="plan-direction">{{ directionText(d.title) }}</mat-checkbox>
            }
          </div>
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.DiscussedOn' | t }}</mat-label>
            <input matInput [matDatepicker]="dp1" formControlName="discussedOn" data-testid="plan-discussed" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
          </mat-form-field>
          <h2>{{ 'UI:Courses.Events' | t: s.minEvents }}</h2>
          <div formArrayName="events">
            @for (g of events.controls; track g; let i = $index) {
              <div class="event" [formGroupName]="i" data-testid="plan-event">
                <mat-form-field>
                  <mat-label>{{ 'UI:Courses.EventKind' | t }}</mat-label>
                  <mat-select formControlName="kind" data-testid="plan-event-kind">
                    @for (k of kinds; track k) { <mat-option [value]="k">{{ k | enumText: 'PostCourseEventKind' }}</mat-option> }
                  </mat-select>
                </mat-form-field>
                <mat-form-field class="grow">
                  <mat-label>{{ 'UI:Courses.EventTitle' | t }}</mat-label>
                  <input matInput formControlName="title" data-testid="plan-event-title" />
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'UI:Courses.EventDate' | t }}</mat-label>
                  <input matInput [matDatepicker]="dp2" formControlName="plannedDate" data-testid="plan-event-date" /><mat-datepicker-toggle matIconSuffix [for]="dp2" /><mat-datepicker #dp2 />
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'UI:Courses.EventLevel' | t }}</mat-label>
                  <mat-select formControlName="level">
                    @for (l of levels; track l) { <mat-option [value]="l">{{ l | enumText: 'PostCourseEventLevel' }}</mat-option> }
                  </mat-select>
                </mat-form-field>
                <button mat-icon-button type="button" (click)="events.removeAt(i)" [attr.aria-label]="'UI:Courses.RemoveEvent' | t"><mat-icon>delete</mat-icon></button>
              </div>
            }
          </div>
          <div class="actions">
            <button mat-stroked-button type="button" (click)="addEvent()" data-testid="plan-event-add"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.AddEvent' | t }}</button>
            <button mat-flat-button type="submit" [disabled]="busy() || form.invalid" data-testid="plan-save">{{ 'UI:Save' | t }}</button>
          </div>
        </form>
      } @else if (plan(); as p) {
        <section class="surface">
          <h2>{{ 'UI:Courses.DirectionsChosen' | t }}</h2>
          <ul>@for (d of p.directions; track d) { <li>{{ directionOf(s, d) }}</li> }</ul>
          <h2>{{ 'UI:Courses.EventsTitle' | t }}</h2>
          <ul class="rows" data-testid="plan-events">
            @for (e of p.events; track e.id; let i = $index) {
              <li data-testid="plan-event-row">
                <strong>{{ e.kind | enumText: 'PostCourseEventKind' }}: {{ e.title }}</strong>
                <span class="cell-secondary">{{ e.plannedDate | kDate }} · {{ e.level | enumText: 'PostCourseEventLevel' }}</span>
                @if (e.heldOn) {
                  <span data-testid="plan-event-held">{{ 'UI:Courses.HeldOn' | t: (e.heldOn | kDate) }}@if (e.curatorName) { · {{ e.curatorName }} }
                    @if (e.evidenceLink) { · <a [href]="e.evidenceLink" target="_blank" rel="noopener">{{ 'UI:Courses.Evidence' | t }}</a> }</span>
                } @else if (p.abilities.canRecordEvents) {
                  <div class="event">
                    <mat-form-field><mat-label>{{ 'UI:Courses.HeldOnLabel' | t }}</mat-label>
                      <input matInput [matDatepicker]="dp3" [value]="held(i).heldOn" (dateChange)="setHeldOn(i, $event.value)" /><mat-datepicker-toggle matIconSuffix [for]="dp3" /><mat-datepicker #dp3 /></mat-form-field>
                    <mat-form-field class="grow"><mat-label>{{ 'UI:Courses.EvidenceLink' | t }}</mat-label>
                      <input matInput type="url" [value]="held(i).evidenceLink" (input)="setHeld(i, 'evidenceLink', $event)" /></mat-form-field>
                    <mat-form-field><mat-label>{{ 'UI:Courses.Curator' | t }}</mat-label>
                      <input matInput [value]="held(i).curatorName" (input)="setHeld(i, 'curatorName', $event)" /></mat-form-field>
                    <button mat-stroked-button type="button" (click)="recordEvent(e, i)" [disabled]="busy()">{{ 'UI:Courses.RecordHeld' | t }}</button>
                  </div>
                }
              </li>
            }
          </ul>
        </section>
        @if (p.status === 'Agreed' || p.status === 'InProgress' || p.status === 'Completed') {
          <section class="surface stage3" data-testid="plan-outcome" [attr.aria-label]="'UI:Courses.OutcomeTitle' | t">
            <h2>{{ 'UI:Courses.OutcomeTitle' | t }}</h2>
            <p class="cell-secondary">{{ 'UI:Courses.OutcomeHint' | t }}</p>
            @if (p.abilities.canRecordEvents) {
              <form class="form" [formGroup]="outcomeForm" (ngSubmit)="saveOutcome()">
                <mat-form-field>
                  <mat-label>{{ 'UI:Courses.Outcome' | t }}</mat-label>
                  <textarea matInput rows="3" formControlName="outcome" data-testid="plan-outcome-text"></textarea>
                  <mat-hint>{{ 'UI:Courses.OutcomeFieldHint' | t }}</mat-hint>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'UI:Courses.RecommendationKind' | t }}</mat-label>
                  <mat-select (selectionChange)="suggest($event.value)" data-testid="plan-recommendation-kind">
                    @for (k of recommendations; track k) { <mat-option [value]="k">{{ 'UI:Courses.Recommend.' + k | t }}</mat-option> }
                  </mat-select>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'UI:Courses.Recommendation' | t }}</mat-label>
                  <textarea matInput rows="2" formControlName="recommendation" data-testid="plan-recommendation-text"></textarea>
                </mat-form-field>
                <div class="actions">
                  <button mat-flat-button type="submit" [disabled]="busy() || !outcomeForm.dirty" data-testid="plan-outcome-save">{{ 'UI:Courses.SaveOutcome' | t }}</button>
                </div>
              </form>
            } @else if (p.outcome || p.recommendation) {
              <dl>
                @if (p.outcome) { <dt>{{ 'UI:Courses.Outcome' | t }}</dt><dd data-testid="plan-outcome-view">{{ p.outcome }}</dd> }
                @if (p.recommendation) { <dt>{{ 'UI:Courses.Recommendation' | t }}</dt><dd data-testid="plan-recommendation-view">{{ p.recommendation }}</dd> }
              </dl>
            } @else {
              <p class="table-empty" data-testid="plan-outcome-empty">{{ 'UI:Courses.OutcomeEmpty' | t }}</p>
            }
          </section>
        }
      }
    }
  `,
  styles: `
    .surface { margin-bottom: 16px; padding: 16px; }
    h2 { font: var(--mat-sys-title-medium); margin: 8px 0; }
    .form { display: flex; flex-direction: column; gap: 4px; }
    .directions { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
    .event { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 8px; margin-bottom: 8px; }
    .event mat-form-field { flex: 1 1 150px; min-width: 0; }
    .event .grow { flex: 2 1 220px; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
    .rows { list-style: none; margin: 0; padding: 0; }
    .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 8px 0; display: flex; flex-direction: column; gap: 4px; overflow-wrap: anywhere; }
    .status { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .note { margin: 0 0 12px; }
    .review { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .review .grow { flex: 1 1 260px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
    @media (max-width: 480px) { dl { grid-template-columns: 1fr; } }
  `,
})
export class PlanPage {
  readonly id = input<string>();
  readonly record = input<string>();
  private readonly api = inject(PostCoursePlansService);
  private readonly records = inject(CourseRecordsService);
  private readonly programmes = inject(CourseProgrammesService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly kinds = POST_COURSE_EVENT_KIND;
  protected readonly levels = POST_COURSE_EVENT_LEVEL;
  protected readonly plan = signal<PostCoursePlanDto | null>(null);
  protected readonly course = signal<CourseRecordDto | null>(null);
  protected readonly settings = signal<PostCourseSettings | null>(null);
  protected readonly chosen = signal<string[]>([]);
  protected readonly editable = signal(false);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly subtitle = signal('');
  protected readonly comment = signal('');
  private readonly heldRows = signal<HeldRow[]>([]);
  protected readonly form = this.fb.group({ discussedOn: [''], events: this.fb.array<EventGroup>([]) });
  /** Stage 3 (seed 002 L250–254): the results presented and the association's recommendation. */
  protected readonly outcomeForm = this.fb.group({ outcome: ['', Validators.maxLength(2000)], recommendation: ['', Validators.maxLength(2000)] });
  /** What the association may recommend (seed 002 L252–260): continue, present at district/city or oblast level, an individual plan. */
  protected readonly recommendations = ['Continue', 'District', 'Oblast', 'Individual'] as const;

  get events(): FormArray<EventGroup> {
    return this.form.controls.events;
  }

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const id = this.id();
      if (id && id !== 'new') {
        this.show(await firstValueFrom(this.api.getPostCoursePlan({ id }, handlesErrors())));
        return;
      }
      const recordId = this.record();
      if (!recordId) throw new Error('no record');
      const course = await firstValueFrom(this.records.getCourseRecord({ id: recordId }, handlesErrors()));
      const programme: CourseProgrammeDto = await firstValueFrom(this.programmes.getCourseProgramme({ id: course.programmeId }, handlesErrors()));
      this.course.set(course);
      this.settings.set(programme.postCourse);
      this.subtitle.set(`${course.staffName} · ${course.programmeTitle}`);
      this.editable.set(true);
      for (let i = 0; i < Number(programme.postCourse.minEvents ?? 3); i++) this.addEvent();
    } catch {
      this.notFound.set(true);
    }
  }

  private show(p: PostCoursePlanDto): void {
    this.plan.set(p);
    this.settings.set(p.settings);
    this.subtitle.set(`${p.staffName} · ${p.programmeTitle}`);
    this.chosen.set([...p.directions]);
    this.editable.set(p.abilities.canEdit);
    this.events.clear();
    for (const e of p.events) this.addEvent(e);
    this.form.controls.discussedOn.setValue(p.discussedOn ?? '');
    this.heldRows.set(p.events.map(() => ({ heldOn: todayIso(), evidenceLink: '', curatorName: '' })));
    this.outcomeForm.reset({ outcome: p.outcome ?? '', recommendation: p.recommendation ?? '' });
  }

  /** A recommendation chosen from the list is written out in the reader's language; it can be edited before saving. */
  protected suggest(kind: string): void {
    const control = this.outcomeForm.controls.recommendation;
    control.setValue(this.l.t(`UI:Courses.Recommend.${kind}`));
    control.markAsDirty();
  }

  protected async saveOutcome(): Promise<void> {
    await this.run(async () => {
      const p = this.plan()!;
      const v = this.outcomeForm.getRawValue();
      this.show(await firstValueFrom(this.api.recordPostCourseOutcome({
        id: p.id, body: { concurrencyStamp: p.concurrencyStamp, outcome: v.outcome.trim() || null, recommendation: v.recommendation.trim() || null },
      }, handlesErrors())));
      this.notify.success(this.l.t('UI:Courses.OutcomeSaved'));
    });
  }

  protected addEvent(e?: PostCourseEvent): void {
    this.events.push(this.fb.group({
      id: new FormControl<string | null>(e?.id ?? null),
      kind: this.fb.control<PostCourseEventKind>(e?.kind ?? 'OpenLesson'),
      title: this.fb.control(e?.title ?? '', Validators.required),
      plannedDate: this.fb.control(e?.plannedDate ?? ''),
      level: this.fb.control<PostCourseEventLevel>(e?.level ?? 'School'),
    }));
  }

  protected toggle(key: string): void {
    const list = this.chosen();
    this.chosen.set(list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);
  }

  protected directionText(t: LocalizedText | null | undefined): string {
    const c = this.l.culture();
    return (c === 'kk' ? t?.kk : c === 'ru' ? t?.ru : t?.en) ?? '';
  }

  protected directionOf(s: PostCourseSettings, key: string): string {
    const d = (s.directions ?? []).find((x) => x.key === key);
    return d ? this.directionText(d.title) : key;
  }

  protected noteText(s: PostCourseSettings): string {
    return s.note ? this.directionText(s.note) : '';
  }

  protected held(i: number): HeldRow {
    return this.heldRows()[i] ?? { heldOn: todayIso(), evidenceLink: '', curatorName: '' };
  }

  protected setHeld(i: number, field: keyof HeldRow, event: Event): void {
    const rows = [...this.heldRows()];
    rows[i] = { ...this.held(i), [field]: (event.target as HTMLInputElement).value };
    this.heldRows.set(rows);
  }

  protected setHeldOn(i: number, heldOn: string | null): void {
    const rows = [...this.heldRows()];
    rows[i] = { ...this.held(i), heldOn: heldOn ?? '' };
    this.heldRows.set(rows);
  }

  private body() {
    const v = this.form.getRawValue();
    return {
      directions: this.chosen(),
      discussedOn: v.discussedOn || null,
      events: v.events.map((e) => ({ id: e.id, kind: e.kind, title: e.title, plannedDate: e.plannedDate || null, level: e.level })),
    };
  }

  protected async save(): Promise<void> {
    await this.run(async () => {
      const p = this.plan();
      if (p) {
        this.show(await firstValueFrom(this.api.updatePostCoursePlan({ id: p.id, body: { ...this.body(), concurrencyStamp: p.concurrencyStamp } }, handlesErrors())));
      } else {
        const created = await firstValueFrom(this.api.createPostCoursePlan({ body: { ...this.body(), courseRecordId: this.course()!.id } }, handlesErrors()));
        this.show(created);
        void this.router.navigate(['/courses/plans', created.id], { replaceUrl: true });
      }
      this.notify.success(this.l.t('UI:Courses.Saved'));
    });
  }

  protected async submit(): Promise<void> {
    await this.run(async () => {
      const p = this.plan()!;
      this.show(await firstValueFrom(this.api.submitPostCoursePlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp } }, handlesErrors())));
      this.notify.success(this.l.t('UI:Courses.PlanSubmitted'));
    });
  }

  protected async agree(): Promise<void> {
    await this.run(async () => {
      const p = this.plan()!;
      this.show(await firstValueFrom(this.api.agreePostCoursePlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp } }, handlesErrors())));
      this.notify.success(this.l.t('UI:Courses.PlanApproved'));
    });
  }

  protected async returnPlan(): Promise<void> {
    await this.run(async () => {
      const p = this.plan()!;
      this.show(await firstValueFrom(this.api.returnPostCoursePlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp, comment: this.comment().trim() } }, handlesErrors())));
      this.comment.set('');
    });
  }

  protected async recordEvent(e: PostCourseEvent, i: number): Promise<void> {
    await this.run(async () => {
      const p = this.plan()!;
      const h = this.held(i);
      this.show(await firstValueFrom(this.api.recordPostCourseEvent({
        id: p.id,
        body: { concurrencyStamp: p.concurrencyStamp, eventId: e.id, heldOn: h.heldOn, evidenceLink: h.evidenceLink || null, curatorName: h.curatorName || null },
      }, handlesErrors())));
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      await action();
    } catch (err) {
      this.errors.set([errorText(err, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
