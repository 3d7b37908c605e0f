import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { ActionResearchProjectDto } from '../api/models';
import { ActionResearchService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { StaffPicker, StaffRef } from '../shared/staff-picker';

/** `/action-research/new` and `/action-research/:id/edit`: the problem in one's own class, the question, hypothesis, strategy, baseline; the group (new only). */
@Component({
  selector: 'app-action-research-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TPipe, FieldError, FormBanner, PageHeader, StaffPicker],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/action-research">{{ 'Menu:ActionResearch' | t }}</a>
    </nav>
    <app-page-header [title]="(id() ? 'UI:ActionResearch.EditTitle' : 'UI:ActionResearch.NewTitle') | t" [subtitle]="'UI:ActionResearch.FormHint' | t" />
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <section class="surface form-panel">
      <app-form-banner [messages]="errors()" />
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form-grid" data-testid="ar-form">
        <mat-form-field class="span-2">
          <mat-label>{{ 'UI:ActionResearch.Title' | t }}</mat-label>
          <input matInput formControlName="title" data-testid="ar-title" />
          <mat-error><app-field-error [control]="form.controls.title" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:ActionResearch.Subject' | t }}</mat-label>
          <input matInput formControlName="subject" data-testid="ar-subject" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:ActionResearch.ClassNames' | t }}</mat-label>
          <input matInput formControlName="classNames" data-testid="ar-classes" />
        </mat-form-field>
        @for (f of textFields; track f.name) {
          <mat-form-field class="span-2">
            <mat-label>{{ f.label | t }}</mat-label>
            <textarea matInput [formControlName]="f.name" rows="3" [attr.data-testid]="'ar-' + f.name"></textarea>
            <mat-hint>{{ f.hint | t }}</mat-hint>
            <mat-error><app-field-error [control]="form.controls[f.name]" /></mat-error>
          </mat-form-field>
        }
        @if (!id()) {
          <div class="span-2">
            <app-staff-picker label="UI:ActionResearch.AddMember" hint="UI:ActionResearch.AddMemberHint" testId="ar-member-picker"
                              [excluded]="members().map((m) => m.id)" (picked)="addMember($event)" />
            <ul class="chips" data-testid="ar-members">
              @for (m of members(); track m.id) {
                <li class="chip">{{ m.fullName }}
                  <button mat-icon-button type="button" (click)="removeMember(m.id)" [attr.aria-label]="'UI:Remove' | t"><mat-icon>close</mat-icon></button>
                </li>
              }
            </ul>
          </div>
        }
        <div class="form-actions span-2">
          <a mat-button [routerLink]="id() ? ['/action-research', id()] : ['/action-research']">{{ 'UI:Cancel' | t }}</a>
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="ar-save">
            <mat-icon aria-hidden="true">save</mat-icon>{{ (id() ? 'UI:Save' : 'UI:ActionResearch.Start') | t }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 4px 0 0; }
    .chips .chip { display: inline-flex; align-items: center; gap: 2px; }
  `,
})
export class ProjectForm {
  readonly id = input<string>();
  private readonly api = inject(ActionResearchService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly members = signal<StaffRef[]>([]);
  private existing: ActionResearchProjectDto | null = null;

  protected readonly textFields = [
    { name: 'problem', label: 'UI:ActionResearch.Problem', hint: 'UI:ActionResearch.ProblemHint' },
    { name: 'researchQuestion', label: 'UI:ActionResearch.ResearchQuestion', hint: 'UI:ActionResearch.ResearchQuestionHint' },
    { name: 'hypothesis', label: 'UI:ActionResearch.Hypothesis', hint: 'UI:ActionResearch.HypothesisHint' },
    { name: 'strategy', label: 'UI:ActionResearch.Strategy', hint: 'UI:ActionResearch.StrategyHint' },
    { name: 'baseline', label: 'UI:ActionResearch.Baseline', hint: 'UI:ActionResearch.BaselineHint' },
  ] as const;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.maxLength(300)]],
    subject: ['', Validators.maxLength(500)],
    classNames: ['', Validators.maxLength(500)],
    problem: ['', [Validators.required, Validators.maxLength(10000)]],
    researchQuestion: ['', [Validators.required, Validators.maxLength(10000)]],
    hypothesis: ['', [Validators.required, Validators.maxLength(10000)]],
    strategy: ['', [Validators.required, Validators.maxLength(10000)]],
    baseline: ['', Validators.maxLength(10000)],
  });

  constructor() {
    queueMicrotask(() => void this.load());
  }

  private async load(): Promise<void> {
    if (!this.id()) return;
    this.loading.set(true);
    try {
      const p = await firstValueFrom(this.api.getActionResearchProject({ id: this.id()! }, handlesErrors()));
      this.existing = p;
      this.form.patchValue({
        title: p.title, subject: p.subject ?? '', classNames: p.classNames ?? '', problem: p.problem, researchQuestion: p.researchQuestion,
        hypothesis: p.hypothesis, strategy: p.strategy, baseline: p.baseline ?? '',
      });
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected addMember(m: StaffRef): void {
    if (!this.members().some((x) => x.id === m.id)) this.members.update((list) => [...list, m]);
  }

  protected removeMember(id: string): void {
    this.members.update((list) => list.filter((m) => m.id !== id));
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    const v = this.form.getRawValue();
    const content = {
      title: v.title.trim(), subject: v.subject.trim() || null, classNames: v.classNames.trim() || null, problem: v.problem.trim(),
      researchQuestion: v.researchQuestion.trim(), hypothesis: v.hypothesis.trim(), strategy: v.strategy.trim(), baseline: v.baseline.trim() || null,
    };
    this.busy.set(true);
    this.errors.set([]);
    try {
      const saved = this.existing
        ? await firstValueFrom(this.api.updateActionResearchProject({ id: this.existing.id, body: { ...content, concurrencyStamp: this.existing.concurrencyStamp } }, handlesErrors()))
        : await firstValueFrom(this.api.createActionResearchProject({ body: { ...content, memberStaffMemberIds: this.members().map((m) => m.id) } }, handlesErrors()));
      this.notify.success(this.l.t('UI:ActionResearch.Saved'));
      void this.router.navigate(['/action-research', saved.id]);
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem);
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.busy.set(false);
    }
  }
}
