import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { MyWorkCountsDto, MyWorkItemDto } from '../api/models';
import { MyWorkService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { MyWorkItem } from './my-work-item';
import { MyWorkSummaryStore } from './my-work-summary';

/** How many items the home page shows (the most urgent first, as the server orders them). */
const TOP = 5;

/** First card of every school home page: how many things wait for me (overdue, due soon, all) and the most urgent of them. */
@Component({
  selector: 'app-my-work-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, RouterLink, TPipe, MyWorkItem],
  template: `
    <mat-card appearance="outlined" class="widget" data-testid="my-work-widget">
      <mat-card-header>
        <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">checklist</mat-icon>
        <mat-card-title><h2 class="widget__title">{{ 'Menu:MyWork' | t }}</h2></mat-card-title>
        <mat-card-subtitle>{{ 'UI:MyWork.WidgetSubtitle' | t }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
        }
        @if (failed()) {
          <p class="widget__note" role="alert">{{ 'UI:MyWork.Unavailable' | t }}</p>
        } @else if (counts(); as c) {
          <ul class="figures mw-figures">
            <li>
              <a class="figure figure--link" [class.figure--alert]="c.overdue" routerLink="/my-work" [queryParams]="{ state: 'Overdue' }" data-testid="my-work-overdue">
                <span class="figure__label">{{ 'Enum:MyWorkState.Overdue' | t }}</span><span class="figure__value">{{ c.overdue }}</span>
              </a>
            </li>
            <li>
              <a class="figure figure--link" [class.figure--warn]="c.dueSoon" routerLink="/my-work" [queryParams]="{ state: 'DueSoon' }" data-testid="my-work-due-soon">
                <span class="figure__label">{{ 'Enum:MyWorkState.DueSoon' | t }}</span><span class="figure__value">{{ c.dueSoon }}</span>
              </a>
            </li>
            <li>
              <a class="figure figure--link" routerLink="/my-work" data-testid="my-work-total">
                <span class="figure__label">{{ 'UI:MyWork.Total' | t }}</span><span class="figure__value">{{ c.total }}</span>
              </a>
            </li>
          </ul>
          @if (items().length) {
            <div class="mw-top" role="list">
              @for (i of items(); track i.kind + i.recordId + (i.waitingOnStaffMemberId ?? '')) {
                <app-my-work-item role="listitem" [item]="i" data-testid="my-work-widget-item" [attr.data-kind]="i.kind" />
              }
            </div>
          } @else if (!loading()) {
            <p class="all-done" data-testid="my-work-widget-empty">
              <mat-icon aria-hidden="true">task_alt</mat-icon><span>{{ 'UI:MyWork.WidgetEmpty' | t }}</span>
            </p>
          }
        }
      </mat-card-content>
      <mat-card-actions>
        <a mat-button routerLink="/my-work" data-testid="my-work-open">
          {{ (total() > items().length ? 'UI:MyWork.OpenAll' : 'UI:MyWork.Open') | t: total() }}
        </a>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .mw-figures { grid-template-columns: repeat(3, minmax(0, 1fr)); list-style: none; padding: 0; }
    .figure--link { color: inherit; text-decoration: none; display: flex; flex-direction: column; height: 100%; box-sizing: border-box; }
    .figure__label { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); overflow-wrap: anywhere; hyphens: auto; }
    .figure__value { margin-top: 4px; font: var(--mat-sys-headline-small); font-weight: 500; }
    .figure--link:hover, .figure--link:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: -2px; }
    .figure--alert { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .figure--alert .figure__label { color: inherit; }
    .figure--warn { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .figure--warn .figure__label { color: inherit; }
    .mw-top { margin-top: 8px; }
    .all-done { display: flex; align-items: center; gap: 8px; margin: 16px 0 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .all-done mat-icon { color: var(--mat-sys-primary); flex: none; }
  `,
})
export class MyWorkWidget {
  private readonly api = inject(MyWorkService);
  private readonly summaries = inject(MyWorkSummaryStore);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);

  protected readonly counts = signal<MyWorkCountsDto | null>(null);
  protected readonly items = signal<MyWorkItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      const culture = this.config.culture() ?? this.l.culture();
      untracked(() => void this.load(culture));
    });
  }

  private async load(culture: string): Promise<void> {
    this.loading.set(true);
    try {
      const [summary, list] = await Promise.all([
        firstValueFrom(this.summaries.get(culture)),
        firstValueFrom(this.api.getMyWork({ skipCount: 0, maxResultCount: TOP }, handlesErrors())),
      ]);
      this.counts.set(summary.mine);
      this.items.set(list.items ?? []);
      this.total.set(Number(list.totalCount));
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}
