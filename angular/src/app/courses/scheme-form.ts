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
import { CourseProgrammesService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { errorText, todayIso } from './course-utils';

type ComponentGroup = FormGroup<{ key: FormControl<string>; title: FormControl<string>; maxPoints: FormControl<number>; threshold: FormControl<number | null> }>;
type BandGroup = FormGroup<{ of: FormControl<string>; label: FormControl<string>; min: FormControl<number>; max: FormControl<number> }>;
type RubricGroup = FormGroup<{ key: FormControl<string>; title: FormControl<string>; criteria: FormControl<string>; levels: FormControl<string> }>;

/**
 * `/courses/programmes/:id/schemes/new`: a new version of a school entry's assessment scheme, in effect from its date (the
 * versions before it keep deciding the assessments dated before): components with their maximum and threshold, the pass mark
 * (none: every threshold met is a pass), rubrics scoring a component criterion by criterion, and grade bands of the total or
 * of a component. It starts as a copy of the latest version.
 */
@Component({
  selector: 'app-course-scheme-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD, ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
    TPipe, FormBanner, NotFoundView, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/courses">{{ 'Menu:Courses' | t }}</a> / <a routerLink="/courses/programmes">{{ 'UI:Courses.ProgrammesTitle' | t }}</a>
      @if (programme(); as p) { / <a [routerLink]="['/courses/programmes', p.id]">{{ p.title }}</a> }
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
            <div class="line" [formGroupName]="i" data-testid="scheme-component">
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.Component' | t }}</mat-label>
                <input matInput formControlName="title" data-testid="scheme-component-title" />
              </mat-form-field>
              <mat-form-field class="num">
                <mat-label>{{ 'UI:Courses.MaxPoints' | t }}</mat-label>
                <input matInput type="number" min="1" formControlName="maxPoints" data-testid="scheme-component-max" />
              </mat-form-field>
              <mat-form-field class="num">
                <mat-label>{{ 'UI:Courses.Threshold' | t }}</mat-label>
                <input matInput type="number" min="0" formControlName="threshold" data-testid="scheme-component-threshold" />
              </mat-form-field>
              <button mat-icon-button type="button" (click)="removeComponent(i)" [attr.aria-label]="'UI:Courses.RemoveComponent' | t"><mat-icon>delete</mat-icon></button>
            </div>
          }
        </div>
        <p class="cell-secondary" data-testid="scheme-max-total">{{ 'UI:Courses.Total' | t: maxTotal() }}</p>
        <div><button mat-stroked-button type="button" (click)="addComponent()" data-testid="scheme-component-add"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.AddComponent' | t }}</button></div>

        <h2>{{ 'UI:Courses.Rubrics' | t }}</h2>
        <p class="cell-secondary">{{ 'UI:Courses.RubricsHint' | t }}</p>
        <div formArrayName="rubrics">
          @for (g of rubrics.controls; track g; let i = $index) {
            <div class="block" [formGroupName]="i" data-testid="scheme-rubric">
              <div class="line">
                <mat-form-field class="grow">
                  <mat-label>{{ 'UI:Courses.RubricOf' | t }}</mat-label>
                  <mat-select formControlName="key" data-testid="scheme-rubric-of">
                    @for (c of componentOptions(); track c.key) { <mat-option [value]="c.key">{{ c.title }}</mat-option> }
                  </mat-select>
                </mat-form-field>
                <button mat-icon-button type="button" (click)="rubrics.removeAt(i)" [attr.aria-label]="'UI:Courses.RemoveRubric' | t"><mat-icon>delete</mat-icon></button>
              </div>
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
            <div class="line" [formGroupName]="i" data-testid="scheme-band">
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
              </mat-form-field>
              <mat-form-field class="num">
                <mat-label>{{ 'UI:Courses.From' | t }}</mat-label>
                <input matInput type="number" min="0" formControlName="min" data-testid="scheme-band-min" />
              </mat-form-field>
              <mat-form-field class="num">
                <mat-label>{{ 'UI:Courses.To' | t }}</mat-label>
                <input matInput type="number" min="0" formControlName="max" data-testid="scheme-band-max" />
              </mat-form-field>
              <button mat-icon-button type="button" (click)="bands.removeAt(i)" [attr.aria-label]="'UI:Courses.RemoveBand' | t"><mat-icon>delete</mat-icon></button>
            </div>
          }
        </div>
        <div><button mat-stroked-button type="button" (click)="addBand()" data-testid="scheme-band-add"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.AddBand' | t }}</button></div>

        <mat-form-field>
          <mat-label>{{ 'UI:Courses.SchemeNote' | t }}</mat-label>
          <textarea matInput rows="2" formControlName="note" data-testid="scheme-note"></textarea>
        </mat-form-field>
        <div class="actions">
          <a mat-button [routerLink]="['/courses/programmes', p.id]">{{ 'UI:Cancel' | t }}</a>
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
    .line { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .line .grow { flex: 3 1 180px; min-width: 0; }
    .line .num { flex: 1 1 90px; min-width: 0; }
    .block { display: flex; flex-direction: column; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 8px; margin-bottom: 8px; }
    .actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
  `,
})
export class SchemeForm {
  readonly id = input.required<string>();
  private readonly api = inject(CourseProgrammesService);
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
    firstValueFrom(this.api.getCourseProgramme({ id: this.id() }, handlesErrors()))
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
    this.form.markAllAsTouched();
    const p = this.programme();
    if (!p || this.form.invalid) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      await firstValueFrom(this.api.addSchoolCourseProgrammeScheme({ id: p.id, body: this.body() }, handlesErrors()));
      this.notify.success(this.l.t('UI:Courses.SchemeSaved'));
      void this.router.navigate(['/courses/programmes', p.id]);
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
