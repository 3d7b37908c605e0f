import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import { GrowthCycleStage, GrowthCycleStatus } from '../api/models';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { STAGES } from './cycle-utils';

/**
 * The five stages as a row of numbered steps: done, current, still ahead. Compact (list rows, home card) shows
 * numbers only with the current stage named; otherwise each step is a button that selects the stage to look at.
 */
@Component({
  selector: 'app-stage-stepper',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TPipe, EnumTextPipe],
  template: `
    <ol class="stepper" [class.stepper--compact]="compact()" [attr.aria-label]="'UI:Growth.Stages' | t" data-testid="stage-stepper">
      @for (s of stages; track s; let i = $index) {
        <li class="step" [class.step--done]="state(i) === 'done'" [class.step--current]="state(i) === 'current'"
            [class.step--selected]="!compact() && s === selected()" [attr.data-testid]="'stage-' + s"
            [attr.aria-current]="state(i) === 'current' ? 'step' : null">
          @if (compact()) {
            <span class="step__no" [attr.title]="s | enumText: 'GrowthCycleStage'">
              @if (state(i) === 'done') { <mat-icon aria-hidden="true">check</mat-icon> } @else { {{ i + 1 }} }
            </span>
            <span class="visually-hidden">{{ s | enumText: 'GrowthCycleStage' }}: {{ 'UI:Growth.StepState.' + state(i) | t }}</span>
          } @else {
            <button type="button" class="step__button" (click)="select.emit(s)" [attr.aria-pressed]="s === selected()"
                    [attr.data-testid]="'stage-button-' + s">
              <span class="step__no">
                @if (state(i) === 'done') { <mat-icon aria-hidden="true">check</mat-icon> } @else { {{ i + 1 }} }
              </span>
              <span class="step__text">
                <span class="step__name">{{ 'UI:Cycle.Stage.' + s | t }}</span>
                <span class="step__state">{{ 'UI:Growth.StepState.' + state(i) | t }}</span>
              </span>
            </button>
          }
        </li>
      }
    </ol>
    @if (compact() && status() === 'Active') {
      <span class="current-name">{{ current() | enumText: 'GrowthCycleStage' }}</span>
    }
  `,
  styles: `
    :host { display: block; min-width: 0; }
    .stepper { list-style: none; margin: 0; padding: 0; display: flex; gap: 4px; flex-wrap: wrap; }
    .step { flex: 1 1 0; min-width: 0; }
    .stepper--compact .step { flex: none; }
    .step__button {
      display: flex; align-items: center; gap: 8px; width: 100%; height: 100%; padding: 8px; border-radius: 12px; text-align: left;
      border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface); color: inherit; font: inherit; cursor: pointer;
    }
    .step__button:hover { background: var(--mat-sys-surface-container); }
    .step__button:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    .step--selected .step__button { border-color: var(--mat-sys-primary); box-shadow: inset 0 0 0 1px var(--mat-sys-primary); }
    .step__no {
      display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 50%; flex: none;
      background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-label-large);
    }
    .step__no mat-icon { font-size: 18px; width: 18px; height: 18px; }
    .stepper--compact .step__no { width: 24px; height: 24px; font: var(--mat-sys-label-medium); }
    .step--done .step__no { background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); }
    .step--current .step__no { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); box-shadow: 0 0 0 2px var(--mat-sys-tertiary); }
    .step__text { display: flex; flex-direction: column; min-width: 0; }
    .step__name { font: var(--mat-sys-label-large); overflow-wrap: anywhere; }
    .step__state { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .current-name { display: block; margin-top: 4px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    @media (max-width: 719px) {
      .stepper:not(.stepper--compact) { flex-direction: column; }
    }
  `,
})
export class StageStepper {
  readonly current = input.required<GrowthCycleStage>();
  readonly status = input<GrowthCycleStatus>('Active');
  readonly completedStages = input<GrowthCycleStage[] | null>(null);
  readonly selected = input<GrowthCycleStage | null>(null);
  readonly compact = input(false);
  readonly select = output<GrowthCycleStage>();

  protected readonly stages = STAGES;
  private readonly currentIndex = computed(() => STAGES.indexOf(this.current()));

  protected state(i: number): 'done' | 'current' | 'ahead' {
    const done = this.completedStages();
    if (this.status() === 'Completed') return 'done';
    if (i === this.currentIndex() && this.status() === 'Active') return 'current';
    if (done ? done.includes(STAGES[i]) : i < this.currentIndex()) return 'done';
    return 'ahead';
  }
}
