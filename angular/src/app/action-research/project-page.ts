import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { catchError, firstValueFrom, forkJoin, of } from 'rxjs';

import {
  ActionResearchCycleDto, ActionResearchDataItemDto, ActionResearchDataKind, ActionResearchLessonDto, ActionResearchProjectDto, ActionResearchStage, AttachmentDto, LearnerResultRow,
} from '../api/models';
import { ACTION_RESEARCH_DATA_KIND } from '../api/models/action-research-data-kind-array';
import { ACTION_RESEARCH_STAGE } from '../api/models/action-research-stage-array';
import { ActionResearchService } from '../api/services';
import { ApiConfiguration } from '../api/api-configuration';
import { AppConfigService } from '../core/config/app-config.service';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { AttachmentUpload } from '../shared/attachment-upload';
import { AttachmentClient } from '../shared/attachments';
import { FormBanner } from '../shared/form-banner';
import { LearnerResultsImport } from '../shared/learner-results-import';
import { ConfirmService } from '../shared/confirm-dialog';
import { EvidenceAttach } from './evidence-attach';
import { MembersEditor } from './members-editor';
import { PlanLink } from './plan-link';

/** A learner result read from a file, as the data item will hold it. */
interface ImportedResult { className: string | null; indicator: string; before: number | null; after: number | null }
import { PageHeader } from '../shared/page-header';
import { DATE_FIELD } from '../core/i18n/date-adapter';

const DATA_OWNER = 'ActionResearchDataItem';

/**
 * `/action-research/:id`: the project (problem, question, hypothesis, strategy, baseline, the linked Table 7 plan), its group and
 * their consent, and its cycles: the open one is kept step by step (lessons → data → analysis → adjustment); finishing it opens
 * the next until the problem is solved. The report downloads in Kazakh or Russian.
 */
@Component({
  selector: 'app-action-research-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatMenuModule, MatProgressBarModule,
    MatSelectModule, TPipe, EnumTextPipe, AttachmentUpload, FormBanner, LearnerResultsImport, PageHeader, EvidenceAttach, MembersEditor, PlanLink,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/action-research">{{ 'Menu:ActionResearch' | t }}</a>
    </nav>
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <app-form-banner [messages]="errors()" />
    @if (project(); as p) {
      <app-page-header [title]="p.title" [subtitle]="p.ownerName + ' · ' + (p.status | enumText: 'ActionResearchStatus')">
        @if (p.abilities.canEdit) {
          <a mat-stroked-button [routerLink]="['/action-research', p.id, 'edit']" data-testid="ar-edit"><mat-icon aria-hidden="true">edit</mat-icon>{{ 'UI:ActionResearch.Edit' | t }}</a>
        }
        <button mat-stroked-button type="button" [matMenuTriggerFor]="docMenu" data-testid="ar-report">
          <mat-icon aria-hidden="true">description</mat-icon>{{ 'UI:ActionResearch.Report' | t }}
        </button>
        <mat-menu #docMenu="matMenu">
          <a mat-menu-item [href]="reportUrl('kk')" download data-testid="ar-report-kk">{{ 'UI:ActionResearch.DownloadKk' | t }}</a>
          <a mat-menu-item [href]="reportUrl('ru')" download data-testid="ar-report-ru">{{ 'UI:ActionResearch.DownloadRu' | t }}</a>
        </mat-menu>
      </app-page-header>

      <section class="surface block" data-testid="ar-summary">
        <dl class="facts">
          @if (p.subject || p.classNames) { <dt>{{ 'UI:ActionResearch.SubjectClasses' | t }}</dt><dd>{{ p.subject }} {{ p.classNames }}</dd> }
          <dt>{{ 'UI:ActionResearch.Problem' | t }}</dt><dd>{{ p.problem }}</dd>
          <dt>{{ 'UI:ActionResearch.ResearchQuestion' | t }}</dt><dd data-testid="ar-question">{{ p.researchQuestion }}</dd>
          <dt>{{ 'UI:ActionResearch.Hypothesis' | t }}</dt><dd>{{ p.hypothesis }}</dd>
          <dt>{{ 'UI:ActionResearch.Strategy' | t }}</dt><dd>{{ p.strategy }}</dd>
          @if (p.baseline) { <dt>{{ 'UI:ActionResearch.Baseline' | t }}</dt><dd>{{ p.baseline }}</dd> }
        </dl>
        @if (p.researchPlan; as plan) {
          <h3>{{ 'UI:ActionResearch.Plan' | t }}</h3>
          <ol class="plan">@for (s of plan.sections; track s.number) { <li>{{ s.answer }}</li> }</ol>
        } @else if (p.researchPlanArtefactId) {
          <p class="cell-secondary">{{ 'UI:ActionResearch.PlanLinkedNotReadable' | t }}</p>
        } @else {
          <p class="cell-secondary">{{ 'UI:ActionResearch.PlanNone' | t }}</p>
        }
        @if (p.abilities.canManage) { <app-ar-plan-link [project]="p" (saved)="show($event)" /> }
      </section>

      <section class="surface block" data-testid="ar-group">
        <h2>{{ 'UI:ActionResearch.Group' | t }}</h2>
        <ul class="members">
          @for (m of p.members; track m.staffMemberId) {
            <li data-testid="ar-member">
              <span>{{ m.fullName }}@if (m.isOwner) { <span class="chip">{{ 'UI:ActionResearch.Owner' | t }}</span> }</span>
              <span class="cell-secondary">{{ (m.consentedAt ? 'UI:ActionResearch.Consented' : 'UI:ActionResearch.NoConsent') | t }}
                @if (m.shareConsentedAt) { · {{ 'UI:ActionResearch.ConsentedShare' | t }} }</span>
            </li>
          }
        </ul>
        @if (p.publishedAt) {
          <p data-testid="ar-published"><span class="chip">{{ 'UI:ActionResearch.Published' | t }}</span>
            @if (p.sharedWithAllSchools) { <span class="chip" data-testid="ar-shared">{{ 'UI:ActionResearch.SharedWithAll' | t }}</span> }</p>
        }
        <div class="actions">
          @if (p.abilities.canConsent) {
            <button mat-stroked-button type="button" (click)="consent(!myConsent())" [disabled]="busy()" data-testid="ar-consent">
              {{ (myConsent() ? 'UI:ActionResearch.WithdrawConsent' : 'UI:ActionResearch.GiveConsent') | t }}
            </button>
            @if (myConsent()) {
              <mat-checkbox [checked]="myShareConsent()" (change)="consent(true, $event.checked)" [disabled]="busy()" data-testid="ar-consent-share">
                {{ 'UI:ActionResearch.ConsentShare' | t }}</mat-checkbox>
            }
          }
          @if (p.abilities.canPublish) {
            <mat-checkbox [checked]="share()" (change)="share.set($event.checked)" data-testid="ar-share">{{ 'UI:ActionResearch.ShareWithAll' | t }}</mat-checkbox>
            <button mat-flat-button type="button" (click)="publish()" [disabled]="busy()" data-testid="ar-publish">{{ 'UI:ActionResearch.Publish' | t }}</button>
          }
          @if (p.abilities.canUnpublish) {
            <button mat-stroked-button type="button" (click)="unpublish()" [disabled]="busy()" data-testid="ar-unpublish">{{ 'UI:ActionResearch.Unpublish' | t }}</button>
          }
          @if (p.abilities.canManage) {
            <app-ar-members-editor [project]="p" (saved)="show($event)" />
            <button mat-button type="button" (click)="close()" [disabled]="busy()" data-testid="ar-close">{{ 'UI:ActionResearch.CloseProject' | t }}</button>
          }
        </div>
        <p class="cell-secondary">{{ 'UI:ActionResearch.PublicationHint' | t }}</p>
      </section>

      @for (c of cyclesNewestFirst(); track c.id) {
        <section class="surface block" [attr.data-testid]="'ar-cycle-' + c.number">
          <h2>{{ 'UI:ActionResearch.CycleN' | t: c.number }} · {{ c.status | enumText: 'ActionResearchCycleStatus' }}</h2>
          <ol class="steps" [attr.aria-label]="'UI:ActionResearch.Steps' | t">
            @for (s of stages; track s) {
              <li [class.current]="c.status === 'Open' && s === c.stage" [class.done]="c.status !== 'Open' || stageIndex(s) < stageIndex(c.stage)">
                {{ s | enumText: 'ActionResearchStage' }}
              </li>
            }
          </ol>
          @if (c.status === 'Open' && p.abilities.canEdit) {
            <h3>{{ 'UI:ActionResearch.Lessons' | t }}</h3>
            <ul class="rows">
              @for (l of lessons(); track $index) {
                <li data-testid="ar-lesson">{{ l.date }} · {{ l.className }}@if (l.topic) { · {{ l.topic }} }
                  <button mat-icon-button type="button" (click)="removeLesson($index)" [attr.aria-label]="'UI:Remove' | t"><mat-icon>close</mat-icon></button>
                </li>
              } @empty { <li class="table-empty">{{ 'UI:ActionResearch.LessonsEmpty' | t }}</li> }
            </ul>
            <form [formGroup]="lessonForm" #lessonDir="ngForm" (ngSubmit)="addLesson()" class="inline-form">
              <mat-form-field><mat-label>{{ 'UI:ActionResearch.Date' | t }}</mat-label><input matInput [matDatepicker]="dp1" formControlName="date" data-testid="ar-lesson-date" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 /></mat-form-field>
              <mat-form-field><mat-label>{{ 'UI:ActionResearch.Class' | t }}</mat-label><input matInput formControlName="className" data-testid="ar-lesson-class" /></mat-form-field>
              <mat-form-field><mat-label>{{ 'UI:ActionResearch.Topic' | t }}</mat-label><input matInput formControlName="topic" data-testid="ar-lesson-topic" /></mat-form-field>
              <button mat-stroked-button type="submit" data-testid="ar-lesson-add">{{ 'UI:ActionResearch.AddLesson' | t }}</button>
            </form>

            <h3>{{ 'UI:ActionResearch.Data' | t }}</h3>
            <ul class="rows">
              @for (d of c.data; track d.id) {
                <li data-testid="ar-data">
                  <strong>{{ d.kind | enumText: 'ActionResearchDataKind' }}: {{ d.title }}</strong>
                  @if (d.summary) { <span>{{ d.summary }}</span> }
                  @for (r of d.results; track $index) { <span class="cell-secondary">{{ r.indicator }}: {{ r.before }} → {{ r.after }}</span> }
                  <app-attachment-upload [ownerType]="dataOwner" [ownerId]="d.id" [files]="filesOf(d.id)" [deleteOnRemove]="true"
                                         (uploaded)="fileAdded(d.id, $event)" (removed)="fileRemoved(d.id, $event)" [testId]="'ar-data-files'" />
                  <span class="row-actions">
                    <button mat-button type="button" (click)="editData(d)" [disabled]="busy()" data-testid="ar-data-edit"><mat-icon aria-hidden="true">edit</mat-icon>{{ 'UI:ActionResearch.EditData' | t }}</button>
                    <button mat-button type="button" class="danger-text" (click)="deleteData(c, d)" [disabled]="busy()" data-testid="ar-data-delete"><mat-icon aria-hidden="true">delete</mat-icon>{{ 'UI:Delete' | t }}</button>
                  </span>
                </li>
              } @empty { <li class="table-empty">{{ 'UI:ActionResearch.DataEmpty' | t }}</li> }
            </ul>
            <form [formGroup]="dataForm" #dataDir="ngForm" (ngSubmit)="addData(c)" class="inline-form">
              <mat-form-field>
                <mat-label>{{ 'UI:ActionResearch.DataKind' | t }}</mat-label>
                <mat-select formControlName="kind" data-testid="ar-data-kind">
                  @for (k of dataKinds; track k) { <mat-option [value]="k">{{ k | enumText: 'ActionResearchDataKind' }}</mat-option> }
                </mat-select>
              </mat-form-field>
              <mat-form-field><mat-label>{{ 'UI:ActionResearch.DataTitle' | t }}</mat-label><input matInput formControlName="title" data-testid="ar-data-title" /></mat-form-field>
              @if (dataForm.controls.kind.value === 'PrePostResults') {
                <mat-form-field><mat-label>{{ 'UI:ActionResearch.Indicator' | t }}</mat-label><input matInput formControlName="indicator" data-testid="ar-data-indicator" /></mat-form-field>
                <mat-form-field><mat-label>{{ 'UI:ActionResearch.Before' | t }}</mat-label><input matInput type="number" formControlName="before" data-testid="ar-data-before" /></mat-form-field>
                <mat-form-field><mat-label>{{ 'UI:ActionResearch.After' | t }}</mat-label><input matInput type="number" formControlName="after" data-testid="ar-data-after" /></mat-form-field>
                <div class="import-block">
                  <app-learner-results-import (imported)="resultsImported($event)" />
                  @if (importedResults().length) {
                    <ul class="imported" data-testid="ar-imported-results" [attr.aria-label]="'UI:ActionResearch.ImportedResults' | t">
                      @for (r of importedResults(); track $index; let i = $index) {
                        <li data-testid="ar-imported-row">
                          <span>@if (r.className) { {{ r.className }} · }{{ r.indicator }}: {{ r.before ?? '—' }} → {{ r.after ?? '—' }}</span>
                          <button mat-icon-button type="button" (click)="removeImported(i)" [attr.aria-label]="'UI:Delete' | t"><mat-icon>close</mat-icon></button>
                        </li>
                      }
                    </ul>
                  }
                </div>
              } @else {
                <mat-form-field class="wide"><mat-label>{{ 'UI:ActionResearch.Summary' | t }}</mat-label><textarea matInput formControlName="summary" rows="2" data-testid="ar-data-summary"></textarea></mat-form-field>
              }
              <button mat-stroked-button type="submit" [disabled]="busy()" data-testid="ar-data-add">{{ (editingData() ? 'UI:ActionResearch.SaveData' : 'UI:ActionResearch.AddData') | t }}</button>
              @if (editingData()) { <button mat-button type="button" (click)="cancelDataEdit()" data-testid="ar-data-edit-cancel">{{ 'UI:Cancel' | t }}</button> }
            </form>

            <form [formGroup]="cycleForm" class="form-grid">
              <mat-form-field class="span-2">
                <mat-label>{{ 'UI:ActionResearch.Analysis' | t }}</mat-label>
                <textarea matInput formControlName="analysis" rows="3" data-testid="ar-analysis"></textarea>
              </mat-form-field>
              <mat-form-field class="span-2">
                <mat-label>{{ 'UI:ActionResearch.Adjustment' | t }}</mat-label>
                <textarea matInput formControlName="adjustment" rows="3" data-testid="ar-adjustment"></textarea>
                <mat-hint>{{ 'UI:ActionResearch.AdjustmentHint' | t }}</mat-hint>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'UI:ActionResearch.StepDue' | t }}</mat-label>
                <input matInput [matDatepicker]="dp2" formControlName="stepDueOn" data-testid="ar-step-due" /><mat-datepicker-toggle matIconSuffix [for]="dp2" /><mat-datepicker #dp2 />
              </mat-form-field>
            </form>
            <div class="actions">
              <button mat-stroked-button type="button" (click)="saveCycle(c)" [disabled]="busy()" data-testid="ar-cycle-save">{{ 'UI:Save' | t }}</button>
              @if (nextStage(c); as next) {
                <button mat-flat-button type="button" (click)="advance(c, next)" [disabled]="busy()" data-testid="ar-advance">
                  {{ 'UI:ActionResearch.NextStep' | t }}: {{ next | enumText: 'ActionResearchStage' }}
                </button>
              } @else {
                <mat-checkbox [checked]="solved()" (change)="solved.set($event.checked)" data-testid="ar-solved">{{ 'UI:ActionResearch.Solved' | t }}</mat-checkbox>
                <button mat-flat-button type="button" (click)="finish(c)" [disabled]="busy()" data-testid="ar-finish">{{ 'UI:ActionResearch.FinishCycle' | t }}</button>
              }
            </div>
          } @else {
            @if (c.lessons.length) {
              <h3>{{ 'UI:ActionResearch.Lessons' | t }}</h3>
              <ul class="rows">@for (l of c.lessons; track $index) { <li>{{ l.date }} · {{ l.className }}@if (l.topic) { · {{ l.topic }} }</li> }</ul>
            }
            @if (c.data.length) {
              <h3>{{ 'UI:ActionResearch.Data' | t }}</h3>
              <ul class="rows">
                @for (d of c.data; track d.id) {
                  <li><strong>{{ d.kind | enumText: 'ActionResearchDataKind' }}: {{ d.title }}</strong> {{ d.summary }}
                    @for (r of d.results; track $index) { <span class="cell-secondary">{{ r.indicator }}: {{ r.before }} → {{ r.after }}</span> }
                  </li>
                }
              </ul>
            }
            @if (c.analysis) { <h3>{{ 'UI:ActionResearch.Analysis' | t }}</h3><p>{{ c.analysis }}</p> }
            @if (c.adjustment) { <h3>{{ 'UI:ActionResearch.Adjustment' | t }}</h3><p>{{ c.adjustment }}</p> }
            @if (c.solved) { <p class="chip">{{ 'UI:ActionResearch.SolvedDone' | t }}</p> }
          }
          @if (c.analysis && p.abilities.canConsent) {
            <div class="actions"><app-ar-evidence-attach [projectId]="p.id" [cycleId]="c.id" /></div>
          }
        </section>
      }
    }
  `,
  styles: `
    .block { margin-bottom: 16px; padding: 16px; }
    .imported { list-style: none; padding: 0; margin: 4px 0; } .imported li { display: flex; align-items: center; justify-content: space-between; gap: 8px; overflow-wrap: anywhere; }
    .facts { display: grid; grid-template-columns: minmax(120px, 220px) 1fr; gap: 6px 12px; margin: 0; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
    @media (max-width: 600px) { .facts { grid-template-columns: 1fr; } }
    .members, .rows { list-style: none; padding: 0; margin: 0 0 8px; }
    .members li, .rows li { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; justify-content: space-between; padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant); overflow-wrap: anywhere; }
    .rows li { flex-direction: column; align-items: flex-start; }
    .steps { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; }
    .steps li { padding: 4px 10px; border-radius: 12px; border: 1px solid var(--mat-sys-outline-variant); }
    .steps li.current { background: var(--mat-sys-primary-container); font-weight: 600; }
    .steps li.done { opacity: 0.7; }
    .inline-form { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .inline-form .wide { flex: 1 1 260px; } .inline-form .import-block { flex: 1 1 100%; min-width: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
    .row-actions { display: flex; flex-wrap: wrap; gap: 4px; }
  `,
})
export class ProjectPage {
  readonly id = input.required<string>();
  private readonly api = inject(ActionResearchService);
  private readonly attachments = inject(AttachmentClient);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  private readonly config = inject(AppConfigService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly dataOwner = DATA_OWNER;
  protected readonly stages = ACTION_RESEARCH_STAGE;
  protected readonly dataKinds = ACTION_RESEARCH_DATA_KIND;
  protected readonly project = signal<ActionResearchProjectDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly lessons = signal<ActionResearchLessonDto[]>([]);
  protected readonly files = signal<Partial<Record<string, AttachmentDto[]>>>({});
  protected readonly solved = signal(false);
  protected readonly cyclesNewestFirst = computed(() => [...(this.project()?.cycles ?? [])].sort((a, b) => Number(b.number) - Number(a.number)));
  protected readonly myConsent = computed(() => {
    const p = this.project();
    const me = this.config.currentUser()?.staffMemberId;
    return !!p && p.members.some((m) => m.consentedAt && m.staffMemberId === me);
  });
  protected readonly myShareConsent = computed(() => {
    const p = this.project();
    const me = this.config.currentUser()?.staffMemberId;
    return !!p && p.members.some((m) => m.shareConsentedAt && m.staffMemberId === me);
  });
  protected readonly share = signal(false);
  protected readonly importedResults = signal<ImportedResult[]>([]);
  /** The data item being corrected in the data form (null: the form adds a new one). */
  protected readonly editingData = signal<ActionResearchDataItemDto | null>(null);
  private readonly confirm = inject(ConfirmService);

  protected readonly lessonForm = this.fb.group({ date: ['', Validators.required], className: ['', Validators.required], topic: [''] });
  protected readonly dataForm = this.fb.group({
    kind: ['Observation' as ActionResearchDataKind, Validators.required], title: ['', Validators.required], summary: [''], indicator: [''],
    before: [null as number | null], after: [null as number | null],
  });
  protected readonly cycleForm = this.fb.group({ analysis: [''], adjustment: [''], stepDueOn: [''] });
  /** Resetting through the form's directive also forgets that it was submitted, so an emptied form marks nothing as missing. */
  private readonly lessonDir = viewChild('lessonDir', { read: FormGroupDirective });
  private readonly dataDir = viewChild('dataDir', { read: FormGroupDirective });

  constructor() {
    queueMicrotask(() => void this.load());
  }

  protected reportUrl(culture: string): string {
    return `${this.rootUrl}${ActionResearchService.GetActionResearchReportPath.replace('{id}', encodeURIComponent(this.id()))}?culture=${culture}`;
  }

  protected stageIndex(s: ActionResearchStage): number {
    return this.stages.indexOf(s);
  }

  protected nextStage(c: ActionResearchCycleDto): ActionResearchStage | null {
    return this.stages[this.stageIndex(c.stage) + 1] ?? null;
  }

  private async load(): Promise<void> {
    try {
      const p = await firstValueFrom(this.api.getActionResearchProject({ id: this.id() }, handlesErrors()));
      this.show(p);
    } catch (e) {
      this.fail(e);
    } finally {
      this.loading.set(false);
    }
  }

  protected show(p: ActionResearchProjectDto): void {
    this.project.set(p);
    const open = p.cycles.find((c) => c.status === 'Open');
    this.lessons.set(open ? [...open.lessons] : []);
    this.cycleForm.setValue({ analysis: open?.analysis ?? '', adjustment: open?.adjustment ?? '', stepDueOn: open?.stepDueOn ?? '' });
    const dataIds = open?.data.map((d) => d.id) ?? [];
    if (dataIds.length && p.abilities.canEdit)
      forkJoin(dataIds.map((id) => this.attachments.list(DATA_OWNER, id).pipe(catchError(() => of([] as AttachmentDto[]))))).subscribe((lists) =>
        this.files.set(Object.fromEntries(dataIds.map((id, i) => [id, lists[i]]))),
      );
  }

  private fail(e: unknown): void {
    this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
  }

  private async run(action: () => Promise<ActionResearchProjectDto | void>, message?: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      const result = await action();
      if (result) this.show(result);
      else await this.load();
      if (message) this.notify.success(this.l.t(message));
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy.set(false);
    }
  }

  protected addLesson(): void {
    if (this.lessonForm.invalid) {
      this.lessonForm.markAllAsTouched();
      return;
    }
    const v = this.lessonForm.getRawValue();
    this.lessons.update((l) => [...l, { date: v.date, className: v.className.trim(), topic: v.topic.trim() || null, note: null }]);
    const dir = this.lessonDir();
    if (dir) dir.resetForm();
    else this.lessonForm.reset();
  }

  protected removeLesson(index: number): void {
    this.lessons.update((l) => l.filter((_, i) => i !== index));
  }

  private cycleBody(c: ActionResearchCycleDto) {
    const v = this.cycleForm.getRawValue();
    return {
      lessons: this.lessons().map((l) => ({ date: l.date, className: l.className, topic: l.topic, note: l.note })),
      analysis: v.analysis.trim() || null, adjustment: v.adjustment.trim() || null, stepDueOn: v.stepDueOn || null, concurrencyStamp: c.concurrencyStamp,
    };
  }

  protected saveCycle(c: ActionResearchCycleDto): Promise<void> {
    return this.run(async () => {
      await firstValueFrom(this.api.updateActionResearchCycle({ id: this.id(), cycleId: c.id, body: this.cycleBody(c) }, handlesErrors()));
    }, 'UI:ActionResearch.Saved');
  }

  /** Saves what is typed, then moves to the next step (the server refuses an incomplete step with its reason). */
  protected advance(c: ActionResearchCycleDto, stage: ActionResearchStage): Promise<void> {
    return this.run(async () => {
      const saved = await firstValueFrom(this.api.updateActionResearchCycle({ id: this.id(), cycleId: c.id, body: this.cycleBody(c) }, handlesErrors()));
      await firstValueFrom(this.api.advanceActionResearchCycle({ id: this.id(), cycleId: saved.id, body: { stage } }, handlesErrors()));
    });
  }

  protected finish(c: ActionResearchCycleDto): Promise<void> {
    return this.run(async () => {
      await firstValueFrom(this.api.updateActionResearchCycle({ id: this.id(), cycleId: c.id, body: this.cycleBody(c) }, handlesErrors()));
      return await firstValueFrom(this.api.finishActionResearchCycle({ id: this.id(), cycleId: c.id, body: { solved: this.solved() } }, handlesErrors()));
    }, 'UI:ActionResearch.CycleFinished');
  }

  protected addData(c: ActionResearchCycleDto): Promise<void> {
    if (this.dataForm.invalid) {
      this.dataForm.markAllAsTouched();
      return Promise.resolve();
    }
    const v = this.dataForm.getRawValue();
    const typed = v.kind === 'PrePostResults' && v.indicator.trim()
      ? [{ className: null, indicator: v.indicator.trim(), before: v.before === null ? null : Number(v.before), after: v.after === null ? null : Number(v.after) }]
      : [];
    const results = v.kind === 'PrePostResults' ? [...this.importedResults(), ...typed] : [];
    const editing = this.editingData();
    return this.run(async () => {
      const body = { kind: v.kind, title: v.title.trim(), summary: v.summary.trim() || null, results };
      if (editing) {
        await firstValueFrom(this.api.updateActionResearchData({
          id: this.id(), cycleId: c.id, dataId: editing.id, body: { ...body, collectedOn: editing.collectedOn, concurrencyStamp: editing.concurrencyStamp },
        }, handlesErrors()));
      } else {
        await firstValueFrom(this.api.addActionResearchData({ id: this.id(), cycleId: c.id, body }, handlesErrors()));
      }
      this.editingData.set(null);
      this.resetDataForm(v.kind);
      this.importedResults.set([]);
    }, editing ? 'UI:ActionResearch.DataSaved' : undefined);
  }

  /** Loads a data item into the data form; its result rows come back as rows the teacher may remove before saving. */
  protected editData(d: ActionResearchDataItemDto): void {
    this.editingData.set(d);
    this.dataForm.reset({ kind: d.kind, title: d.title, summary: d.summary ?? '', indicator: '', before: null, after: null });
    this.importedResults.set(d.results.map((r) => ({
      className: r.className ?? null, indicator: r.indicator, before: r.before === null ? null : Number(r.before), after: r.after === null ? null : Number(r.after),
    })));
  }

  protected cancelDataEdit(): void {
    this.editingData.set(null);
    this.resetDataForm(this.dataForm.controls.kind.value);
    this.importedResults.set([]);
  }

  /** An empty data form keeping the kind last chosen. */
  private resetDataForm(kind: ActionResearchDataKind): void {
    const dir = this.dataDir();
    if (dir) dir.resetForm({ kind });
    else this.dataForm.reset({ kind });
  }

  protected async deleteData(c: ActionResearchCycleDto, d: ActionResearchDataItemDto): Promise<void> {
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:ActionResearch.DeleteDataTitle'), message: this.l.t('UI:ActionResearch.DeleteDataConfirm', d.title), confirm: this.l.t('UI:Delete'), danger: true,
    });
    if (!ok) return;
    if (this.editingData()?.id === d.id) this.cancelDataEdit();
    await this.run(async () => {
      await firstValueFrom(this.api.deleteActionResearchData({ id: this.id(), cycleId: c.id, dataId: d.id }, handlesErrors()));
    }, 'UI:ActionResearch.DataDeleted');
  }

  /** Rows from a file (class, indicator, before, after), added to the data item when it is saved; a row without an indicator is left out. */
  protected resultsImported(rows: LearnerResultRow[]): void {
    const number = (x: number | string | null | undefined) => (x === null || x === undefined || `${x}`.trim() === '' ? null : Number(x));
    this.importedResults.update((all) => [...all, ...rows
      .filter((r) => (r.indicator ?? '').trim())
      .map((r) => ({ className: r.className?.trim() || null, indicator: r.indicator!.trim(), before: number(r.before), after: number(r.after) }))]);
  }

  protected removeImported(i: number): void {
    this.importedResults.update((all) => all.filter((_, j) => j !== i));
  }

  protected filesOf(dataId: string): AttachmentDto[] {
    return this.files()[dataId] ?? [];
  }

  protected fileAdded(dataId: string, file: AttachmentDto): void {
    this.files.update((f) => ({ ...f, [dataId]: [...(f[dataId] ?? []), file] }));
  }

  protected fileRemoved(dataId: string, file: AttachmentDto): void {
    this.files.update((f) => ({ ...f, [dataId]: (f[dataId] ?? []).filter((x) => x.id !== file.id) }));
  }

  /** The caller's consent to publish and, with it, to share with all schools (kept as it was unless given). */
  protected consent(value: boolean, share = value && this.myShareConsent()): Promise<void> {
    return this.run(() => firstValueFrom(this.api.setActionResearchConsent({ id: this.id(), body: { consent: value, shareWithAllSchools: value && share } }, handlesErrors())));
  }

  protected publish(): Promise<void> {
    return this.run(() => firstValueFrom(this.api.publishActionResearchProject({ id: this.id(), body: { shareWithAllSchools: this.share() } }, handlesErrors())),
      'UI:ActionResearch.PublishedDone');
  }

  protected unpublish(): Promise<void> {
    return this.run(() => firstValueFrom(this.api.unpublishActionResearchProject({ id: this.id() }, handlesErrors())), 'UI:ActionResearch.UnpublishedDone');
  }

  protected close(): Promise<void> {
    return this.run(() => firstValueFrom(this.api.closeActionResearchProject({ id: this.id(), body: {} }, handlesErrors())));
  }
}
