import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CourseFormat, CourseProgrammeDto, CourseProgrammeInput, ProgrammeModule } from '../api/models';
import { COURSE_FORMAT } from '../api/models/course-format-array';
import { applyProblemToForm, clearServerErrors, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { errorText, placeRowErrors } from './course-utils';
import { FormArrayRow } from './form-array-row';
import { ProgrammeSide, ProgrammeSideApi, programmeSidePages } from './programme-side';

type ModuleGroup = FormGroup<{ title: FormControl<string>; hours: FormControl<number> }>;

const LANGUAGES = ['kk', 'ru', 'en'] as const;
const maxHours = 2000;

/**
 * `/courses/programmes/new` and `/courses/programmes/:id/edit`: a school's own catalogue entry for an external course
 * (Courses.Manage): provider, title, field, hours, format with its split, languages, whether it runs on the platform, its
 * modules with hours and the expected results. The same form serves the platform operator's shared catalogue at
 * `/host/course-programmes/new` and `/:id/edit` (route data `side: 'host'`, with the entry's code when created); a school
 * does not edit a host entry. What the form does not show (cohort dates, module topics, post-course settings) is kept as it was.
 */
@Component({
  selector: 'app-course-programme-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
    TPipe, EnumTextPipe, FieldError, FormArrayRow, FormBanner, NotFoundView, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      @for (c of pages().crumbs; track c[1]; let last = $last) { <a [routerLink]="c[1]">{{ c[0] | t }}</a>@if (!last) { / } }
    </nav>
    @if (notFound()) { <app-not-found-view /> }
    @else if (readOnly()) { <p class="surface pad table-empty" data-testid="programme-read-only">{{ 'UI:Courses.HostReadOnly' | t }}</p> }
    @else {
      <app-page-header [title]="(existing() ? 'UI:Courses.EditProgramme' : side() === 'host' ? 'UI:Courses.NewHostProgramme' : 'UI:Courses.NewProgramme') | t"
                       [subtitle]="(side() === 'host' ? 'UI:Courses.HostProgrammeFormHint' : 'UI:Courses.ProgrammeFormHint') | t" />
      <app-form-banner [messages]="errors()" />
      <form class="surface pad form" [formGroup]="form" (ngSubmit)="save()" data-testid="programme-form">
        @if (side() === 'host' && !existing()) {
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.Code' | t }}</mat-label>
            <input matInput formControlName="code" data-testid="programme-code" />
            <mat-hint>{{ 'UI:Courses.CodeHint' | t }}</mat-hint>
            <mat-error><app-field-error [control]="form.controls.code" /></mat-error>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.Title' | t }}</mat-label>
          <input matInput formControlName="title" data-testid="programme-title" />
          <mat-error><app-field-error [control]="form.controls.title" /></mat-error>
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.Provider' | t }}</mat-label>
            <input matInput formControlName="provider" data-testid="programme-provider" />
            <mat-error><app-field-error [control]="form.controls.provider" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.Field' | t }}</mat-label>
            <input matInput formControlName="field" data-testid="programme-field" />
            <mat-error><app-field-error [control]="form.controls.field" /></mat-error>
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.Hours' | t }}</mat-label>
            <input matInput type="number" min="1" formControlName="hours" data-testid="programme-hours" />
            <mat-error><app-field-error [control]="form.controls.hours" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.Format' | t }}</mat-label>
            <mat-select formControlName="format" data-testid="programme-format">
              @for (f of formats; track f) { <mat-option [value]="f">{{ f | enumText: 'CourseFormat' }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.FormatSplit' | t }}</mat-label>
            <input matInput formControlName="formatSplit" placeholder="48+20+12" data-testid="programme-split" />
            <mat-hint>{{ 'UI:Courses.FormatSplitHint' | t }}</mat-hint>
          </mat-form-field>
        </div>
        <fieldset class="languages">
          <legend>{{ 'UI:Courses.Languages' | t }}</legend>
          @for (lang of languages; track lang) {
            <mat-checkbox [checked]="chosenLanguages().includes(lang)" (change)="toggleLanguage(lang)" [attr.data-testid]="'programme-lang-' + lang">
              {{ 'UI:Courses.Lang.' + lang | t }}
            </mat-checkbox>
          }
        </fieldset>
        <mat-checkbox formControlName="runsOnPlatform" data-testid="programme-platform">{{ 'UI:Courses.RunsOnPlatformCheck' | t }}</mat-checkbox>
        <h2>{{ 'UI:Courses.Modules' | t }}</h2>
        <div formArrayName="modules">
          @for (g of modules.controls; track g; let i = $index) {
            <app-form-array-row [formGroupName]="i" [number]="i + 1" [removeLabel]="'UI:Courses.RemoveModule' | t" (remove)="modules.removeAt(i)" data-testid="programme-module">
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.ModuleTitle' | t }}</mat-label>
                <input matInput formControlName="title" data-testid="programme-module-title" />
                <mat-error><app-field-error [control]="g.controls.title" /></mat-error>
              </mat-form-field>
              <mat-form-field class="narrow">
                <mat-label>{{ 'UI:Courses.Hours' | t }}</mat-label>
                <input matInput type="number" min="0" formControlName="hours" data-testid="programme-module-hours" />
                <mat-error><app-field-error [control]="g.controls.hours" /></mat-error>
              </mat-form-field>
            </app-form-array-row>
          } @empty { <p class="cell-secondary">{{ 'UI:Courses.NoModules' | t }}</p> }
        </div>
        <p class="cell-secondary" data-testid="programme-module-total">{{ 'UI:Courses.ModuleTotal' | t: moduleTotal() : form.controls.hours.value }}</p>
        <div><button mat-stroked-button type="button" (click)="addModule()" data-testid="programme-module-add"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.AddModule' | t }}</button></div>
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.ExpectedResults' | t }}</mat-label>
          <textarea matInput rows="3" formControlName="expectedResults" data-testid="programme-results"></textarea>
          <mat-hint>{{ 'UI:Courses.OnePerLine' | t }}</mat-hint>
        </mat-form-field>
        <div class="actions">
          <a mat-button [routerLink]="cancelLink()">{{ 'UI:Cancel' | t }}</a>
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="programme-save">{{ 'UI:Save' | t }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    .pad { padding: 16px; margin-bottom: 16px; }
    .form { display: flex; flex-direction: column; gap: 4px; }
    h2 { font: var(--mat-sys-title-medium); margin: 8px 0; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    .row mat-form-field { flex: 1 1 180px; min-width: 0; }
    .languages { border: 0; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .languages legend { padding: 0; color: var(--mat-sys-on-surface-variant); }
    .actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
  `,
})
export class ProgrammeForm {
  readonly id = input<string>();
  /** The catalogue written to, from the route's data. */
  readonly side = input<ProgrammeSide>('school');
  private readonly api = inject(ProgrammeSideApi);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly formats = COURSE_FORMAT;
  protected readonly languages = LANGUAGES;
  protected readonly existing = signal<CourseProgrammeDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly readOnly = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly chosenLanguages = signal<string[]>(['kk', 'ru']);
  protected readonly moduleTotal = signal(0);
  protected readonly pages = computed(() => programmeSidePages(this.side()));
  protected readonly cancelLink = computed(() => {
    const p = this.existing();
    return this.side() === 'school' && p ? ['/courses/programmes', p.id] : [this.pages().crumbs.at(-1)![1]];
  });
  protected readonly form = this.fb.group({
    code: ['', Validators.maxLength(64)],
    title: ['', [Validators.required, Validators.maxLength(500)]],
    provider: ['', [Validators.required, Validators.maxLength(300)]],
    field: ['', [Validators.required, Validators.maxLength(200)]],
    hours: [72, [Validators.required, Validators.min(1), Validators.max(maxHours)]],
    format: this.fb.control<CourseFormat>('FullTime'),
    formatSplit: ['', Validators.maxLength(64)],
    runsOnPlatform: [false],
    expectedResults: [''],
    modules: this.fb.array<ModuleGroup>([]),
  });

  get modules(): FormArray<ModuleGroup> {
    return this.form.controls.modules;
  }

  constructor() {
    this.modules.valueChanges.subscribe((v) => this.moduleTotal.set(v.reduce((sum, m) => sum + (Number(m.hours) || 0), 0)));
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    firstValueFrom(this.api.get(this.side(), id))
      .then((p) => {
        if (!p.canEdit) {
          this.readOnly.set(true);
          return;
        }
        this.existing.set(p);
        this.form.patchValue({
          title: p.title, provider: p.provider, field: p.field, hours: Number(p.hours), format: p.format, formatSplit: p.formatSplit ?? '',
          runsOnPlatform: p.runsOnPlatform, expectedResults: p.expectedResults.join('\n'),
        });
        this.chosenLanguages.set([...p.languages]);
        for (const m of p.modules) this.addModule(m);
      })
      .catch(() => this.notFound.set(true));
  }

  protected addModule(m?: ProgrammeModule): void {
    this.modules.push(this.fb.group({
      title: this.fb.control(m?.title ?? '', [Validators.required, Validators.maxLength(500)]),
      hours: this.fb.control(Number(m?.hours ?? 0), [Validators.min(0), Validators.max(2000)]),
    }));
  }

  protected toggleLanguage(lang: string): void {
    const list = this.chosenLanguages();
    this.chosenLanguages.set(list.includes(lang) ? list.filter((l) => l !== lang) : [...list, lang]);
  }

  private body(): CourseProgrammeInput {
    const v = this.form.getRawValue();
    const p = this.existing();
    return {
      code: this.side() === 'host' && !p ? v.code.trim() || null : null,
      title: v.title.trim(), provider: v.provider.trim(), field: v.field.trim(), hours: v.hours, format: v.format, formatSplit: v.formatSplit.trim() || null,
      languages: this.chosenLanguages(), runsOnPlatform: v.runsOnPlatform,
      expectedResults: v.expectedResults.split('\n').map((x) => x.trim()).filter((x) => x.length > 0),
      // A module keeps the topics it had at the same place; cohorts and post-course settings are kept as they were.
      modules: v.modules.map((m, i) => ({ number: i + 1, title: m.title.trim(), hours: Number(m.hours) || 0, topics: p?.modules[i]?.topics ?? [] })),
      cohortStarts: p?.cohortStarts ?? [],
      postCourse: p?.postCourse ?? null,
      concurrencyStamp: p?.concurrencyStamp ?? null,
    };
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      const p = this.existing();
      const saved = p
        ? await firstValueFrom(this.api.update(this.side(), p.id, this.body()))
        : await firstValueFrom(this.api.create(this.side(), this.body()));
      this.notify.success(this.l.t('UI:Courses.Saved'));
      const shown = this.pages().shown(saved);
      void this.router.navigate(shown.commands, { queryParams: shown.queryParams });
    } catch (e) {
      // A field's message goes beside it (a module's title by its place: `modules[2].title`); the rest above the form.
      const problem = placeRowErrors(toProblem(e), { modules: this.modules });
      const unmatched = applyProblemToForm(this.form, problem, { 'Courses:CodeExists': 'code' });
      const placed = problem.placed > 0 || Object.keys(problem.errors).length > 0 || problem.code === 'Courses:CodeExists';
      this.errors.set(placed ? unmatched : [errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
