import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { GrowthCycleListItemDto } from '../api/models';
import { ActionResearchService, GrowthCyclesService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';

/**
 * A member attaches an analysed cycle to their own growth cycle: only active cycles at Reflection (a reflective note) or
 * Approbation (a change trial) are offered, as the growth cycle's rules accept nothing else.
 */
@Component({
  selector: 'app-ar-evidence-attach',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatSelectModule, TPipe, EnumTextPipe, FormBanner],
  template: `
    @if (cycles(); as list) {
      <div class="editor" data-testid="ar-evidence-editor">
        <app-form-banner [messages]="errors()" />
        @if (list.length) {
          <mat-form-field class="wide">
            <mat-label>{{ 'UI:ActionResearch.EvidenceCycle' | t }}</mat-label>
            <mat-select [(ngModel)]="chosen" data-testid="ar-evidence-cycle">
              @for (g of list; track g.id) {
                <mat-option [value]="g.id">{{ g.academicYearLabel }} · {{ g.currentStage | enumText: 'GrowthCycleStage' }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'UI:ActionResearch.EvidenceHint' | t }}</mat-hint>
          </mat-form-field>
        } @else {
          <p class="cell-secondary" data-testid="ar-evidence-none">{{ 'UI:ActionResearch.EvidenceNoCycle' | t }}</p>
        }
        <div class="actions">
          @if (list.length) {
            <button mat-flat-button type="button" (click)="attach()" [disabled]="busy() || !chosen" data-testid="ar-evidence-save">{{ 'UI:ActionResearch.EvidenceAttach' | t }}</button>
          }
          <button mat-button type="button" (click)="cycles.set(null)">{{ 'UI:Cancel' | t }}</button>
        </div>
      </div>
    } @else {
      <button mat-stroked-button type="button" (click)="start()" [disabled]="busy()" data-testid="ar-evidence">
        <mat-icon aria-hidden="true">attach_file</mat-icon>{{ 'UI:ActionResearch.EvidenceToGrowth' | t }}
      </button>
      @if (attachedTo(); as id) {
        <a mat-button [routerLink]="['/growth-cycles', id]" data-testid="ar-evidence-open">{{ 'UI:ActionResearch.EvidenceOpen' | t }}</a>
      }
    }
  `,
  styles: `
    .wide { width: 100%; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  `,
})
export class EvidenceAttach {
  readonly projectId = input.required<string>();
  readonly cycleId = input.required<string>();
  private readonly api = inject(ActionResearchService);
  private readonly growth = inject(GrowthCyclesService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly cycles = signal<GrowthCycleListItemDto[] | null>(null);
  protected readonly attachedTo = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected chosen: string | null = null;

  protected async start(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const mine = (await firstValueFrom(this.growth.getGrowthCycleList({ mine: true, status: 'Active', maxResultCount: 20 }, handlesErrors()))).items ?? [];
      const list = mine.filter((g) => g.currentStage === 'Reflection' || g.currentStage === 'Approbation');
      this.chosen = list[0]?.id ?? null;
      this.cycles.set(list);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  protected async attach(): Promise<void> {
    if (!this.chosen) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      const r = await firstValueFrom(this.api.attachActionResearchEvidence({ id: this.projectId(), cycleId: this.cycleId(), body: { growthCycleId: this.chosen } }, handlesErrors()));
      this.cycles.set(null);
      this.attachedTo.set(r.growthCycleId);
      this.notify.success(this.l.t('UI:ActionResearch.EvidenceAttached'));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
