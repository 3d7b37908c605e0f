import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';

import { TPipe } from '../../core/i18n/t.pipe';

/** The five-stage horizontal growth cycle, as an orientation until the cycles module fills it with the user's own cycle. */
@Component({
  selector: 'app-growth-cycle-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule, TPipe],
  template: `
    <mat-card appearance="outlined" class="widget">
      <mat-card-header>
        <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">autorenew</mat-icon>
        <mat-card-title><h2 class="widget__title">{{ 'UI:Home.GrowthCycle' | t }}</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <ol class="stages">
          @for (s of stages; track s; let i = $index) {
            <li><span class="stage-no" aria-hidden="true">{{ i + 1 }}</span>{{ 'UI:Cycle.Stage.' + s | t }}</li>
          }
        </ol>
        <p class="widget__note">{{ 'UI:Home.GrowthCycleNote' | t }}</p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .stages { list-style: none; margin: 0 0 12px; padding: 0; display: flex; flex-direction: column; gap: 6px; }
    .stages li { display: flex; align-items: center; gap: 10px; font: var(--mat-sys-body-medium); }
    .stage-no {
      display: inline-grid; place-items: center; width: 26px; height: 26px; border-radius: 50%; flex: none;
      background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-medium);
    }
  `,
})
export class GrowthCycleWidget {
  protected readonly stages = ['Action', 'Analysis', 'Reflection', 'Design', 'Approbation'];
}
