import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { map } from 'rxjs';

import { TPipe } from '../core/i18n/t.pipe';

let nextId = 0;

/**
 * The filter bar of every list: an optional search field, then the list's own filters (projected), and "clear filters" when
 * any is set. On a phone the filters fold behind a "Filters (n)" button, the search stays. Put the list's form group on it:
 *
 * ```html
 * <app-filter-bar [formGroup]="filters" [search]="filters.controls.filter" searchTestId="plan-search"
 *                 [searchPlaceholder]="'UI:Plans.SearchPlaceholder' | t" [activeCount]="activeFilterCount()" (clear)="clearFilters()">
 *   <mat-form-field>…</mat-form-field>
 *   <app-year-select [control]="filters.controls.year" [allowAll]="true" />
 * </app-filter-bar>
 * ```
 * An element marked `filterBarLead` (e.g. a "mine / all" toggle) comes first and never folds.
 */
@Component({
  selector: 'app-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TPipe],
  host: { class: 'filters', role: 'search' },
  template: `
    <ng-content select="[filterBarLead]" />
    @if (search(); as control) {
      <mat-form-field class="filter-search">
        <mat-label>{{ 'UI:Search' | t }}</mat-label>
        <mat-icon matPrefix aria-hidden="true">search</mat-icon>
        <input matInput type="search" [formControl]="control" [attr.data-testid]="searchTestId()" [placeholder]="searchPlaceholder()" />
      </mat-form-field>
    }
    @if (folded()) {
      <button mat-stroked-button type="button" class="filters-toggle" (click)="open.set(!open())"
              [attr.aria-expanded]="open()" [attr.aria-controls]="moreId" data-testid="filters-toggle">
        <mat-icon aria-hidden="true">tune</mat-icon>{{ 'UI:Filters' | t }}@if (activeCount()) { ({{ activeCount() }})}
      </button>
    }
    <div [id]="moreId" class="filters-more" [hidden]="folded() && !open()">
      <ng-content />
      @if (canClear() ?? activeCount() > 0) {
        <button mat-button type="button" (click)="clear.emit()" data-testid="filters-clear">
          <mat-icon aria-hidden="true">filter_alt_off</mat-icon>{{ 'UI:ClearFilters' | t }}
        </button>
      }
    </div>
  `,
  styles: `
    :host { display: flex; }
  `,
})
export class FilterBar {
  /** The search text (its own field first, always visible); none when the list has no search. */
  readonly search = input<FormControl<string> | null>(null);
  readonly searchTestId = input('list-search');
  readonly searchPlaceholder = input('');
  /** How many filters (besides the search) are set: shown on the phone's button; "clear filters" appears when any is. */
  readonly activeCount = input(0);
  /** Whether "clear filters" shows (default: when any filter is set); a list may count its search too. */
  readonly canClear = input<boolean | null>(null);
  /** Whether the filters fold behind a button on a phone (lists with one or two filters may keep them open). */
  readonly collapsible = input(true);
  readonly clear = output<void>();

  protected readonly moreId = `filters-more-${nextId++}`;
  protected readonly open = signal(false);
  private readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), {
    initialValue: true,
  });
  protected readonly folded = computed(() => this.collapsible() && !this.wide());
}

/** How many of a filter form's values are set ('' and false are "not set"), leaving out the named ones (the search). */
export function countSet(value: object, ...except: string[]): number {
  return Object.entries(value).filter(([k, v]) => !except.includes(k) && v !== '' && v !== false && v !== null && v !== undefined).length;
}
