import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { RouterLink } from '@angular/router';
import { SchoolScale } from './school-scale';

import { GrowthArtefactDto, GrowthCompetenceDto } from '../api/models';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { RadarChart, RadarSeries } from '../shared/radar-chart';
import { partsOf, questionCount } from './artefact-form';
import { questionKey } from './cycle-utils';

/** An artefact as read: the parts of its kind that hold something; the coaching wheel drawn against the previous one. */
@Component({
  selector: 'app-artefact-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TPipe, EnumTextPipe, KDatePipe, RadarChart],
  template: `
    @let a = artefact();
    @let c = a.content;
    <dl class="facts">
      @if (c.date) { <div><dt>{{ 'UI:Growth.Field.Date' | t }}</dt><dd>{{ c.date | kDate }}</dd></div> }
      @if (c.reportPeriod) { <div><dt>{{ 'UI:Growth.Field.ReportPeriod' | t }}</dt><dd>{{ c.reportPeriod | enumText: 'GrowthReportPeriod' }}</dd></div> }
      @if (c.evidenceType) { <div><dt>{{ 'UI:Growth.Field.EvidenceType' | t }}</dt><dd>{{ c.evidenceType | enumText: 'GrowthEvidenceType' }}</dd></div> }
      @if (c.className) { <div><dt>{{ 'UI:Growth.Field.ClassName' | t }}</dt><dd>{{ c.className }}</dd></div> }
      @if (c.subject) { <div><dt>{{ 'UI:Growth.Field.Subject' | t }}</dt><dd>{{ c.subject }}</dd></div> }
      @if (c.title) { <div class="wide"><dt>{{ 'UI:Growth.Field.Title.' + a.kind | t }}</dt><dd>{{ c.title }}</dd></div> }
      @if (c.participants) { <div class="wide"><dt>{{ 'UI:Growth.Field.Participants' | t }}</dt><dd>{{ c.participants }}</dd></div> }
      @if (c.learningObjectives) { <div class="wide"><dt>{{ 'UI:Growth.Field.LearningObjectives' | t }}</dt><dd>{{ c.learningObjectives }}</dd></div> }
      @if (c.observationSummary) { <div class="wide"><dt>{{ 'UI:Growth.Field.ObservationSummary' | t }}</dt><dd>{{ c.observationSummary }}</dd></div> }
      @if (c.timeAllocation) { <div class="wide"><dt>{{ 'UI:Growth.Field.TimeAllocation' | t }}</dt><dd>{{ c.timeAllocation }}</dd></div> }
      @if (c.mentorAllocation) { <div class="wide"><dt>{{ 'UI:Growth.Field.MentorAllocation' | t }}</dt><dd>{{ c.mentorAllocation }}</dd></div> }
      @if (c.trainingAllocation) { <div class="wide"><dt>{{ 'UI:Growth.Field.TrainingAllocation' | t }}</dt><dd>{{ c.trainingAllocation }}</dd></div> }
      @if (c.text) { <div class="wide"><dt>{{ 'UI:Growth.Field.Text.' + a.kind | t }}</dt><dd>{{ c.text }}</dd></div> }
    </dl>

    @if (a.linkedObservations.length) {
      <h4 class="part-title">{{ 'UI:Growth.Part.Observations' | t }}</h4>
      <ul class="plain-list" data-testid="view-observations">
        @for (o of a.linkedObservations; track o.id) {
          <li><a [routerLink]="['/lesson-observations', o.id]">{{ o.lessonDate | kDate }} · {{ o.subject }}, {{ o.className }}</a>
            <span class="cell-secondary">{{ o.observerName }} · {{ o.purpose | enumText: 'ObservationPurpose' }} ·
              {{ 'UI:Growth.ObjectivesMatched' | t }}: {{ o.objectivesMatched | enumText: 'ObjectivesMatch' }}</span></li>
        }
      </ul>
    }
    @if (c.competences?.length) {
      <h4 class="part-title">{{ 'UI:Growth.Part.Competences' | t }}</h4>
      <ul class="plain-list" data-testid="view-competences">
        @for (e of c.competences; track e.code) {
          <li><strong>{{ e.code }}</strong> {{ competenceName(e.code) }} — {{ 'UI:Growth.LevelValue' | t: e.level }}@if (scale.label(e.level); as lbl) { ({{ lbl }})}@if (e.comment) { · {{ e.comment }}}</li>
        }
      </ul>
    }
    @if (c.learnerResults?.length) {
      <h4 class="part-title">{{ 'UI:Growth.Part.LearnerResults' | t }}</h4>
      <div class="table-wrap">
        <table class="simple-table" data-testid="view-learner-results">
          <thead><tr>
            <th>{{ 'UI:Growth.Field.ClassName' | t }}</th><th>{{ 'UI:Growth.Field.Subject' | t }}</th><th>{{ 'UI:Growth.Field.Indicator' | t }}</th>
            <th>{{ 'UI:Growth.Field.Before' | t }}</th><th>{{ 'UI:Growth.Field.After' | t }}</th><th>{{ 'UI:Growth.Dynamics' | t }}</th>
          </tr></thead>
          <tbody>
            @for (r of c.learnerResults; track $index) {
              <tr><td>{{ r.className }}</td><td>{{ r.subject }}</td><td>{{ r.indicator }}</td><td>{{ r.before }}</td><td>{{ r.after }}</td>
                <td [class.positive]="gain(r) > 0" [class.negative]="gain(r) < 0">{{ deltaText(r.before, r.after) }}@if (r.lowerIsBetter) { <span class="cell-secondary"> ({{ 'UI:Growth.Field.LowerIsBetter' | t }})</span> }</td></tr>
            }
          </tbody>
        </table>
      </div>
    }
    @if (c.feedback?.length) {
      <h4 class="part-title">{{ 'UI:Growth.Part.Feedback' | t }}</h4>
      <ul class="plain-list">
        @for (f of c.feedback; track $index) {
          <li><strong>{{ f.source | enumText: 'GrowthFeedbackSource' }}:</strong> {{ f.summary }}</li>
        }
      </ul>
    }
    @if (c.growthZones?.length) {
      <h4 class="part-title">{{ 'UI:Growth.Part.GrowthZones' | t }}</h4>
      <ol class="numbered">@for (z of c.growthZones; track $index) { <li>{{ z }}</li> }</ol>
    }
    @if (c.coaching; as k) {
      @if (k.contextAnswers?.length) {
        <h4 class="part-title">{{ 'UI:Growth.Coaching.Step1' | t }}</h4>
        <dl class="qa">@for (x of k.contextAnswers; track $index) { @if (x) { <dt>{{ 'UI:Growth.Coaching.Context.' + ($index + 1) | t }}</dt><dd>{{ x }}</dd> } }</dl>
      }
      <h4 class="part-title">{{ 'UI:Growth.Coaching.Step2' | t }}</h4>
      <div class="wheel-view" data-testid="view-wheel">
        <app-radar-chart [labels]="wheelLabels()" [series]="wheelSeries()" [caption]="'UI:Growth.WheelCaption' | t" />
      </div>
      <h4 class="part-title">{{ 'UI:Growth.Coaching.Step3' | t }}</h4>
      @if (k.satisfaction !== null && k.satisfaction !== undefined) {
        <dl class="qa"><dt>{{ 'UI:Growth.Coaching.Satisfaction' | t }}</dt><dd data-testid="view-satisfaction"><strong>{{ k.satisfaction }}</strong> / 10</dd></dl>
      }
      <dl class="qa">@for (x of k.scalingAnswers; track $index) { @if (x) { <dt>{{ 'UI:Growth.Coaching.Scaling.' + ($index + 1) | t }}</dt><dd>{{ x }}</dd> } }</dl>
      @if (k.coachingAnswers?.length) {
        <h4 class="part-title">{{ 'UI:Growth.Coaching.Step4' | t }}</h4>
        <dl class="qa">@for (x of k.coachingAnswers; track $index) { @if (x) { <dt>{{ 'UI:Growth.Coaching.Question.' + ($index + 1) | t }}</dt><dd>{{ x }}</dd> } }</dl>
      }
      <h4 class="part-title">{{ 'UI:Growth.Coaching.Step5' | t }}</h4>
      <ol class="numbered" data-testid="view-growth-points">@for (p of k.growthPoints; track $index) { <li>{{ p }}</li> }</ol>
    }
    @if (c.answers?.length && questions() > 0) {
      <dl class="qa" data-testid="view-answers">
        @for (x of c.answers; track x.number) {
          <dt>{{ x.number }}. {{ questionKey(a.kind, x.number) | t }}</dt><dd>{{ x.answer }}</dd>
        }
      </dl>
    }
    @if (c.goals?.length) {
      <h4 class="part-title">{{ 'UI:Growth.Part.Goals' | t }}</h4>
      <ul class="plain-list" data-testid="view-goals">
        @for (g of c.goals; track g.id) {
          <li>
            <strong>{{ g.title }}</strong>
            <span class="cell-secondary">{{ g.indicator }}@if (g.targetValue) { → {{ g.targetValue }}}@if (g.deadline) { · {{ 'UI:Growth.Until' | t: (g.deadline | kDate) }}}@if (g.achieved) { · {{ 'UI:Growth.Field.Achieved' | t }}}</span>
          </li>
        }
      </ul>
    }
    @if (c.methods?.length) {
      <h4 class="part-title">{{ 'UI:Growth.Part.Methods' | t }}</h4>
      <ul class="plain-list">@for (m of c.methods; track $index) { <li>{{ m }}</li> }</ul>
    }
    @if (!hasAnything()) {
      <p class="cell-secondary">{{ 'UI:Growth.ArtefactEmpty' | t }}</p>
    }
  `,
  styles: `
    :host { display: block; min-width: 0; overflow-wrap: anywhere; }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 8px 16px; margin: 0 0 8px; }
    .facts .wide { grid-column: 1 / -1; }
    .facts dt, .qa dt { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .facts dd, .qa dd { margin: 2px 0 0; white-space: pre-line; }
    .qa dd { margin-bottom: 8px; }
    .part-title { font: var(--mat-sys-title-small); margin: 12px 0 4px; }
    .plain-list { list-style: none; padding: 0; margin: 0; }
    .plain-list li { padding: 4px 0; }
    .numbered { margin: 0; padding-left: 20px; }
    .simple-table { border-collapse: collapse; width: 100%; }
    .simple-table th, .simple-table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); font: var(--mat-sys-body-medium); }
    .positive { color: #1e6b34; font-weight: 500; }
    .negative { color: var(--mat-sys-error); font-weight: 500; }
    .wheel-view { max-width: 520px; }
  `,
})
export class ArtefactView {
  readonly artefact = input.required<GrowthArtefactDto>();
  readonly competences = input<GrowthCompetenceDto[]>([]);
  private readonly l = inject(LocalizationService);
  protected readonly scale = inject(SchoolScale);

  constructor() {
    this.scale.load();
  }

  protected readonly questionKey = (kind: GrowthArtefactDto['kind'], n: number | string | undefined) => questionKey(kind, Number(n));
  protected readonly questions = computed(() => questionCount(this.artefact().kind));
  protected readonly wheelLabels = computed(() => (this.artefact().content.coaching?.wheel ?? []).map((s) => s.name ?? ''));
  protected readonly wheelSeries = computed<RadarSeries[]>(() => {
    const a = this.artefact();
    const series: RadarSeries[] = [{ label: this.l.t('UI:Growth.WheelNow'), values: (a.content.coaching?.wheel ?? []).map((s) => Number(s.score)) }];
    if (a.previousWheel?.length) series.push({ label: this.l.t('UI:Growth.WheelPrevious'), values: a.previousWheel.map((s) => Number(s.score)) });
    return series;
  });
  protected readonly hasAnything = computed(() => {
    const c = this.artefact().content;
    return partsOf(this.artefact().kind).length === 0 || Object.values(c).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== ''));
  });

  protected competenceName(code: string | null | undefined): string {
    return this.competences().find((c) => c.code === code)?.name ?? '';
  }

  /** The change in the measure's good direction: a fall is progress where lower is better. */
  protected gain(r: { before?: unknown; after?: unknown; lowerIsBetter?: boolean }): number {
    const d = this.delta(r.before, r.after);
    return r.lowerIsBetter ? -d : d;
  }

  protected delta(before: unknown, after: unknown): number {
    return before == null || after == null ? 0 : Number(after) - Number(before);
  }

  protected deltaText(before: unknown, after: unknown): string {
    if (before == null || after == null) return '';
    const d = Math.round(this.delta(before, after) * 100) / 100;
    return d > 0 ? `+${d}` : `${d}`;
  }
}
