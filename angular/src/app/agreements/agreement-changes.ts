import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import { PlanChangeDto, PlanChangesSinceReviewDto } from '../api/models';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';

/** How a record of the agreement workflow names what a change is about: the entry (a goal, an activity…), its field and a value. */
export interface ChangeNames {
  entry(change: PlanChangeDto): string;
  field(field: string): string;
  /** A value as the reader reads it (an enum's text, a date); as the server wrote it by default. */
  value?(field: string | null, value: string): string;
}

/*
 * Each component here has its own inline styles on purpose: two components of one file with identical inline styles share
 * one key in the Angular builder's stylesheet cache, which then leaks an esbuild context and `ng build` never exits.
 */
const CHANGE_STYLES = `
  .change-list { list-style: none; padding: 0; margin: 0 0 16px; }
  .change-list li { display: flex; flex-direction: column; gap: 2px; padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); overflow-wrap: anywhere; }
  .change-values { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
  .change-values del { color: var(--mat-sys-error); }
  .change-values ins { color: var(--mat-sys-primary); text-decoration: none; font-weight: 500; }
`;

/** A list of changes between two states of an agreed record (a development plan, a mentor's year plan), field by field. */
@Component({
  selector: 'app-agreement-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TPipe, EnumTextPipe],
  template: `
    <ul class="change-list" data-testid="agreement-changes">
      @for (c of changes(); track $index) {
        <li>
          <span class="chip">{{ c.kind | enumText: 'PlanChangeKind' }}</span>
          <strong>{{ names().entry(c) }}@if (c.field) {: {{ names().field(c.field) }}}</strong>
          <div class="change-values">
            @if (c.oldValue) { <del>{{ shown(c.field, c.oldValue) }}</del> }
            @if (c.oldValue && c.newValue) { <mat-icon aria-hidden="true">arrow_forward</mat-icon> }
            @if (c.newValue) { <ins>{{ shown(c.field, c.newValue) }}</ins> }
          </div>
        </li>
      } @empty {
        <li class="cell-secondary">{{ 'UI:Agreements.NoChanges' | t }}</li>
      }
    </ul>
  `,
  styles: CHANGE_STYLES,
})
export class AgreementChanges {
  readonly changes = input.required<readonly PlanChangeDto[]>();
  readonly names = input.required<ChangeNames>();

  protected shown(field: string | null, value: string): string {
    return this.names().value?.(field, value) ?? value;
  }
}

/** For a reviewer: what the author changed since the last decision (or that the record is reviewed for the first time). */
@Component({
  selector: 'app-agreement-since-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgreementChanges, TPipe, EnumTextPipe, KDatePipe],
  template: `
    @if (changes(); as ch) {
      <h3 class="subtitle">{{ 'UI:Agreements.ChangesSinceReview' | t }}</h3>
      @if (ch.lastReview; as r) {
        <p class="cell-secondary">{{ 'UI:Agreements.LastReview' | t: (r.decision | enumText: 'PlanReviewDecision') : (r.time | kDate) : (r.reviewerName ?? '') }}</p>
        @if (r.comment) { <p class="cell-secondary">«{{ r.comment }}»</p> }
        <app-agreement-changes [changes]="ch.changes" [names]="names()" />
      } @else {
        <p class="cell-secondary">{{ 'UI:Agreements.FirstReview' | t }}</p>
      }
    }
  `,
  styles: `.subtitle { font: var(--mat-sys-title-small); margin: 8px 0; }`,
})
export class AgreementSinceReview {
  readonly changes = input.required<PlanChangesSinceReviewDto | null>();
  readonly names = input.required<ChangeNames>();
}
