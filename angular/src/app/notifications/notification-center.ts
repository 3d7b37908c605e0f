import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { Observable, Subject, Subscription, catchError, filter, firstValueFrom, fromEvent, map, merge, of, switchMap, throttleTime, timer } from 'rxjs';

import { NotificationsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';

/** How often the bell asks for the unread count while the page is visible. */
export const POLL_MS = 60_000;

/**
 * The bell's unread count, shared by the shell, the panel and the notifications page. It asks the server (one small query)
 * every minute while the tab is visible, after each navigation and when the tab becomes visible again; a read mark anywhere
 * refreshes it at once. `changed` counts read marks, so open lists can follow them.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(NotificationsService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly now$ = new Subject<void>();
  private subscription: Subscription | null = null;

  /** Unread notifications, null until first known. */
  readonly unread = signal<number | null>(null);
  /** Bumped after read marks (here or on another device: when the count changes). */
  readonly changed = signal(0);

  start(): void {
    if (this.subscription) return;
    const visible = () => this.document.visibilityState !== 'hidden';
    const automatic$ = merge(
      timer(0, POLL_MS),
      this.router.events.pipe(filter((e) => e instanceof NavigationEnd)),
      fromEvent(this.document, 'visibilitychange'),
    ).pipe(
      filter(visible),
      // A navigation right after the timer (or several in a row) costs one call.
      throttleTime(3000),
    );
    this.subscription = merge(automatic$, this.now$)
      .pipe(switchMap(() => this.count()))
      .subscribe((count) => {
        if (count === null) return;
        const before = this.unread();
        this.unread.set(count);
        if (before !== null && before !== count) this.changed.update((n) => n + 1);
      });
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.unread.set(null);
  }

  refresh(): void {
    this.now$.next();
  }

  async markRead(id: string): Promise<void> {
    await firstValueFrom(this.api.markNotificationRead({ id }, handlesErrors()));
    this.unread.update((n) => (n ? n - 1 : n));
    this.changed.update((n) => n + 1);
    this.refresh();
  }

  async markAllRead(): Promise<number> {
    const result = await firstValueFrom(this.api.markAllNotificationsRead(undefined, handlesErrors()));
    this.unread.set(0);
    this.changed.update((n) => n + 1);
    this.refresh();
    return Number(result.marked);
  }

  private count(): Observable<number | null> {
    return this.api.getUnreadNotificationCount(undefined, handlesErrors()).pipe(
      map((r) => Number(r.count)),
      catchError(() => of(null)),
    );
  }
}
