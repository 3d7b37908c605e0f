import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { firstValueFrom, map } from 'rxjs';

import { LessonObservationListItemDto, ObservationPurpose, ObservationStatus } from '../api/models';
import { LessonObservationsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { DATE_FIELD } from '../core/i18n/date-adapter';

type Scope = 'all' | 'me' | 'mine';

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
        <mat-button-toggle-group filterBarLead [vertical]="narrow()" [value]="scope()" (change)="setScope($event.value)" [attr.aria-label]="'UI:Obs.Scope' | t" class="obs-scope">
          <mat-button-toggle value="all" data-testid="obs-scope-all">{{ 'UI:Obs.ScopeAll' | t }}</mat-button-toggle>
          <mat-button-toggle value="me" data-testid="obs-scope-me">{{ 'UI:Obs.ScopeMe' | t }}</mat-button-toggle>
          <mat-button-toggle value="mine" data-testid="obs-scope-mine">{{ 'UI:Obs.ScopeMine' | t }}</mat-button-toggle>
        </mat-button-toggle-group>
        <mat-chip-listbox [value]="purpose()" (change)="purpose.set($event.value ?? null); reload()" [attr.aria-label]="'DisplayName:Purpose' | t">
          @for (p of purposes; track p) {
            <mat-chip-option [value]="p" [attr.data-testid]="'obs-purpose-' + p">{{ p | enumText: 'ObservationPurpose' }}</mat-chip-option>
          }
        </mat-chip-listbox>
        <mat-chip-listbox [value]="status()" (change)="status.set($event.value ?? null); reload()" [attr.aria-label]="'DisplayName:Status' | t">
          @for (s of statuses; track s) {
            <mat-chip-option [value]="s" [attr.data-testid]="'obs-status-' + s">{{ s | enumText: 'ObservationStatus' }}</mat-chip-option>
          }
        </mat-chip-listbox>
        <mat-form-field class="obs-date">
          <mat-label>{{ 'UI:Obs.From' | t }}</mat-label>
          <input matInput [matDatepicker]="dp1" [ngModel]="from()" (ngModelChange)="from.set($event || null); reload()" data-testid="obs-from" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
        </mat-form-field>
        <mat-form-field class="obs-date">
          <mat-label>{{ 'UI:Obs.To' | t }}</mat-label>
          <input matInput [matDatepicker]="dp2" [ngModel]="to()" (ngModelChange)="to.set($event || null); reload()" data-testid="obs-to" /><mat-datepicker-toggle matIconSuffix [for]="dp2" /><mat-datepicker #dp2 />
        </mat-form-field>
      </app-filter-bar>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      <app-form-banner [messages]="errors()" />

      @if (!loading() && shown().length === 0) {
        <div class="empty-state" data-testid="obs-empty">
          <mat-icon class="empty-state__icon" aria-hidden="true">visibility</mat-icon>
          <h2 class="empty-state__title">{{ 'UI:Obs.EmptyTitle' | t }}</h2>
          <p class="empty-state__text">{{ 'UI:Obs.EmptyText' | t }}</p>
        </div>
      } @else {
        <ul class="obs-list" data-testid="obs-list">
          @for (o of shown(); track o.id) {
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
      <mat-paginator [length]="total()" [pageIndex]="pageIndex()" [pageSize]="pageSize()" [pageSizeOptions]="[10, 20, 50]" (page)="page($event)" />
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
  private readonly l = inject(LocalizationService);

  protected readonly purposes: ObservationPurpose[] = ['Developmental', 'Evaluation'];
  protected readonly statuses: ObservationStatus[] = ['Draft', 'Signed'];
  protected readonly canManageForms = this.config.isGranted(Permissions.LessonObservationsManageForms);
  /** On a phone the three scopes stand one under another (their Kazakh and Russian names do not fit side by side). */
  protected readonly narrow = toSignal(inject(BreakpointObserver).observe('(max-width: 599.98px)').pipe(map((s) => s.matches)), {
    initialValue: false,
  });

  /** A link may bring filters (the director's home tiles): ?scope=&purpose=&status=&from=yyyy-MM-dd&to=yyyy-MM-dd. */
  private readonly params = inject(ActivatedRoute).snapshot.queryParamMap;
  protected readonly scope = signal<Scope>(pick(this.params.get('scope'), ['all', 'me', 'mine'] as Scope[]) ?? 'all');
  protected readonly purpose = signal<ObservationPurpose | null>(pick(this.params.get('purpose'), this.purposes));
  protected readonly status = signal<ObservationStatus | null>(pick(this.params.get('status'), this.statuses));
  protected readonly from = signal<string | null>(isoDay(this.params.get('from')));
  protected readonly to = signal<string | null>(isoDay(this.params.get('to')));
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly items = signal<LessonObservationListItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly errors = signal<string[]>([]);

  /** "Observed me" / "I observed" are filtered by the server, so paging counts only those. */
  protected readonly shown = this.items;
  protected readonly activeFilterCount = computed(() => [this.purpose(), this.status(), this.from(), this.to()].filter(Boolean).length);

  constructor() {
    void this.load();
  }

  protected clearFilters(): void {
    this.purpose.set(null);
    this.status.set(null);
    this.from.set(null);
    this.to.set(null);
    this.reload();
  }

  protected setScope(s: Scope): void {
    this.scope.set(s);
    this.reload();
  }

  protected reload(): void {
    this.pageIndex.set(0);
    void this.load();
  }

  protected page(e: PageEvent): void {
    this.pageIndex.set(e.pageIndex);
    this.pageSize.set(e.pageSize);
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.errors.set([]);
    try {
      const r = await firstValueFrom(
        this.api.getLessonObservationList(
          {
            role: this.scope() === 'me' ? 'ObservedMe' : this.scope() === 'mine' ? 'ObservedByMe' : undefined,
            purpose: this.purpose() ?? undefined,
            status: this.status() ?? undefined,
            from: this.from() ?? undefined,
            to: this.to() ?? undefined,
            skipCount: this.pageIndex() * this.pageSize(),
            maxResultCount: this.pageSize(),
          },
          handlesErrors(),
        ),
      );
      this.items.set(r.items ?? []);
      this.total.set(Number(r.totalCount ?? 0));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }
}

function pick<T extends string>(value: string | null, values: readonly T[]): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function isoDay(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
