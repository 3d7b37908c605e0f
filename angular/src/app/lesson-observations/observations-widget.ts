import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';

import { LessonObservationListItemDto } from '../api/models';
import { LessonObservationsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { handlesErrors } from '../core/http/http-context';
import { TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';

/** Teacher's home: signed observations of my lessons that still wait for my written reply. Renders nothing when there are none. */
@Component({
  selector: 'app-observations-awaiting-reply-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TPipe, KDatePipe],
  template: `
    @if (awaiting().length) {
      <mat-card appearance="outlined" class="widget" data-testid="obs-widget">
        <mat-card-header>
          <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">visibility</mat-icon>
          <mat-card-title><h2 class="widget__title">{{ 'UI:Obs.WidgetTitle' | t }}</h2></mat-card-title>
        </mat-card-header>
        <mat-card-content>
          <p class="widget__note">{{ 'UI:Obs.WidgetNote' | t }}</p>
          <ul class="obs-widget-list">
            @for (o of awaiting(); track o.id) {
              <li><a [routerLink]="['/lesson-observations', o.id]">{{ o.lessonDate | kDate }} · {{ o.subject }}, {{ o.className }} · {{ o.observerName }}</a></li>
            }
          </ul>
        </mat-card-content>
        <mat-card-actions>
          <a mat-button routerLink="/lesson-observations">{{ 'UI:Obs.WidgetAll' | t }}</a>
        </mat-card-actions>
      </mat-card>
    }
  `,
  styles: `.obs-widget-list { margin: 8px 0 0; padding-left: 20px; overflow-wrap: anywhere; }`,
})
export class ObservationsAwaitingReplyWidget {
  private readonly config = inject(AppConfigService);
  private readonly items = signal<LessonObservationListItemDto[]>([]);
  protected readonly awaiting = computed(() => this.items().filter((o) => !o.hasReply).slice(0, 5));

  constructor() {
    const me = this.config.currentUser()?.staffMemberId;
    if (!me) return;
    inject(LessonObservationsService)
      .getLessonObservationList({ staffMemberId: me, status: 'Signed', skipCount: 0, maxResultCount: 50 }, handlesErrors())
      .pipe(catchError(() => of({ items: [], totalCount: 0 })))
      .subscribe((r) => this.items.set(r.items ?? []));
  }
}
