import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Page title (the page's single h1) with an optional subtitle and action buttons on the right. */
@Component({
  selector: 'app-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <div class="page-header__text">
        <h1 class="page-title" tabindex="-1">{{ title() }}</h1>
        @if (subtitle()) {
          <p class="page-subtitle">{{ subtitle() }}</p>
        }
      </div>
      <div class="page-header__actions"><ng-content /></div>
    </header>
  `,
  styles: `
    .page-header { display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between; gap: 12px 24px; margin: 0 0 20px; }
    .page-header__text { min-width: 0; }
    .page-title { margin: 0; font: var(--mat-sys-headline-small); color: var(--mat-sys-on-surface); outline: none; overflow-wrap: anywhere; }
    .page-subtitle { margin: 4px 0 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .page-header__actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .page-header__actions:empty { display: none; }
  `,
})
export class PageHeader {
  readonly title = input.required<string>();
  readonly subtitle = input<string | null>(null);
}
