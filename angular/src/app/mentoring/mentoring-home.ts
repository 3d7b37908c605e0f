import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { MentoringMeetingListItemDto, MentoringPairDto, MyMentoringStepDto } from '../api/models';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { ConfidenceChart } from './confidence-chart';
import { MentoringData } from './mentoring-data';
import { daysSince, errorText } from './mentoring-utils';
import { MentoringEvidencePanel } from './evidence-panel';
import { LocalizationService } from '../core/i18n/localization.service';
import { NotifyService } from '../core/notify/notify.service';
import { SchoolTimePipe } from './school-zone';

/**
 * `/mentoring`: the caller's own mentoring in full. A mentor: each mentee (cycle stage, plan state, last meeting, last
 * weekly card, questions waiting, confidence over the weeks), the next meetings and the overdue ones. A mentee: the active
 * mentor/tutor/curator, the next meeting, one's open next steps, the weekly card and one's confidence.
 */
@Component({
  selector: 'app-mentoring-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MentoringData],
  imports: [SchoolTimePipe, MentoringEvidencePanel, MatCheckboxModule, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TPipe, EnumTextPipe, KDatePipe, FormBanner, PageHeader, ConfidenceChart],
  templateUrl: './mentoring-home.html',
  styles: `
    .surface { margin-bottom: 16px; }
    .form-panel { max-width: none; }
    .mentees { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr)); gap: 16px; }
    .mentee { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 12px 16px; display: flex; flex-direction: column; gap: 6px; min-width: 0; }
    .mentee h3 { margin: 0; font: var(--mat-sys-title-medium); overflow-wrap: anywhere; }
    .facts { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; font: var(--mat-sys-body-medium); }
    .facts dt { color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0; overflow-wrap: anywhere; }
    .waits { color: var(--mat-sys-error); font: var(--mat-sys-body-medium); margin: 0; }
    .meetings { list-style: none; margin: 0; padding: 0; }
    .meetings li { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 8px 0; }
    .meetings a { display: flex; flex-direction: column; text-decoration: none; color: inherit; min-height: 40px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .step { display: flex; align-items: flex-start; gap: 4px; }
    .step a { flex: 1; min-width: 0; overflow-wrap: anywhere; }
    .consent-hint { display: block; margin-left: 40px; }
  `,
})
export class MentoringHome {
  protected readonly data = inject(MentoringData);
  private readonly config = inject(AppConfigService);
  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.MentoringViewAll));
  protected readonly canPlans = computed(() => this.config.isGranted(Permissions.MentoringPlans));
  protected readonly daysSince = daysSince;
  protected readonly empty = computed(() => !this.data.loading() && !this.data.isMentor() && !this.data.isMentee());

  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly staffId = computed(() => this.config.currentUser()?.staffMemberId ?? null);
  protected readonly busy = signal(false);

  protected async done(step: MyMentoringStepDto): Promise<void> {
    await this.run(() => this.data.markStepDone(step), 'UI:Mentoring.StepDone');
  }

  protected async more(): Promise<void> {
    await this.data.loadMySteps(true);
  }

  protected async consent(pair: MentoringPairDto, consent: boolean): Promise<void> {
    await this.run(() => this.data.setConsent(pair, consent), consent ? 'UI:Mentoring.ConsentGiven' : 'UI:Mentoring.ConsentWithdrawn');
  }

  private async run(action: () => Promise<void>, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await action();
      this.notify.success(this.l.t(done));
    } catch (e) {
      this.notify.error(errorText(e, (k) => this.l.t(k)));
      void this.data.load();
    } finally {
      this.busy.set(false);
    }
  }

  /** The other party of a meeting: the mentee for its mentor, the mentor for its mentee. */
  protected other(m: MentoringMeetingListItemDto): string {
    return m.mentorStaffMemberId === this.staffId() ? m.menteeName : m.mentorName;
  }

  constructor() {
    void this.data.load();
  }
}
