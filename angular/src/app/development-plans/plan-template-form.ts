import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormArray, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { PlanActivityKind, PlanLayoutKind, PlanTemplateDto, PlanTemplateRow, PlanTemplateSection } from '../api/models';
import { PLAN_ACTIVITY_KIND } from '../api/models/plan-activity-kind-array';
import { PLAN_LAYOUT_KIND } from '../api/models/plan-layout-kind-array';
import { DevelopmentPlansService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { planTemplateName } from './plan-template-list';

const TEXT = 500;
const MAX_SECTIONS = 20;
const MAX_ROWS = 40;

/**
 * `/development-plans/templates/new` (optionally `?from=<id>` to start from another template) and `/development-plans/templates/:id`:
 * the school's own plan template: its name, layout and sections with preset rows, in Kazakh and Russian.
 */
@Component({
  selector: 'app-plan-template-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatProgressBarModule, MatSelectModule, TPipe, EnumTextPipe, FieldError, FormBanner, NotFoundView, PageHeader],
  template: `
    @if (notFound()) {
      <app-not-found-view backLink="/development-plans/templates" backKey="UI:PlanTemplates.BackToList" />
    } @else {
      <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
        <a routerLink="/development-plans">{{ 'Menu:DevelopmentPlans' | t }}</a> / <a routerLink="/development-plans/templates">{{ 'UI:PlanTemplates.Title' | t }}</a>
      </nav>
      <app-page-header [title]="(id() ? 'UI:PlanTemplates.EditTitle' : 'UI:PlanTemplates.New') | t" [subtitle]="'UI:PlanTemplates.FormSubtitle' | t" />
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      } @else {
        <form class="surface form-panel tpl-form" [formGroup]="form" (submit)="$event.preventDefault(); save()" novalidate data-testid="plan-template-form">
          <app-form-banner [messages]="errors()" />
          @if (conflict()) {
            <div class="actions"><button mat-button type="button" (click)="reload()" data-testid="reload"><mat-icon aria-hidden="true">refresh</mat-icon>{{ 'UI:PlanTemplates.Reload' | t }}</button></div>
          }
          <div class="pair">
            <mat-form-field><mat-label>{{ 'UI:PlanTemplates.Name' | t }}</mat-label><input matInput formControlName="name" required data-testid="tpl-name" />
              <mat-error><app-field-error [control]="form.controls.name" /></mat-error></mat-form-field>
            <mat-form-field><mat-label>{{ 'UI:PlanTemplates.Layout' | t }}</mat-label>
              <mat-select formControlName="layoutKind" data-testid="tpl-layout">
                @for (k of layouts; track k) {
                  <mat-option [value]="k">{{ k | enumText: 'PlanLayoutKind' }}</mat-option>
                }
              </mat-select>
              <mat-hint>{{ 'UI:PlanTemplates.LayoutHint' | t }}</mat-hint>
              <mat-error><app-field-error [control]="form.controls.layoutKind" /></mat-error></mat-form-field>
          </div>
          <h2 class="section-title">{{ 'UI:PlanTemplates.Sections' | t }}</h2>
          @if (sections.errors?.['server']; as message) {
            <p class="field-error" role="alert" data-testid="sections-error">{{ message }}</p>
          }
          <div formArrayName="sections" class="sections">
            @for (section of sections.controls; track section; let i = $index) {
              <fieldset class="section" [formGroupName]="i" [attr.data-testid]="'tpl-section-' + (i + 1)">
                <legend>{{ 'UI:PlanTemplates.SectionN' | t: i + 1 }}</legend>
                @if (sectionMessage(section); as message) {
                  <p class="field-error" role="alert" data-testid="section-error">{{ message }}</p>
                }
                <div class="pair">
                  <mat-form-field><mat-label>{{ 'UI:PlanTemplates.TitleKk' | t }}</mat-label><input matInput formControlName="titleKk" data-testid="section-title-kk" />
                    <mat-error><app-field-error [control]="section.controls.titleKk" /></mat-error></mat-form-field>
                  <mat-form-field><mat-label>{{ 'UI:PlanTemplates.TitleRu' | t }}</mat-label><input matInput formControlName="titleRu" data-testid="section-title-ru" />
                    <mat-error><app-field-error [control]="section.controls.titleRu" /></mat-error></mat-form-field>
                </div>
                <div class="flags">
                  <mat-checkbox formControlName="holdsGoals" (change)="onlyOneGoalSection(i)">{{ 'UI:PlanTemplates.HoldsGoals' | t }}</mat-checkbox>
                  <mat-checkbox formControlName="hasTargets">{{ 'UI:PlanTemplates.HasTargets' | t }}</mat-checkbox>
                </div>
                <div formArrayName="rows" class="rows">
                  @for (row of section.controls.rows.controls; track row; let j = $index) {
                    <div class="row" [formGroupName]="j" [attr.data-testid]="'section-row-' + (j + 1)">
                      <mat-form-field><mat-label>{{ 'UI:PlanTemplates.RowKk' | t }}</mat-label><input matInput formControlName="titleKk" data-testid="row-title-kk" />
                        <mat-error><app-field-error [control]="row.controls.titleKk" /></mat-error></mat-form-field>
                      <mat-form-field><mat-label>{{ 'UI:PlanTemplates.RowRu' | t }}</mat-label><input matInput formControlName="titleRu" data-testid="row-title-ru" />
                        <mat-error><app-field-error [control]="row.controls.titleRu" /></mat-error></mat-form-field>
                      <mat-form-field><mat-label>{{ 'UI:PlanTemplates.Activity' | t }}</mat-label>
                        <mat-select formControlName="activity">
                          @for (a of activities; track a) {
                            <mat-option [value]="a">{{ a | enumText: 'PlanActivityKind' }}</mat-option>
                          }
                        </mat-select>
                        <mat-error><app-field-error [control]="row.controls.activity" /></mat-error></mat-form-field>
                      <button mat-icon-button type="button" (click)="removeRow(i, j)" [attr.aria-label]="'UI:PlanTemplates.RemoveRow' | t"><mat-icon>close</mat-icon></button>
                    </div>
                  }
                </div>
                <div class="actions">
                  <button mat-button type="button" (click)="addRow(i)" [disabled]="section.controls.rows.length >= maxRows" data-testid="row-add">
                    <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:PlanTemplates.AddRow' | t }}</button>
                  <button mat-button type="button" (click)="move(i, -1)" [disabled]="i === 0" [attr.aria-label]="'UI:PlanTemplates.MoveUp' | t"><mat-icon aria-hidden="true">arrow_upward</mat-icon></button>
                  <button mat-button type="button" (click)="move(i, 1)" [disabled]="i === sections.length - 1" [attr.aria-label]="'UI:PlanTemplates.MoveDown' | t"><mat-icon aria-hidden="true">arrow_downward</mat-icon></button>
                  <button mat-button type="button" (click)="removeSection(i)" [disabled]="sections.length <= 1" data-testid="section-remove">
                    <mat-icon aria-hidden="true">delete</mat-icon>{{ 'UI:PlanTemplates.RemoveSection' | t }}</button>
                </div>
              </fieldset>
            }
          </div>
          <div class="actions">
            <button mat-stroked-button type="button" (click)="addSection()" [disabled]="sections.length >= maxSections" data-testid="section-add">
              <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:PlanTemplates.AddSection' | t }}</button>
            <a mat-button routerLink="/development-plans/templates">{{ 'UI:Cancel' | t }}</a>
            <button mat-flat-button type="submit" [disabled]="saving()" data-testid="tpl-save"><mat-icon aria-hidden="true">save</mat-icon>{{ 'UI:Save' | t }}</button>
          </div>
        </form>
      }
    }
  `,
  styles: `
    .tpl-form { display: grid; gap: 8px; }
    .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 0 12px; }
    .pair mat-form-field { width: 100%; }
    .section-title { font: var(--mat-sys-title-medium); margin: 8px 0; }
    .sections { display: grid; gap: 12px; }
    .section { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 8px 12px; min-width: 0; }
    .section legend { font: var(--mat-sys-label-large); padding: 0 4px; }
    .flags { display: flex; flex-wrap: wrap; gap: 0 16px; margin-bottom: 8px; }
    .rows { display: grid; gap: 4px; }
    .row { display: flex; flex-wrap: wrap; gap: 0 8px; align-items: flex-start; }
    .row mat-form-field { flex: 1 1 180px; min-width: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
    .field-error { color: var(--mat-sys-error); font: var(--mat-sys-body-small); margin: 0; }
  `,
})
export class PlanTemplateForm implements OnInit {
  /** The template's id (editing); none for a new one. */
  readonly id = input<string>();
  private readonly api = inject(DevelopmentPlansService);
  private readonly notify = inject(NotifyService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder);

  protected readonly layouts = PLAN_LAYOUT_KIND;
  protected readonly activities = PLAN_ACTIVITY_KIND;
  protected readonly maxSections = MAX_SECTIONS;
  protected readonly maxRows = MAX_ROWS;
  protected readonly template = signal<PlanTemplateDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly saving = signal(false);
  protected readonly conflict = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly form = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    layoutKind: ['Sections' as PlanLayoutKind, Validators.required],
    sections: this.fb.array<ReturnType<PlanTemplateForm['sectionGroup']>>([]),
  });

  protected get sections(): FormArray<ReturnType<PlanTemplateForm['sectionGroup']>> {
    return this.form.controls.sections;
  }

  ngOnInit(): void {
    void this.load();
  }

  protected addSection(): void {
    this.sections.push(this.sectionGroup({}));
  }

  protected removeSection(i: number): void {
    this.sections.removeAt(i);
  }

  protected move(i: number, delta: number): void {
    const c = this.sections.at(i);
    this.sections.removeAt(i, { emitEvent: false });
    this.sections.insert(i + delta, c);
  }

  protected addRow(i: number): void {
    this.sections.at(i).controls.rows.push(this.rowGroup({}));
  }

  protected removeRow(i: number, j: number): void {
    this.sections.at(i).controls.rows.removeAt(j);
  }

  /** The server's message about a section that has no field of its own to show it (its key, its flags), if any. */
  protected sectionMessage(section: ReturnType<PlanTemplateForm['sectionGroup']>): string | null {
    const c = section.controls;
    return [c.key, c.holdsGoals, c.hasTargets].map((x) => x.errors?.['server'] as string | undefined).find((m) => !!m) ?? null;
  }

  /** Only one section may hold the plan's goals: ticking one unticks the others. */
  protected onlyOneGoalSection(i: number): void {
    if (!this.sections.at(i).controls.holdsGoals.value) return;
    this.sections.controls.forEach((s, k) => k !== i && s.controls.holdsGoals.setValue(false));
  }

  protected async reload(): Promise<void> {
    this.errors.set([]);
    await this.load();
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    clearServerErrors(this.form);
    this.errors.set([]);
    this.conflict.set(false);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const body = {
      name: v.name.trim(),
      layoutKind: v.layoutKind,
      sections: v.sections.map((s): PlanTemplateSection => ({
        key: s.key || undefined, titleKk: s.titleKk.trim(), titleRu: s.titleRu.trim(), holdsGoals: s.holdsGoals, hasTargets: s.hasTargets,
        rows: s.rows.map((r): PlanTemplateRow => ({ key: r.key || undefined, titleKk: r.titleKk.trim(), titleRu: r.titleRu.trim(), activity: r.activity })),
      })),
    };
    const current = this.template();
    this.saving.set(true);
    try {
      await (current
        ?  firstValueFrom(this.api.updatePlanTemplate({ id: current.id, body: { ...body, concurrencyStamp: current.concurrencyStamp ?? '' } }, handlesErrors()))
        : firstValueFrom(this.api.createPlanTemplate({ body }, handlesErrors())));
      this.notify.success(this.l.t('UI:PlanTemplates.Saved'));
      await this.router.navigate(['/development-plans/templates']);
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 409 && problem.code !== 'DevelopmentPlans:TemplateInUse') {
        this.errors.set([this.l.t('UI:PlanTemplates.Conflict')]);
        this.conflict.set(true);
      } else {
        const unmatched = applyProblemToForm(this.form, problem);
        this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
      }
    } finally {
      this.saving.set(false);
    }
  }

  private sectionGroup(s: PlanTemplateSection) {
    return this.fb.nonNullable.group({
      key: s.key ?? '',
      titleKk: [s.titleKk ?? '', [Validators.required, Validators.maxLength(TEXT)]],
      titleRu: [s.titleRu ?? '', [Validators.required, Validators.maxLength(TEXT)]],
      holdsGoals: !!s.holdsGoals,
      hasTargets: !!s.hasTargets,
      rows: this.fb.array((s.rows ?? []).map((r) => this.rowGroup(r))),
    });
  }

  private rowGroup(r: PlanTemplateRow) {
    return this.fb.nonNullable.group({
      key: r.key ?? '',
      titleKk: [r.titleKk ?? '', [Validators.required, Validators.maxLength(TEXT)]],
      titleRu: [r.titleRu ?? '', [Validators.required, Validators.maxLength(TEXT)]],
      activity: (r.activity ?? 'Other') as PlanActivityKind,
    });
  }

  private fill(name: string, layoutKind: PlanLayoutKind, sections: PlanTemplateSection[], keepKeys: boolean): void {
    this.sections.clear({ emitEvent: false });
    for (const s of sections.length ? sections : [{}]) {
      const copy = keepKeys ? s : { ...s, key: undefined, rows: (s.rows ?? []).map((r) => ({ ...r, key: undefined })) };
      this.sections.push(this.sectionGroup(copy), { emitEvent: false });
    }
    this.form.controls.name.setValue(name);
    this.form.controls.layoutKind.setValue(layoutKind);
    this.form.markAsPristine();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    const from = this.route.snapshot.queryParamMap.get('from');
    try {
      const id = this.id();
      if (id) {
        const t = await firstValueFrom(this.api.getPlanTemplate({ id }, handlesErrors()));
        if (t.isBuiltIn) {
          this.notFound.set(true);
          return;
        }
        this.template.set(t);
        this.fill(t.name, t.layoutKind, t.sections, true);
        this.conflict.set(false); // only now: until the fresh template's stamp is in, a save would meet the conflict again
      } else if (from) {
        const t = await firstValueFrom(this.api.getPlanTemplate({ id: from }, handlesErrors()));
        this.fill(this.l.t('UI:PlanTemplates.CopyName', planTemplateName(t, this.l.culture())), t.layoutKind, t.sections, false);
      } else {
        this.fill('', 'Sections', [], false);
      }
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 404 || problem.status === 400) this.notFound.set(true);
      else this.errors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }
}
