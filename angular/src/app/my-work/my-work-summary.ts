import { Injectable, inject } from '@angular/core';
import { Observable, catchError, shareReplay, throwError } from 'rxjs';

import { MyWorkSummaryDto } from '../api/models';
import { MyWorkService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';

/** How long one answer serves the home page's cards and the "my work" page together. */
const FRESH_MS = 3_000;

/**
 * The caller's counts (and the school overview where permitted), asked once for the cards of a page: the home page's
 * "my work" and the director's overview share one request.
 */
@Injectable({ providedIn: 'root' })
export class MyWorkSummaryStore {
  private readonly api = inject(MyWorkService);
  private cached: { key: string; at: number; value: Observable<MyWorkSummaryDto> } | null = null;

  get(culture: string, listSize = 5): Observable<MyWorkSummaryDto> {
    const key = `${culture}|${listSize}`;
    const now = Date.now();
    if (this.cached && this.cached.key === key && now - this.cached.at < FRESH_MS) return this.cached.value;
    const value = this.api.getMyWorkSummary({ skipCount: 0, maxResultCount: listSize }, handlesErrors()).pipe(
      catchError((e: unknown) => {
        this.cached = null;
        return throwError(() => e);
      }),
      shareReplay({ bufferSize: 1, refCount: false, windowTime: FRESH_MS }),
    );
    this.cached = { key, at: now, value };
    return value;
  }

  /** Forget the last answer (after the person did something that changes their list). */
  clear(): void {
    this.cached = null;
  }
}
