import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormBuilder, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { DevelopmentPlanDto, PlanEvidence, PlanProgressStatus } from '../api/models';
import { PLAN_PROGRESS_STATUS } from '../api/models/plan-progress-status-array';
import { DevelopmentPlansService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FormBanner } from '../shared/form-banner';
import { PlanEvidenceEditor } from './plan-evidence';
import { PlanPage } from './plan-page';
import { emptyNull } from './plan-utils';

type ProgressForm = FormGroup<{
  id: FormControl<string>;
  status: FormControl<PlanProgressStatus>;
  actualValue: FormControl<number | null>;
  evidence: FormControl<PlanEvidence[]>;
}>;

/** Progress of an agreed plan (its teacher): each goal's status, actual value and evidence, the self-assessment, completion. */
@Component({
  selector: 'app-plan-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TPipe, EnumTextPipe, FormBanner,
    PlanEvidenceEditor,
  ],
  templateUrl: './plan-progress.html',
  styleUrl: './plan-parts.scss',
})
export class PlanProgress {
  private readonly api = inject(DevelopmentPlansService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly page = inject(PlanPage);
  protected readonly plan = this.page.plan;

  protected readonly progressStatuses = PLAN_PROGRESS_STATUS;
  protected readonly progressForm = this.fb.group({ selfAssessment: '', goals: this.fb.array<ProgressForm>([]) });
  protected readonly progressErrors = signal<string[]>([]);
  /** Evidence was attached or removed and is not saved yet. */
  protected readonly evidenceChanged = signal(false);

  constructor() {
    effect(() => {
      const p = this.plan();
      if (p) untracked(() => this.show(p));
    });
  }

  private show(p: DevelopmentPlanDto): void {
    const c = p.content;
    const goals = this.progressForm.controls.goals;
    goals.clear({ emitEvent: false });
    for (const g of c.goals ?? []) {
      goals.push(
        this.fb.group({
          id: g.id ?? '',
          status: this.fb.control<PlanProgressStatus>(g.status ?? 'NotStarted'),
          actualValue: this.fb.control<number | null>(g.actualValue == null ? null : Number(g.actualValue)),
          evidence: this.fb.control<PlanEvidence[]>(g.evidence ?? []),
        }),
        { emitEvent: false },
      );
    }
    this.progressForm.controls.selfAssessment.setValue(c.selfAssessment ?? '', { emitEvent: false });
    this.evidenceChanged.set(false);
  }

  protected setEvidence(control: FormControl<PlanEvidence[]>, evidence: PlanEvidence[]): void {
    control.setValue(evidence);
    control.markAsDirty();
    this.evidenceChanged.set(true);
  }

  protected async saveProgress(): Promise<void> {
    const p = this.plan();
    if (!p) return;
    const v = this.progressForm.getRawValue();
    await this.page.action(
      () =>
        this.api.recordDevelopmentPlanProgress(
          {
            id: p.id,
            body: {
              concurrencyStamp: p.concurrencyStamp,
              selfAssessment: emptyNull(v.selfAssessment),
              entries: v.goals.map((g) => ({
                id: g.id, status: g.status,
                actualValue: g.actualValue === null || (g.actualValue as unknown) === '' ? null : Number(g.actualValue),
                evidence: g.evidence,
              })),
            },
          },
          handlesErrors(),
        ),
      'UI:Plans.ProgressSaved', this.progressErrors,
    );
  }

  protected async complete(): Promise<void> {
    const p = this.plan();
    if (!p) return;
    const selfAssessment = emptyNull(this.progressForm.getRawValue().selfAssessment);
    await this.page.action(
      () => this.api.completeDevelopmentPlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp, selfAssessment } }, handlesErrors()),
      'UI:Plans.CompletedDone', this.progressErrors,
    );
  }
}
