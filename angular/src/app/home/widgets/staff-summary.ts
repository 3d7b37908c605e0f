import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { catchError, forkJoin, map, of } from 'rxjs';

import { MethodologicalAssociationsService, StaffService } from '../../api/services';
import { AppConfigService } from '../../core/config/app-config.service';
import { Permissions } from '../../core/config/permissions';
import { handlesErrors } from '../../core/http/http-context';
import { TPipe } from '../../core/i18n/t.pipe';

interface Figures {
  staff: number | null;
  young: number | null;
  associations: number | null;
}

/** Director / methodologist: how many staff, young specialists and associations the school has. */
@Component({
  selector: 'app-staff-summary-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule, MatButtonModule, RouterLink, TPipe],
  template: `
    <mat-card appearance="outlined" class="widget">
      <mat-card-header>
        <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">groups</mat-icon>
        <mat-card-title><h2 class="widget__title">{{ 'UI:Home.StaffSummary' | t }}</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <dl class="figures">
          <div class="figure">
            <dt id="fig-staff">{{ 'UI:Home.StaffTotal' | t }}</dt>
            <dd><a class="figure__link" routerLink="/staff" aria-describedby="fig-staff" data-testid="figure-staff">{{ show(figures().staff) }}</a></dd>
          </div>
          <div class="figure">
            <dt id="fig-young">{{ 'UI:Home.YoungSpecialists' | t }}</dt>
            <dd><a class="figure__link" routerLink="/staff" [queryParams]="{ young: true }" aria-describedby="fig-young" data-testid="figure-young">{{ show(figures().young) }}</a></dd>
          </div>
          <div class="figure">
            <dt id="fig-associations">{{ 'Menu:MethodologicalAssociations' | t }}</dt>
            <dd>
              @if (canAssociations) {
                <a class="figure__link" routerLink="/methodological-associations" aria-describedby="fig-associations" data-testid="figure-associations">{{ show(figures().associations) }}</a>
              } @else {
                {{ show(figures().associations) }}
              }
            </dd>
          </div>
        </dl>
      </mat-card-content>
      <mat-card-actions>
        <a mat-button routerLink="/staff">{{ 'UI:Home.OpenStaff' | t }}</a>
        <a mat-button routerLink="/staff" [queryParams]="{ young: true }">{{ 'UI:Home.OpenYoungSpecialists' | t }}</a>
      </mat-card-actions>
    </mat-card>
  `,
})
export class StaffSummaryWidget {
  protected readonly canAssociations = inject(AppConfigService).isGranted(Permissions.MethodologicalAssociations);
  protected readonly figures = signal<Figures>({ staff: null, young: null, associations: null });

  constructor() {
    const staff = inject(StaffService);
    const associations = inject(MethodologicalAssociationsService);
    const config = inject(AppConfigService);
    const count = <T extends { totalCount?: number | string }>(o: import('rxjs').Observable<T>) =>
      o.pipe(map((r) => Number(r.totalCount)), catchError(() => of(null)));
    forkJoin({
      staff: count(staff.getStaffList({ skipCount: 0, maxResultCount: 1, includeArchived: false }, handlesErrors())),
      young: count(staff.getStaffList({ skipCount: 0, maxResultCount: 1, includeArchived: false, isYoungSpecialist: true }, handlesErrors())),
      associations: config.isGranted(Permissions.MethodologicalAssociations)
        ? count(associations.getMethodologicalAssociationList({ skipCount: 0, maxResultCount: 1 }, handlesErrors()))
        : of(null),
    }).subscribe((f) => this.figures.set(f));
  }

  protected show(v: number | null): string {
    return v === null ? '—' : String(v);
  }
}
