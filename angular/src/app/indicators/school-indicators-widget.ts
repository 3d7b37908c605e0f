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
            <div class="figure">
              <dt id="ind-active">{{ 'UI:Indicators.ActiveCycles' | t }}</dt>
              <dd><a class="figure__link" routerLink="/growth-cycles" [queryParams]="{ status: 'Active', kind: 'Teacher', year: d.academicYear }" aria-describedby="ind-active" data-testid="indicator-active-cycles">{{ d.cycles.teachersWithActiveCycle }} {{ share(d.cycles.activeCycleShare) }}</a></dd>
            </div>
            <div class="figure">
              <dt id="ind-self">{{ 'UI:Indicators.SelfAssessed' | t }}</dt>
              <dd><a class="figure__link" routerLink="/growth-cycles" [queryParams]="{ kind: 'Teacher', year: d.academicYear }" aria-describedby="ind-self" data-testid="indicator-self-assessed">{{ d.cycles.selfAssessedTeachers }} {{ share(d.cycles.selfAssessedShare) }}</a></dd>
            </div>
            <div class="figure">
              <dt id="ind-plans">{{ 'UI:Indicators.AgreedPlans' | t }}</dt>
              <dd><a class="figure__link" routerLink="/development-plans" [queryParams]="{ year: d.academicYear }" aria-describedby="ind-plans" data-testid="indicator-agreed-plans">{{ d.plans.withAgreedPlan }} {{ share(d.plans.withAgreedPlanShare) }}</a></dd>
            </div>
            <div class="figure">
              <dt id="ind-lessons">{{ 'UI:Indicators.ObjectivesMatched' | t }}</dt>
              <dd><a class="figure__link" routerLink="/lesson-observations" [queryParams]="yearDays(d.academicYear)" aria-describedby="ind-lessons" data-testid="indicator-lessons">{{ d.observations.matched }}/{{ d.observations.assessed }} {{ share(d.observations.matchedShare) }}</a></dd>
            </div>
            <div class="figure">
              <dt id="ind-completed">{{ 'UI:Indicators.CompletedCycles' | t }}</dt>
              <dd><a class="figure__link" routerLink="/growth-cycles" [queryParams]="{ status: 'Completed', kind: 'Teacher', year: d.academicYear }" aria-describedby="ind-completed" data-testid="indicator-completed-cycles">{{ d.cycles.completedCycles }}</a></dd>
            </div>
            <div class="figure">
              <dt id="ind-dynamics">{{ 'UI:Indicators.PositiveDynamics' | t }}</dt>
              <dd><a class="figure__link" routerLink="/indicators" aria-describedby="ind-dynamics" data-testid="indicator-dynamics">{{ d.cycles.cyclesWithPositiveDynamics }}/{{ d.cycles.cyclesWithLearnerResults }}</a></dd>
            </div>
          </dl>
          @if (d.cycles.activeByStage.length) {
            <h3 class="subhead">{{ 'UI:Indicators.ByStage' | t }}</h3>
            <ul class="plain">
              @for (s of d.cycles.activeByStage; track s.stage) {
                <li><a routerLink="/growth-cycles" [queryParams]="{ status: 'Active', stage: s.stage, kind: 'Teacher', year: d.academicYear }">{{ s.stage | enumText: 'GrowthCycleStage' }}: {{ s.count }}</a></li>
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

  /** The academic year's first and last day, as the lesson observation list's filter (the indicator counts those lessons). */
  protected yearDays(year: number | string): { from: string; to: string } {
    const y = Number(year);
    return { from: `${y}-09-01`, to: `${y + 1}-08-31` };
  }

  protected share(value: number | string | null): string {
    return value === null || value === undefined ? '' : `(${value}%)`;
  }
}
