import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';

import { AppendixIndicatorDto, GrowthCycleStage, IndicatorAchievement, SchoolIndicatorsDto } from '../api/models';
import { SchoolIndicatorsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { currentAcademicYear } from '../shared/academic-year';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { YearSelect } from '../shared/year-select';

/** What the school writes for one indicator while editing it. */
interface Draft {
  achievement: IndicatorAchievement | '';
  note: string;
  evidence: string;
}

const STAGES: GrowthCycleStage[] = ['Action', 'Analysis', 'Reflection', 'Design', 'Approbation'];

/**
 * `/indicators`: the 20 effectiveness indicators of the school's growth cycle (seed 004 appendix) for a year, stage by
 * stage. A counted indicator shows its figure and what it is counted of; every indicator takes the school's own assessment
 * (the seed's scale), a note and where the evidence is, so the ones no record can count are not left out.
 */
@Component({
  selector: 'app-school-indicators-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, KDatePipe, FormBanner, PageHeader, YearSelect,
  ],
  template: `
    <app-page-header [title]="'UI:Indicators.PageTitle' | t" [subtitle]="'UI:Indicators.PageHint' | t" />
    <div class="filters">
      <app-year-select [control]="year" testId="indicators-year" />
    </div>
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <app-form-banner [messages]="errors()" />
    @if (data(); as d) {
      <p class="denominator" data-testid="indicators-denominator">
        {{ 'UI:Indicators.Denominator' | t: { teachers: d.teacherCount ?? d.staffCount, administration: d.administrationCount ?? 0 } }}
      </p>
      @for (stage of stages; track stage) {
        <section class="surface stage" [attr.data-testid]="'indicators-stage-' + stage">
          <h2 class="stage__title">{{ stage | enumText: 'GrowthCycleStage' }}</h2>
          @for (i of byStage()[stage]; track i.code) {
            <article class="indicator" [attr.data-testid]="'indicator-' + i.code">
              <div class="indicator__head">
                <h3 class="indicator__text">{{ i.text }}</h3>
                @if (i.computed) {
                  <p class="indicator__figure" data-testid="indicator-figure">
                    <strong>{{ figure(i) }}</strong>
                    <span class="cell-secondary"> · {{ i.basis }}</span>
                  </p>
                } @else {
                  <p class="cell-secondary" data-testid="indicator-manual">{{ 'UI:Indicators.RecordedBySchool' | t }}</p>
                }
                @if (i.record?.achievement; as a) {
                  <span class="chip" [class]="'chip chip--' + a" data-testid="indicator-achievement">{{ a | enumText: 'IndicatorAchievement' }}</span>
                }
              </div>
              @if (editing() === i.code) {
                <form class="form-grid" (ngSubmit)="save(i)" data-testid="indicator-form">
                  <mat-form-field>
                    <mat-label>{{ 'UI:Indicators.Achievement' | t }}</mat-label>
                    <mat-select [(ngModel)]="draft.achievement" name="achievement" data-testid="indicator-achievement-select">
                      <mat-option value="">{{ 'UI:Indicators.NotAssessed' | t }}</mat-option>
                      @for (a of achievements; track a) { <mat-option [value]="a">{{ a | enumText: 'IndicatorAchievement' }}</mat-option> }
                    </mat-select>
                  </mat-form-field>
                  <mat-form-field>
                    <mat-label>{{ 'UI:Indicators.Evidence' | t }}</mat-label>
                    <input matInput [(ngModel)]="draft.evidence" name="evidence" maxlength="1000" data-testid="indicator-evidence" />
                    <mat-hint>{{ 'UI:Indicators.EvidenceHint' | t }}</mat-hint>
                  </mat-form-field>
                  <mat-form-field class="span-2">
                    <mat-label>{{ 'UI:Indicators.Note' | t }}</mat-label>
                    <textarea matInput rows="3" [(ngModel)]="draft.note" name="note" maxlength="2000" data-testid="indicator-note"></textarea>
                  </mat-form-field>
                  <div class="form-actions span-2">
                    <button mat-button type="button" (click)="editing.set(null)">{{ 'UI:Cancel' | t }}</button>
                    <button mat-flat-button type="submit" [disabled]="busy()" data-testid="indicator-save">{{ 'UI:Save' | t }}</button>
                  </div>
                </form>
              } @else {
                @if (i.record; as r) {
                  @if (r.note) { <p class="indicator__note" data-testid="indicator-note-text">{{ r.note }}</p> }
                  @if (r.evidence) { <p class="cell-secondary">{{ 'UI:Indicators.Evidence' | t }}: {{ r.evidence }}</p> }
                  <p class="cell-secondary">{{ 'UI:Indicators.UpdatedBy' | t: { name: r.updatedByName ?? '—', date: (r.updatedAt | kDate) } }}</p>
                }
                @if (canRecord) {
                  <button mat-stroked-button type="button" (click)="edit(i)" data-testid="indicator-edit">
                    <mat-icon aria-hidden="true">edit_note</mat-icon>{{ (i.record ? 'UI:Indicators.ChangeRecord' : 'UI:Indicators.AddRecord') | t }}
                  </button>
                }
              }
            </article>
          }
        </section>
      }
    }
  `,
  styles: `
    .filters { display: flex; gap: 16px; flex-wrap: wrap; }
    .denominator { font: var(--mat-sys-body-medium); margin: 0 0 12px; }
    .stage { margin-bottom: 16px; padding: 16px; }
    .stage__title { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .indicator { border-top: 1px solid var(--mat-sys-outline-variant); padding: 12px 0; }
    .indicator__head { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: baseline; }
    .indicator__text { font: var(--mat-sys-body-large); margin: 0; flex: 1 1 320px; overflow-wrap: anywhere; hyphens: auto; }
    .indicator__figure { margin: 0; }
    .indicator__note { white-space: pre-line; margin: 8px 0 4px; }
    .chip { border-radius: 8px; padding: 2px 8px; font: var(--mat-sys-label-medium); background: var(--mat-sys-surface-container-high); }
    .chip--Achieved { background: var(--mat-sys-primary-container); }
    .chip--NotAchieved { background: var(--mat-sys-error-container); }
  `,
})
export class SchoolIndicatorsPage {
  private readonly api = inject(SchoolIndicatorsService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly canRecord = inject(AppConfigService).isGranted(Permissions.SchoolIndicatorsRecord);
  protected readonly stages = STAGES;
  protected readonly achievements: IndicatorAchievement[] = ['Achieved', 'Partial', 'NotAchieved'];
  protected readonly year = new FormControl<number>(currentAcademicYear(), { nonNullable: true });
  private readonly yearValue = toSignal(this.year.valueChanges, { initialValue: this.year.value });
  protected readonly data = signal<SchoolIndicatorsDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly editing = signal<string | null>(null);
  protected draft: Draft = { achievement: '', note: '', evidence: '' };

  protected readonly byStage = computed(() => {
    const groups = Object.fromEntries(STAGES.map((s) => [s, [] as AppendixIndicatorDto[]])) as Record<GrowthCycleStage, AppendixIndicatorDto[]>;
    for (const i of this.data()?.appendix ?? []) groups[i.stage].push(i);
    return groups;
  });

  constructor() {
    this.year.valueChanges.subscribe(() => void this.load());
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.editing.set(null);
    try {
      this.data.set(await firstValueFrom(this.api.getSchoolIndicators({ academicYear: this.yearValue() }, handlesErrors())));
      this.errors.set([]);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected figure(i: AppendixIndicatorDto): string {
    if (i.of === null || i.of === undefined) return `${i.count ?? 0}`;
    const share = i.share === null || i.share === undefined ? '' : ` (${i.share}%)`;
    return `${i.count ?? 0} / ${i.of}${share}`;
  }

  protected edit(i: AppendixIndicatorDto): void {
    this.draft = { achievement: i.record?.achievement ?? '', note: i.record?.note ?? '', evidence: i.record?.evidence ?? '' };
    this.editing.set(i.code);
  }

  protected async save(i: AppendixIndicatorDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.saveSchoolIndicatorRecord(
          {
            code: i.code,
            body: {
              academicYear: this.yearValue(),
              achievement: this.draft.achievement || null,
              note: this.draft.note || null,
              evidence: this.draft.evidence || null,
              concurrencyStamp: i.record?.concurrencyStamp ?? null,
            },
          },
          handlesErrors(),
        ),
      );
      this.data.update((d) => (d ? { ...d, appendix: (d.appendix ?? []).map((x) => (x.code === saved.code ? saved : x)) } : d));
      this.editing.set(null);
      this.errors.set([]);
      this.notify.success(this.l.t('UI:SavedChanges'));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
