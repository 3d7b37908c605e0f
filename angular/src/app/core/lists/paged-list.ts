import { WritableSignal, signal } from '@angular/core';
import { inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';
import { PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { Observable, Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { problemMessage, toProblem } from '../http/problem';
import { LocalizationService } from '../i18n/localization.service';

export const PAGE_SIZES = [10, 25, 50];
const DEFAULT_SIZE = 25;

/** What every list query has: the 0-based page and its size. */
export interface PageQuery {
  page: number;
  size: number;
}

export interface PagedListOptions<Q extends PageQuery, T> {
  /** The URL's query parameters for a query, besides page and size (null drops one). */
  toParams: (q: Q) => Params;
  /** Loads one page (pass `handlesErrors()`: the list shows the error itself). */
  load: (q: Q, paging: { skipCount: number; maxResultCount: number }) => Observable<{ items?: T[] | null; totalCount: number | string }>;
  /** The page sizes offered (default 10, 25, 50). */
  pageSizes?: number[];
}

/**
 * A paged, filtered list page: its query lives in the URL (a link or a reload shows the same page), and loading, items,
 * total and error are signals. Create it in an injection context (a field initialiser), then call `start()`.
 */
export class PagedList<Q extends PageQuery, T> {
  readonly query: WritableSignal<Q>;
  readonly items = signal<T[]>([]);
  readonly total = signal(0);
  readonly loading = signal(true);
  readonly error = signal<string[]>([]);
  readonly pageSizes: number[];

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly l = inject(LocalizationService);
  private readonly load$ = new Subject<Q>();

  constructor(
    read: (params: ParamMap, paging: PageQuery) => Q,
    private readonly options: PagedListOptions<Q, T>,
  ) {
    this.pageSizes = options.pageSizes ?? PAGE_SIZES;
    const params = this.route.snapshot.queryParamMap;
    const size = Number(params.get('size'));
    this.query = signal(read(params, {
      page: Math.max(0, (Number(params.get('page')) || 1) - 1),
      size: this.pageSizes.includes(size) ? size : DEFAULT_SIZE,
    }));
    this.load$
      .pipe(
        switchMap((q) => {
          this.loading.set(true);
          return options.load(q, { skipCount: q.page * q.size, maxResultCount: q.size }).pipe(catchError((e: unknown) => of(toProblem(e))));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        if ('status' in result) {
          this.error.set([problemMessage(result, (k) => this.l.t(k))]);
          this.items.set([]);
          this.total.set(0);
        } else {
          this.error.set([]);
          this.items.set(result.items ?? []);
          this.total.set(Number(result.totalCount));
        }
      });
  }

  /** Follows a filter form: typing waits a moment, every change goes back to page 1. Call in an injection context. */
  follow<V>(filters: AbstractControl<V>, toQuery: (value: V, current: Q) => Q): void {
    filters.valueChanges
      .pipe(
        map((v) => (typeof v === 'object' && v !== null ? { ...v } : v)), // a group's value is copied; a single field's is itself
        debounceTime(250),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(),
      )
      .subscribe((v) => this.apply({ ...toQuery(v as V, this.query()), page: 0 }));
  }

  start(): void {
    this.load$.next(this.query());
  }

  reload(): void {
    this.load$.next(this.query());
  }

  onPage(e: PageEvent): void {
    this.apply({ ...this.query(), page: e.pageIndex, size: e.pageSize });
  }

  apply(q: Q): void {
    this.query.set(q);
    // Typing and then following a row's link at once: the late (debounced) URL update must not cancel the way out.
    if (this.router.currentNavigation()) {
      this.load$.next(q);
      return;
    }
    void this.router.navigate([], {
      relativeTo: this.route,
      replaceUrl: true,
      queryParams: { ...this.options.toParams(q), page: q.page ? q.page + 1 : null, size: q.size !== DEFAULT_SIZE ? q.size : null },
    });
    this.load$.next(q);
  }
}

/** A query parameter that must be one of `values`, else ''. */
export function oneOf<T extends string>(params: ParamMap, name: string, values: readonly T[]): T | '' {
  const v = params.get(name) ?? '';
  return (values as readonly string[]).includes(v) ? (v as T) : '';
}

/** An academic year from the URL, else ''. */
export function yearParam(params: ParamMap, name = 'year'): number | '' {
  const year = Number(params.get(name));
  return year >= 2000 && year <= 2100 ? year : '';
}
