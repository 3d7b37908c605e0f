import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { MentoringData } from './mentoring-data';
import { SchoolTimePipe } from './school-zone';

/**
 * The mentee's home card: my mentor (tutor, curator), the next meeting, my open next steps, the weekly card. Renders nothing
 * for a teacher without a pair and without an open year-end campaign.
 */
@Component({
  selector: 'app-my-mentor-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MentoringData],
  imports: [SchoolTimePipe, MatButtonModule, MatCardModule, MatIconModule, RouterLink, TPipe, EnumTextPipe, KDatePipe],
  template: `
    @if (data.isMentee() || data.openCampaign()) {
      <mat-card appearance="outlined" class="widget" data-testid="my-mentor-widget">
        <mat-card-header>
          <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">diversity_1</mat-icon>
          <mat-card-title><h2 class="widget__title">{{ 'UI:Mentoring.MyMentor' | t }}</h2></mat-card-title>
        </mat-card-header>
        <mat-card-content>
          <ul class="rows">
            @for (p of data.myPairs(); track p.id) {
              <li data-testid="my-mentor-name"><strong>{{ p.mentorName }}</strong> <span class="cell-secondary">{{ p.kind | enumText: 'MentoringPairKind' }}</span></li>
            }
          </ul>
          @if (data.myNextMeeting(); as m) {
            <p>{{ 'UI:Mentoring.NextMeeting' | t }}: <a [routerLink]="['/mentoring/meetings', m.id]" data-testid="my-mentor-next">{{ m.startsAt | schoolTime }}</a></p>
          } @else if (data.isMentee()) {
            <p class="widget__note">{{ 'UI:Mentoring.NoUpcoming' | t }}</p>
          }
          @if (myOwnSteps().length) {
            <h3 class="sub">{{ 'UI:Mentoring.MyOpenSteps' | t }}</h3>
            <ul class="rows">
              @for (s of myOwnSteps(); track s.id) {
                <li><a [routerLink]="['/mentoring/meetings', s.meetingId]">{{ s.text }}</a>@if (s.dueOn) { <span class="cell-secondary">{{ s.dueOn | kDate }}</span> }</li>
              }
            </ul>
          }
          @if (data.openCampaign(); as c) {
            @if (!c.hasMyCard) {
              <p class="waits">{{ 'UI:Mentoring.YearEndOpen' | t: (c.deadline | kDate) }}</p>
            }
          }
        </mat-card-content>
        <mat-card-actions>
          @if (data.canPlans()) {
            <a mat-button routerLink="/mentoring/cards/new" data-testid="my-mentor-card">{{ 'UI:Mentoring.FillWeeklyCard' | t }}</a>
          }
          <a mat-button routerLink="/mentoring" data-testid="my-mentor-open">{{ 'UI:Mentoring.OpenMentoring' | t }}</a>
        </mat-card-actions>
      </mat-card>
    }
  `,
  styles: `
    .rows { list-style: none; margin: 0; padding: 0; }
    .rows li { display: flex; flex-direction: column; padding: 6px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); overflow-wrap: anywhere; }
    .sub { font: var(--mat-sys-title-small); margin: 12px 0 4px; }
    .waits { color: var(--mat-sys-error); font: var(--mat-sys-body-medium); }
  `,
})
export class MyMentorWidget {
  protected readonly data = inject(MentoringData);
  /** The steps the mentee carries out herself, the first few. */
  protected readonly myOwnSteps = computed(() => this.data.mySteps().filter((s) => s.isMine && s.owner === 'Mentee').slice(0, 4));

  constructor() {
    void this.data.load({ details: false });
  }
}
