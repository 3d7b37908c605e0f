import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';

import { ActionResearchProjectDto } from '../api/models';
import { ActionResearchService, GrowthCyclesService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';

interface PlanOption { id: string; label: string }

/**
 * The owner links the project to one of their own growth cycles' research plans (Table 7), or unlinks it. The choice lists only
 * the caller's own cycles' ResearchPlan artefacts; the server checks the id again.
 */
@Component({
  selector: 'app-ar-plan-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, TPipe, FormBanner],
  template: `
    @if (options(); as list) {
      <div class="editor" data-testid="ar-plan-editor">
        <app-form-banner [messages]="errors()" />
        @if (list.length) {
          <mat-form-field class="wide">
            <mat-label>{{ 'UI:ActionResearch.PlanChoose' | t }}</mat-label>
            <mat-select [(ngModel)]="chosen" data-testid="ar-plan-select">
              @for (o of list; track o.id) { <mat-option [value]="o.id">{{ o.label }}</mat-option> }
            </mat-select>
          </mat-form-field>
        } @else {
          <p class="cell-secondary" data-testid="ar-plan-none-own">{{ 'UI:ActionResearch.PlanNoneOwn' | t }}</p>
        }
        <div class="actions">
          @if (list.length) {
            <button mat-flat-button type="button" (click)="save(chosen)" [disabled]="busy() || !chosen" data-testid="ar-plan-save">{{ 'UI:ActionResearch.PlanLink' | t }}</button>
          }
          @if (project().researchPlanArtefactId) {
            <button mat-stroked-button type="button" (click)="save(null)" [disabled]="busy()" data-testid="ar-plan-unlink">{{ 'UI:ActionResearch.PlanUnlink' | t }}</button>
          }
          <button mat-button type="button" (click)="options.set(null)">{{ 'UI:Cancel' | t }}</button>
        </div>
      </div>
    } @else {
      <button mat-stroked-button type="button" (click)="start()" [disabled]="busy()" data-testid="ar-plan-change">{{ 'UI:ActionResearch.PlanChange' | t }}</button>
    }
  `,
  styles: `
    .wide { width: 100%; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  `,
})
export class PlanLink {
  readonly project = input.required<ActionResearchProjectDto>();
  readonly saved = output<ActionResearchProjectDto>();
  private readonly api = inject(ActionResearchService);
  private readonly growth = inject(GrowthCyclesService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly options = signal<PlanOption[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected chosen: string | null = null;

  /** The caller's own growth cycles, newest first, and their research plans. */
  protected async start(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const cycles = (await firstValueFrom(this.growth.getGrowthCycleList({ mine: true, maxResultCount: 20 }, handlesErrors()))).items ?? [];
      const full = await Promise.all(cycles.map((c) => firstValueFrom(this.growth.getGrowthCycle({ id: c.id }, handlesErrors()))));
      const list = full.flatMap((c) => c.stages.flatMap((s) => s.artefacts)
        .filter((a) => a.kind === 'ResearchPlan')
        .map((a) => ({ id: a.id, label: `${c.academicYearLabel} · ${a.content.title || this.l.t('UI:ActionResearch.Plan')} · ${a.creationTime.slice(0, 10)}` })));
      this.chosen = this.project().researchPlanArtefactId ?? list[0]?.id ?? null;
      this.options.set(list);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  protected async save(artefactId: string | null): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const p = await firstValueFrom(this.api.linkActionResearchPlan({ id: this.project().id, body: { researchPlanArtefactId: artefactId } }, handlesErrors()));
      this.options.set(null);
      this.notify.success(this.l.t(artefactId ? 'UI:ActionResearch.PlanLinked' : 'UI:ActionResearch.PlanUnlinked'));
      this.saved.emit(p);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
