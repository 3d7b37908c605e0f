import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
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
import { CourseProgrammesService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { errorText } from './course-utils';

type ModuleGroup = FormGroup<{ title: FormControl<string>; hours: FormControl<number> }>;

const LANGUAGES = ['kk', 'ru', 'en'] as const;
const maxHours = 2000;

/**
 * `/courses/programmes/new` and `/courses/programmes/:id/edit`: a school's own catalogue entry for an external course
 * (Courses.Manage): provider, title, field, hours, format with its split, languages, whether it runs on the platform, its
 * modules with hours and the expected results. The shared catalogue is the platform operator's and is not edited here.
 * What the form does not show (cohort dates, module topics, post-course settings) is kept as it was.
 */
@Component({
  selector: 'app-course-programme-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
    TPipe, EnumTextPipe, FieldError, FormBanner, NotFoundView, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/courses">{{ 'Menu:Courses' | t }}</a> / <a routerLink="/courses/programmes">{{ 'UI:Courses.ProgrammesTitle' | t }}</a>
    </nav>
    @if (notFound()) { <app-not-found-view /> }
    @else if (readOnly()) { <p class="surface pad table-empty" data-testid="programme-read-only">{{ 'UI:Courses.HostReadOnly' | t }}</p> }
    @else {
      <app-page-header [title]="(existing() ? 'UI:Courses.EditProgramme' : 'UI:Courses.NewProgramme') | t" [subtitle]="'UI:Courses.ProgrammeFormHint' | t" />
      <app-form-banner [messages]="errors()" />
      <form class="surface pad form" [formGroup]="form" (ngSubmit)="save()" data-testid="programme-form">
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
            <div class="module" [formGroupName]="i" data-testid="programme-module">
              <span class="num">{{ i + 1 }}</span>
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.ModuleTitle' | t }}</mat-label>
                <input matInput formControlName="title" data-testid="programme-module-title" />
              </mat-form-field>
              <mat-form-field class="hours">
                <mat-label>{{ 'UI:Courses.Hours' | t }}</mat-label>
                <input matInput type="number" min="0" formControlName="hours" data-testid="programme-module-hours" />
              </mat-form-field>
              <button mat-icon-button type="button" (click)="modules.removeAt(i)" [attr.aria-label]="'UI:Courses.RemoveModule' | t"><mat-icon>delete</mat-icon></button>
            </div>
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
          <a mat-button [routerLink]="existing() ? ['/courses/programmes', existing()!.id] : ['/courses/programmes']">{{ 'UI:Cancel' | t }}</a>
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
    .module { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .module .num { width: 24px; text-align: right; }
    .module .grow { flex: 3 1 200px; min-width: 0; }
    .module .hours { flex: 1 1 90px; min-width: 0; }
    .actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
  `,
})
export class ProgrammeForm {
  readonly id = input<string>();
  private readonly api = inject(CourseProgrammesService);
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
  protected readonly form = this.fb.group({
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
    firstValueFrom(this.api.getCourseProgramme({ id }, handlesErrors()))
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
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      const p = this.existing();
      const saved = p
        ? await firstValueFrom(this.api.updateSchoolCourseProgramme({ id: p.id, body: this.body() }, handlesErrors()))
        : await firstValueFrom(this.api.createSchoolCourseProgramme({ body: this.body() }, handlesErrors()));
      this.notify.success(this.l.t('UI:Courses.Saved'));
      void this.router.navigate(['/courses/programmes', saved.id]);
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
