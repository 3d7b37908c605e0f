import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { GrowthArtefactKind, GrowthCompetenceDto, WheelSector } from '../api/models';
import { GROWTH_FEEDBACK_SOURCE } from '../api/models/growth-feedback-source-array';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FieldError } from '../shared/field-error';
import { RadarChart, RadarSeries } from '../shared/radar-chart';
import { EVIDENCE_TYPES, REPORT_PERIODS, questionHintKey, questionKey } from './cycle-utils';
import { ArtefactPart, REQUIRED, feedbackRow, goalRow, learnerRow, partsOf, questionCount } from './artefact-form';

type Group = FormGroup<Record<string, AbstractControl>>;

/** The fields of one artefact kind's form, bound to a content form built by `contentForm`. */
@Component({
  selector: 'app-artefact-fields',
  changeDetection: ChangeDetectionStrategy.Eager,
  imports: [
    ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
    TPipe, EnumTextPipe, FieldError, RadarChart,
  ],
  templateUrl: './artefact-fields.html',
  styleUrl: './artefact-fields.scss',
})
export class ArtefactFields implements OnInit {
  readonly kind = input.required<GrowthArtefactKind>();
  readonly form = input.required<Group>();
  readonly competences = input<GrowthCompetenceDto[]>([]);
  readonly previousWheel = input<WheelSector[] | null>(null);

  private readonly destroyRef = inject(DestroyRef);
  protected readonly l = inject(LocalizationService);
  protected readonly feedbackSources = GROWTH_FEEDBACK_SOURCE;
  protected readonly evidenceTypes = EVIDENCE_TYPES;
  protected readonly reportPeriods = REPORT_PERIODS;
  protected readonly questionKey = questionKey;
  protected readonly questionHintKey = questionHintKey;
  protected readonly levels = [1, 2, 3, 4, 5];
  protected readonly scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  protected readonly parts = computed(() => new Set(partsOf(this.kind())));
  protected readonly required = computed(() => new Set(REQUIRED[this.kind()] ?? []));
  protected readonly questions = computed(() => Array.from({ length: questionCount(this.kind()) }, (_, i) => i));
  /** Bumped on every change of the wheel, so the radar chart redraws. */
  private readonly wheelVersion = signal(0);

  protected readonly radarLabels = computed(() => {
    this.wheelVersion();
    return this.wheel.controls.map((s, i) => String(s.get('name')?.value || i + 1));
  });
  protected readonly radarSeries = computed<RadarSeries[]>(() => {
    this.wheelVersion();
    const series: RadarSeries[] = [{ label: this.l.t('UI:Growth.WheelNow'), values: this.wheel.controls.map((s) => Number(s.get('score')?.value ?? 0)) }];
    const previous = this.previousWheel();
    if (previous?.length) series.push({ label: this.l.t('UI:Growth.WheelPrevious'), values: previous.map((s) => Number(s.score)) });
    return series;
  });

  ngOnInit(): void {
    this.form().get('coaching.wheel')?.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.wheelVersion.update((n) => n + 1));
  }

  has(part: ArtefactPart): boolean {
    return this.parts().has(part);
  }

  req(part: ArtefactPart): string {
    return this.required().has(part) ? ' *' : '';
  }

  protected control(path: string): FormControl {
    return this.form().get(path) as FormControl;
  }

  protected array(path: string): FormArray<Group> {
    return this.form().get(path) as FormArray<Group>;
  }

  protected get wheel(): FormArray<Group> {
    return this.array('coaching.wheel');
  }

  protected strings(path: string): FormArray<FormControl<string>> {
    return this.form().get(path) as FormArray<FormControl<string>>;
  }

  protected competenceName(i: number): GrowthCompetenceDto | undefined {
    return this.competences()[i];
  }

  protected previousScore(i: number): number | null {
    const p = this.previousWheel();
    return p && p[i] ? Number(p[i].score) : null;
  }

  protected addLearnerRow(): void {
    this.array('learnerResults').push(learnerRow());
    this.form().markAsDirty();
  }

  protected addFeedback(): void {
    this.array('feedback').push(feedbackRow());
    this.form().markAsDirty();
  }

  protected addGoal(): void {
    this.array('goals').push(goalRow());
    this.form().markAsDirty();
  }

  protected addString(path: string): void {
    this.strings(path).push(new FormControl('', { nonNullable: true }));
    this.form().markAsDirty();
  }

  protected remove(path: string, index: number): void {
    (this.form().get(path) as FormArray).removeAt(index);
    this.form().markAsDirty();
  }
}
