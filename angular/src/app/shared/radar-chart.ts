import { ChangeDetectionStrategy, Component, ElementRef, OnDestroy, effect, inject, input, signal, viewChild } from '@angular/core';
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

/** One line of a radar chart: a label ("Now", "Previous") and one value per axis. */
export interface RadarSeries {
  label: string;
  values: number[];
}

const COLORS = ['#00639b', '#9a4600', '#6b5778', '#006a60'];
/** Below this width (px) the sector names do not fit around the wheel. */
const NARROW = 440;

/**
 * A radar chart (chart.js) — the wheel of balance: one axis per sector, 0..max, the current scores over the previous ones.
 * Screen readers get the same figures as a table.
 */
@Component({
  selector: 'app-radar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="radar" [class.radar--narrow]="narrow()"><canvas #canvas role="img" [attr.aria-label]="caption()"></canvas></div>
    @if (narrow()) {
      <!-- On a phone the axes are numbered and named here, in full: a sector name drawn beside the wheel would be cut. -->
      <ol class="radar-legend" data-testid="radar-legend" aria-hidden="true">
        @for (axis of labels(); track $index; let i = $index) {
          <li><span class="radar-legend__name">{{ axis }}</span>
            <span class="radar-legend__values">@for (s of series(); track s.label; let last = $last) { {{ s.values[i] }}@if (!last) { / } }</span></li>
        }
      </ol>
    }
    <!-- The figures for screen readers, in a clipped box (a table itself ignores overflow, and its long cells pushed a phone's page sideways). -->
    <div class="visually-hidden">
    <table>
      <caption>{{ caption() }}</caption>
      <thead><tr><th scope="col"></th>@for (s of series(); track s.label) {<th scope="col">{{ s.label }}</th>}</tr></thead>
      <tbody>
        @for (axis of labels(); track $index; let i = $index) {
          <tr><th scope="row">{{ axis }}</th>@for (s of series(); track s.label) {<td>{{ s.values[i] }}</td>}</tr>
        }
      </tbody>
    </table>
    </div>
  `,
  styles: `
    :host { display: block; min-width: 0; max-width: 100%; }
    .radar { position: relative; width: 100%; max-width: 520px; aspect-ratio: 1; margin: 0 auto; overflow: hidden; }
    .radar-legend { margin: 8px 0 0; padding-left: 24px; font: var(--mat-sys-body-small); }
    .radar-legend li { padding: 2px 0; overflow-wrap: break-word; }
    .radar-legend__values { margin-left: 6px; font-weight: 500; white-space: nowrap; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
    :host { position: relative; }
  `,
})
export class RadarChart implements OnDestroy {
  readonly labels = input.required<string[]>();
  readonly series = input.required<RadarSeries[]>();
  readonly max = input(10);
  readonly caption = input('');
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart?: Chart<'radar'>;
  /** Narrower than a wheel with its sector names around it: the axes are numbered and named under the chart. */
  protected readonly narrow = signal(false);
  private readonly resize = typeof ResizeObserver === 'undefined'
    ? null
    : new ResizeObserver((entries) => this.narrow.set((entries[0]?.contentRect.width ?? NARROW) < NARROW));

  constructor() {
    this.resize?.observe(inject(ElementRef).nativeElement as HTMLElement);
    effect(() => this.draw(this.labels(), this.series(), this.max(), this.narrow()));
  }

  ngOnDestroy(): void {
    this.resize?.disconnect();
    this.chart?.destroy();
  }

  private draw(labels: string[], series: RadarSeries[], max: number, narrow: boolean): void {
    this.chart?.destroy();
    this.chart = new Chart(this.canvas().nativeElement, {
      type: 'radar',
      data: {
        labels: labels.map((l, i) => (narrow ? String(i + 1) : wrap(l))),
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          borderColor: COLORS[i % COLORS.length],
          backgroundColor: COLORS[i % COLORS.length] + (i === 0 ? '33' : '11'),
          borderDash: i === 0 ? [] : [6, 4],
          pointRadius: 3,
          fill: true,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { r: { min: 0, max, ticks: { stepSize: 2, backdropColor: 'transparent' }, pointLabels: { font: { size: 12 } } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }
}

/** Long axis names (a Kazakh sector name is often 30+ letters) break into lines of about 16 letters, so chart.js does not cut them. */
function wrap(label: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
