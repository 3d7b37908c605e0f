import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import { TPipe } from '../core/i18n/t.pipe';

/** "Not found" view: unknown URL, or an API 404 on a detail page (including another school's record). */
@Component({
  selector: 'app-not-found-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, RouterLink, TPipe],
  template: `
    <section class="empty-state" role="alert" data-testid="not-found">
      <mat-icon class="empty-state__icon" aria-hidden="true">{{ icon() }}</mat-icon>
      <h1 class="empty-state__title" tabindex="-1">{{ titleKey() | t }}</h1>
      <p class="empty-state__text">{{ messageKey() | t }}</p>
      <a mat-flat-button [routerLink]="backLink()">{{ backKey() | t }}</a>
    </section>
  `,
})
export class NotFoundView {
  readonly titleKey = input('UI:NotFound.Title');
  readonly messageKey = input('UI:NotFound.Message');
  readonly backLink = input<string>('/');
  readonly backKey = input('UI:BackToHome');
  readonly icon = input('find_in_page');
}

@Component({
  selector: 'app-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NotFoundView],
  template: `<app-not-found-view />`,
})
export class NotFoundPage {}

@Component({
  selector: 'app-forbidden-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NotFoundView],
  template: `<app-not-found-view icon="lock" titleKey="UI:Forbidden.Title" messageKey="UI:Forbidden.Message" />`,
})
export class ForbiddenPage {}
