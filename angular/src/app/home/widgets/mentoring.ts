import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';

import { TPipe } from '../../core/i18n/t.pipe';

/** Mentor's home: the place the mentoring module fills with mentees, sessions and reflection cards. */
@Component({
  selector: 'app-mentoring-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule, TPipe],
  template: `
    <mat-card appearance="outlined" class="widget">
      <mat-card-header>
        <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">handshake</mat-icon>
        <mat-card-title><h2 class="widget__title">{{ 'UI:Home.Mentees' | t }}</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content><p class="widget__note">{{ 'UI:Home.MenteesNote' | t }}</p></mat-card-content>
    </mat-card>
  `,
})
export class MentoringWidget {}
