import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';

import { NotificationBell } from '../../notifications/notification-bell';
import { AuthService } from '../auth/auth.service';
import { AppConfigService } from '../config/app-config.service';
import { Permissions } from '../config/permissions';
import { LocalizationService } from '../i18n/localization.service';
import { TPipe } from '../i18n/t.pipe';
import { LanguageSwitch } from './language-switch';
import { CORE_MENU, MENU_ITEMS, MenuItem } from './menu';
import { primaryRole } from './roles';

/** The frame around every signed-in page: top bar (school, language, user), side menu, content. */
@Component({
  selector: 'app-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatSidenavModule, MatListModule, MatIconModule,
    MatButtonModule, MatMenuModule, MatDividerModule, TPipe, LanguageSwitch, NotificationBell,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly config = inject(AppConfigService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly l = inject(LocalizationService);
  private readonly document = inject(DOCUMENT);
  private readonly extraMenus = inject(MENU_ITEMS, { optional: true }) ?? [];
  private readonly sidenav = viewChild(MatSidenav);

  protected readonly wide = toSignal(
    inject(BreakpointObserver).observe('(min-width: 960px)').pipe(map((s) => s.matches)),
    { initialValue: true },
  );

  protected readonly menu = computed<MenuItem[]>(() => {
    const isHost = this.config.isHost();
    return [...CORE_MENU, ...this.extraMenus.flat()]
      .filter((item) => item.tenant === undefined || item.tenant === !isHost)
      .filter((item) => this.config.isGrantedAll(item.permissions ?? []))
      .sort((a, b) => a.order - b.order);
  });

  protected readonly userName = computed(() => this.config.currentUser()?.fullName || this.config.currentUser()?.userName || '');
  protected readonly schoolName = computed(() =>
    this.config.currentTenant()?.isAvailable ? (this.config.currentTenant()?.name ?? '') : this.l.t('UI:HostName'),
  );
  /** The bell: every school user who reads notifications (not the platform operator). */
  protected readonly showBell = computed(() => !this.config.isHost() && this.config.isGranted(Permissions.Notifications));
  /** Two-factor sign-in is offered to directors and the platform operator. */
  protected readonly canTwoFactor = computed(() => this.config.isHost() || this.config.roles().some((r) => r.toLowerCase() === 'director'));
  protected readonly roleText = computed(() => {
    const role = primaryRole(this.config.roles(), this.config.isHost());
    return role ? this.l.tOr(`Role:${role}`, role) : '';
  });
  protected readonly initials = computed(() =>
    this.userName()
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((p) => p.charAt(0).toUpperCase())
      .join(''),
  );

  constructor() {
    // After each in-app navigation: close the overlay menu on phones and move focus to the new page's heading, so
    // screen readers announce the page. Not on the first page load: keyboard users then start at the skip link.
    let first = true;
    this.router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe(() => {
      if (!this.wide()) void this.sidenav()?.close();
      if (first) {
        first = false;
        return;
      }
      setTimeout(() => (this.document.querySelector('main h1') as HTMLElement | null)?.focus({ preventScroll: true }));
    });
  }

  protected async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}
