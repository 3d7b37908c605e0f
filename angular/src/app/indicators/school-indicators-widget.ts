import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import { SchoolIndicatorsDto } from '../api/models';
import { SchoolIndicatorsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';

/** Director / deputy: the growth-cycle indicators of the current academic year (seed 004 appendix), counted by the server. */
@Component({
  selector: 'app-school-indicators-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule, RouterLink, TPipe, EnumTextPipe],
  template: `
    <mat-card appearance="outlined" class="widget" data-testid="school-indicators">
      <mat-card-header>
        <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">insights</mat-icon>
        <mat-card-title><h2 class="widget__title">{{ 'UI:Indicators.Title' | t }}</h2></mat-card-title>
        @if (data(); as d) {
          <mat-card-subtitle>{{ d.academicYearLabel }} · {{ 'UI:Indicators.OfTeachers' | t: { teachers: d.teacherCount ?? d.staffCount } }}</mat-card-subtitle>
        }
      </mat-card-header>
      <mat-card-content>
        @if (data(); as d) {
          <dl class="figures">
            <div class="figure"><dt>{{ 'UI:Indicators.ActiveCycles' | t }}</dt><dd data-testid="indicator-active-cycles">{{ d.cycles.teachersWithActiveCycle }} {{ share(d.cycles.activeCycleShare) }}</dd></div>
            <div class="figure"><dt>{{ 'UI:Indicators.SelfAssessed' | t }}</dt><dd>{{ d.cycles.selfAssessedTeachers }} {{ share(d.cycles.selfAssessedShare) }}</dd></div>
            <div class="figure"><dt>{{ 'UI:Indicators.AgreedPlans' | t }}</dt><dd>{{ d.plans.withAgreedPlan }} {{ share(d.plans.withAgreedPlanShare) }}</dd></div>
            <div class="figure"><dt>{{ 'UI:Indicators.ObjectivesMatched' | t }}</dt><dd>{{ d.observations.matched }}/{{ d.observations.assessed }} {{ share(d.observations.matchedShare) }}</dd></div>
            <div class="figure"><dt>{{ 'UI:Indicators.CompletedCycles' | t }}</dt><dd>{{ d.cycles.completedCycles }}</dd></div>
            <div class="figure"><dt>{{ 'UI:Indicators.PositiveDynamics' | t }}</dt><dd>{{ d.cycles.cyclesWithPositiveDynamics }}/{{ d.cycles.cyclesWithLearnerResults }}</dd></div>
          </dl>
          @if (d.cycles.activeByStage.length) {
            <h3 class="subhead">{{ 'UI:Indicators.ByStage' | t }}</h3>
            <ul class="plain">
              @for (s of d.cycles.activeByStage; track s.stage) {
                <li>{{ s.stage | enumText: 'GrowthCycleStage' }}: {{ s.count }}</li>
              }
            </ul>
          }
          @if (d.cycles.typicalDifficulties.length) {
            <h3 class="subhead">{{ 'UI:Indicators.TypicalDifficulties' | t }}</h3>
            <ul class="plain">
              @for (z of d.cycles.typicalDifficulties; track z.growthZone) {
                <li>{{ z.growthZone }} ({{ z.count }})</li>
              }
            </ul>
          }
          <p><a routerLink="/indicators" data-testid="indicators-all">{{ 'UI:Indicators.AllIndicators' | t }}</a></p>
        } @else if (failed()) {
          <p class="widget__note">{{ 'UI:Indicators.Unavailable' | t }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .subhead { font: var(--mat-sys-title-small); margin: 16px 0 4px; }
    .plain { margin: 0; padding-left: 18px; font: var(--mat-sys-body-medium); }
  `,
})
export class SchoolIndicatorsWidget {
  protected readonly data = signal<SchoolIndicatorsDto | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    inject(SchoolIndicatorsService).getSchoolIndicators(undefined, handlesErrors()).subscribe({
      next: (d) => this.data.set(d),
      error: () => this.failed.set(true),
    });
  }

  protected share(value: number | string | null): string {
    return value === null || value === undefined ? '' : `(${value}%)`;
  }
}
