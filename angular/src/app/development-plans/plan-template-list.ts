import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { PlanTemplateDto } from '../api/models';
import { DevelopmentPlansService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { PageQuery, PagedList } from '../core/lists/paged-list';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

/** The template's name in the current language (built-in templates have both; a school's own has one name). */
export function planTemplateName(t: PlanTemplateDto, culture: string): string {
  return culture === 'ru' ? t.nameRu || t.name : culture === 'kk' ? t.nameKk || t.name : t.name;
}

/**
 * `/development-plans/templates`: the school's own templates (to edit or delete), a page at a time, and the built-in plan forms
 * (to copy).
 */
@Component({
  selector: 'app-plan-template-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, RouterLink, TPipe, EnumTextPipe, PageHeader, FormBanner,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/development-plans">{{ 'Menu:DevelopmentPlans' | t }}</a></nav>
    <app-page-header [title]="'UI:PlanTemplates.Title' | t" [subtitle]="'UI:PlanTemplates.Subtitle' | t">
      <a mat-flat-button routerLink="/development-plans/templates/new" data-testid="template-new"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:PlanTemplates.New' | t }}</a>
    </app-page-header>
    <app-form-banner [messages]="errors()" />
    <section class="surface form-panel group" data-testid="templates-own">
      <h2 class="section-title">{{ 'UI:PlanTemplates.Own' | t }}</h2>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      } @else {
        @for (tpl of list.items(); track tpl.id) {
          <div class="tpl" data-testid="template-row">
            <div class="tpl__text">
              <a class="row-link" [routerLink]="['/development-plans/templates', tpl.id]" data-testid="template-link">{{ tpl.name }}</a>
              <span class="cell-secondary">{{ tpl.layoutKind | enumText: 'PlanLayoutKind' }} · {{ 'UI:PlanTemplates.SectionCount' | t: tpl.sections.length }}</span>
            </div>
            <div class="tpl__actions">
              <a mat-stroked-button [routerLink]="['/development-plans/templates', tpl.id]"><mat-icon aria-hidden="true">edit</mat-icon>{{ 'UI:PlanTemplates.Edit' | t }}</a>
              <button mat-stroked-button type="button" (click)="remove(tpl)" [disabled]="busy()" data-testid="template-delete">
                <mat-icon aria-hidden="true">delete</mat-icon>{{ 'UI:Delete' | t }}</button>
            </div>
          </div>
        } @empty {
          @if (!list.error().length) {
            <p class="table-empty" data-testid="templates-empty">{{ 'UI:PlanTemplates.Empty' | t }}</p>
          }
        }
      }
      @if (list.total() > list.pageSizes[0]) {
        <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size"
                       [pageSizeOptions]="list.pageSizes" (page)="list.onPage($event)" [showFirstLastButtons]="true"
                       data-testid="templates-paginator" />
      }
    </section>
    <section class="surface form-panel group" data-testid="templates-builtin">
      <h2 class="section-title">{{ 'UI:PlanTemplates.BuiltIn' | t }}</h2>
      @if (builtInLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      @for (tpl of builtIn(); track tpl.id) {
        <div class="tpl">
          <div class="tpl__text">
            <span>{{ name(tpl) }}</span>
            <span class="cell-secondary">{{ tpl.layoutKind | enumText: 'PlanLayoutKind' }} · {{ 'UI:PlanTemplates.SectionCount' | t: tpl.sections.length }}</span>
          </div>
          <div class="tpl__actions">
            <a mat-stroked-button routerLink="/development-plans/templates/new" [queryParams]="{ from: tpl.id }" data-testid="template-copy">
              <mat-icon aria-hidden="true">content_copy</mat-icon>{{ 'UI:PlanTemplates.Copy' | t }}</a>
          </div>
        </div>
      }
    </section>
  `,
  styles: `
    .group { margin-bottom: 16px; }
    .section-title { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .tpl { display: flex; flex-wrap: wrap; gap: 8px 16px; justify-content: space-between; padding: 12px 0; border-top: 1px solid var(--mat-sys-outline-variant); }
    .tpl__text { display: grid; gap: 2px; min-width: 0; flex: 1 1 240px; overflow-wrap: anywhere; }
    .tpl__actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  `,
})
export class PlanTemplateList {
  private readonly api = inject(DevelopmentPlansService);
  private readonly l = inject(LocalizationService);
  private readonly notify = inject(NotifyService);
  private readonly confirm = inject(ConfirmService);
  /** The school's own templates, a page at a time (the page lives in the URL). */
  protected readonly list = new PagedList<PageQuery, PlanTemplateDto>((_, paging) => paging, {
    toParams: () => ({}),
    load: (_, paging) => this.api.getPlanTemplateList({ ...paging, builtIn: false }, handlesErrors()),
  });
  protected readonly builtIn = signal<PlanTemplateDto[]>([]);
  protected readonly builtInLoading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    this.list.start();
    void this.loadBuiltIn();
  }

  protected name(t: PlanTemplateDto): string {
    return planTemplateName(t, this.l.culture());
  }

  protected async remove(t: PlanTemplateDto): Promise<void> {
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:PlanTemplates.DeleteTitle'), message: this.l.t('UI:PlanTemplates.DeleteMessage', t.name),
      confirm: this.l.t('UI:Delete'), danger: true,
    });
    if (!ok) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      await firstValueFrom(this.api.deletePlanTemplate({ id: t.id }, handlesErrors()));
      this.notify.success(this.l.t('UI:PlanTemplates.Deleted'));
      // The last template of a later page is gone: show the page before it rather than an empty one.
      const q = this.list.query();
      if (q.page > 0 && this.list.items().length === 1) this.list.apply({ ...q, page: q.page - 1 });
      else this.list.reload();
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  private async loadBuiltIn(): Promise<void> {
    try {
      const page = await firstValueFrom(this.api.getPlanTemplateList({ builtIn: true }, handlesErrors()));
      this.builtIn.set(page.items ?? []);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.builtInLoading.set(false);
    }
  }
}
