import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { QualificationCategory, RouteSheetTemplateDto } from '../api/models';
import { QUALIFICATION_CATEGORY } from '../api/models/qualification-category-array';
import { RouteSheetsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { KkRuPipe } from './common';

/** `/route-sheets/templates`: the route sheet template of each level (built-in or the school's copy) and which one is active. */
@Component({
  selector: 'app-route-sheet-template-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TPipe, EnumTextPipe, KkRuPipe, PageHeader, FormBanner],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/route-sheets">{{ 'Menu:RouteSheets' | t }}</a></nav>
    <app-page-header [title]="'UI:RouteSheets.Templates' | t" [subtitle]="'UI:RouteSheets.TemplatesSubtitle' | t" />
    <app-form-banner [messages]="errors()" />
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    @for (g of groups(); track g.category) {
      <section class="surface form-panel level" [attr.data-testid]="'templates-' + g.category">
        <h2 class="section-title">{{ g.category | enumText: 'QualificationCategory' }}</h2>
        @for (tpl of g.items; track tpl.id) {
          <div class="tpl" [attr.data-testid]="'template-' + tpl.id">
            <div class="tpl__text">
              <a class="row-link" [routerLink]="['/route-sheets/templates', tpl.id]">{{ tpl.titleKk | kkRu: tpl.titleRu }}</a>
              <span class="cell-secondary">{{ tpl.stageKk | kkRu: tpl.stageRu }}</span>
              <span class="cell-secondary">{{ 'UI:RouteSheets.RowCount' | t: tpl.rows.length }}</span>
              <p class="chips">
                <span class="chip" [class.chip--tertiary]="!tpl.isBuiltIn">{{ (tpl.isBuiltIn ? 'UI:RouteSheets.BuiltIn' : 'UI:RouteSheets.SchoolCopy') | t }}</span>
                @if (tpl.isActive) {
                  <span class="chip chip--primary" data-testid="template-active">{{ 'UI:RouteSheets.Active' | t }}</span>
                }
              </p>
            </div>
            <div class="tpl__actions">
              <a mat-stroked-button [routerLink]="['/route-sheets/templates', tpl.id]" [attr.data-testid]="'template-edit-' + tpl.id">
                <mat-icon aria-hidden="true">edit</mat-icon>{{ 'UI:RouteSheets.EditTemplate' | t }}</a>
              <button mat-stroked-button type="button" (click)="copy(tpl)" [disabled]="busy()">
                <mat-icon aria-hidden="true">content_copy</mat-icon>{{ 'UI:RouteSheets.CopyTemplate' | t }}</button>
              @if (!tpl.isActive) {
                <button mat-flat-button type="button" (click)="activate(tpl)" [disabled]="busy()" [attr.data-testid]="'template-activate-' + tpl.id">
                  <mat-icon aria-hidden="true">check_circle</mat-icon>{{ 'UI:RouteSheets.Activate' | t }}</button>
              }
            </div>
          </div>
        }
      </section>
    } @empty {
      @if (!loading()) {
        <p class="table-empty">{{ 'UI:RouteSheets.NoTemplates' | t }}</p>
      }
    }
  `,
  styles: `
    .level { margin-bottom: 16px; }
    .section-title { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .tpl { display: flex; flex-wrap: wrap; gap: 8px 16px; justify-content: space-between; padding: 12px 0; border-top: 1px solid var(--mat-sys-outline-variant); }
    .tpl__text { display: grid; gap: 2px; min-width: 0; flex: 1 1 280px; overflow-wrap: anywhere; }
    .tpl__actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .chips { display: flex; gap: 6px; margin: 4px 0 0; }
  `,
})
export class RouteSheetTemplateList {
  private readonly api = inject(RouteSheetsService);
  private readonly l = inject(LocalizationService);
  private readonly notify = inject(NotifyService);
  private readonly router = inject(Router);
  protected readonly items = signal<RouteSheetTemplateDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly groups = computed(() =>
    (QUALIFICATION_CATEGORY as QualificationCategory[])
      .map((category) => ({
        category,
        items: this.items()
          .filter((t) => t.category === category)
          .sort((a, b) => Number(b.isActive) - Number(a.isActive) || Number(b.isBuiltIn) - Number(a.isBuiltIn)),
      }))
      .filter((g) => g.items.length),
  );

  constructor() {
    void this.load();
  }

  protected async activate(t: RouteSheetTemplateDto): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.activateRouteSheetTemplate({ id: t.id }, handlesErrors()));
      this.notify.success(this.l.t('UI:RouteSheets.Activated'));
      await this.load();
    });
  }

  protected async copy(t: RouteSheetTemplateDto): Promise<void> {
    await this.run(async () => {
      const copy = await firstValueFrom(this.api.copyRouteSheetTemplate({ id: t.id }, handlesErrors()));
      this.notify.success(this.l.t('UI:RouteSheets.Copied'));
      await this.router.navigate(['/route-sheets/templates', copy.id]);
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      await action();
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.items.set(await firstValueFrom(this.api.getRouteSheetTemplateList(undefined, handlesErrors())));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }
}
