import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { GrowthCycleListItemDto, MentoringEvidenceDto } from '../api/models';
import { GrowthCyclesService, MentoringService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { hoursText, todayIso } from './mentoring-utils';
import { SchoolZone } from './school-zone';

/**
 * The mentor's own mentoring as evidence in her own growth cycle: a period, a preview (pairs, meetings held, hours; a pair's
 * topics and the mentee's ratings only where that mentee consents), then attach it to one of her active cycles as a
 * "mentoring activity" artefact. The text follows each mentee's consent afterwards too.
 */
@Component({
  selector: 'app-mentoring-evidence-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TPipe,
    EnumTextPipe, FieldError, FormBanner,
  ],
  template: `
    <section class="surface form-panel" data-testid="mentoring-evidence" [attr.aria-label]="'UI:Mentoring.EvidenceTitle' | t">
      <h2 class="form-section__title">{{ 'UI:Mentoring.EvidenceTitle' | t }}</h2>
      <p class="cell-secondary">{{ 'UI:Mentoring.EvidenceHint' | t }}</p>
      <app-form-banner [messages]="errors()" />
      <form [formGroup]="form" (ngSubmit)="preview()" novalidate class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'UI:Mentoring.EvidenceFrom' | t }}</mat-label>
          <input matInput type="date" formControlName="from" data-testid="evidence-from" />
          <mat-error><app-field-error [control]="form.controls.from" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Mentoring.EvidenceTo' | t }}</mat-label>
          <input matInput type="date" formControlName="to" data-testid="evidence-to" />
          <mat-error><app-field-error [control]="form.controls.to" /></mat-error>
        </mat-form-field>
        <div class="form-actions span-2">
          <button mat-stroked-button type="submit" [disabled]="busy()" data-testid="evidence-preview">
            <mat-icon aria-hidden="true">preview</mat-icon>{{ 'UI:Mentoring.EvidencePreview' | t }}
          </button>
        </div>
      </form>
      @if (summary(); as s) {
        <p data-testid="evidence-totals"><strong>{{ 'UI:Mentoring.EvidenceTotals' | t: s.pairs : s.meetings : hours(s.minutes) }}</strong></p>
        <ul class="pairs">
          @for (p of s.pairsDetail; track p.pairId) {
            <li>
              {{ p.menteeName }} <span class="cell-secondary">· {{ p.kind | enumText: 'MentoringPairKind' }} · {{ 'UI:Mentoring.EvidencePairFacts' | t: p.meetings : hours(p.minutes) }}</span>
              <span class="cell-secondary" [class.no-consent]="!p.consent">· {{ (p.consent ? 'UI:Mentoring.EvidenceWithConsent' : 'UI:Mentoring.EvidenceWithoutConsent') | t }}</span>
            </li>
          }
        </ul>
        <pre class="text" data-testid="evidence-text">{{ s.text }}</pre>
        @if (cycles().length) {
          <div class="form-grid">
            <mat-form-field>
              <mat-label>{{ 'UI:Mentoring.EvidenceCycle' | t }}</mat-label>
              <mat-select [value]="cycleId()" (selectionChange)="cycleId.set($event.value)" data-testid="evidence-cycle">
                @for (c of cycles(); track c.id) {
                  <mat-option [value]="c.id">{{ c.academicYearLabel }} · {{ c.growthZone }} · {{ c.currentStage | enumText: 'GrowthCycleStage' }}</mat-option>
                }
              </mat-select>
              <mat-hint>{{ 'UI:Mentoring.EvidenceCycleHint' | t }}</mat-hint>
            </mat-form-field>
            <mat-checkbox [checked]="shared()" (change)="shared.set($event.checked)">{{ 'UI:Mentoring.EvidenceShared' | t }}</mat-checkbox>
          </div>
          <div class="form-actions">
            <button mat-flat-button type="button" [disabled]="busy() || !cycleId()" (click)="attach()" data-testid="evidence-attach">
              <mat-icon aria-hidden="true">attach_file</mat-icon>{{ 'UI:Mentoring.EvidenceAttach' | t }}
            </button>
            @if (attachedCycle(); as id) {
              <a mat-button [routerLink]="['/growth-cycles', id]" data-testid="evidence-open-cycle">{{ 'UI:Mentoring.EvidenceOpenCycle' | t }}</a>
            }
          </div>
        } @else {
          <p class="table-empty" data-testid="evidence-no-cycle">{{ 'UI:Mentoring.EvidenceNoCycle' | t }}</p>
        }
      }
    </section>
  `,
  styles: `
    .pairs { margin: 0 0 8px; padding-left: 20px; overflow-wrap: anywhere; }
    .no-consent { color: var(--mat-sys-on-surface-variant); font-style: italic; }
    .text { white-space: pre-wrap; overflow-wrap: anywhere; font: var(--mat-sys-body-medium); background: var(--mat-sys-surface-container); padding: 8px 12px; border-radius: 8px; }
  `,
})
export class MentoringEvidencePanel {
  private readonly api = inject(MentoringService);
  private readonly growth = inject(GrowthCyclesService);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly zone = inject(SchoolZone);

  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly summary = signal<MentoringEvidenceDto | null>(null);
  protected readonly cycles = signal<GrowthCycleListItemDto[]>([]);
  protected readonly cycleId = signal<string | null>(null);
  protected readonly shared = signal(false);
  protected readonly attachedCycle = signal<string | null>(null);
  private readonly staffId = computed(() => this.config.currentUser()?.staffMemberId ?? null);
  protected readonly hours = (minutes: number | string) => hoursText(Number(minutes));

  /** The academic year so far: from 1 September to today. */
  protected readonly form = inject(FormBuilder).nonNullable.group({
    from: [academicYearStart(todayIso()), Validators.required],
    to: [todayIso(), Validators.required],
  });

  constructor() {
    void this.zone.ensure().then((z) => {
      // The school's today once its time zone is known, unless a period was typed meanwhile (it is kept).
      if (this.form.dirty) return;
      const today = todayIso(new Date(), z);
      this.form.setValue({ from: academicYearStart(today), to: today });
    });
  }

  protected async preview(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    this.attachedCycle.set(null);
    const v = this.form.getRawValue();
    try {
      const [summary, cycles] = await Promise.all([
        firstValueFrom(this.api.getMentoringEvidence({ from: v.from, to: v.to }, handlesErrors())),
        this.staffId()
          ? firstValueFrom(this.growth.getGrowthCycleList({ participantStaffMemberId: this.staffId()!, status: 'Active', maxResultCount: 20 }, handlesErrors()))
          : Promise.resolve(null),
      ]);
      this.summary.set(summary);
      const own = (cycles?.items ?? []).filter((c) => c.participantStaffMemberId === this.staffId());
      this.cycles.set(own);
      if (!own.some((c) => c.id === this.cycleId())) this.cycleId.set(own.length ? own[0].id : null);
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy.set(false);
    }
  }

  protected async attach(): Promise<void> {
    const cycleId = this.cycleId();
    if (!cycleId || this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    const v = this.form.getRawValue();
    try {
      const done = await firstValueFrom(
        this.api.attachMentoringEvidence({ body: { cycleId, from: v.from, to: v.to, sharedWithMentor: this.shared() } }, handlesErrors()),
      );
      this.summary.set(done);
      this.attachedCycle.set(done.cycleId ?? cycleId);
      this.notify.success(this.l.t('UI:Mentoring.EvidenceAttached'));
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy.set(false);
    }
  }

  private fail(e: unknown): void {
    const problem = toProblem(e);
    const unmatched = applyProblemToForm(this.form, problem);
    this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
  }
}

/** The first day of the academic year (1 September) a day ("yyyy-mm-dd") falls in. */
export function academicYearStart(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return `${m >= 9 ? y : y - 1}-09-01`;
}
