import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { NotificationDto } from '../api/models';
import { NotificationsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { NotificationCenter } from './notification-center';
import { moduleIcon, sinceText } from './notification-utils';

type Show = 'all' | 'unread';

interface NotificationQuery extends PageQuery {
  show: Show;
}

/** `/notifications`: every notification of the reader, newest first, unread or all; opening one marks it read. */
@Component({
  selector: 'app-notification-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink, MatButtonModule, MatButtonToggleModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, TPipe, KDatePipe,
    PageHeader, FormBanner,
  ],
  template: `
    <app-page-header [title]="'Menu:Notifications' | t" [subtitle]="'UI:Notif.Subtitle' | t">
      @if (unread()) {
        <button mat-stroked-button type="button" (click)="markAll()" [disabled]="busy()" data-testid="notif-read-all">
          <mat-icon aria-hidden="true">done_all</mat-icon>{{ 'UI:Notif.MarkAllRead' | t }}
        </button>
      }
      <a mat-button routerLink="/account/profile" fragment="notification-settings" data-testid="notif-settings">
        <mat-icon aria-hidden="true">tune</mat-icon>{{ 'UI:Notif.Settings' | t }}
      </a>
      @if (canSchoolDefaults()) {
        <a mat-button routerLink="/notifications/school-settings" data-testid="notif-school-settings">
          <mat-icon aria-hidden="true">domain</mat-icon>{{ 'UI:Notif.SchoolSettingsTitle' | t }}
        </a>
      }
    </app-page-header>

    <section class="surface list-panel" [attr.aria-label]="'Menu:Notifications' | t">
      <div class="filters">
        <mat-button-toggle-group [value]="list.query().show" (change)="show($event.value)" [attr.aria-label]="'UI:Notif.Show' | t"
                                 hideSingleSelectionIndicator>
          <mat-button-toggle value="all" data-testid="notif-show-all">{{ 'UI:All' | t }}</mat-button-toggle>
          <mat-button-toggle value="unread" data-testid="notif-show-unread">
            {{ 'UI:Notif.UnreadOnly' | t }}@if (unread()) { ({{ unread() }})}
          </mat-button-toggle>
        </mat-button-toggle-group>
      </div>
      <app-form-banner [messages]="errors().length ? errors() : list.error()" />
      @if (list.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      <ul class="notif-list" data-testid="notif-list" [attr.aria-busy]="list.loading()">
        @for (n of list.items(); track n.id) {
          <li class="notif" [class.notif--unread]="!n.isRead" data-testid="notif-item" [attr.data-kind]="n.kind">
            <mat-icon class="notif__icon" aria-hidden="true">{{ icon(n.kind) }}</mat-icon>
            <div class="notif__body">
              <div class="notif__kind">
                @if (!n.isRead) {
                  <span class="notif__dot" aria-hidden="true"></span><span class="chip chip--primary">{{ 'UI:Notif.New' | t }}</span>
                }
                <span>{{ n.kindTitle }}</span>
              </div>
              @if (n.linkPath) {
                <a class="notif__text" [routerLink]="link(n)" (click)="opened(n)" data-testid="notif-link">{{ n.text }}</a>
              } @else {
                <p class="notif__text">{{ n.text }}</p>
              }
              <div class="notif__meta">
                <span>{{ since(n.creationTime) }}</span>
                @if (n.dueDate) {
                  <span>{{ 'UI:Notif.DueOn' | t: (n.dueDate | kDate) }}</span>
                }
              </div>
            </div>
            @if (!n.isRead) {
              <button mat-icon-button type="button" class="notif__read" (click)="markRead(n)" [disabled]="busy()"
                      [attr.aria-label]="'UI:Notif.MarkRead' | t" data-testid="notif-mark-read">
                <mat-icon aria-hidden="true">done</mat-icon>
              </button>
            }
          </li>
        }
      </ul>
      @if (!list.loading() && !list.error().length && !list.items().length) {
        <div class="empty-state" data-testid="notif-empty">
          <mat-icon class="empty-state__icon" aria-hidden="true">{{ list.query().show === 'unread' ? 'done_all' : 'notifications_none' }}</mat-icon>
          <h2 class="empty-state__title">{{ (list.query().show === 'unread' ? 'UI:Notif.EmptyUnreadTitle' : 'UI:Notif.EmptyTitle') | t }}</h2>
          <p class="empty-state__text">{{ (list.query().show === 'unread' ? 'UI:Notif.EmptyUnreadText' : 'UI:Notif.EmptyText') | t }}</p>
          <a mat-stroked-button routerLink="/my-work">{{ 'UI:MyWork.Open' | t }}</a>
        </div>
      }
      @if (list.total() > list.query().size || list.query().page > 0) {
        <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size"
                       [pageSizeOptions]="list.pageSizes" (page)="list.onPage($event)" [showFirstLastButtons]="true" />
      }
    </section>
  `,
  styles: `
    .notif-list { list-style: none; margin: 0; padding: 0; }
    .notif { display: flex; align-items: flex-start; gap: 12px; padding: 12px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .notif:last-child { border-bottom: 0; }
    .notif--unread { background: color-mix(in srgb, var(--mat-sys-primary-container) 35%, transparent); border-radius: 12px; }
    .notif__icon { flex: none; color: var(--mat-sys-on-surface-variant); margin-top: 2px; }
    .notif__body { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; gap: 4px; }
    .notif__kind { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; font: var(--mat-sys-title-small); overflow-wrap: anywhere; }
    .notif__dot { width: 8px; height: 8px; border-radius: 50%; background: var(--mat-sys-primary); }
    .notif__text { margin: 0; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface); overflow-wrap: anywhere; }
    a.notif__text { text-decoration: none; }
    a.notif__text:hover { text-decoration: underline; }
    .notif__meta { display: flex; flex-wrap: wrap; gap: 4px 16px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .notif__read { flex: none; }
    mat-button-toggle-group { max-width: 100%; }
  `,
})
export class NotificationList {
  private readonly api = inject(NotificationsService);
  private readonly center = inject(NotificationCenter);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);

  protected readonly icon = moduleIcon;
  protected readonly unread = computed(() => this.center.unread() ?? 0);
  protected readonly canSchoolDefaults = computed(() => this.config.isGranted(Permissions.NotificationsSchoolDefaults));
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected readonly list = new PagedList<NotificationQuery, NotificationDto>(
    (p, paging) => ({ ...paging, show: oneOf(p, 'show', ['all', 'unread'] as const) || 'all' }),
    {
      toParams: (q) => ({ show: q.show === 'unread' ? 'unread' : null }),
      load: (q, paging) => this.api.getNotificationList({ ...paging, unreadOnly: q.show === 'unread' || undefined }, handlesErrors()),
    },
  );

  constructor() {
    this.list.start();
    // Read elsewhere (the bell, another device), or a new one arrived, or the language changed: show the list as it is now.
    let first = true;
    effect(() => {
      this.center.changed();
      this.config.culture();
      if (first) {
        first = false;
        return;
      }
      untracked(() => this.list.reload());
    });
  }

  protected show(value: Show): void {
    this.list.apply({ ...this.list.query(), show: value, page: 0 });
  }

  protected link(n: NotificationDto) {
    return this.router.parseUrl(n.linkPath || '/notifications');
  }

  protected since(value: string): string {
    return sinceText(value, this.l);
  }

  protected opened(n: NotificationDto): void {
    if (!n.isRead) void this.center.markRead(n.id).catch(() => undefined);
  }

  protected async markRead(n: NotificationDto): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      await this.center.markRead(n.id);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  protected async markAll(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const marked = await this.center.markAllRead();
      this.notify.success(this.l.t('UI:Notif.MarkedAllRead', marked));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
