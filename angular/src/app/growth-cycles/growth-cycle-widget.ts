import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';

import { GrowthCycleListItemDto } from '../api/models';
import { GrowthCyclesService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { STAGES } from './cycle-utils';
import { StageStepper } from './stage-stepper';

/**
 * Home: the user's current growth cycle (stage, focus, a link into it), or an invitation to open one; without access to
 * cycles, the five stages as an orientation.
 */
@Component({
  selector: 'app-growth-cycle-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TPipe, EnumTextPipe, StageStepper],
  template: `
    <mat-card appearance="outlined" class="widget" data-testid="growth-widget">
      <mat-card-header>
        <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">autorenew</mat-icon>
        <mat-card-title><h2 class="widget__title">{{ 'UI:Home.GrowthCycle' | t }}</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (current(); as c) {
          <app-stage-stepper [current]="c.currentStage" [status]="c.status" [compact]="true" />
          <p class="zone" data-testid="growth-widget-zone">{{ 'UI:Growth.GrowthZone' | t }}: <strong>{{ c.growthZone }}</strong></p>
          <p class="widget__note">{{ 'UI:Growth.WidgetStage' | t: (c.currentStage | enumText: 'GrowthCycleStage') }}</p>
        } @else if (canUse() && loaded()) {
          <p class="widget__note" data-testid="growth-widget-none">{{ 'UI:Growth.WidgetNone' | t }}</p>
        } @else if (!canUse()) {
          <ol class="stages">
            @for (s of stages; track s; let i = $index) {
              <li><span class="stage-no" aria-hidden="true">{{ i + 1 }}</span>{{ 'UI:Cycle.Stage.' + s | t }}</li>
            }
          </ol>
          <p class="widget__note">{{ 'UI:Home.GrowthCycleNote' | t }}</p>
        }
      </mat-card-content>
      @if (canUse()) {
        <mat-card-actions>
          @if (current(); as c) {
            <a mat-button [routerLink]="['/growth-cycles', c.id]" data-testid="growth-widget-open">{{ 'UI:Growth.WidgetOpen' | t }}</a>
          } @else if (loaded()) {
            <a mat-button routerLink="/growth-cycles/open" data-testid="growth-widget-start">{{ 'UI:Growth.OpenMine' | t }}</a>
          }
          <a mat-button routerLink="/growth-cycles">{{ 'UI:Growth.WidgetAll' | t }}</a>
        </mat-card-actions>
      }
    </mat-card>
  `,
  styles: `
    .zone { margin: 12px 0 4px; overflow-wrap: anywhere; }
    .stages { list-style: none; margin: 0 0 12px; padding: 0; display: flex; flex-direction: column; gap: 6px; }
    .stages li { display: flex; align-items: center; gap: 10px; font: var(--mat-sys-body-medium); }
    .stage-no {
      display: inline-grid; place-items: center; width: 26px; height: 26px; border-radius: 50%; flex: none;
      background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-medium);
    }
  `,
})
export class GrowthCycleWidget {
  private readonly config = inject(AppConfigService);
  protected readonly stages = STAGES;
  protected readonly canUse = computed(() => this.config.isGranted(Permissions.GrowthCycles));
  protected readonly current = signal<GrowthCycleListItemDto | null>(null);
  protected readonly loaded = signal(false);

  constructor() {
    const staffId = this.config.currentUser()?.staffMemberId ?? undefined;
    if (!this.canUse()) return;
    if (!staffId) {
      this.loaded.set(true);
      return;
    }
    inject(GrowthCyclesService)
      .getGrowthCycleList({ status: 'Active', participantStaffMemberId: staffId, maxResultCount: 10 }, handlesErrors())
      .pipe(catchError(() => of(null)))
      .subscribe((r) => {
        const items = r?.items ?? [];
        this.current.set(items[0] ?? null);
        this.loaded.set(true);
      });
  }
}
