import { GrowthArtefactKind, GrowthCycleStage, GrowthCycleStatus, GrowthEvidenceType, GrowthReportPeriod } from '../api/models';

/** The five stages in their order: action → analysis → reflection → design → approbation. */
export const STAGES: GrowthCycleStage[] = ['Action', 'Analysis', 'Reflection', 'Design', 'Approbation'];

export function stageNumber(stage: GrowthCycleStage | null | undefined): number {
  return stage ? STAGES.indexOf(stage) + 1 : 0;
}

export function nextStage(stage: GrowthCycleStage): GrowthCycleStage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

export function cycleStatusChip(status: GrowthCycleStatus | null | undefined): string {
  switch (status) {
    case 'Active':
      return 'chip chip--primary';
    case 'Cancelled':
      return 'chip chip--error';
    default:
      return 'chip chip--muted';
  }
}

/** Kinds whose form is a numbered template (Tables 4, 5, 6): how many questions each has. */
export const QUESTION_COUNT: Partial<Record<GrowthArtefactKind, number>> = {
  ReflectiveLessonAnalysis: 6,
  ExperienceSubstantiation: 6,
  GeneralisedExperience: 6,
  ResearchPlan: 6,
};

/** Kinds with a printable DOCX (the server's document templates). */
export const DOCUMENT_KINDS: GrowthArtefactKind[] = [
  'CoachingSelfAnalysis', 'ReflectiveLessonAnalysis', 'ExperienceSubstantiation', 'GeneralisedExperience', 'ResearchPlan',
];

/** The coaching self-analysis steps (seed 004, case 2): four context questions, five scaling, five coaching questions. */
export const COACHING_CONTEXT_COUNT = 4;
export const COACHING_SCALING_COUNT = 4;
export const COACHING_QUESTION_COUNT = 5;

/** Nullable enums get no value array from the generator. */
export const EVIDENCE_TYPES: NonNullable<GrowthEvidenceType>[] = ['Lesson', 'OpenLesson', 'LessonStudy', 'Experiment'];
export const REPORT_PERIODS: NonNullable<GrowthReportPeriod>[] = ['Quarter1', 'Quarter2', 'Quarter3', 'Quarter4', 'HalfYear1', 'HalfYear2', 'Year'];

/** The label key of a template question: Table 7's sections come from the server's texts, Tables 4–6 from the web app's. */
export function questionKey(kind: GrowthArtefactKind, number: number): string {
  return kind === 'ResearchPlan' ? `GrowthCycles:ResearchPlan.Section${number}` : `UI:Growth.Q.${kind}.${number}`;
}

/** Table 7 comes with a worked example per section (seed 004 L7505–7572), shown as a hint. */
export function questionHintKey(kind: GrowthArtefactKind, number: number): string | null {
  return kind === 'ResearchPlan' ? `GrowthCycles:ResearchPlan.Example${number}` : null;
}
