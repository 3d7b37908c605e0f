import { ChangeDetectionStrategy, Component, OnDestroy, computed, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { NotificationDto } from '../api/models';
import { NotificationsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotificationCenter } from './notification-center';
import { moduleIcon, sinceText } from './notification-utils';

/** How many of the latest notifications the panel shows. */
const PANEL_SIZE = 8;

/**
 * The bell in the top bar: the unread count, and a panel with the latest notifications in the reader's language (each a link
 * to its record, read when opened), "mark all as read" and the way to the full list.
 */
@Component({
  selector: 'app-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, MatProgressBarModule, RouterLink, TPipe],
  template: `
    <button mat-icon-button type="button" class="bell" [matMenuTriggerFor]="panel" (menuOpened)="load()" data-testid="bell"
            [attr.aria-label]="label()" [attr.data-unread]="count()">
      <mat-icon aria-hidden="true">{{ count() ? 'notifications_active' : 'notifications' }}</mat-icon>
      @if (count()) {
        <span class="bell__count" aria-hidden="true" data-testid="bell-count">{{ count() > 99 ? '99+' : count() }}</span>
      }
    </button>
    <mat-menu #panel="matMenu" xPosition="before" class="notification-panel" [overlapTrigger]="false">
      <ng-template matMenuContent>
        <div class="bell-panel" data-testid="bell-panel">
          <div class="bell-panel__head" (click)="$event.stopPropagation()" role="presentation">
            <h2 class="bell-panel__title">{{ 'Menu:Notifications' | t }}</h2>
            @if (count()) {
              <button mat-button type="button" (click)="markAll()" [disabled]="busy()" data-testid="bell-read-all">
                <mat-icon aria-hidden="true">done_all</mat-icon>{{ 'UI:Notif.MarkAllRead' | t }}
              </button>
            }
          </div>
          @if (loading()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
          }
          @if (error()) {
            <p class="bell-panel__note" role="alert">{{ error() }}</p>
          } @else if (!loading() && !items().length) {
            <p class="bell-panel__note" data-testid="bell-empty">{{ 'UI:Notif.EmptyPanel' | t }}</p>
          }
          @for (n of items(); track n.id) {
            <a mat-menu-item class="bell-item" [class.bell-item--unread]="!n.isRead" [routerLink]="link(n)" (click)="opened(n)"
               data-testid="bell-item" [attr.data-kind]="n.kind">
              <mat-icon aria-hidden="true">{{ icon(n.kind) }}</mat-icon>
              <span class="bell-item__body">
                <span class="bell-item__kind">
                  @if (!n.isRead) {
                    <span class="bell-item__dot" aria-hidden="true"></span><span class="visually-hidden">{{ 'UI:Notif.Unread' | t }}:</span>
                  }
                  {{ n.kindTitle }}
                </span>
                <span class="bell-item__text">{{ n.text }}</span>
                <span class="bell-item__time">{{ since(n.creationTime) }}</span>
              </span>
            </a>
          }
          <mat-divider />
          <a mat-menu-item routerLink="/notifications" data-testid="bell-all">
            <mat-icon aria-hidden="true">list</mat-icon>
            <span>{{ 'UI:Notif.All' | t }}</span>
          </a>
          <a mat-menu-item routerLink="/account/profile" fragment="notification-settings" data-testid="bell-settings">
            <mat-icon aria-hidden="true">tune</mat-icon>
            <span>{{ 'UI:Notif.Settings' | t }}</span>
          </a>
        </div>
      </ng-template>
    </mat-menu>
  `,
  styles: `
    :host { display: inline-flex; }
    .bell { position: relative; }
    .bell-panel__head { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 8px 8px 4px 16px; }
    .bell-panel__title { margin: 0; font: var(--mat-sys-title-medium); }
    .bell-panel__note { margin: 8px 16px 12px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .bell-item { align-items: flex-start; padding-top: 10px; padding-bottom: 10px; }
    .bell-item > mat-icon { margin-top: 2px; }
    .bell-item--unread { background: color-mix(in srgb, var(--mat-sys-primary-container) 45%, transparent); }
    .bell-item__body { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
    .bell-item__kind { font: var(--mat-sys-label-large); display: flex; align-items: center; gap: 6px; overflow-wrap: anywhere; }
    .bell-item--unread .bell-item__kind { font-weight: 700; }
    .bell-item__dot { flex: none; width: 8px; height: 8px; border-radius: 50%; background: var(--mat-sys-primary); }
    .bell-item__text {
      font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); overflow-wrap: anywhere;
      display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden;
    }
    .bell-item__time { font: var(--mat-sys-label-small); color: var(--mat-sys-on-surface-variant); }
    .bell__count {
      position: absolute; top: 4px; right: 2px; min-width: 18px; height: 18px; padding: 0 4px; box-sizing: border-box;
      border-radius: 9px; background: var(--mat-sys-error); color: var(--mat-sys-on-error);
      font: 600 11px/18px Roboto, sans-serif; text-align: center; pointer-events: none;
    }
  `,
})
export class NotificationBell implements OnDestroy {
  private readonly api = inject(NotificationsService);
  private readonly center = inject(NotificationCenter);
  private readonly router = inject(Router);
  private readonly l = inject(LocalizationService);
  private readonly trigger = viewChild(MatMenuTrigger);

  protected readonly count = computed(() => this.center.unread() ?? 0);
  protected readonly label = computed(() =>
    this.count() ? this.l.t('UI:Notif.BellUnread', this.count()) : this.l.t('Menu:Notifications'),
  );
  protected readonly items = signal<NotificationDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly icon = moduleIcon;

  constructor() {
    this.center.start();
  }

  ngOnDestroy(): void {
    this.center.stop();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set('');
    try {
      const list = await firstValueFrom(this.api.getNotificationList({ skipCount: 0, maxResultCount: PANEL_SIZE }, handlesErrors()));
      this.items.set(list.items);
      this.center.unread.set(Number(list.unreadCount));
    } catch (e) {
      this.error.set(problemMessage(toProblem(e), (k) => this.l.t(k)));
    } finally {
      this.loading.set(false);
    }
  }

  protected link(n: NotificationDto) {
    return this.router.parseUrl(n.linkPath || '/notifications');
  }

  protected since(value: string): string {
    return sinceText(value, this.l);
  }

  /** Opening a notification marks it read (the link itself is followed by the router). */
  protected opened(n: NotificationDto): void {
    if (!n.isRead) void this.center.markRead(n.id).catch(() => undefined);
  }

  protected async markAll(): Promise<void> {
    this.busy.set(true);
    try {
      await this.center.markAllRead();
      this.items.update((list) => list.map((n) => ({ ...n, isRead: true })));
    } catch (e) {
      this.error.set(problemMessage(toProblem(e), (k) => this.l.t(k)));
    } finally {
      this.busy.set(false);
    }
    // The panel stays open; focus goes back into it (the button is gone once all is read).
    this.trigger()?.menu?.focusFirstItem('program');
  }
}
