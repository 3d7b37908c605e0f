import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { ConfidencePointDto } from '../api/models';
import { TPipe } from '../core/i18n/t.pipe';

/**
 * The novice's confidence (0–10) over the weeks of the weekly card, as an inline SVG line: no chart library. Weeks without a
 * score leave a gap; the last score is written beside the chart for screen readers and small screens.
 */
@Component({
  selector: 'app-confidence-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TPipe],
  template: `
    @if (scored().length) {
      <figure class="chart" data-testid="confidence-chart">
        <svg [attr.viewBox]="'0 0 ' + W + ' ' + H" role="img" [attr.aria-label]="'UI:Mentoring.ConfidenceChartLabel' | t: last()">
          @for (y of gridLines; track y) {
            <line [attr.x1]="P" [attr.x2]="W - 8" [attr.y1]="yOf(y)" [attr.y2]="yOf(y)" class="grid" />
            <text [attr.x]="P - 6" [attr.y]="yOf(y) + 4" class="axis" text-anchor="end">{{ y }}</text>
          }
          <polyline [attr.points]="line()" class="line" />
          @for (p of dots(); track p.key) {
            <circle [attr.cx]="p.x" [attr.cy]="p.y" r="4" class="dot"><title>{{ p.label }}: {{ p.score }}</title></circle>
          }
          @for (p of ticks(); track p.key) {
            <text [attr.x]="p.x" [attr.y]="H - 4" class="axis" text-anchor="middle">{{ p.week }}</text>
          }
        </svg>
        <figcaption class="cell-secondary">{{ 'UI:Mentoring.ConfidenceCaption' | t: last() : scored().length }}</figcaption>
      </figure>
    } @else {
      <p class="cell-secondary" data-testid="confidence-empty">{{ 'UI:Mentoring.ConfidenceEmpty' | t }}</p>
    }
  `,
  styles: `
    .chart { margin: 0; max-width: 640px; }
    svg { width: 100%; height: auto; display: block; }
    .grid { stroke: var(--mat-sys-outline-variant); stroke-width: 1; }
    .axis { fill: var(--mat-sys-on-surface-variant); font-size: 11px; }
    .line { fill: none; stroke: var(--mat-sys-primary); stroke-width: 2.5; stroke-linejoin: round; }
    .dot { fill: var(--mat-sys-primary); }
  `,
})
export class ConfidenceChart {
  readonly points = input<ConfidencePointDto[]>([]);
  protected readonly W = 600;
  protected readonly H = 200;
  protected readonly P = 30;
  protected readonly gridLines = [0, 5, 10];

  protected readonly scored = computed(() => this.points().filter((p) => p.score !== null && p.score !== undefined));
  protected readonly last = computed(() => {
    const s = this.scored();
    return s.length ? Number(s[s.length - 1].score) : '';
  });

  private xOf(i: number, n: number): number {
    return n <= 1 ? (this.P + this.W - 8) / 2 : this.P + 8 + (i * (this.W - this.P - 24)) / (n - 1);
  }

  protected yOf(score: number): number {
    return 12 + ((10 - score) * (this.H - 40)) / 10;
  }

  protected readonly dots = computed(() => {
    const all = this.points();
    return all
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.score !== null && p.score !== undefined)
      .map(({ p, i }) => ({
        key: `${p.weekYear}-${p.week}`, x: this.xOf(i, all.length), y: this.yOf(Number(p.score)), score: Number(p.score), label: p.weekStart,
      }));
  });

  protected readonly line = computed(() => this.dots().map((d) => `${d.x},${d.y}`).join(' '));

  /** At most 8 week labels so they stay readable on a phone. */
  protected readonly ticks = computed(() => {
    const all = this.points();
    const step = Math.max(1, Math.ceil(all.length / 8));
    return all.map((p, i) => ({ key: `${p.weekYear}-${p.week}`, x: this.xOf(i, all.length), week: p.week })).filter((_, i) => i % step === 0);
  });
}
