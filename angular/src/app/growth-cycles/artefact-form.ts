import { AbstractControl, FormArray, FormControl, FormGroup, Validators } from '@angular/forms';

import {
  GrowthArtefactContent, GrowthArtefactKind, GrowthCompetenceDto, GrowthFeedbackSource, LearnerResultRow, SmartGoal,
} from '../api/models';
import { COACHING_CONTEXT_COUNT, COACHING_QUESTION_COUNT, COACHING_SCALING_COUNT, QUESTION_COUNT } from './cycle-utils';

/** The parts of an artefact form; each kind shows the parts its form needs (Tables 1–2, 4–6 and the appendix). */
export type ArtefactPart =
  | 'title' | 'date' | 'className' | 'subject' | 'learningObjectives' | 'participants' | 'reportPeriod' | 'evidenceType'
  | 'text' | 'observationSummary' | 'learnerResults' | 'feedback' | 'competences' | 'growthZones' | 'coaching' | 'answers'
  | 'goals' | 'methods' | 'allocation' | 'observations';

export const PARTS: Record<GrowthArtefactKind, ArtefactPart[]> = {
  EntryDiagnostic: ['competences', 'observations', 'observationSummary', 'learnerResults', 'feedback', 'growthZones', 'text'],
  RepeatDiagnostic: ['competences', 'observations', 'observationSummary', 'learnerResults', 'feedback', 'growthZones', 'text'],
  LessonTaught: ['date', 'className', 'subject', 'learningObjectives', 'text'],
  LessonObserved: ['observations', 'date', 'className', 'subject', 'participants', 'text'],
  MentoringActivity: ['date', 'title', 'participants', 'text'],
  CommunityActivity: ['date', 'title', 'participants', 'text'],
  LessonSelfAnalysis: ['date', 'className', 'subject', 'text'],
  ColleagueDiscussion: ['date', 'participants', 'text'],
  ReflectiveCouncil: ['date', 'participants', 'text'],
  LearnerResults: ['learnerResults', 'text'],
  FeedbackCollected: ['feedback'],
  AnalyticalReport: ['reportPeriod', 'title', 'text'],
  ReflectiveNote: ['text'],
  Correction: ['text'],
  CompetenceSelfAssessment: ['competences'],
  CoachingSelfAnalysis: ['date', 'className', 'subject', 'title', 'coaching'],
  ReflectiveLessonAnalysis: ['date', 'className', 'subject', 'answers'],
  ExperienceSubstantiation: ['title', 'answers'],
  GeneralisedExperience: ['title', 'answers'],
  ResearchPlan: ['title', 'answers'],
  GoalSetting: ['goals'],
  PlanAgreement: ['goals', 'text'],
  DevelopmentPlanning: ['methods', 'text'],
  ResourceAllocation: ['allocation'],
  ChangeTrial: ['evidenceType', 'date', 'title', 'text'],
};

/** What the server requires per kind (GrowthArtefactRules), marked on the labels. */
export const REQUIRED: Partial<Record<GrowthArtefactKind, ArtefactPart[]>> = {
  LessonTaught: ['date', 'className', 'subject', 'learningObjectives'],
  LessonObserved: ['date', 'className', 'subject'],
  MentoringActivity: ['date', 'title'],
  CommunityActivity: ['date', 'title'],
  LessonSelfAnalysis: ['date', 'text'],
  ColleagueDiscussion: ['date', 'text'],
  ReflectiveCouncil: ['date', 'text'],
  LearnerResults: ['learnerResults'],
  FeedbackCollected: ['feedback'],
  AnalyticalReport: ['reportPeriod', 'text'],
  ReflectiveNote: ['text'],
  Correction: ['text'],
  CompetenceSelfAssessment: ['competences'],
  CoachingSelfAnalysis: ['coaching'],
  GoalSetting: ['goals'],
  PlanAgreement: ['goals'],
  DevelopmentPlanning: ['methods'],
  ChangeTrial: ['evidenceType', 'date', 'text'],
  EntryDiagnostic: ['growthZones'],
};

export function partsOf(kind: GrowthArtefactKind): ArtefactPart[] {
  return PARTS[kind] ?? (QUESTION_COUNT[kind] ? ['title', 'answers'] : ['title', 'text']);
}

export function questionCount(kind: GrowthArtefactKind): number {
  return QUESTION_COUNT[kind] ?? 0;
}

type Group = FormGroup<Record<string, AbstractControl>>;

const text = (value: string | null | undefined, max = 4000) => new FormControl(value ?? '', { nonNullable: true, validators: Validators.maxLength(max) });
const num = (value: number | string | null | undefined) => new FormControl<number | null>(value == null || value === '' ? null : Number(value));
const list = (values: (string | null | undefined)[], count: number) => {
  const array = new FormArray<FormControl<string>>([]);
  for (let i = 0; i < Math.max(count, values.length); i++) array.push(text(values[i] ?? ''));
  return array;
};

export function learnerRow(r: LearnerResultRow = {}): Group {
  return new FormGroup<Record<string, AbstractControl>>({
    className: text(r.className, 500), subject: text(r.subject, 500), indicator: text(r.indicator, 500),
    before: num(r.before), after: num(r.after), lowerIsBetter: new FormControl(r.lowerIsBetter ?? false, { nonNullable: true }),
  });
}

export function feedbackRow(source: GrowthFeedbackSource = 'Learners', summary = ''): Group {
  return new FormGroup<Record<string, AbstractControl>>({ source: new FormControl(source, { nonNullable: true }), summary: text(summary) });
}

export function goalRow(g: SmartGoal = {}): Group {
  return new FormGroup<Record<string, AbstractControl>>({
    id: new FormControl(g.id ?? crypto.randomUUID(), { nonNullable: true }),
    title: text(g.title, 500), indicator: text(g.indicator, 500), targetValue: text(g.targetValue, 500),
    deadline: new FormControl(g.deadline ?? '', { nonNullable: true }), achieved: new FormControl(!!g.achieved, { nonNullable: true }),
  });
}

export function wheelRow(name: string, score: number | null): Group {
  return new FormGroup<Record<string, AbstractControl>>({
    name: new FormControl(name, { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    score: new FormControl<number | null>(score, [Validators.required, Validators.min(0), Validators.max(10)]),
  });
}

/**
 * The form of an artefact's content: every part exists (so one draft shape serves every kind); the page shows only
 * the parts of the kind. Competences hold one row per known competence (level empty = not assessed).
 */
export function contentForm(content: GrowthArtefactContent, competences: GrowthCompetenceDto[], wheelDefaults: string[]): Group {
  const c = content;
  const coaching = c.coaching;
  const wheel = new FormArray<Group>([]);
  const sectors = coaching?.wheel?.length ? coaching.wheel : wheelDefaults.map((name) => ({ name, score: null as number | null }));
  for (const s of sectors) wheel.push(wheelRow(s.name ?? '', s.score == null ? null : Number(s.score)));
  const levels = new Map((c.competences ?? []).map((e) => [e.code, e]));
  const answers = new Map((c.answers ?? []).map((a) => [Number(a.number), a.answer ?? '']));
  return new FormGroup<Record<string, AbstractControl>>({
    title: text(c.title, 500),
    date: new FormControl(c.date ?? '', { nonNullable: true }),
    className: text(c.className, 500),
    subject: text(c.subject, 500),
    learningObjectives: text(c.learningObjectives),
    participants: text(c.participants, 500),
    reportPeriod: new FormControl(c.reportPeriod ?? null),
    evidenceType: new FormControl(c.evidenceType ?? null),
    text: text(c.text),
    observationSummary: text(c.observationSummary),
    observationIds: new FormControl<string[]>([...(c.observationIds ?? [])], { nonNullable: true }),
    timeAllocation: text(c.timeAllocation, 500),
    mentorAllocation: text(c.mentorAllocation, 500),
    trainingAllocation: text(c.trainingAllocation, 500),
    learnerResults: new FormArray((c.learnerResults ?? []).map((r) => learnerRow(r))),
    feedback: new FormArray((c.feedback ?? []).map((f) => feedbackRow(f.source, f.summary ?? ''))),
    competences: new FormArray(
      competences.map((k) => new FormGroup<Record<string, AbstractControl>>({
        code: new FormControl(k.code, { nonNullable: true }),
        level: new FormControl<number | null>(levels.get(k.code)?.level != null ? Number(levels.get(k.code)!.level) : null),
        comment: text(levels.get(k.code)?.comment, 500),
      })),
    ),
    growthZones: list(c.growthZones ?? [], 1),
    coaching: new FormGroup<Record<string, AbstractControl>>({
      contextAnswers: list(coaching?.contextAnswers ?? [], COACHING_CONTEXT_COUNT),
      wheel,
      satisfaction: new FormControl<number | null>(coaching?.satisfaction == null ? null : Number(coaching.satisfaction), [Validators.min(0), Validators.max(10)]),
      scalingAnswers: list(coaching?.scalingAnswers ?? [], COACHING_SCALING_COUNT),
      coachingAnswers: list(coaching?.coachingAnswers ?? [], COACHING_QUESTION_COUNT),
      growthPoints: list(coaching?.growthPoints ?? [], 2),
    }),
    answers: list(Array.from({ length: 6 }, (_, i) => answers.get(i + 1) ?? ''), 6),
    goals: new FormArray((c.goals ?? []).map((g) => goalRow(g))),
    methods: list(c.methods ?? [], 1),
  });
}

/** Brings the variable-length arrays to a stored draft's shape, so restoring it fills every row. */
export function shapeToDraft(form: Group, draft: unknown): void {
  const d = (draft ?? {}) as Record<string, unknown[] | undefined>;
  const resize = (name: string, make: () => AbstractControl) => {
    const array = form.get(name) as FormArray;
    const wanted = Array.isArray(d[name]) ? d[name]!.length : array.length;
    while (array.length < wanted) array.push(make(), { emitEvent: false });
    while (array.length > wanted) array.removeAt(array.length - 1, { emitEvent: false });
  };
  resize('learnerResults', () => learnerRow());
  resize('feedback', () => feedbackRow());
  resize('goals', () => goalRow());
  resize('growthZones', () => text(''));
  resize('methods', () => text(''));
}

const trimOrNull = (v: unknown): string | null => {
  const t = String(v ?? '').trim();
  return t.length ? t : null;
};
const strings = (v: unknown[]): string[] => v.map((x) => String(x ?? '').trim()).filter((x) => x.length > 0);
const numberOrNull = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

/** The content to send for a kind: only the parts its form shows (the rest stays empty). */
export function toContent(kind: GrowthArtefactKind, form: Group): GrowthArtefactContent {
  const v = form.getRawValue() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const parts = new Set(partsOf(kind));
  const c: GrowthArtefactContent = {};
  for (const f of ['title', 'className', 'subject', 'learningObjectives', 'participants', 'text', 'observationSummary'] as const) {
    if (parts.has(f)) c[f] = trimOrNull(v[f]);
  }
  if (parts.has('date')) c.date = v['date'] || null;
  if (parts.has('reportPeriod')) c.reportPeriod = v['reportPeriod'] || null;
  if (parts.has('evidenceType')) c.evidenceType = v['evidenceType'] || null;
  if (parts.has('allocation')) {
    c.timeAllocation = trimOrNull(v['timeAllocation']);
    c.mentorAllocation = trimOrNull(v['mentorAllocation']);
    c.trainingAllocation = trimOrNull(v['trainingAllocation']);
  }
  if (parts.has('learnerResults')) {
    c.learnerResults = (v['learnerResults'] as Record<string, unknown>[])
      .filter((r) => trimOrNull(r['className']) || trimOrNull(r['indicator']) || r['before'] != null || r['after'] != null)
      .map((r) => ({
        className: trimOrNull(r['className']), subject: trimOrNull(r['subject']), indicator: trimOrNull(r['indicator']),
        before: numberOrNull(r['before']), after: numberOrNull(r['after']), lowerIsBetter: r['lowerIsBetter'] === true,
      }));
  }
  if (parts.has('feedback')) {
    c.feedback = (v['feedback'] as Record<string, unknown>[]).map((f) => ({ source: f['source'] as GrowthFeedbackSource, summary: trimOrNull(f['summary']) }));
  }
  if (parts.has('competences')) {
    c.competences = (v['competences'] as Record<string, unknown>[])
      .filter((e) => e['level'] !== null && e['level'] !== '')
      .map((e) => ({ code: String(e['code']), level: Number(e['level']), comment: trimOrNull(e['comment']) }));
  }
  if (parts.has('growthZones')) c.growthZones = strings(v['growthZones']);
  if (parts.has('observations')) c.observationIds = [...(v['observationIds'] as string[])];
  if (parts.has('methods')) c.methods = strings(v['methods']);
  if (parts.has('coaching')) {
    const k = v['coaching'] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    c.coaching = {
      contextAnswers: (k['contextAnswers'] as string[]).map((x) => x.trim()),
      wheel: (k['wheel'] as { name: string; score: number | null }[]).map((s) => ({ name: s.name.trim(), score: s.score === null ? (null as unknown as number) : Number(s.score) })),
      satisfaction: numberOrNull(k['satisfaction']),
      scalingAnswers: (k['scalingAnswers'] as string[]).map((x) => x.trim()),
      coachingAnswers: (k['coachingAnswers'] as string[]).map((x) => x.trim()),
      growthPoints: strings(k['growthPoints']),
    };
  }
  if (parts.has('answers')) {
    c.answers = (v['answers'] as string[])
      .map((answer, i) => ({ number: i + 1, answer: answer.trim() }))
      .filter((a) => a.answer.length > 0)
      .slice(0, questionCount(kind));
  }
  if (parts.has('goals')) {
    c.goals = (v['goals'] as Record<string, unknown>[]).map((g) => ({
      id: String(g['id']), title: trimOrNull(g['title']), indicator: trimOrNull(g['indicator']), targetValue: trimOrNull(g['targetValue']),
      deadline: (g['deadline'] as string) || null, achieved: !!g['achieved'],
    }));
  }
  return c;
}

/**
 * Puts the server's field messages (`content.coaching.wheel[2].score`, `content.goals[0].deadline`) on the controls of
 * the content form; returns the messages no control could take.
 */
export function applyContentErrors(form: Group, errors: Record<string, string[]>): string[] {
  const unmatched: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    const path = key.replace(/^(\$\.)?(body\.)?(content|entryDiagnostic)\./i, '').replace(/^observationIds\[\d+\]$/i, 'observationIds')
      .replace(/\[(\d+)\]/g, '.$1');
    const control = form.get(path.split('.').map((p) => (/^\d+$/.test(p) ? p : p.charAt(0).toLowerCase() + p.slice(1))).join('.'));
    if (control && key !== path) {
      control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
      control.markAsTouched();
    } else {
      unmatched.push(...messages);
    }
  }
  return unmatched;
}

/** Whether the parts the kind shows are valid (the form holds every part; hidden ones, like an empty wheel, do not count). */
export function isKindValid(kind: GrowthArtefactKind, form: Group): boolean {
  return partsOf(kind)
    .flatMap((part) => (part === 'allocation' ? ['timeAllocation', 'mentorAllocation', 'trainingAllocation'] : part === 'observations' ? ['observationIds'] : [part]))
    .every((name) => !form.get(name)?.invalid);
}
