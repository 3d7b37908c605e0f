import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { AssessmentSchemeDto, AssessmentSchemeInput, CourseProgrammeDto } from '../api/models';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { clearServerErrors, toProblem } from '../core/http/problem';
import { errorText, placeRowErrors, todayIso } from './course-utils';
import { FormArrayRow } from './form-array-row';
import { ProgrammeSide, ProgrammeSideApi, programmeSidePages } from './programme-side';

type ComponentGroup = FormGroup<{ key: FormControl<string>; title: FormControl<string>; maxPoints: FormControl<number>; threshold: FormControl<number | null> }>;
type BandGroup = FormGroup<{ of: FormControl<string>; label: FormControl<string>; min: FormControl<number>; max: FormControl<number> }>;
type RubricGroup = FormGroup<{ key: FormControl<string>; title: FormControl<string>; criteria: FormControl<string>; levels: FormControl<string> }>;

/**
 * `/courses/programmes/:id/schemes/new`: a new version of a school entry's assessment scheme, in effect from its date (the
 * versions before it keep deciding the assessments dated before): components with their maximum and threshold, the pass mark
 * (none: every threshold met is a pass), rubrics scoring a component criterion by criterion, and grade bands of the total or
 * of a component. It starts as a copy of the latest version. The platform operator adds a host entry's version with the same
 * form at `/host/course-programmes/:id/schemes/new` (route data `side: 'host'`).
 */
@Component({
  selector: 'app-course-scheme-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD, ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
    TPipe, FieldError, FormArrayRow, FormBanner, NotFoundView, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      @for (c of pages().crumbs; track c[1]; let last = $last) { <a [routerLink]="c[1]">{{ c[0] | t }}</a>@if (!last) { / } }
      @if (programme(); as p) { / <a [routerLink]="shown(p).commands" [queryParams]="shown(p).queryParams">{{ p.title }}</a> }
    </nav>
    @if (notFound()) { <app-not-found-view /> }
    @else if (readOnly()) { <p class="surface pad table-empty" data-testid="scheme-read-only">{{ 'UI:Courses.HostReadOnly' | t }}</p> }
    @else if (programme(); as p) {
      <app-page-header [title]="'UI:Courses.NewScheme' | t" [subtitle]="p.title" />
      <app-form-banner [messages]="errors()" />
      <form class="surface pad form" [formGroup]="form" (ngSubmit)="save()" data-testid="scheme-form">
        <p class="cell-secondary">{{ 'UI:Courses.SchemeFormHint' | t }}</p>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.EffectiveFrom' | t }}</mat-label>
            <input matInput [matDatepicker]="dp" formControlName="effectiveFrom" data-testid="scheme-from" /><mat-datepicker-toggle matIconSuffix [for]="dp" /><mat-datepicker #dp />
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.PassMarkLabel' | t }}</mat-label>
            <input matInput type="number" min="0" formControlName="passMark" data-testid="scheme-pass-mark" />
            <mat-hint>{{ 'UI:Courses.PassMarkHint' | t }}</mat-hint>
          </mat-form-field>
        </div>

        <h2>{{ 'UI:Courses.Components' | t }}</h2>
        <div formArrayName="components">
          @for (g of components.controls; track g; let i = $index) {
            <app-form-array-row [formGroupName]="i" [removeLabel]="'UI:Courses.RemoveComponent' | t" (remove)="removeComponent(i)" data-testid="scheme-component">
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.Component' | t }}</mat-label>
                <input matInput formControlName="title" data-testid="scheme-component-title" />
                <mat-error><app-field-error [control]="g.controls.title" /></mat-error>
              </mat-form-field>
              <mat-form-field class="narrow">
                <mat-label>{{ 'UI:Courses.MaxPoints' | t }}</mat-label>
                <input matInput type="number" min="1" formControlName="maxPoints" data-testid="scheme-component-max" />
                <mat-error><app-field-error [control]="g.controls.maxPoints" /></mat-error>
              </mat-form-field>
              <mat-form-field class="narrow">
                <mat-label>{{ 'UI:Courses.Threshold' | t }}</mat-label>
                <input matInput type="number" min="0" formControlName="threshold" data-testid="scheme-component-threshold" />
                <mat-error><app-field-error [control]="g.controls.threshold" /></mat-error>
              </mat-form-field>
            </app-form-array-row>
          }
        </div>
        <p class="cell-secondary" data-testid="scheme-max-total">{{ 'UI:Courses.Total' | t: maxTotal() }}</p>
        <div><button mat-stroked-button type="button" (click)="addComponent()" data-testid="scheme-component-add"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.AddComponent' | t }}</button></div>

        <h2>{{ 'UI:Courses.Rubrics' | t }}</h2>
        <p class="cell-secondary">{{ 'UI:Courses.RubricsHint' | t }}</p>
        <div formArrayName="rubrics">
          @for (g of rubrics.controls; track g; let i = $index) {
            <div class="block" [formGroupName]="i" data-testid="scheme-rubric">
              <app-form-array-row [removeLabel]="'UI:Courses.RemoveRubric' | t" (remove)="rubrics.removeAt(i)">
                <mat-form-field class="grow">
                  <mat-label>{{ 'UI:Courses.RubricOf' | t }}</mat-label>
                  <mat-select formControlName="key" data-testid="scheme-rubric-of">
                    @for (c of componentOptions(); track c.key) { <mat-option [value]="c.key">{{ c.title }}</mat-option> }
                  </mat-select>
                </mat-form-field>
              </app-form-array-row>
              <mat-form-field>
                <mat-label>{{ 'UI:Courses.RubricTitle' | t }}</mat-label>
                <input matInput formControlName="title" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'UI:Courses.Criteria' | t }}</mat-label>
                <textarea matInput rows="4" formControlName="criteria" data-testid="scheme-rubric-criteria"></textarea>
                <mat-hint>{{ 'UI:Courses.OnePerLine' | t }}</mat-hint>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'UI:Courses.Levels' | t }}</mat-label>
                <textarea matInput rows="4" formControlName="levels" data-testid="scheme-rubric-levels"></textarea>
                <mat-hint>{{ 'UI:Courses.LevelsHint' | t }}</mat-hint>
              </mat-form-field>
            </div>
          }
        </div>
        <div><button mat-stroked-button type="button" (click)="addRubric()" [disabled]="!componentOptions().length" data-testid="scheme-rubric-add"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.AddRubric' | t }}</button></div>

        <h2>{{ 'UI:Courses.Grades' | t }}</h2>
        <div formArrayName="bands">
          @for (g of bands.controls; track g; let i = $index) {
            <app-form-array-row [formGroupName]="i" [removeLabel]="'UI:Courses.RemoveBand' | t" (remove)="bands.removeAt(i)" data-testid="scheme-band">
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.BandOf' | t }}</mat-label>
                <mat-select formControlName="of" data-testid="scheme-band-of">
                  <mat-option value="">{{ 'UI:Courses.BandOfTotal' | t }}</mat-option>
                  @for (c of componentOptions(); track c.key) { <mat-option [value]="c.key">{{ c.title }}</mat-option> }
                </mat-select>
              </mat-form-field>
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.BandLabel' | t }}</mat-label>
                <input matInput formControlName="label" data-testid="scheme-band-label" />
                <mat-error><app-field-error [control]="g.controls.label" /></mat-error>
              </mat-form-field>
              <mat-form-field class="narrow">
                <mat-label>{{ 'UI:Courses.From' | t }}</mat-label>
                <input matInput type="number" min="0" formControlName="min" data-testid="scheme-band-min" />
                <mat-error><app-field-error [control]="g.controls.min" /></mat-error>
              </mat-form-field>
              <mat-form-field class="narrow">
                <mat-label>{{ 'UI:Courses.To' | t }}</mat-label>
                <input matInput type="number" min="0" formControlName="max" data-testid="scheme-band-max" />
                <mat-error><app-field-error [control]="g.controls.max" /></mat-error>
              </mat-form-field>
            </app-form-array-row>
          }
        </div>
        <div><button mat-stroked-button type="button" (click)="addBand()" data-testid="scheme-band-add"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.AddBand' | t }}</button></div>

        <mat-form-field>
          <mat-label>{{ 'UI:Courses.SchemeNote' | t }}</mat-label>
          <textarea matInput rows="2" formControlName="note" data-testid="scheme-note"></textarea>
        </mat-form-field>
        <div class="actions">
          <a mat-button [routerLink]="shown(p).commands" [queryParams]="shown(p).queryParams">{{ 'UI:Cancel' | t }}</a>
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="scheme-save">{{ 'UI:Save' | t }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    .pad { padding: 16px; margin-bottom: 16px; }
    .form { display: flex; flex-direction: column; gap: 4px; }
    h2 { font: var(--mat-sys-title-medium); margin: 12px 0 4px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    .row mat-form-field { flex: 1 1 180px; min-width: 0; }
    .block { display: flex; flex-direction: column; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 8px; margin-bottom: 8px; }
    .actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
  `,
})
export class SchemeForm {
  readonly id = input.required<string>();
  /** The catalogue written to, from the route's data. */
  readonly side = input<ProgrammeSide>('school');
  private readonly api = inject(ProgrammeSideApi);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly programme = signal<CourseProgrammeDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly readOnly = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  private readonly componentValues = signal<{ key: string; title: string; maxPoints: number }[]>([]);
  protected readonly componentOptions = computed(() => this.componentValues().filter((c) => c.title.trim()));
  protected readonly maxTotal = computed(() => this.componentValues().reduce((sum, c) => sum + (Number(c.maxPoints) || 0), 0));
  protected readonly pages = computed(() => programmeSidePages(this.side()));
  protected readonly shown = (p: CourseProgrammeDto) => this.pages().shown(p);
  private nextKey = 1;

  protected readonly form = this.fb.group({
    effectiveFrom: [todayIso(), Validators.required],
    passMark: new FormControl<number | null>(null),
    note: ['', Validators.maxLength(2000)],
    components: this.fb.array<ComponentGroup>([]),
    rubrics: this.fb.array<RubricGroup>([]),
    bands: this.fb.array<BandGroup>([]),
  });

  get components(): FormArray<ComponentGroup> {
    return this.form.controls.components;
  }

  get rubrics(): FormArray<RubricGroup> {
    return this.form.controls.rubrics;
  }

  get bands(): FormArray<BandGroup> {
    return this.form.controls.bands;
  }

  constructor() {
    this.components.valueChanges.subscribe(() => this.componentValues.set(this.components.getRawValue()));
  }

  ngOnInit(): void {
    firstValueFrom(this.api.get(this.side(), this.id()))
      .then((p) => {
        if (!p.canEdit) {
          this.readOnly.set(true);
          return;
        }
        this.programme.set(p);
        const latest = [...p.schemes].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
        if (latest) this.copy(latest);
        else this.addComponent();
      })
      .catch(() => this.notFound.set(true));
  }

  /** The new version starts as the latest one, to change what changed. */
  private copy(s: AssessmentSchemeDto): void {
    this.form.patchValue({ passMark: s.passMark === null ? null : Number(s.passMark), note: '' });
    for (const c of s.components) this.addComponent(c.key ?? '', c.title ?? '', Number(c.maxPoints), c.threshold === null || c.threshold === undefined ? null : Number(c.threshold));
    for (const r of s.rubrics) {
      this.rubrics.push(this.fb.group({
        key: this.fb.control(r.key ?? ''), title: this.fb.control(r.title ?? ''), criteria: this.fb.control((r.criteria ?? []).join('\n')),
        levels: this.fb.control([...(r.levels ?? [])].sort((a, b) => Number(a.score) - Number(b.score)).map((l) => l.label).join('\n')),
      }));
    }
    for (const b of s.gradeBands) this.addBand(b.of ?? '', b.label ?? '', Number(b.min), Number(b.max));
  }

  protected addComponent(key = '', title = '', maxPoints = 10, threshold: number | null = null): void {
    const used = new Set(this.components.getRawValue().map((c) => c.key));
    let k = key;
    while (!k || used.has(k)) k = `c${this.nextKey++}`;
    this.components.push(this.fb.group({
      key: this.fb.control(k),
      title: this.fb.control(title, [Validators.required, Validators.maxLength(500)]),
      maxPoints: this.fb.control(maxPoints, [Validators.required, Validators.min(1)]),
      threshold: new FormControl<number | null>(threshold, Validators.min(0)),
    }));
  }

  protected removeComponent(i: number): void {
    const key = this.components.at(i).controls.key.value;
    this.components.removeAt(i);
    // A rubric or band of that component goes with it.
    for (let j = this.rubrics.length - 1; j >= 0; j--) if (this.rubrics.at(j).controls.key.value === key) this.rubrics.removeAt(j);
    for (let j = this.bands.length - 1; j >= 0; j--) if (this.bands.at(j).controls.of.value === key) this.bands.removeAt(j);
  }

  protected addRubric(): void {
    const first = this.componentOptions()[0];
    this.rubrics.push(this.fb.group({
      key: this.fb.control(first?.key ?? ''), title: this.fb.control(first?.title ?? ''), criteria: this.fb.control(''), levels: this.fb.control(''),
    }));
  }

  protected addBand(of = '', label = '', min = 0, max = 0): void {
    this.bands.push(this.fb.group({
      of: this.fb.control(of), label: this.fb.control(label, [Validators.required, Validators.maxLength(200)]),
      min: this.fb.control(min, Validators.min(0)), max: this.fb.control(max, Validators.min(0)),
    }));
  }

  private body(): AssessmentSchemeInput {
    const v = this.form.getRawValue();
    const lines = (text: string) => text.split('\n').map((x) => x.trim()).filter((x) => x.length > 0);
    return {
      effectiveFrom: v.effectiveFrom,
      passMark: v.passMark === null || (v.passMark as unknown) === '' ? null : Number(v.passMark),
      note: v.note.trim() || null,
      components: v.components.map((c) => ({
        key: c.key, title: c.title.trim(), maxPoints: Number(c.maxPoints),
        threshold: c.threshold === null || (c.threshold as unknown) === '' ? null : Number(c.threshold),
      })),
      // A level per line, from the lowest: the first line scores 0.
      rubrics: v.rubrics.filter((r) => r.key).map((r) => ({
        key: r.key, title: r.title.trim(), criteria: lines(r.criteria), levels: lines(r.levels).map((label, score) => ({ score, label })), alternativeLevels: [],
      })),
      gradeBands: v.bands.map((b) => ({ of: b.of || null, label: b.label.trim(), min: Number(b.min), max: Number(b.max) })),
    };
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    const p = this.programme();
    if (!p || this.form.invalid) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      await firstValueFrom(this.api.addScheme(this.side(), p.id, this.body()));
      this.notify.success(this.l.t('UI:Courses.SchemeSaved'));
      const shown = this.shown(p);
      void this.router.navigate(shown.commands, { queryParams: shown.queryParams });
    } catch (e) {
      // A row's message goes beside its field (`components[1].maxPoints`); the rest above the form.
      const problem = placeRowErrors(toProblem(e), { components: this.components, rubrics: this.rubrics, gradeBands: this.bands });
      const rest = Object.values(problem.errors).flat();
      this.errors.set(problem.placed > 0 || rest.length > 0 ? rest : [errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
