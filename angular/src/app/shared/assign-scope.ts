import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';

import { MethodologicalAssociationListItemDto, QualificationCategory } from '../api/models';
import { QUALIFICATION_CATEGORY } from '../api/models/qualification-category-array';
import { MethodologicalAssociationsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FieldError } from './field-error';
import { currentAcademicYear } from './academic-year';
import { YearSelect, recentAcademicYears } from './year-select';
import { allPages } from './all-pages';

/** Whom a bulk assignment is for: every teacher, one qualification level, or one methodological association. */
export type AssignScope = 'All' | 'Category' | 'MethodologicalAssociation';

/** A dialog's form holding the scope controls (and its own). */
export interface AssignScopeGroup {
  controls: {
    academicYear: FormControl<number>;
    scope: FormControl<AssignScope>;
    category: FormControl<QualificationCategory | null>;
    methodologicalAssociationId: FormControl<string | null>;
  };
}

/** The controls of an assignment's year and scope (route sheets, development plans), for a dialog's form. */
export function assignScopeControls() {
  return {
    academicYear: new FormControl(currentAcademicYear(), { nonNullable: true }),
    scope: new FormControl<AssignScope>('All', { nonNullable: true }),
    category: new FormControl<QualificationCategory | null>(null),
    methodologicalAssociationId: new FormControl<string | null>(null),
  };
}

/** The request's scope fields: only the one the chosen scope needs. */
export function assignScopeBody(v: { academicYear: number; scope: AssignScope; category: QualificationCategory | null; methodologicalAssociationId: string | null }) {
  return {
    academicYear: v.academicYear,
    scope: v.scope,
    category: v.scope === 'Category' ? v.category : null,
    methodologicalAssociationId: v.scope === 'MethodologicalAssociation' ? v.methodologicalAssociationId : null,
  };
}

/** The field a "scope value required" error is about, for `applyProblemToForm`. */
export function assignScopeField(scope: AssignScope): string {
  return scope === 'MethodologicalAssociation' ? 'methodologicalAssociationId' : 'category';
}

/** Year, scope and the level or association the scope needs; the association list loads itself. */
@Component({
  selector: 'app-assign-scope',
  // Eager: the dialog puts the server's messages on these controls (not signals); they must show without an input changing.
  changeDetection: ChangeDetectionStrategy.Eager,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TPipe, EnumTextPipe, FieldError, YearSelect],
  template: `
    <app-year-select [control]="group().controls.academicYear" [label]="yearLabel() | t" [years]="years" testId="assign-year" />
    <mat-form-field>
      <mat-label>{{ scopeLabel() | t }}</mat-label>
      <mat-select [formControl]="group().controls.scope" data-testid="assign-scope">
        @for (s of scopes; track s) {
          <mat-option [value]="s">{{ s | enumText: scopeEnum() }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    @if (scope() === 'Category') {
      <mat-form-field>
        <mat-label>{{ categoryLabel() | t }}</mat-label>
        <mat-select [formControl]="group().controls.category" data-testid="assign-category">
          @for (c of categories; track c) {
            <mat-option [value]="c">{{ c | enumText: 'QualificationCategory' }}</mat-option>
          }
        </mat-select>
        <mat-error><app-field-error [control]="group().controls.category" /></mat-error>
      </mat-form-field>
    }
    @if (scope() === 'MethodologicalAssociation') {
      <mat-form-field>
        <mat-label>{{ 'DisplayName:MethodologicalAssociation' | t }}</mat-label>
        <mat-select [formControl]="group().controls.methodologicalAssociationId" data-testid="assign-association">
          @for (a of associations(); track a.id) {
            <mat-option [value]="a.id">{{ a.name }}</mat-option>
          }
        </mat-select>
        <mat-error><app-field-error [control]="group().controls.methodologicalAssociationId" /></mat-error>
      </mat-form-field>
    }
  `,
  styles: `:host { display: contents; }`,
})
export class AssignScopeFields implements OnInit {
  readonly group = input.required<AssignScopeGroup>();
  /** The enum whose texts name the scopes (`RouteSheetAssignmentScope`, `PlanAssignmentScope`). */
  readonly scopeEnum = input.required<string>();
  readonly yearLabel = input.required<string>();
  readonly scopeLabel = input.required<string>();
  readonly categoryLabel = input.required<string>();

  protected readonly years = recentAcademicYears(0);
  protected readonly scopes: AssignScope[] = ['All', 'Category', 'MethodologicalAssociation'];
  protected readonly categories = QUALIFICATION_CATEGORY;
  protected readonly associations = signal<MethodologicalAssociationListItemDto[]>([]);
  private readonly destroyRef = inject(DestroyRef);
  private readonly scopeSignal = signal<AssignScope>('All');
  protected readonly scope = this.scopeSignal.asReadonly();

  constructor() {
    const api = inject(MethodologicalAssociationsService);
    allPages((skipCount, maxResultCount) => firstValueFrom(api.getMethodologicalAssociationList({ skipCount, maxResultCount }, handlesErrors())))
      .then((items) => this.associations.set(items), () => this.associations.set([]));
  }

  ngOnInit(): void {
    const scope = this.group().controls.scope;
    this.scopeSignal.set(scope.value);
    scope.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((v) => this.scopeSignal.set(v));
  }
}
