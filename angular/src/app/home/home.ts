import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Type, computed, effect, inject, signal } from '@angular/core';

import { AppConfigService } from '../core/config/app-config.service';
import { LocalizationService } from '../core/i18n/localization.service';
import { homeKind, homeKinds } from '../core/layout/roles';
import { PageHeader } from '../shared/page-header';
import { CORE_HOME_WIDGETS } from './core-widgets';
import { HOME_WIDGETS, HomeWidget } from './home-widgets';

/** `/`: the home page of the user's role (host, director, methodologist, mentor, teacher), made of widgets. */
@Component({
  selector: 'app-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgComponentOutlet, PageHeader],
  template: `
    <app-page-header [title]="greeting()" [subtitle]="subtitle()" />
    <div class="widget-grid" [attr.data-home]="kind()" data-testid="home">
      @for (w of loaded(); track w.id) {
        <div class="widget-cell" [class.widget-cell--wide]="w.wide" [class.widget-cell--full]="w.full">
          <ng-container *ngComponentOutlet="w.component" />
        </div>
      }
    </div>
  `,
  styles: `
    .widget-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
    .widget-cell { min-width: 0; display: flex; }
    .widget-cell--wide { grid-column: span 2; }
    .widget-cell--full { grid-column: 1 / -1; }
    @media (max-width: 719.98px) { .widget-grid { grid-template-columns: 1fr; } .widget-cell--wide, .widget-cell--full { grid-column: auto; } }
  `,
})
export class Home {
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);
  private readonly registered = [...CORE_HOME_WIDGETS, ...(inject(HOME_WIDGETS, { optional: true }) ?? []).flat()];

  protected readonly kind = computed(() => homeKind(this.config.roles(), this.config.isHost()));
  private readonly kinds = computed(() => homeKinds(this.config.roles(), this.config.isHost()));
  protected readonly greeting = computed(() => {
    const name = this.config.currentUser()?.fullName || this.config.currentUser()?.userName || '';
    return this.l.t('UI:Home.Greeting', name);
  });
  protected readonly subtitle = computed(() => this.l.t(`UI:Home.${capitalise(this.kind())}.Subtitle`));

  private readonly visible = computed(() =>
    this.registered
      .filter((w) => w.kinds.some((k) => this.kinds().includes(k)) && this.config.isGrantedAll(w.permissions ?? []))
      .sort((a, b) => a.order - b.order),
  );
  protected readonly loaded = signal<(HomeWidget & { component: Type<unknown> })[]>([]);

  constructor() {
    effect(async () => {
      const widgets = this.visible();
      const components = await Promise.all(widgets.map((w) => w.load()));
      this.loaded.set(widgets.map((w, i) => ({ ...w, component: components[i] })));
    });
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
