import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';

import { RouteSheetAssignmentResultDto, RouteSheetPeriodKind } from '../api/models';
import { RouteSheetsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FormBanner } from '../shared/form-banner';
import { AssignScopeFields, assignScopeBody, assignScopeControls, assignScopeField } from '../shared/assign-scope';
import { StaffPicker, StaffRef } from '../shared/staff-picker';

/** Creates route sheets for many teachers at once (each from the active template of their level); existing sheets are skipped. */
@Component({
  selector: 'app-assign-route-sheets',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatSelectModule, TPipe, EnumTextPipe,
    FormBanner, StaffPicker, AssignScopeFields],
  template: `
    <h2 mat-dialog-title>{{ 'UI:RouteSheets.Assign' | t }}</h2>
    <mat-dialog-content>
      <p class="cell-secondary">{{ 'UI:RouteSheets.AssignHint' | t }}</p>
      @if (result(); as r) {
        <div class="banner banner--info" role="status" data-testid="assign-result">
          <mat-icon aria-hidden="true">task_alt</mat-icon>
          <p>{{ 'UI:RouteSheets.AssignResult' | t: r.created : r.skipped }}</p>
        </div>
      }
      <app-form-banner [messages]="errors()" />
      <form [formGroup]="form" class="assign-form" (submit)="$event.preventDefault(); submit()">
        <app-assign-scope [group]="form" scopeEnum="RouteSheetAssignmentScope" yearLabel="UI:RouteSheets.Year" scopeLabel="UI:RouteSheets.Scope"
                          categoryLabel="UI:RouteSheets.Level" />
        <mat-form-field>
          <mat-label>{{ 'UI:RouteSheets.Periods' | t }}</mat-label>
          <mat-select formControlName="periodKind" data-testid="assign-periods">
            @for (k of periodKinds; track k) {
              <mat-option [value]="k">{{ k | enumText: 'RouteSheetPeriodKind' }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <div class="reviewer">
          @if (reviewer(); as r) {
            <p>{{ 'UI:RouteSheets.ReviewerIs' | t: r.fullName }}
              <button mat-button type="button" (click)="reviewer.set(null)">{{ 'UI:RouteSheets.RemoveReviewer' | t }}</button></p>
          } @else {
            <app-staff-picker label="UI:RouteSheets.Reviewer" hint="UI:RouteSheets.ReviewerHint" testId="assign-reviewer" (picked)="reviewer.set($event)" />
          }
          @if (form.controls.reviewerStaffMemberId.errors?.['server']) {
            <p class="field-error" role="alert">{{ form.controls.reviewerStaffMemberId.errors?.['server'] }}</p>
          }
        </div>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="changed()">{{ 'UI:Close' | t }}</button>
      <button mat-flat-button type="button" (click)="submit()" [disabled]="saving()" data-testid="assign-submit">{{ 'UI:RouteSheets.AssignAction' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .assign-form { display: grid; gap: 4px; }
    .field-error { color: var(--mat-sys-error); font: var(--mat-sys-body-small); margin: 0; }
  `,
})
export class AssignRouteSheetsDialog {
  private readonly api = inject(RouteSheetsService);
  private readonly l = inject(LocalizationService);
  private readonly ref = inject(MatDialogRef<AssignRouteSheetsDialog>);

  protected readonly periodKinds: RouteSheetPeriodKind[] = ['Quarters', 'HalfYears'];
  protected readonly form = new FormGroup({
    ...assignScopeControls(),
    periodKind: new FormControl<RouteSheetPeriodKind>('Quarters', { nonNullable: true }),
    reviewerStaffMemberId: new FormControl<string | null>(null),
  });
  protected readonly reviewer = signal<StaffRef | null>(null);
  protected readonly result = signal<RouteSheetAssignmentResultDto | null>(null);
  protected readonly errors = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly changed = computed(() => Number(this.result()?.created ?? 0) > 0);

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    clearServerErrors(this.form);
    this.errors.set([]);
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      const r = await firstValueFrom(
        this.api.assignRouteSheets(
          {
            body: {
              ...assignScopeBody(v),
              periodKind: v.periodKind,
              reviewerStaffMemberId: this.reviewer()?.id ?? null,
            },
          },
          handlesErrors(),
        ),
      );
      this.result.set(r);
      this.ref.disableClose = false;
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem, {
        'RouteSheets:ScopeValueRequired': assignScopeField(v.scope),
        'RouteSheets:ReviewerMustBeActiveStaff': 'reviewerStaffMemberId',
      });
      this.form.markAllAsTouched();
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.saving.set(false);
    }
  }
}
