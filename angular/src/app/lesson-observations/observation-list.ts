import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { LessonObservationListItemDto, ObservationPurpose, ObservationStatus } from '../api/models';
import { LessonObservationsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { DATE_FIELD } from '../core/i18n/date-adapter';

type Scope = 'all' | 'me' | 'mine';

interface Query extends PageQuery {
  scope: Scope | '';
  purpose: ObservationPurpose | '';
  status: ObservationStatus | '';
  from: string;
  to: string;
}

/** `/lesson-observations`: the observations the user may see (own lessons, own observations, evaluations for the administration). */
@Component({
  selector: 'app-observation-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    FormsModule, RouterLink, MatButtonModule, MatButtonToggleModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatPaginatorModule, MatProgressBarModule, TPipe, EnumTextPipe, KDatePipe, FormBanner, PageHeader, FilterBar,
  ],
  template: `
    <app-page-header [title]="'Menu:LessonObservations' | t" [subtitle]="'UI:Obs.ListSubtitle' | t">
      @if (canManageForms) {
        <a mat-stroked-button routerLink="/lesson-observations/forms" data-testid="obs-forms-link">
          <mat-icon aria-hidden="true">checklist</mat-icon>{{ 'UI:Obs.Forms.Title' | t }}
        </a>
      }
      <a mat-flat-button routerLink="/lesson-observations/new" data-testid="obs-new">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Obs.New' | t }}
      </a>
    </app-page-header>

    <div class="banner banner--info" role="note" data-testid="obs-purpose-note">
      <mat-icon aria-hidden="true">info</mat-icon>
      <p>{{ 'UI:Obs.PurposeNote' | t }}</p>
    </div>

    <section class="surface list-panel">
      <app-filter-bar class="obs-filters" [activeCount]="activeFilterCount()" (clear)="clearFilters()">
        <mat-button-toggle-group filterBarLead [vertical]="narrow()" [value]="list.query().scope || 'all'" (change)="filter({ scope: $event.value === 'all' ? '' : $event.value })" [attr.aria-label]="'UI:Obs.Scope' | t" class="obs-scope">
          <mat-button-toggle value="all" data-testid="obs-scope-all">{{ 'UI:Obs.ScopeAll' | t }}</mat-button-toggle>
          <mat-button-toggle value="me" data-testid="obs-scope-me">{{ 'UI:Obs.ScopeMe' | t }}</mat-button-toggle>
          <mat-button-toggle value="mine" data-testid="obs-scope-mine">{{ 'UI:Obs.ScopeMine' | t }}</mat-button-toggle>
        </mat-button-toggle-group>
        <mat-chip-listbox [value]="list.query().purpose || null" (change)="filter({ purpose: $event.value ?? '' })" [attr.aria-label]="'DisplayName:Purpose' | t">
          @for (p of purposes; track p) {
            <mat-chip-option [value]="p" [attr.data-testid]="'obs-purpose-' + p">{{ p | enumText: 'ObservationPurpose' }}</mat-chip-option>
          }
        </mat-chip-listbox>
        <mat-chip-listbox [value]="list.query().status || null" (change)="filter({ status: $event.value ?? '' })" [attr.aria-label]="'DisplayName:Status' | t">
          @for (s of statuses; track s) {
            <mat-chip-option [value]="s" [attr.data-testid]="'obs-status-' + s">{{ s | enumText: 'ObservationStatus' }}</mat-chip-option>
          }
        </mat-chip-listbox>
        <mat-form-field class="obs-date">
          <mat-label>{{ 'UI:Obs.From' | t }}</mat-label>
          <input matInput [matDatepicker]="dp1" [ngModel]="list.query().from || null" (ngModelChange)="filter({ from: $event || '' })" data-testid="obs-from" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
        </mat-form-field>
        <mat-form-field class="obs-date">
          <mat-label>{{ 'UI:Obs.To' | t }}</mat-label>
          <input matInput [matDatepicker]="dp2" [ngModel]="list.query().to || null" (ngModelChange)="filter({ to: $event || '' })" data-testid="obs-to" /><mat-datepicker-toggle matIconSuffix [for]="dp2" /><mat-datepicker #dp2 />
        </mat-form-field>
      </app-filter-bar>
      @if (list.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      <app-form-banner [messages]="list.error()" />

      @if (!list.loading() && list.items().length === 0) {
        <div class="empty-state" data-testid="obs-empty">
          <mat-icon class="empty-state__icon" aria-hidden="true">visibility</mat-icon>
          <h2 class="empty-state__title">{{ 'UI:Obs.EmptyTitle' | t }}</h2>
          <p class="empty-state__text">{{ 'UI:Obs.EmptyText' | t }}</p>
        </div>
      } @else {
        <ul class="obs-list" data-testid="obs-list">
          @for (o of list.items(); track o.id) {
            <li class="obs-item">
              <a class="obs-link" [routerLink]="['/lesson-observations', o.id]" [attr.data-testid]="'obs-row-' + o.observedName">
                <span class="obs-title">{{ o.observedName }} · {{ o.subject }}, {{ o.className }}</span>
                <span class="cell-secondary">
                  {{ o.lessonDate | kDate }} · {{ 'UI:Obs.ObserverShort' | t }}: {{ o.observerName }}
                  @if (o.topic) { · {{ o.topic }} }
                </span>
                <span class="obs-chips">
                  <span class="chip" [class.chip--warn]="o.purpose === 'Evaluation'">{{ o.purpose | enumText: 'ObservationPurpose' }}</span>
                  <span class="chip">{{ o.status | enumText: 'ObservationStatus' }}</span>
                  @if (o.hasReply) {
                    <span class="chip">{{ 'UI:Obs.Replied' | t }}</span>
                  }
                </span>
              </a>
            </li>
          }
        </ul>
      }
      <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                     (page)="list.onPage($event)" [showFirstLastButtons]="true" />
    </section>
  `,
  styles: `
    .obs-filters { gap: 8px 16px; padding: 12px; }
    .obs-scope { flex-wrap: wrap; max-width: 100%; }
    .obs-scope.mat-button-toggle-vertical { flex-wrap: nowrap; width: 100%; }
    .obs-date { width: 170px; max-width: 100%; }
    .obs-list { list-style: none; margin: 0; padding: 0; }
    .obs-item { border-top: 1px solid var(--mat-sys-outline-variant); }
    .obs-link { display: flex; flex-direction: column; gap: 4px; padding: 12px 16px; color: inherit; text-decoration: none; overflow-wrap: anywhere; }
    .obs-link:hover, .obs-link:focus-visible { background: var(--mat-sys-surface-container-high); }
    .obs-title { font: var(--mat-sys-title-small); }
    .obs-chips { display: flex; flex-wrap: wrap; gap: 6px; }
  `,
})
export class ObservationList {
  private readonly api = inject(LessonObservationsService);
  private readonly config = inject(AppConfigService);

  protected readonly purposes: ObservationPurpose[] = ['Developmental', 'Evaluation'];
  protected readonly statuses: ObservationStatus[] = ['Draft', 'Signed'];
  protected readonly canManageForms = this.config.isGranted(Permissions.LessonObservationsManageForms);
  /** On a phone the three scopes stand one under another (their Kazakh and Russian names do not fit side by side). */
  protected readonly narrow = toSignal(inject(BreakpointObserver).observe('(max-width: 599.98px)').pipe(map((s) => s.matches)), {
    initialValue: false,
  });

  /** A link may bring filters (the director's home tiles): ?scope=&purpose=&status=&from=yyyy-MM-dd&to=yyyy-MM-dd. */
  protected readonly list = new PagedList<Query, LessonObservationListItemDto>(
    (p, paging) => ({
      ...paging,
      scope: oneOf(p, 'scope', ['me', 'mine'] as const),
      purpose: oneOf(p, 'purpose', this.purposes),
      status: oneOf(p, 'status', this.statuses),
      from: isoDay(p.get('from')),
      to: isoDay(p.get('to')),
    }),
    {
      toParams: (q) => ({ scope: q.scope || null, purpose: q.purpose || null, status: q.status || null, from: q.from || null, to: q.to || null }),
      load: (q, paging) =>
        this.api.getLessonObservationList(
          {
            ...paging,
            role: q.scope === 'me' ? 'ObservedMe' : q.scope === 'mine' ? 'ObservedByMe' : undefined,
            purpose: q.purpose || undefined,
            status: q.status || undefined,
            from: q.from || undefined,
            to: q.to || undefined,
          },
          handlesErrors(),
        ),
    },
  );
  protected readonly activeFilterCount = computed(() => {
    const q = this.list.query();
    return [q.purpose, q.status, q.from, q.to].filter(Boolean).length;
  });

  constructor() {
    this.list.start();
  }

  protected clearFilters(): void {
    this.filter({ purpose: '', status: '', from: '', to: '' });
  }

  /** Any filter's change goes back to the first page ("observed me" / "I observed" are filtered by the server, so paging counts only those). */
  protected filter(change: Partial<Query>): void {
    this.list.apply({ ...this.list.query(), ...change, page: 0 });
  }
}

function isoDay(value: string | null): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}
