import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import { RouteSheetDto } from '../api/models';
import { RouteSheetsService } from '../api/services';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { academicYearLabel, currentAcademicYear } from '../shared/academic-year';
import { KkRuPipe, findMySheet, markedPeriods } from './common';

/** Teacher's home card: this year's route sheet and which periods are already marked. */
@Component({
  selector: 'app-route-sheet-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TPipe, KkRuPipe],
  template: `
    @if (!failed()) {
      <mat-card appearance="outlined" class="widget" data-testid="route-widget">
        <mat-card-header>
          <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">route</mat-icon>
          <mat-card-title><h2 class="widget__title">{{ 'UI:RouteSheets.MySheet' | t }}</h2></mat-card-title>
        </mat-card-header>
        <mat-card-content>
          @if (loaded()) {
            @if (sheet(); as s) {
              <p class="widget__note">{{ s.stageKk | kkRu: s.stageRu }}</p>
              <p data-testid="route-widget-marked">{{ 'UI:RouteSheets.MarkedPeriods' | t: marked().length : s.periodCount }}</p>
              <p class="periods">
                @for (p of periods(); track p) {
                  <span class="chip" [class.chip--primary]="marked().includes(p)">{{ periodLabel(p) }}{{ marked().includes(p) ? ' ✓' : '' }}</span>
                }
              </p>
            } @else {
              <p class="widget__note">{{ 'UI:RouteSheets.NoSheetThisYear' | t: yearLabel }}</p>
            }
          }
        </mat-card-content>
        <mat-card-actions>
          @if (sheet(); as s) {
            <a mat-button [routerLink]="['/route-sheets', s.id]">{{ 'UI:RouteSheets.OpenMySheet' | t }}</a>
          } @else {
            <a mat-button routerLink="/route-sheets">{{ 'Menu:RouteSheets' | t }}</a>
          }
        </mat-card-actions>
      </mat-card>
    }
  `,
  styles: `.periods { display: flex; flex-wrap: wrap; gap: 6px; }`,
})
export class RouteSheetWidget {
  private readonly l = inject(LocalizationService);
  protected readonly sheet = signal<RouteSheetDto | null>(null);
  protected readonly loaded = signal(false);
  protected readonly failed = signal(false);
  protected readonly yearLabel = academicYearLabel(currentAcademicYear());
  protected readonly marked = computed(() => {
    const s = this.sheet();
    return s ? markedPeriods(s, 'self') : [];
  });
  protected readonly periods = computed(() => Array.from({ length: Number(this.sheet()?.periodCount ?? 0) }, (_, i) => i + 1));

  constructor() {
    findMySheet(inject(RouteSheetsService), currentAcademicYear())
      .then((s) => this.sheet.set(s))
      .catch(() => this.failed.set(true))
      .finally(() => this.loaded.set(true));
  }

  protected periodLabel(p: number): string {
    return this.l.t(this.sheet()?.periodKind === 'HalfYears' ? 'UI:RouteSheets.HalfYearN' : 'UI:RouteSheets.QuarterN', p);
  }
}
