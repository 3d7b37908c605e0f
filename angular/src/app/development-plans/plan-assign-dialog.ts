import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';

import { PlanAssignmentResultDto, PlanTemplateDto } from '../api/models';
import { DevelopmentPlansService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { AssignScopeFields, assignScopeBody, assignScopeControls, assignScopeField } from '../shared/assign-scope';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { planTemplateName } from './plan-template-list';
import { allPages } from '../shared/all-pages';

/** Creates draft development plans for many teachers at once from one template; teachers who already have a plan that year are skipped. */
@Component({
  selector: 'app-assign-development-plans',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatSelectModule, TPipe, FieldError,
    FormBanner, AssignScopeFields],
  template: `
    <h2 mat-dialog-title>{{ 'UI:Plans.Assign' | t }}</h2>
    <mat-dialog-content>
      <p class="cell-secondary">{{ 'UI:Plans.AssignHint' | t }}</p>
      @if (result(); as r) {
        <div class="banner banner--info" role="status" data-testid="assign-result">
          <mat-icon aria-hidden="true">task_alt</mat-icon>
          <p>{{ 'UI:Plans.AssignResult' | t: r.created : r.skipped }}</p>
        </div>
      }
      <app-form-banner [messages]="errors()" />
      <form [formGroup]="form" class="assign-form" (submit)="$event.preventDefault(); submit()">
        <app-assign-scope [group]="form" scopeEnum="PlanAssignmentScope" yearLabel="UI:Plans.AcademicYear" scopeLabel="UI:Plans.AssignScope"
                          categoryLabel="UI:Plans.AssignLevel" />
        <mat-form-field>
          <mat-label>{{ 'UI:Plans.Template' | t }}</mat-label>
          <mat-select formControlName="templateId" data-testid="assign-template">
            @for (t of templates(); track t.id) {
              <mat-option [value]="t.id">{{ name(t) }}</mat-option>
            }
          </mat-select>
          <mat-error><app-field-error [control]="form.controls.templateId" /></mat-error>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="changed()">{{ 'UI:Close' | t }}</button>
      <button mat-flat-button type="button" (click)="submit()" [disabled]="saving()" data-testid="assign-submit">{{ 'UI:Plans.AssignAction' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `.assign-form { display: grid; gap: 4px; }`,
})
export class AssignDevelopmentPlansDialog {
  private readonly api = inject(DevelopmentPlansService);
  private readonly l = inject(LocalizationService);
  private readonly ref = inject(MatDialogRef<AssignDevelopmentPlansDialog>);

  protected readonly form = new FormGroup({
    ...assignScopeControls(),
    templateId: new FormControl<string | null>(null, Validators.required),
  });
  protected readonly templates = signal<PlanTemplateDto[]>([]);
  protected readonly result = signal<PlanAssignmentResultDto | null>(null);
  protected readonly errors = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly changed = computed(() => Number(this.result()?.created ?? 0) > 0);

  constructor() {
    allPages((skipCount, maxResultCount) => firstValueFrom(this.api.getPlanTemplateList({ skipCount, maxResultCount }, handlesErrors())))
      .catch(() => [] as PlanTemplateDto[])
      .then((t) => {
        this.templates.set(t);
        if (t.length && !this.form.controls.templateId.value) this.form.controls.templateId.setValue(t[0].id);
      });
  }

  protected name(t: PlanTemplateDto): string {
    return planTemplateName(t, this.l.culture());
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    clearServerErrors(this.form);
    this.errors.set([]);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      const r = await firstValueFrom(
        this.api.assignDevelopmentPlans({ body: { ...assignScopeBody(v), templateId: v.templateId! } }, handlesErrors()),
      );
      this.result.set(r);
      this.ref.disableClose = false;
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem, { 'DevelopmentPlans:ScopeValueRequired': assignScopeField(v.scope) });
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.saving.set(false);
    }
  }
}
