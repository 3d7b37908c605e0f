import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { PlanItem, PlanTemplateSection } from '../api/models';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PlanEvidenceEditor } from './plan-evidence';
import { PlanPage } from './plan-page';
import { TEXT_FIELDS, TextField, capital, goalSection, itemSections, sectionTitle } from './plan-utils';

/** The plan read-only (whoever may read it but not edit it now): texts, goals with their progress, items, evidence to download. */
@Component({
  selector: 'app-plan-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TPipe, EnumTextPipe, KDatePipe, FormBanner, PlanEvidenceEditor],
  templateUrl: './plan-view.html',
  styleUrl: './plan-parts.scss',
})
export class PlanView {
  private readonly l = inject(LocalizationService);
  protected readonly page = inject(PlanPage);
  protected readonly plan = this.page.plan;

  protected readonly textFields = TEXT_FIELDS;
  protected readonly capital = capital;
  protected readonly itemSections = computed(() => itemSections(this.plan()));
  protected readonly goalSection = computed(() => goalSection(this.plan()));

  protected sectionTitle(s: Parameters<typeof sectionTitle>[1]): string {
    return sectionTitle(this.l.culture(), s);
  }

  protected hasText(field: TextField): boolean {
    return !!this.plan()?.content[field];
  }

  protected textOf(field: TextField): string {
    return this.plan()?.content[field] ?? '';
  }

  protected itemsOf(sectionKey: string | undefined): PlanItem[] {
    return (this.plan()?.content.items ?? []).filter((i) => i.sectionKey === sectionKey);
  }

  protected rowTitle(section: PlanTemplateSection, rowKey: string | null | undefined): string {
    return rowKey ? this.sectionTitle(section.rows?.find((r) => r.key === rowKey)) : '';
  }

  protected goalTitle(goalId: string | null | undefined): string {
    return goalId ? (this.plan()?.content.goals?.find((g) => g.id === goalId)?.title ?? '') : '';
  }
}
