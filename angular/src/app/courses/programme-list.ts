import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CourseProgrammeListItemDto } from '../api/models';
import { CourseProgrammesService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText } from './course-utils';

/** `/courses/programmes`: the course catalogue: the shared one (the platform's) and the school's own entries. */
@Component({
  selector: 'app-course-programme-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatProgressBarModule, TPipe, EnumTextPipe, FormBanner, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/courses">{{ 'Menu:Courses' | t }}</a></nav>
    <app-page-header [title]="'UI:Courses.ProgrammesTitle' | t" [subtitle]="'UI:Courses.ProgrammesHint' | t" />
    <app-form-banner [messages]="errors()" />
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <section class="surface">
      <ul class="rows" data-testid="programme-list">
        @for (p of programmes(); track p.id) {
          <li>
            <a [routerLink]="['/courses/programmes', p.id]" data-testid="programme-link">
              <strong>{{ p.title }}</strong>
              <span class="cell-secondary">
                <span class="chip">{{ (p.isHost ? 'UI:Courses.SharedCatalogue' : 'UI:Courses.SchoolEntry') | t }}</span>
                {{ p.provider }} · {{ p.field }} · {{ 'UI:Courses.HoursShort' | t: p.hours }} · {{ p.format | enumText: 'CourseFormat' }}@if (p.formatSplit) { ({{ p.formatSplit }}) }
                @if (p.discrepancyCount) { · <span class="warn">{{ 'UI:Courses.DiscrepancyCount' | t: p.discrepancyCount }}</span> }
              </span>
            </a>
          </li>
        } @empty {
          @if (!loading()) { <li class="table-empty">{{ 'UI:Courses.ProgrammesEmpty' | t }}</li> }
        }
      </ul>
    </section>
  `,
  styles: `
    .surface { padding: 0 16px; }
    .rows { list-style: none; margin: 0; padding: 0; }
    .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .rows a { display: flex; flex-direction: column; gap: 2px; padding: 10px 0; color: inherit; text-decoration: none; overflow-wrap: anywhere; }
    .chip { margin-right: 6px; }
    .warn { color: var(--mat-sys-error); }
  `,
})
export class ProgrammeList {
  private readonly api = inject(CourseProgrammesService);
  private readonly l = inject(LocalizationService);
  protected readonly loading = signal(true);
  protected readonly errors = signal<string[]>([]);
  protected readonly programmes = signal<CourseProgrammeListItemDto[]>([]);

  constructor() {
    firstValueFrom(this.api.getCourseProgrammeList({ maxResultCount: 100 }, handlesErrors()))
      .then((r) => this.programmes.set(r.items ?? []))
      .catch((e) => this.errors.set([errorText(e, (k) => this.l.t(k))]))
      .finally(() => this.loading.set(false));
  }
}
