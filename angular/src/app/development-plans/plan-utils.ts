import { ChangeNames } from '../agreements/agreement-changes';
import { DevelopmentPlanDto, DevelopmentPlanStatus, PlanChangeDto, PlanTemplateRow, PlanTemplateSection } from '../api/models';
import { LocalizationService } from '../core/i18n/localization.service';

/** Chip colour per status (classes from styles.scss). */
export function statusChip(status: DevelopmentPlanStatus | null | undefined): string {
  switch (status) {
    case 'Submitted':
      return 'chip chip--tertiary';
    case 'Returned':
      return 'chip chip--error';
    case 'Agreed':
    case 'InProgress':
      return 'chip chip--primary';
    case 'Completed':
      return 'chip chip--muted';
    default:
      return 'chip';
  }
}

/** The plan's free-text fields, in the order the editor and the view show them. */
export const TEXT_FIELDS = ['topic', 'professionalGoal', 'motivationalThought', 'diagnosticResults', 'strengths', 'gaps', 'priorityDirections', 'resources'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A template section's or row's title in the user's language (Kazakh, else Russian). */
export function sectionTitle(culture: string, s: PlanTemplateSection | PlanTemplateRow | null | undefined): string {
  if (!s) return '';
  return culture === 'kk' ? s.titleKk || s.titleRu || s.key || '' : s.titleRu || s.titleKk || s.key || '';
}

export function templateName(culture: string, p: DevelopmentPlanDto | null): string {
  const t = p?.template;
  if (!t) return '';
  return culture === 'kk' ? t.nameKk || t.name : culture === 'ru' ? t.nameRu || t.name : t.name;
}

/** Sections that list items (goals have their own block). */
export function itemSections(p: DevelopmentPlanDto | null): PlanTemplateSection[] {
  return (p?.template.sections ?? []).filter((s) => !s.holdsGoals);
}

export function goalSection(p: DevelopmentPlanDto | null): PlanTemplateSection | null {
  return (p?.template.sections ?? []).find((s) => s.holdsGoals) ?? null;
}

/** 'professionalGoal' → 'ProfessionalGoal' (for `UI:Plans.Field.*`). */
export function capital(f: string): string {
  return f.charAt(0).toUpperCase() + f.slice(1);
}

export function emptyNull(v: string | null | undefined): string | null {
  const t = (v ?? '').trim();
  return t.length ? t : null;
}

/** The text key of each field the server may name (the review's list of changes). */
export const FIELD_KEYS: Record<string, string> = {
  topic: 'UI:Plans.Field.Topic',
  professionalGoal: 'UI:Plans.Field.ProfessionalGoal',
  motivationalThought: 'UI:Plans.Field.MotivationalThought',
  diagnosticResults: 'UI:Plans.Field.DiagnosticResults',
  strengths: 'UI:Plans.Field.Strengths',
  gaps: 'UI:Plans.Field.Gaps',
  priorityDirections: 'UI:Plans.Field.PriorityDirections',
  resources: 'UI:Plans.Field.Resources',
  selfAssessment: 'UI:Plans.Field.SelfAssessment',
  title: 'UI:Plans.Field.Title',
  indicator: 'UI:Plans.Field.Indicator',
  targetValue: 'UI:Plans.Field.TargetValue',
  unit: 'UI:Plans.Field.Unit',
  schoolPriority: 'UI:Plans.Field.SchoolPriority',
  deadline: 'UI:Plans.Field.Deadline',
  status: 'UI:Plans.Status',
  actualValue: 'UI:Plans.Field.ActualValue',
  text: 'UI:Plans.Field.Text',
  goalId: 'UI:Plans.Field.GoalLink',
  expectedResult: 'UI:Plans.Field.ExpectedResult',
  product: 'UI:Plans.Field.Product',
};

/** How the plan's changes name their goal or item (as the plan has it now, else as the change labels it) and field. */
export function planChangeNames(l: LocalizationService, plan: DevelopmentPlanDto | null): ChangeNames {
  const label = (c: PlanChangeDto) => (c.field ? null : (c.newValue ?? c.oldValue));
  return {
    entry: (c) => {
      if (c.area === 'Goal') {
        const title = plan?.content?.goals?.find((g) => g.id === c.entryId)?.title ?? label(c);
        return l.t('UI:Plans.Goal') + (c.entryId ? ` «${title || '…'}»` : '');
      }
      if (c.area === 'Item') {
        const text = plan?.content?.items?.find((i) => i.id === c.entryId)?.text ?? label(c);
        return l.t('UI:Plans.Item') + (text ? ` «${text}»` : '');
      }
      return l.t('UI:Plans.AboutPlan');
    },
    field: (field) => {
      const key = FIELD_KEYS[field.charAt(0).toLowerCase() + field.slice(1)];
      return key ? l.t(key) : field;
    },
  };
}
