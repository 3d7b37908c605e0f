import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { MentoringData } from './mentoring-data';
import { SchoolTimePipe } from './school-zone';

/** The mentor's home card: my mentees and what each one waits for, the next meetings, the overdue ones. */
@Component({
  selector: 'app-mentor-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MentoringData],
  imports: [SchoolTimePipe, MatButtonModule, MatCardModule, MatIconModule, RouterLink, TPipe, EnumTextPipe, KDatePipe],
  template: `
    <mat-card appearance="outlined" class="widget" data-testid="mentor-widget">
      <mat-card-header>
        <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">handshake</mat-icon>
        <mat-card-title><h2 class="widget__title">{{ 'UI:Home.Mentees' | t }}</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (!data.loading() && !data.mentees().length) {
          <p class="widget__note" data-testid="mentor-widget-empty">{{ 'UI:Mentoring.WidgetNoMentees' | t }}</p>
        }
        <ul class="rows">
          @for (r of data.mentees(); track r.pair.id) {
            <li data-testid="mentor-widget-mentee">
              <strong>{{ r.pair.menteeName }}</strong>
              <span class="cell-secondary">
                @if (r.cycleStage) { {{ r.cycleStage | enumText: 'GrowthCycleStage' }} · }
                @if (r.planStatus) { {{ 'UI:Mentoring.PlanShort' | t }}: {{ r.planStatus | enumText: 'DevelopmentPlanStatus' }} · }
                {{ 'UI:Mentoring.LastMeeting' | t }}: @if (r.pair.lastMeetingAt) { {{ r.pair.lastMeetingAt | kDate }} } @else { — }
                · {{ 'UI:Mentoring.LastCard' | t }}: @if (r.lastCard) { {{ r.lastCard.weekStart | kDate }} } @else { — }
              </span>
              @if (r.questions.length) { <span class="waits">{{ 'UI:Mentoring.QuestionsWaiting' | t: r.questions.length }}</span> }
            </li>
          }
        </ul>
        @if (data.upcoming().length) {
          <h3 class="sub">{{ 'UI:Mentoring.NextMeetings' | t }}</h3>
          <ul class="rows">
            @for (m of data.upcoming().slice(0, 3); track m.id) {
              <li><a [routerLink]="['/mentoring/meetings', m.id]">{{ m.startsAt | schoolTime }} · {{ m.menteeName }}</a></li>
            }
          </ul>
        }
        @if (data.overdue().length) {
          <p class="waits" data-testid="mentor-widget-overdue">{{ 'UI:Mentoring.OverdueCount' | t: data.overdue().length }}</p>
        }
      </mat-card-content>
      <mat-card-actions>
        <a mat-button routerLink="/mentoring" data-testid="mentor-widget-open">{{ 'UI:Mentoring.OpenMentoring' | t }}</a>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .rows { list-style: none; margin: 0; padding: 0; }
    .rows li { display: flex; flex-direction: column; padding: 6px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); overflow-wrap: anywhere; }
    .sub { font: var(--mat-sys-title-small); margin: 12px 0 4px; }
    .waits { color: var(--mat-sys-error); font: var(--mat-sys-body-small); }
  `,
})
export class MentorWidget {
  protected readonly data = inject(MentoringData);

  constructor() {
    void this.data.load({ details: false });
  }
}
