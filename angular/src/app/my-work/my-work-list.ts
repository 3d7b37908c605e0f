import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';

import { MyWorkCountsDto, MyWorkItemDto, MyWorkState, MyWorkSummaryDto } from '../api/models';
import { MY_WORK_STATE } from '../api/models/my-work-state-array';
import { MyWorkService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { MyWorkItem } from './my-work-item';
import { MyWorkSummaryStore } from './my-work-summary';

type Scope = 'mine' | 'school';

interface MyWorkQuery extends PageQuery {
  state: MyWorkState | '';
  kind: string;
  scope: Scope;
}

/** The state filters, most urgent first. */
const STATES: MyWorkState[] = ['Overdue', 'DueSoon', 'Open'];

/**
 * `/my-work`: what is waiting for the signed-in person (computed from the records: plans to agree, route-sheet marks,
 * observations to sign or answer, stages to finish, categories expiring), filtered by state and kind; the director and
 * deputies may switch to the whole school's list.
 */
@Component({
  selector: 'app-my-work-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink, MatButtonModule, MatButtonToggleModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatProgressBarModule,
    MatSelectModule, TPipe, PageHeader, FormBanner, MyWorkItem,
  ],
  template: `
    <app-page-header [title]="'Menu:MyWork' | t" [subtitle]="(list.query().scope === 'school' ? 'UI:MyWork.SubtitleSchool' : 'UI:MyWork.Subtitle') | t">
      @if (canSchool()) {
        <mat-button-toggle-group [value]="list.query().scope" (change)="setScope($event.value)" [attr.aria-label]="'UI:MyWork.Scope' | t"
                                 hideSingleSelectionIndicator data-testid="my-work-scope">
          <mat-button-toggle value="mine" data-testid="scope-mine">{{ 'UI:MyWork.ScopeMine' | t }}</mat-button-toggle>
          <mat-button-toggle value="school" data-testid="scope-school">{{ 'UI:MyWork.ScopeSchool' | t }}</mat-button-toggle>
        </mat-button-toggle-group>
      }
    </app-page-header>

    <section class="surface list-panel" [attr.aria-label]="'Menu:MyWork' | t">
      <div class="filters" role="search">
        <div class="state-filter" role="group" [attr.aria-label]="'UI:MyWork.State' | t">
          <button mat-stroked-button type="button" class="state-button" [class.state-button--on]="!list.query().state"
                  [attr.aria-pressed]="!list.query().state" (click)="setState('')" data-testid="state-all">
            {{ 'UI:All' | t }} <span class="state-count">{{ counts()?.total ?? '' }}</span>
          </button>
          @for (s of states; track s) {
            <button mat-stroked-button type="button" class="state-button" [class]="'state-button state-button--' + s"
                    [class.state-button--on]="list.query().state === s" [attr.aria-pressed]="list.query().state === s"
                    (click)="setState(s)" [attr.data-testid]="'state-' + s">
              {{ 'Enum:MyWorkState.' + s | t }} <span class="state-count">{{ stateCount(s) }}</span>
            </button>
          }
        </div>
        <mat-form-field class="kind-filter">
          <mat-label>{{ 'UI:MyWork.Kind' | t }}</mat-label>
          <mat-select [value]="list.query().kind" (selectionChange)="setKind($event.value)" data-testid="filter-kind">
            <mat-option value="">{{ 'UI:MyWork.AllKinds' | t }}</mat-option>
            @for (k of counts()?.byKind ?? []; track k.kind) {
              <mat-option [value]="k.kind">{{ k.kindTitle }} ({{ k.total }})</mat-option>
            }
            @if (list.query().kind && !knownKind()) {
              <mat-option [value]="list.query().kind">{{ list.query().kind }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (hasFilters()) {
          <button mat-button type="button" (click)="clearFilters()"><mat-icon aria-hidden="true">filter_alt_off</mat-icon>{{ 'UI:ClearFilters' | t }}</button>
        }
      </div>

      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      <div class="mw-list" role="list" data-testid="my-work-list" [attr.aria-busy]="list.loading()">
        @for (i of list.items(); track i.kind + i.recordId + (i.waitingOnStaffMemberId ?? '')) {
          <app-my-work-item role="listitem" [item]="i" data-testid="my-work-item" [attr.data-kind]="i.kind" />
        }
      </div>
      @if (!list.loading() && !list.error().length && !list.items().length) {
        <div class="empty-state" data-testid="my-work-empty">
          <mat-icon class="empty-state__icon" aria-hidden="true">{{ hasFilters() ? 'filter_alt_off' : 'task_alt' }}</mat-icon>
          <h2 class="empty-state__title">{{ (hasFilters() ? 'UI:NothingFound' : 'UI:MyWork.EmptyTitle') | t }}</h2>
          <p class="empty-state__text">
            {{ (hasFilters() ? 'UI:MyWork.EmptyFiltered' : list.query().scope === 'school' ? 'UI:MyWork.EmptySchool' : 'UI:MyWork.EmptyText') | t }}
          </p>
          @if (hasFilters()) {
            <button mat-stroked-button type="button" (click)="clearFilters()">{{ 'UI:ClearFilters' | t }}</button>
          }
        </div>
      }
      @if (list.total() > list.query().size || list.query().page > 0) {
        <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size"
                       [pageSizeOptions]="list.pageSizes" (page)="list.onPage($event)" [showFirstLastButtons]="true" />
      }
    </section>
    @if (list.query().scope === 'mine') {
      <p class="foot-note">
        <mat-icon aria-hidden="true">info</mat-icon>
        <span>{{ 'UI:MyWork.HowItWorks' | t }} <a routerLink="/notifications">{{ 'Menu:Notifications' | t }}</a></span>
      </p>
    }
  `,
  styles: `
    .state-filter { display: flex; flex-wrap: wrap; gap: 8px; flex: 1 1 100%; margin-bottom: 8px; }
    .state-button { border-radius: 999px; }
    .state-button--on { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .state-button--Overdue.state-button--on { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .state-button--DueSoon.state-button--on { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .state-count { font-weight: 700; margin-left: 4px; }
    .filters .kind-filter { flex: 0 1 420px; }
    .foot-note { display: flex; gap: 8px; align-items: flex-start; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); margin: 12px 4px; }
    .foot-note mat-icon { font-size: 18px; width: 18px; height: 18px; flex: none; }
    mat-button-toggle-group { max-width: 100%; }
  `,
})
export class MyWorkList {
  private readonly api = inject(MyWorkService);
  private readonly config = inject(AppConfigService);
  private readonly summaries = inject(MyWorkSummaryStore);
  private readonly l = inject(LocalizationService);

  protected readonly states = STATES;
  protected readonly canSchool = computed(() => this.config.isGranted(Permissions.MyWorkSchoolOverview));
  protected readonly summary = signal<MyWorkSummaryDto | null>(null);
  protected readonly counts = computed<MyWorkCountsDto | null>(() => {
    const s = this.summary();
    if (!s) return null;
    return this.list.query().scope === 'school' ? (s.school?.counts ?? null) : s.mine;
  });
  protected readonly knownKind = computed(() => (this.counts()?.byKind ?? []).some((k) => k.kind === this.list.query().kind));
  protected readonly hasFilters = computed(() => !!(this.list.query().state || this.list.query().kind));

  protected readonly list = new PagedList<MyWorkQuery, MyWorkItemDto>(
    (p, paging) => ({
      ...paging,
      state: oneOf(p, 'state', MY_WORK_STATE),
      kind: (p.get('kind') ?? '').slice(0, 128),
      scope: p.get('scope') === 'school' && this.canSchool() ? 'school' : 'mine',
    }),
    {
      toParams: (q) => ({ state: q.state || null, kind: q.kind || null, scope: q.scope === 'school' ? 'school' : null }),
      load: (q, paging) => {
        const params = { ...paging, state: q.state || undefined, kind: q.kind || undefined };
        return q.scope === 'school' ? this.api.getSchoolWork(params, handlesErrors()) : this.api.getMyWork(params, handlesErrors());
      },
    },
  );

  constructor() {
    this.list.start();
    // The counts of the filters; again after a language switch (kinds' titles and texts come in the reader's language).
    let first = true;
    effect(() => {
      const culture = this.config.culture() ?? this.l.culture();
      untracked(() => {
        this.summaries.get(culture, 1).subscribe({ next: (s) => this.summary.set(s), error: () => this.summary.set(null) });
        if (!first) this.list.reload();
        first = false;
      });
    });
  }

  protected stateCount(s: MyWorkState): string {
    const c = this.counts();
    if (!c) return '';
    return String(s === 'Overdue' ? c.overdue : s === 'DueSoon' ? c.dueSoon : c.open);
  }

  protected setState(state: MyWorkState | ''): void {
    this.list.apply({ ...this.list.query(), state, page: 0 });
  }

  protected setKind(kind: string): void {
    this.list.apply({ ...this.list.query(), kind, page: 0 });
  }

  protected setScope(scope: Scope): void {
    this.list.apply({ ...this.list.query(), scope, kind: '', page: 0 });
  }

  protected clearFilters(): void {
    this.list.apply({ ...this.list.query(), state: '', kind: '', page: 0 });
  }
}
