import { AssessmentComponent, AssessmentRubric, AssessmentSchemeDto, GradeBand } from '../api/models';

/** The version of a programme's assessment in effect on a day: the latest dated on or before it (a later one does not apply yet). */
export function schemeInEffect(schemes: readonly AssessmentSchemeDto[], on: string): AssessmentSchemeDto | null {
  return [...schemes].filter((s) => s.effectiveFrom <= on).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

/** The rubric that scores a component criterion by criterion (same key, with criteria), if the scheme has one. */
export function rubricOf(scheme: AssessmentSchemeDto, component: AssessmentComponent): AssessmentRubric | null {
  return scheme.rubrics.find((r) => r.key === component.key && (r.criteria?.length ?? 0) > 0) ?? null;
}

export interface ComponentResult {
  key: string;
  score: number | null;
  max: number;
  threshold: number | null;
  thresholdMet: boolean;
  overMax: boolean;
  grade: string | null;
}

export interface SchemePreview {
  components: ComponentResult[];
  total: number;
  maxTotal: number;
  complete: boolean;
  passMark: number | null;
  /** Null until every component has a valid score. */
  passed: boolean | null;
  grade: string | null;
}

function band(bands: readonly GradeBand[], of: string | null, score: number): string | null {
  return bands.find((b) => (b.of ?? null) === of && score >= Number(b.min) && score <= Number(b.max))?.label ?? null;
}

/**
 * What the server will decide for these scores (the same rule as the domain's): every component's threshold met and, when the
 * scheme has a pass mark, the total at least that; the grade is the total's band, else the components' bands.
 */
export function previewScheme(scheme: AssessmentSchemeDto, scores: Record<string, number | null>): SchemePreview {
  const components = scheme.components.map((c): ComponentResult => {
    const key = c.key ?? '';
    const max = Number(c.maxPoints);
    const threshold = c.threshold === null || c.threshold === undefined ? null : Number(c.threshold);
    const score = scores[key] ?? null;
    const valid = score !== null && score >= 0 && score <= max;
    return {
      key, score, max, threshold,
      thresholdMet: valid && (threshold === null || score >= threshold),
      overMax: score !== null && score > max,
      grade: valid ? band(scheme.gradeBands, key, score) : null,
    };
  });
  const complete = components.every((c) => c.score !== null && !c.overMax && c.score >= 0);
  const total = components.reduce((sum, c) => sum + (c.score ?? 0), 0);
  const passMark = scheme.passMark === null ? null : Number(scheme.passMark);
  const passed = complete ? components.every((c) => c.thresholdMet) && (passMark === null || total >= passMark) : null;
  const grades = components.filter((c) => c.grade).map((c) => c.grade);
  const grade = complete ? (band(scheme.gradeBands, null, total) ?? (grades.length ? grades.join(' · ') : null)) : null;
  return { components, total, maxTotal: Number(scheme.maxTotal), complete, passMark, passed, grade };
}
