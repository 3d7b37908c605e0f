import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { FormArray, FormBuilder, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { RouteSheetRowText, RouteSheetTemplateDto } from '../api/models';
import { RouteSheetsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { KkRuPipe } from './common';

const CELL = 1000;
const TITLE = 256;

/** `/route-sheets/templates/:id`: a level's template in Kazakh and Russian. Saving a built-in template makes the school's copy. */
@Component({
  selector: 'app-route-sheet-template-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule,
    TPipe, EnumTextPipe, KkRuPipe, FieldError, FormBanner, DraftBanner, NotFoundView, PageHeader],
  template: `
    @if (notFound()) {
      <app-not-found-view backLink="/route-sheets/templates" backKey="UI:RouteSheets.BackToTemplates" />
    } @else {
      <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
        <a routerLink="/route-sheets">{{ 'Menu:RouteSheets' | t }}</a> / <a routerLink="/route-sheets/templates">{{ 'UI:RouteSheets.Templates' | t }}</a>
      </nav>
      @if (template(); as tpl) {
        <app-page-header [title]="tpl.titleKk | kkRu: tpl.titleRu" [subtitle]="(tpl.category | enumText: 'QualificationCategory')">
          @if (tpl.isActive) {
            <span class="chip chip--primary">{{ 'UI:RouteSheets.Active' | t }}</span>
          }
          <span class="chip">{{ (tpl.isBuiltIn ? 'UI:RouteSheets.BuiltIn' : 'UI:RouteSheets.SchoolCopy') | t }}</span>
        </app-page-header>
        @if (tpl.isBuiltIn) {
          <div class="banner banner--info" role="note"><mat-icon aria-hidden="true">info</mat-icon><p>{{ 'UI:RouteSheets.BuiltInHint' | t }}</p></div>
        }
        <form class="surface form-panel tpl-form" [formGroup]="form" (submit)="$event.preventDefault(); save()" data-testid="template-form">
          <app-draft-banner [visible]="draftRestored()" (discard)="discard()" />
          <app-form-banner [messages]="errors()" />
          <div class="pair">
            <mat-form-field><mat-label>{{ 'UI:RouteSheets.TitleKk' | t }}</mat-label><input matInput formControlName="titleKk" data-testid="tpl-title-kk" />
              <mat-error><app-field-error [control]="form.controls.titleKk" /></mat-error></mat-form-field>
            <mat-form-field><mat-label>{{ 'UI:RouteSheets.TitleRu' | t }}</mat-label><input matInput formControlName="titleRu" data-testid="tpl-title-ru" />
              <mat-error><app-field-error [control]="form.controls.titleRu" /></mat-error></mat-form-field>
            <mat-form-field><mat-label>{{ 'UI:RouteSheets.StageKk' | t }}</mat-label><input matInput formControlName="stageKk" />
              <mat-error><app-field-error [control]="form.controls.stageKk" /></mat-error></mat-form-field>
            <mat-form-field><mat-label>{{ 'UI:RouteSheets.StageRu' | t }}</mat-label><input matInput formControlName="stageRu" />
              <mat-error><app-field-error [control]="form.controls.stageRu" /></mat-error></mat-form-field>
            <mat-form-field><mat-label>{{ 'UI:RouteSheets.GoalKk' | t }}</mat-label><textarea matInput formControlName="goalKk" rows="2"></textarea>
              <mat-error><app-field-error [control]="form.controls.goalKk" /></mat-error></mat-form-field>
            <mat-form-field><mat-label>{{ 'UI:RouteSheets.GoalRu' | t }}</mat-label><textarea matInput formControlName="goalRu" rows="2"></textarea>
              <mat-error><app-field-error [control]="form.controls.goalRu" /></mat-error></mat-form-field>
          </div>
          <h2 class="section-title">{{ 'UI:RouteSheets.Rows' | t }}</h2>
          <div formArrayName="rows" class="tpl-rows">
            @for (row of rows.controls; track row; let i = $index) {
              <fieldset class="tpl-row" [formGroupName]="i" [attr.data-testid]="'tpl-row-' + (i + 1)">
                <legend>{{ 'UI:RouteSheets.RowN' | t: i + 1 }}</legend>
                <div class="pair">
                  <mat-form-field><mat-label>{{ 'UI:RouteSheets.DirectionKk' | t }}</mat-label><textarea matInput formControlName="directionKk" rows="1" [attr.data-testid]="'tpl-row-' + (i + 1) + '-direction-kk'"></textarea>
                    <mat-error><app-field-error [control]="row.controls.directionKk" /></mat-error></mat-form-field>
                  <mat-form-field><mat-label>{{ 'UI:RouteSheets.DirectionRu' | t }}</mat-label><textarea matInput formControlName="directionRu" rows="1" [attr.data-testid]="'tpl-row-' + (i + 1) + '-direction-ru'"></textarea>
                    <mat-error><app-field-error [control]="row.controls.directionRu" /></mat-error></mat-form-field>
                  <mat-form-field><mat-label>{{ 'UI:RouteSheets.ContentKk' | t }}</mat-label><textarea matInput formControlName="contentKk" rows="2"></textarea>
                    <mat-error><app-field-error [control]="row.controls.contentKk" /></mat-error></mat-form-field>
                  <mat-form-field><mat-label>{{ 'UI:RouteSheets.ContentRu' | t }}</mat-label><textarea matInput formControlName="contentRu" rows="2"></textarea>
                    <mat-error><app-field-error [control]="row.controls.contentRu" /></mat-error></mat-form-field>
                  <mat-form-field><mat-label>{{ 'UI:RouteSheets.ActionsKk' | t }}</mat-label><textarea matInput formControlName="actionsKk" rows="3"></textarea>
                    <mat-error><app-field-error [control]="row.controls.actionsKk" /></mat-error></mat-form-field>
                  <mat-form-field><mat-label>{{ 'UI:RouteSheets.ActionsRu' | t }}</mat-label><textarea matInput formControlName="actionsRu" rows="3"></textarea>
                    <mat-error><app-field-error [control]="row.controls.actionsRu" /></mat-error></mat-form-field>
                </div>
                <div class="row-actions">
                  <button mat-button type="button" (click)="move(i, -1)" [disabled]="i === 0" [attr.aria-label]="'UI:RouteSheets.MoveUp' | t"><mat-icon aria-hidden="true">arrow_upward</mat-icon>{{ 'UI:RouteSheets.MoveUp' | t }}</button>
                  <button mat-button type="button" (click)="move(i, 1)" [disabled]="i === rows.length - 1" [attr.aria-label]="'UI:RouteSheets.MoveDown' | t"><mat-icon aria-hidden="true">arrow_downward</mat-icon>{{ 'UI:RouteSheets.MoveDown' | t }}</button>
                  <button mat-button type="button" (click)="remove(i)" [disabled]="rows.length <= 1"><mat-icon aria-hidden="true">delete</mat-icon>{{ 'UI:RouteSheets.RemoveRow' | t }}</button>
                </div>
              </fieldset>
            }
          </div>
          <div class="form-actions">
            <button mat-stroked-button type="button" (click)="addRow()" [disabled]="rows.length >= 30" data-testid="tpl-add-row"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:RouteSheets.AddRow' | t }}</button>
            <button mat-flat-button type="submit" [disabled]="saving()" data-testid="tpl-save"><mat-icon aria-hidden="true">save</mat-icon>{{ 'UI:Save' | t }}</button>
          </div>
        </form>
      } @else if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      } @else {
        <app-form-banner [messages]="errors()" />
      }
    }
  `,
  styles: `
    .tpl-form { display: grid; gap: 8px; }
    .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 0 12px; }
    .pair mat-form-field { width: 100%; }
    .section-title { font: var(--mat-sys-title-medium); margin: 8px 0; }
    .tpl-rows { display: grid; gap: 12px; }
    .tpl-row { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 8px 12px; min-width: 0; }
    .tpl-row legend { font: var(--mat-sys-label-large); padding: 0 4px; }
    .row-actions, .form-actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
  `,
})
export class RouteSheetTemplateEdit implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(RouteSheetsService);
  private readonly drafts = inject(DraftService);
  private readonly notify = inject(NotifyService);
  private readonly router = inject(Router);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(FormBuilder);
  private readonly config = inject(AppConfigService);

  protected readonly template = signal<RouteSheetTemplateDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly form = this.fb.nonNullable.group({
    titleKk: ['', [Validators.required, Validators.maxLength(TITLE)]],
    titleRu: ['', [Validators.required, Validators.maxLength(TITLE)]],
    stageKk: ['', [Validators.required, Validators.maxLength(TITLE)]],
    stageRu: ['', [Validators.required, Validators.maxLength(TITLE)]],
    goalKk: ['', [Validators.required, Validators.maxLength(CELL)]],
    goalRu: ['', [Validators.required, Validators.maxLength(CELL)]],
    rows: this.fb.array<ReturnType<RouteSheetTemplateEdit['rowGroup']>>([]),
  });
  private draft: FormDraft | null = null;

  protected get rows(): FormArray<ReturnType<RouteSheetTemplateEdit['rowGroup']>> {
    return this.form.controls.rows;
  }

  ngOnInit(): void {
    this.draft = this.drafts.track(`route-sheet-template:${this.id()}`, this.form, { restoreNow: false }, this.destroyRef);
    void this.load();
  }

  protected draftRestored(): boolean {
    return this.draft?.restored() ?? false;
  }

  protected discard(): void {
    this.draft?.clear();
    const t = this.template();
    if (t) this.fill(t);
  }

  protected addRow(): void {
    this.rows.push(this.rowGroup({}));
    this.form.markAsDirty();
  }

  protected remove(i: number): void {
    this.rows.removeAt(i);
    this.form.markAsDirty();
  }

  protected move(i: number, delta: number): void {
    const c = this.rows.at(i);
    this.rows.removeAt(i, { emitEvent: false });
    this.rows.insert(i + delta, c);
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    const t = this.template();
    if (!t || this.saving()) return;
    clearServerErrors(this.form);
    this.errors.set([]);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.updateRouteSheetTemplate(
          {
            id: t.id,
            body: {
              titleKk: v.titleKk.trim(), titleRu: v.titleRu.trim(), stageKk: v.stageKk.trim(), stageRu: v.stageRu.trim(),
              goalKk: v.goalKk.trim(), goalRu: v.goalRu.trim(), concurrencyStamp: t.concurrencyStamp,
              rows: v.rows.map((r, i): RouteSheetRowText => ({ ...trimAll(r), order: i + 1 })),
            },
          },
          handlesErrors(),
        ),
      );
      this.draft?.clear();
      this.notify.success(this.l.t(saved.id !== t.id ? 'UI:RouteSheets.CopySaved' : 'UI:SavedChanges'));
      if (saved.id !== t.id) {
        await this.router.navigate(['/route-sheets/templates', saved.id], { replaceUrl: true });
      } else {
        this.template.set(saved);
        this.fill(saved);
      }
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 409) this.errors.set([this.l.t('UI:RouteSheets.Conflict')]);
      else {
        const unmatched = applyProblemToForm(this.form, problem);
        this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
      }
    } finally {
      this.saving.set(false);
    }
  }

  private rowGroup(r: RouteSheetRowText) {
    const c = (v: string | undefined, required: boolean) =>
      this.fb.nonNullable.control(v ?? '', required ? [Validators.required, Validators.maxLength(CELL)] : [Validators.maxLength(CELL)]);
    return this.fb.nonNullable.group({
      directionKk: c(r.directionKk, true),
      directionRu: c(r.directionRu, true),
      contentKk: c(r.contentKk, false),
      contentRu: c(r.contentRu, false),
      actionsKk: c(r.actionsKk, false),
      actionsRu: c(r.actionsRu, false),
    });
  }

  private fill(t: RouteSheetTemplateDto): void {
    this.rows.clear({ emitEvent: false });
    for (const r of [...t.rows].sort((a, b) => Number(a.order) - Number(b.order))) this.rows.push(this.rowGroup(r), { emitEvent: false });
    this.form.reset(
      { titleKk: t.titleKk, titleRu: t.titleRu, stageKk: t.stageKk, stageRu: t.stageRu, goalKk: t.goalKk, goalRu: t.goalRu, rows: this.rows.getRawValue() },
      { emitEvent: false },
    );
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const t = await firstValueFrom(this.api.getRouteSheetTemplate({ id: this.id() }, handlesErrors()));
      this.template.set(t);
      this.fill(t);
      // A draft may hold a different number of rows: make room before putting it back.
      const prefix = `kemel.draft.${this.config.currentTenant()?.id ?? 'host'}.${this.config.currentUser()?.id ?? 'anonymous'}.`;
      const stored = localStorage.getItem(`${prefix}route-sheet-template:${this.id()}`);
      const rowCount = stored ? ((JSON.parse(stored) as { value?: { rows?: unknown[] } }).value?.rows?.length ?? 0) : 0;
      while (this.rows.length < rowCount) this.rows.push(this.rowGroup({}), { emitEvent: false });
      if (!this.draft?.restore()) this.fill(t);
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 404 || problem.status === 400) this.notFound.set(true);
      else this.errors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }
}

function trimAll<T extends Record<string, string>>(r: T): T {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.trim()])) as T;
}
