import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { ObservationFormDto, SaveObservationFormDto } from '../api/models';
import { LessonObservationsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

/** `/lesson-observations/forms`: the school's observation sheets (criteria in Kazakh and Russian, and the score scale). */
@Component({
  selector: 'app-observation-forms',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TPipe,
    FieldError, FormBanner, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/lesson-observations">{{ 'Menu:LessonObservations' | t }}</a>
    </nav>
    <app-page-header [title]="'UI:Obs.Forms.Title' | t" [subtitle]="'UI:Obs.Forms.Subtitle' | t">
      <button mat-flat-button type="button" (click)="startNew()" data-testid="sheet-new">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Obs.Forms.New' | t }}
      </button>
    </app-page-header>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    <section class="surface list-panel">
      @if (!loading() && sheets().length === 0) {
        <div class="empty-state">
          <mat-icon class="empty-state__icon" aria-hidden="true">checklist</mat-icon>
          <p class="empty-state__text">{{ 'UI:Obs.Forms.Empty' | t }}</p>
        </div>
      }
      <ul class="sheet-list" data-testid="sheet-list">
        @for (s of sheets(); track s.id) {
          <li>
            <button mat-button type="button" class="sheet-link" (click)="edit(s)" [attr.data-testid]="'sheet-' + s.name">
              {{ s.name }}
            </button>
            <span class="cell-secondary">{{ 'UI:Obs.Forms.Summary' | t: s.criteria.length : s.scaleMin : s.scaleMax }}</span>
          </li>
        }
      </ul>
    </section>

    @if (editing()) {
      <form class="surface form-panel sheet-form" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="sheet-form">
        <h2 class="form-section__title">{{ (current() ? 'UI:Obs.Forms.Edit' : 'UI:Obs.Forms.New') | t }}</h2>
        <app-form-banner [messages]="errors()" />
        <div class="form-grid">
          <mat-form-field class="span-2">
            <mat-label>{{ 'DisplayName:Name' | t }}</mat-label>
            <input matInput formControlName="name" required data-testid="sheet-name" />
            <mat-error><app-field-error [control]="form.controls.name" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'DisplayName:ScaleMin' | t }}</mat-label>
            <input matInput type="number" formControlName="scaleMin" data-testid="sheet-min" />
            <mat-error><app-field-error [control]="form.controls.scaleMin" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'DisplayName:ScaleMax' | t }}</mat-label>
            <input matInput type="number" formControlName="scaleMax" data-testid="sheet-max" />
            <mat-error><app-field-error [control]="form.controls.scaleMax" /></mat-error>
          </mat-form-field>
        </div>
        <h3 class="form-section__title">{{ 'UI:Obs.Forms.Criteria' | t }}</h3>
        <div formArrayName="criteria">
          @for (c of form.controls.criteria.controls; track c; let i = $index) {
            <div class="criterion" [formGroupName]="i">
              <span class="criterion__no">{{ i + 1 }}.</span>
              <mat-form-field class="criterion__text">
                <mat-label>{{ 'DisplayName:TextKk' | t }}</mat-label>
                <textarea matInput rows="2" formControlName="textKk" [attr.data-testid]="'sheet-kk-' + i"></textarea>
                <mat-error><app-field-error [control]="c.controls.textKk" /></mat-error>
              </mat-form-field>
              <mat-form-field class="criterion__text">
                <mat-label>{{ 'DisplayName:TextRu' | t }}</mat-label>
                <textarea matInput rows="2" formControlName="textRu" [attr.data-testid]="'sheet-ru-' + i"></textarea>
                <mat-error><app-field-error [control]="c.controls.textRu" /></mat-error>
              </mat-form-field>
              <button mat-icon-button type="button" (click)="removeCriterion(i)" [attr.aria-label]="'UI:Remove' | t"><mat-icon>delete</mat-icon></button>
            </div>
          }
        </div>
        <button mat-stroked-button type="button" (click)="addCriterion()" data-testid="sheet-add-criterion">
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Obs.Forms.AddCriterion' | t }}
        </button>
        <div class="form-actions">
          <button mat-button type="button" (click)="editing.set(false)">{{ 'UI:Cancel' | t }}</button>
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="sheet-save">{{ 'UI:Save' | t }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    .sheet-list { list-style: none; margin: 0; padding: 8px; }
    .sheet-list li { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; }
    .sheet-link { white-space: normal; text-align: left; }
    .sheet-form { margin-top: 16px; }
    .criterion { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 4px 8px; }
    .criterion__no { padding-top: 16px; min-width: 24px; }
    .criterion__text { flex: 1 1 220px; min-width: 0; }
  `,
})
export class ObservationForms {
  private readonly api = inject(LessonObservationsService);
  private readonly l = inject(LocalizationService);
  private readonly notify = inject(NotifyService);
  private readonly fb = inject(FormBuilder);

  protected readonly sheets = signal<ObservationFormDto[]>([]);
  protected readonly current = signal<ObservationFormDto | null>(null);
  protected readonly editing = signal(false);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected readonly form = this.fb.group({
    name: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(256)]),
    scaleMin: this.fb.nonNullable.control(0, Validators.required),
    scaleMax: this.fb.nonNullable.control(2, Validators.required),
    criteria: this.fb.array<ReturnType<ObservationForms['criterionGroup']>>([]),
  });

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.sheets.set(await firstValueFrom(this.api.getObservationFormList(undefined, handlesErrors())));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  private criterionGroup(key: string | null = null, textKk = '', textRu = '') {
    return this.fb.group({
      key: this.fb.control<string | null>(key),
      textKk: this.fb.nonNullable.control(textKk, [Validators.required, Validators.maxLength(1000)]),
      textRu: this.fb.nonNullable.control(textRu, [Validators.required, Validators.maxLength(1000)]),
    });
  }

  protected startNew(): void {
    this.current.set(null);
    this.errors.set([]);
    this.form.controls.criteria.clear();
    this.form.reset({ name: '', scaleMin: 0, scaleMax: 2 });
    this.addCriterion();
    this.editing.set(true);
  }

  protected edit(s: ObservationFormDto): void {
    this.current.set(s);
    this.errors.set([]);
    this.form.controls.criteria.clear();
    for (const c of s.criteria) this.form.controls.criteria.push(this.criterionGroup(c.key, c.textKk, c.textRu));
    this.form.reset({ name: s.name, scaleMin: Number(s.scaleMin), scaleMax: Number(s.scaleMax), criteria: s.criteria.map((c) => ({ key: c.key, textKk: c.textKk, textRu: c.textRu })) });
    this.editing.set(true);
    setTimeout(() => document.querySelector<HTMLElement>('[data-testid="sheet-name"]')?.focus());
  }

  protected addCriterion(): void {
    this.form.controls.criteria.push(this.criterionGroup());
  }

  protected removeCriterion(i: number): void {
    this.form.controls.criteria.removeAt(i);
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    this.errors.set([]);
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const current = this.current();
    const body: SaveObservationFormDto = {
      name: v.name.trim(),
      scaleMin: Number(v.scaleMin),
      scaleMax: Number(v.scaleMax),
      criteria: v.criteria.map((c) => ({ key: c.key, textKk: c.textKk.trim(), textRu: c.textRu.trim() })),
      concurrencyStamp: current?.concurrencyStamp ?? null,
    };
    this.saving.set(true);
    try {
      const saved = current
        ? await firstValueFrom(this.api.updateObservationForm({ id: current.id, body }, handlesErrors()))
        : await firstValueFrom(this.api.createObservationForm({ body }, handlesErrors()));
      this.notify.success(this.l.t('UI:SavedChanges'));
      this.current.set(saved);
      this.editing.set(false);
      await this.load();
    } catch (e) {
      const p = toProblem(e);
      const rest: Record<string, string[]> = {};
      for (const [key, messages] of Object.entries(p.errors)) {
        const m = /^(?:\$\.)?criteria\[(\d+)\]\.(\w+)$/i.exec(key);
        const row = m ? this.form.controls.criteria.at(Number(m[1])) : null;
        const control = row ? (m![2].toLowerCase() === 'textru' ? row.controls.textRu : row.controls.textKk) : null;
        if (control) {
          control.setErrors({ server: messages.join(' ') });
          control.markAsTouched();
        } else rest[key] = messages;
      }
      const unmatched = applyProblemToForm(this.form, { ...p, errors: rest });
      this.errors.set([...new Set([problemMessage(p, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.saving.set(false);
    }
  }
}
