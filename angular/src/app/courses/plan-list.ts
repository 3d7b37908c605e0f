import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { PostCoursePlanListItemDto } from '../api/models';
import { PostCoursePlansService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText } from './course-utils';

/** `/courses/plans`: one's own post-course plans (the director and deputies: the school's, the submitted ones first). */
@Component({
  selector: 'app-post-course-plan-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatProgressBarModule, TPipe, EnumTextPipe, FormBanner, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/courses">{{ 'Menu:Courses' | t }}</a></nav>
    <app-page-header [title]="'UI:Courses.PlansTitle' | t" [subtitle]="'UI:Courses.PlansHint' | t" />
    <app-form-banner [messages]="errors()" />
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <section class="surface">
      <ul class="rows" data-testid="plan-list">
        @for (p of plans(); track p.id) {
          <li>
            <a [routerLink]="['/courses/plans', p.id]" data-testid="plan-link">
              <strong>{{ p.staffName }} · {{ p.programmeTitle }}</strong>
              <span class="cell-secondary"><span class="chip">{{ p.status | enumText: 'DevelopmentPlanStatus' }}</span>
                {{ 'UI:Courses.EventsHeld' | t: p.heldCount : p.eventCount }}</span>
            </a>
          </li>
        } @empty {
          @if (!loading()) { <li class="table-empty" data-testid="plan-list-empty">{{ 'UI:Courses.PlansEmpty' | t }}</li> }
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
  `,
})
export class PlanList {
  private readonly api = inject(PostCoursePlansService);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);
  private readonly viewAll = computed(() => this.config.isGranted(Permissions.CoursesViewAll));
  protected readonly loading = signal(true);
  protected readonly errors = signal<string[]>([]);
  protected readonly plans = signal<PostCoursePlanListItemDto[]>([]);

  constructor() {
    firstValueFrom(this.api.getPostCoursePlanList({ maxResultCount: 100, mine: this.viewAll() ? undefined : true }, handlesErrors()))
      .then((r) => this.plans.set([...(r.items ?? [])].sort((a, b) => Number(b.status === 'Submitted') - Number(a.status === 'Submitted'))))
      .catch((e) => this.errors.set([errorText(e, (k) => this.l.t(k))]))
      .finally(() => this.loading.set(false));
  }
}
