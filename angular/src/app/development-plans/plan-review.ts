import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import { AgreementSinceReview } from '../agreements/agreement-changes';
import { DevelopmentPlansService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PlanPage } from './plan-page';

/**
 * The reviewer's part of the plan: what changed since the last review, agree or return (with a comment), and reopening an
 * agreed plan with a reason.
 */
@Component({
  selector: 'app-plan-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TPipe, FieldError, FormBanner, AgreementSinceReview],
  templateUrl: './plan-review.html',
  styleUrl: './plan-parts.scss',
})
export class PlanReview {
  private readonly api = inject(DevelopmentPlansService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly page = inject(PlanPage);
  protected readonly plan = this.page.plan;
  protected readonly changes = this.page.changes;
  protected readonly canReopen = this.page.canReopen;

  protected readonly reviewForm = this.fb.group({ comment: '' });
  protected readonly reopenForm = this.fb.group({ reason: ['', Validators.required] });
  protected readonly reviewErrors = signal<string[]>([]);

  protected async agree(): Promise<void> {
    const p = this.plan();
    if (!p) return;
    const comment = this.reviewForm.value.comment?.trim() || null;
    await this.act(
      () => this.api.agreeDevelopmentPlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp, comment } }, handlesErrors()),
      'UI:Plans.AgreedDone',
    );
  }

  protected async returnPlan(): Promise<void> {
    const p = this.plan();
    if (!p) return;
    const comment = this.reviewForm.value.comment?.trim() ?? '';
    if (!comment) {
      this.reviewForm.controls.comment.setErrors({ required: true });
      this.reviewForm.controls.comment.markAsTouched();
      this.reviewErrors.set([this.l.t('UI:Plans.ReturnNeedsComment')]);
      return;
    }
    await this.act(
      () => this.api.returnDevelopmentPlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp, comment } }, handlesErrors()),
      'UI:Plans.ReturnedDone',
    );
  }

  protected async reopen(): Promise<void> {
    const p = this.plan();
    this.reopenForm.markAllAsTouched();
    if (!p || this.reopenForm.invalid) return;
    const reason = this.reopenForm.getRawValue().reason.trim();
    await this.act(
      () => this.api.reopenDevelopmentPlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp, reason } }, handlesErrors()),
      'UI:Plans.ReopenedDone',
    );
  }

  private async act(call: Parameters<PlanPage['action']>[0], doneKey: string): Promise<void> {
    if (await this.page.action(call, doneKey, this.reviewErrors)) {
      this.reviewForm.reset();
      this.reopenForm.reset();
    }
  }
}
