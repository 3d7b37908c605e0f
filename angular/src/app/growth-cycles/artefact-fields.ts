import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import {
  GrowthArtefactKind, GrowthCompetenceDto, LearnerResultRow, LessonObservationListItemDto, WheelSector,
} from '../api/models';
import { LessonObservationsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { GROWTH_FEEDBACK_SOURCE } from '../api/models/growth-feedback-source-array';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { LearnerResultsImport } from '../shared/learner-results-import';
import { RadarChart, RadarSeries } from '../shared/radar-chart';
import { EVIDENCE_TYPES, REPORT_PERIODS, questionHintKey, questionKey } from './cycle-utils';
import { ArtefactPart, REQUIRED, feedbackRow, goalRow, learnerRow, partsOf, questionCount } from './artefact-form';
import { SchoolScale } from './school-scale';
import { DATE_FIELD } from '../core/i18n/date-adapter';

type Group = FormGroup<Record<string, AbstractControl>>;

/** The fields of one artefact kind's form, bound to a content form built by `contentForm`. */
@Component({
  selector: 'app-artefact-fields',
  changeDetection: ChangeDetectionStrategy.Eager,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
    TPipe, EnumTextPipe, KDatePipe, FieldError, RadarChart, LearnerResultsImport,
  ],
  templateUrl: './artefact-fields.html',
  styleUrl: './artefact-fields.scss',
})
export class ArtefactFields implements OnInit {
  readonly kind = input.required<GrowthArtefactKind>();
  readonly form = input.required<Group>();
  readonly competences = input<GrowthCompetenceDto[]>([]);
  readonly previousWheel = input<WheelSector[] | null>(null);
  /** Whose lessons a diagnostic may link (the cycle's participant). */
  readonly participantId = input<string | null>(null);

  private readonly destroyRef = inject(DestroyRef);
  private readonly observationsApi = inject(LessonObservationsService);
  protected readonly l = inject(LocalizationService);
  protected readonly scale = inject(SchoolScale);
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
  /** The participant's recorded observations the reader may see, to link to a diagnostic. */
  protected readonly observations = signal<LessonObservationListItemDto[] | null>(null);

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

  constructor() {
    // The participant's observations, again whenever the open page's participant changes.
    effect(() => {
      const participant = this.participantId();
      if (this.has('observations')) untracked(() => void this.loadObservations(participant));
    });
  }

  ngOnInit(): void {
    this.scale.load();
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

  /** The rows a file gave (read by the shared import): they go into the table; nothing is saved until the artefact is. */
  protected learnerRowsImported(imported: LearnerResultRow[]): void {
    const rows = this.array('learnerResults');
    // Rows left empty in the form give way to the file's rows.
    for (let i = rows.length - 1; i >= 0; i--) {
      const v = rows.at(i).getRawValue() as Record<string, unknown>;
      if (!v['className'] && !v['indicator'] && v['before'] == null && v['after'] == null) rows.removeAt(i);
    }
    for (const r of imported) rows.push(learnerRow(r));
    this.form().markAsDirty();
  }

  private async loadObservations(participant: string | null): Promise<void> {
    if (!participant) {
      this.observations.set([]);
      return;
    }
    try {
      const page = await firstValueFrom(this.observationsApi.getLessonObservationList({ staffMemberId: participant, skipCount: 0, maxResultCount: 50 }, handlesErrors()));
      this.observations.set(page.items ?? []);
    } catch {
      this.observations.set([]);
    }
  }

  protected isLinked(id: string): boolean {
    return (this.control('observationIds').value as string[]).includes(id);
  }

  protected toggleObservation(id: string, on: boolean): void {
    const ids = (this.control('observationIds').value as string[]).filter((x) => x !== id);
    this.control('observationIds').setValue(on ? [...ids, id] : ids);
    this.control('observationIds').markAsDirty();
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
