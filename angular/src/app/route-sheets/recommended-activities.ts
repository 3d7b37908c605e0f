import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { catchError, of } from 'rxjs';

import { QualificationCategory, RecommendedActivityDto } from '../api/models';
import { RouteSheetsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KkRuPipe } from './common';

/** The 47 recommended activities of a level, offered as ideas for the concrete actions of the route sheet. */
@Component({
  selector: 'app-recommended-activities',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TPipe, EnumTextPipe, KkRuPipe],
  template: `
    <h2 class="section-title">{{ 'UI:RouteSheets.SuggestionsTitle' | t: (category() | enumText: 'QualificationCategory') }}</h2>
    <p class="cell-secondary">{{ 'UI:RouteSheets.SuggestionsHint' | t }}</p>
    <mat-checkbox [checked]="allLevels()" (change)="allLevels.set($event.checked)" data-testid="suggestions-all">{{ 'UI:RouteSheets.SuggestionsAllLevels' | t }}</mat-checkbox>
    <mat-form-field class="search">
      <mat-label>{{ 'UI:Search' | t }}</mat-label>
      <mat-icon matPrefix aria-hidden="true">search</mat-icon>
      <input matInput type="search" [value]="search()" (input)="search.set($any($event.target).value)" data-testid="suggestions-search" />
    </mat-form-field>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    @for (g of groups(); track g.category) {
      @if (allLevels()) {
        <h3 class="level-title">{{ g.category | enumText: 'QualificationCategory' }}</h3>
      }
      <ol class="suggestions" data-testid="suggestions">
        @for (a of g.items; track a.order) {
          <li [value]="a.order">{{ a.titleKk | kkRu: a.titleRu }}</li>
        }
      </ol>
    } @empty {
      @if (!loading()) {
        <p class="table-empty">{{ 'UI:NothingFound' | t }}</p>
      }
    }
  `,
  styles: `
    :host { display: block; }
    .section-title { font: var(--mat-sys-title-medium); margin: 0 0 4px; }
    .search { width: 100%; max-width: 480px; margin-top: 8px; }
    .suggestions { margin: 0; padding-left: 2.2em; display: grid; gap: 6px; }
    .suggestions li { overflow-wrap: anywhere; }
    .level-title { font: var(--mat-sys-title-small); margin: 12px 0 4px; }
  `,
})
export class RecommendedActivities {
  readonly category = input.required<QualificationCategory>();
  private readonly api = inject(RouteSheetsService);
  protected readonly items = signal<RecommendedActivityDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly search = signal('');
  /** Ideas from the other levels too (all 47 recommended activities). */
  protected readonly allLevels = signal(false);
  protected readonly groups = computed(() => {
    const shown = this.shown();
    const categories = [...new Set(shown.map((a) => a.category))];
    return categories.map((category) => ({ category, items: shown.filter((a) => a.category === category) }));
  });
  protected readonly shown = computed(() => {
    const q = this.search().trim().toLowerCase();
    return this.items().filter((a) => !q || a.titleKk.toLowerCase().includes(q) || a.titleRu.toLowerCase().includes(q));
  });

  constructor() {
    effect(() => {
      const category = this.allLevels() ? undefined : this.category();
      this.loading.set(true);
      this.api
        .getRecommendedActivities({ category }, handlesErrors())
        .pipe(catchError(() => of([] as RecommendedActivityDto[])))
        .subscribe((items) => {
          this.items.set(items);
          this.loading.set(false);
        });
    });
  }
}
