import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { PagedResultDtoOfStaffWithoutRecordDto, SchoolWorkOverviewDto } from '../api/models';
import { MyWorkService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { moduleIcon } from '../notifications/notification-utils';
import { MyWorkSummaryStore } from './my-work-summary';

/** Names shown per "without a record" list before "show all". */
const FIRST = 5;
const ALL = 100;

interface Missing {
  key: 'plan' | 'sheet' | 'cycle';
  title: string;
  icon: string;
  list: PagedResultDtoOfStaffWithoutRecordDto;
}

/**
 * Director's (and deputies') home: the whole school's work grouped by kind with counts, and who has no development plan,
 * no route sheet or no growth cycle this academic year, each name a link.
 */
@Component({
  selector: 'app-school-work-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, RouterLink, TPipe, EnumTextPipe],
  template: `
    <mat-card appearance="outlined" class="widget" data-testid="school-work-widget">
      <mat-card-header>
        <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">domain_verification</mat-icon>
        <mat-card-title><h2 class="widget__title">{{ 'UI:MyWork.SchoolTitle' | t }}</h2></mat-card-title>
        @if (data(); as d) {
          <mat-card-subtitle>{{ 'UI:MyWork.SchoolSubtitle' | t: d.academicYearLabel : d.activeStaff }}</mat-card-subtitle>
        }
      </mat-card-header>
      <mat-card-content>
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
        }
        @if (failed()) {
          <p class="widget__note" role="alert">{{ 'UI:MyWork.Unavailable' | t }}</p>
        } @else if (data(); as d) {
          <div class="columns">
            <section class="column" aria-labelledby="sw-kinds">
              <h3 id="sw-kinds" class="subhead">{{ 'UI:MyWork.ByKind' | t }}</h3>
              @if (d.counts.byKind.length) {
                <ul class="kinds" data-testid="school-work-kinds">
                  @for (k of d.counts.byKind; track k.kind) {
                    <li>
                      <mat-icon aria-hidden="true">{{ icon(k.kind) }}</mat-icon>
                      <a class="kinds__title" routerLink="/my-work" [queryParams]="{ scope: 'school', kind: k.kind }" data-testid="school-work-kind">{{ k.kindTitle }}</a>
                      <span class="kinds__counts">
                        @if (k.overdue) {
                          <span class="chip chip--error">{{ 'UI:MyWork.CountOverdue' | t: k.overdue }}</span>
                        }
                        @if (k.dueSoon) {
                          <span class="chip chip--tertiary">{{ 'UI:MyWork.CountDueSoon' | t: k.dueSoon }}</span>
                        }
                        <span class="chip">{{ k.total }}</span>
                      </span>
                    </li>
                  }
                </ul>
                <a mat-button routerLink="/my-work" [queryParams]="{ scope: 'school' }" data-testid="school-work-open">
                  {{ 'UI:MyWork.OpenSchool' | t: d.counts.total }}
                </a>
              } @else {
                <p class="widget__note" data-testid="school-work-none">{{ 'UI:MyWork.EmptySchool' | t }}</p>
              }
            </section>
            <section class="column" aria-labelledby="sw-missing">
              <h3 id="sw-missing" class="subhead">{{ 'UI:MyWork.WithoutRecords' | t: d.academicYearLabel }}</h3>
              @if (allHaveRecords()) {
                <p class="widget__note" data-testid="school-work-all-have">{{ 'UI:MyWork.EveryoneHasRecords' | t }}</p>
              }
              @for (m of missing(); track m.key) {
                @if (+m.list.totalCount) {
                  <div class="missing" [attr.data-testid]="'without-' + m.key">
                    <h4 class="missing__title">
                      <mat-icon aria-hidden="true">{{ m.icon }}</mat-icon>
                      <span>{{ m.title }}</span>
                      <span class="chip chip--muted" [attr.data-testid]="'without-' + m.key + '-count'">{{ m.list.totalCount }}</span>
                    </h4>
                    <ul class="names">
                      @for (s of m.list.items; track s.staffMemberId) {
                        <li>
                          <a [routerLink]="link(s.linkPath)">{{ s.fullName }}</a>
                          <span class="names__meta">{{ s.position }} · {{ s.category | enumText: 'QualificationCategory' }}</span>
                        </li>
                      }
                    </ul>
                    @if (+m.list.totalCount > m.list.items.length) {
                      <button mat-button type="button" (click)="showAll()" [disabled]="loading()" [attr.data-testid]="'without-' + m.key + '-all'">
                        {{ 'UI:MyWork.ShowAllN' | t: m.list.totalCount }}
                      </button>
                    }
                  </div>
                }
              }
            </section>
          </div>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .columns { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px 24px; }
    @media (max-width: 959.98px) { .columns { grid-template-columns: minmax(0, 1fr); } }
    .subhead { font: var(--mat-sys-title-small); margin: 12px 0 4px; }
    .kinds, .names { list-style: none; margin: 0; padding: 0; }
    .kinds li { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; padding: 6px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .kinds li mat-icon { color: var(--mat-sys-on-surface-variant); font-size: 20px; width: 20px; height: 20px; flex: none; }
    .kinds__title { flex: 1 1 160px; min-width: 0; overflow-wrap: anywhere; font: var(--mat-sys-body-medium); }
    .kinds__counts { display: flex; flex-wrap: wrap; gap: 4px; }
    .missing { margin: 8px 0 12px; }
    .missing__title { display: flex; align-items: center; flex-wrap: wrap; gap: 6px; margin: 0 0 4px; font: var(--mat-sys-label-large); }
    .missing__title mat-icon { font-size: 20px; width: 20px; height: 20px; color: var(--mat-sys-on-surface-variant); }
    .names li { padding: 3px 0 3px 26px; font: var(--mat-sys-body-medium); overflow-wrap: anywhere; }
    .names__meta { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class SchoolWorkWidget {
  private readonly api = inject(MyWorkService);
  private readonly summaries = inject(MyWorkSummaryStore);
  private readonly config = inject(AppConfigService);
  private readonly router = inject(Router);
  private readonly l = inject(LocalizationService);

  protected readonly data = signal<SchoolWorkOverviewDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly icon = moduleIcon;
  protected readonly missing = computed<Missing[]>(() => {
    const d = this.data();
    if (!d) return [];
    return [
      { key: 'plan', title: this.l.t('UI:MyWork.WithoutPlan'), icon: 'assignment', list: d.withoutPlan },
      { key: 'sheet', title: this.l.t('UI:MyWork.WithoutRouteSheet'), icon: 'route', list: d.withoutRouteSheet },
      { key: 'cycle', title: this.l.t('UI:MyWork.WithoutGrowthCycle'), icon: 'autorenew', list: d.withoutGrowthCycle },
    ];
  });
  protected readonly allHaveRecords = computed(() => this.missing().length > 0 && this.missing().every((m) => !Number(m.list.totalCount)));

  constructor() {
    effect(() => {
      const culture = this.config.culture() ?? this.l.culture();
      untracked(() => void this.load(culture));
    });
  }

  protected link(path: string) {
    return this.router.parseUrl(path);
  }

  /** Every name of the three lists (up to 100 each). */
  protected async showAll(): Promise<void> {
    this.loading.set(true);
    try {
      const s = await firstValueFrom(this.api.getMyWorkSummary({ skipCount: 0, maxResultCount: ALL }, handlesErrors()));
      if (s.school) this.data.set(s.school);
    } catch {
      /* the first names stay */
    } finally {
      this.loading.set(false);
    }
  }

  private async load(culture: string): Promise<void> {
    this.loading.set(true);
    try {
      const s = await firstValueFrom(this.summaries.get(culture, FIRST));
      this.data.set(s.school ?? null);
      this.failed.set(!s.school);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}
