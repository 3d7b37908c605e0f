import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

import { StaffMemberDto } from '../api/models';
import { StaffService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { TPipe } from '../core/i18n/t.pipe';

export interface StaffRef {
  id: string;
  fullName: string;
}

/** Finds a staff member by typing part of the name (server-side search). Emits the chosen one. */
@Component({
  selector: 'app-staff-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatIconModule, MatInputModule, TPipe],
  template: `
    <mat-form-field class="picker">
      <mat-label>{{ label() | t }}</mat-label>
      <mat-icon matPrefix aria-hidden="true">person_search</mat-icon>
      <input matInput [formControl]="search" [matAutocomplete]="auto" autocomplete="off" [attr.data-testid]="testId()" />
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="selected($event)" [displayWith]="display">
        @for (m of options(); track m.id) {
          <mat-option [value]="m" [disabled]="excluded().includes(m.id)">
            {{ m.fullName }} <span class="cell-secondary">{{ m.position }}</span>
          </mat-option>
        } @empty {
          <mat-option disabled>{{ 'UI:NothingFound' | t }}</mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint()! | t }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `.picker { width: 100%; }`,
})
export class StaffPicker {
  readonly label = input('UI:FindStaff');
  readonly hint = input<string | null>(null);
  readonly excluded = input<string[]>([]);
  readonly testId = input('staff-picker');
  readonly picked = output<StaffRef>();

  private readonly staff = inject(StaffService);
  protected readonly search = new FormControl<string | StaffMemberDto>('', { nonNullable: true });
  protected readonly results = toSignal(
    this.search.valueChanges.pipe(
      startWith(''),
      map((v) => (typeof v === 'string' ? v.trim() : null)),
      debounceTime(200),
      distinctUntilChanged(),
      switchMap((filter) =>
        filter === null
          ? of(null)
          : this.staff.getStaffList({ filter: filter || undefined, skipCount: 0, maxResultCount: 20, includeArchived: false }, handlesErrors()).pipe(
              map((r) => r.items ?? []),
              catchError(() => of([])),
            ),
      ),
    ),
    { initialValue: null },
  );
  private last: StaffMemberDto[] = [];
  protected readonly options = computed(() => {
    const r = this.results();
    if (r) this.last = r;
    return this.last;
  });

  protected display = (v: StaffMemberDto | string | null): string => (typeof v === 'string' ? v : (v?.fullName ?? ''));

  protected selected(e: MatAutocompleteSelectedEvent): void {
    const m = e.option.value as StaffMemberDto;
    this.picked.emit({ id: m.id, fullName: m.fullName });
    this.search.setValue('');
  }
}
