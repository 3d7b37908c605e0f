import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { catchError, forkJoin, map, of } from 'rxjs';

import { SchoolsService } from '../../api/services';
import { handlesErrors } from '../../core/http/http-context';
import { TPipe } from '../../core/i18n/t.pipe';

/** Host administrator: how many schools are on the platform. */
@Component({
  selector: 'app-schools-summary-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule, MatButtonModule, RouterLink, TPipe],
  template: `
    <mat-card appearance="outlined" class="widget">
      <mat-card-header>
        <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">apartment</mat-icon>
        <mat-card-title><h2 class="widget__title">{{ 'Menu:Schools' | t }}</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <dl class="figures">
          <div class="figure"><dt>{{ 'UI:Schools.Active' | t }}</dt><dd>{{ figures().active ?? '—' }}</dd></div>
          <div class="figure"><dt>{{ 'UI:Schools.Total' | t }}</dt><dd>{{ figures().total ?? '—' }}</dd></div>
        </dl>
      </mat-card-content>
      <mat-card-actions><a mat-button routerLink="/host/schools">{{ 'UI:Schools.OpenList' | t }}</a></mat-card-actions>
    </mat-card>
  `,
})
export class SchoolsSummaryWidget {
  protected readonly figures = signal<{ active: number | null; total: number | null }>({ active: null, total: null });

  constructor() {
    const schools = inject(SchoolsService);
    const count = (isActive?: boolean) =>
      schools.getSchoolList({ skipCount: 0, maxResultCount: 1, isActive }, handlesErrors()).pipe(map((r) => Number(r.totalCount)), catchError(() => of(null)));
    forkJoin({ active: count(true), total: count() }).subscribe((f) => this.figures.set(f));
  }
}
