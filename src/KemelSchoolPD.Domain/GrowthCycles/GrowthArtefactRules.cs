using KemelSchoolPD.Exceptions;
using static KemelSchoolPD.GrowthCycles.GrowthArtefactKind;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// Checks an artefact's content against the form of its kind (which fields it needs, scores 0–10, eight wheel sectors,
/// levels 1–5 of known competences, 1–2 growth points, question numbers of Tables 4–7) and trims what the kind does not use.
/// All problems are reported at once as 400 field errors (fields named like "content.coaching.wheel[2].score").
/// </summary>
public static class GrowthArtefactRules
{
    /// <summary>How many numbered questions the template of a kind has (Tables 4, 5, 6: six each; Table 7's research plan: six
    /// sections).</summary>
    public static int QuestionCount(GrowthArtefactKind kind) => kind switch
    {
        ReflectiveLessonAnalysis or ExperienceSubstantiation or GeneralisedExperience => 6,
        ResearchPlan => ResearchPlanTemplate.SectionCount,
        _ => 0,
    };

    public static GrowthArtefactContent Normalize(
        GrowthArtefactKind kind,
        GrowthArtefactContent input,
        Func<string, bool> isKnownCompetence)
    {
        var c = input;
        var errors = new List<FieldError>();
        void Required(object? value, string field)
        {
            if (value is null || value is string s && string.IsNullOrWhiteSpace(s) || value is System.Collections.ICollection { Count: 0 })
                errors.Add(new FieldError("content." + field, ValidationCodes.Required));
        }
        void Length(string? value, string field, int max)
        {
            if (value is not null && value.Length > max) errors.Add(new FieldError("content." + field, ValidationCodes.MaxLength, max));
        }

        foreach (var (value, field) in new[] {
            (c.Title, "title"),
            (c.ClassName, "className"),
            (c.Subject, "subject"),
            (c.Participants, "participants"),
            (c.TimeAllocation, "timeAllocation"),
            (c.MentorAllocation, "mentorAllocation"),
            (c
                         .TrainingAllocation, "trainingAllocation") })
            Length(value, field, GrowthCycleConsts.MaxShortTextLength);
        foreach (var (value, field) in new[] {
            (c.Text, "text"),
            (c.LearningObjectives, "learningObjectives"),
            (c.ObservationSummary, "observationSummary") })
            Length(value, field, GrowthCycleConsts.MaxTextLength);

        switch (kind)
        {
            case LessonTaught:
                Required(c.Date, "date"); Required(c.ClassName, "className"); Required(c
                    .Subject, "subject"); Required(c.LearningObjectives, "learningObjectives");
                break;
            case LessonObserved:
                Required(c.Date, "date"); Required(c.ClassName, "className"); Required(c.Subject, "subject");
                break;
            case MentoringActivity or CommunityActivity:
                Required(c.Date, "date"); Required(c.Title, "title");
                break;
            case LessonSelfAnalysis or ColleagueDiscussion or ReflectiveCouncil:
                Required(c.Date, "date"); Required(c.Text, "text");
                break;
            case LearnerResults:
                Required(c.LearnerResults, "learnerResults");
                break;
            case FeedbackCollected:
                Required(c.Feedback, "feedback");
                break;
            case AnalyticalReport:
                Required(c.ReportPeriod, "reportPeriod"); Required(c.Text, "text");
                break;
            case ReflectiveNote or Correction:
                Required(c.Text, "text");
                break;
            case CompetenceSelfAssessment:
                Required(c.Competences, "competences");
                break;
            case GrowthArtefactKind.CoachingSelfAnalysis:
                Required(c.Coaching, "coaching");
                break;
            case ReflectiveLessonAnalysis or ExperienceSubstantiation or GeneralisedExperience or ResearchPlan:
                Required(c.Answers.Where(a => !string.IsNullOrWhiteSpace(a.Answer)).ToList(), "answers");
                break;
            case GoalSetting or PlanAgreement:
                Required(c.Goals, "goals");
                break;
            case DevelopmentPlanning:
                Required(c.Methods.Where(m => !string.IsNullOrWhiteSpace(m)).ToList(), "methods");
                break;
            case ResourceAllocation:
                if (string.IsNullOrWhiteSpace(c.TimeAllocation) && string.IsNullOrWhiteSpace(c.MentorAllocation)
                    && string.IsNullOrWhiteSpace(c.TrainingAllocation))
                    errors.Add(new FieldError("content.timeAllocation", ValidationCodes.Required));
                break;
            case ChangeTrial:
                Required(c.EvidenceType, "evidenceType"); Required(c.Date, "date"); Required(c.Text, "text");
                break;
            case EntryDiagnostic or RepeatDiagnostic:
                if (c.Competences.Count == 0 && c.LearnerResults.Count == 0 && c.Feedback.Count == 0
                    && string.IsNullOrWhiteSpace(c.ObservationSummary)
                    && c.ObservationIds.Count == 0)
                    errors.Add(new FieldError("content.competences", ValidationCodes.Required));
                if (kind == EntryDiagnostic) Required(c.GrowthZones.Where(z => !string.IsNullOrWhiteSpace(z)).ToList(), "growthZones");
                break;
        }

        for (var i = 0; i < c.LearnerResults.Count; i++)
        {
            var row = c.LearnerResults[i];
            if (string.IsNullOrWhiteSpace(row.ClassName) && string.IsNullOrWhiteSpace(row.Indicator)) errors.Add(
                new FieldError($"content.learnerResults[{i}].className", ValidationCodes.Required));
            Length(row.ClassName, $"learnerResults[{i}].className", GrowthCycleConsts.MaxShortTextLength);
            Length(row.Indicator, $"learnerResults[{i}].indicator", GrowthCycleConsts.MaxShortTextLength);
        }
        for (var i = 0; i < c.Feedback.Count; i++)
        {
            if (!Enum.IsDefined(c.Feedback[i].Source)) errors.Add(new FieldError($"content.feedback[{i}].source", ValidationCodes.Invalid));
            if (string.IsNullOrWhiteSpace(c.Feedback[i].Summary)) errors.Add(
                new FieldError($"content.feedback[{i}].summary", ValidationCodes.Required));
        }
        c = c with { Competences = c.Competences.Select(e => e with { Code = e.Code?.Trim() ?? "" }).ToList() };
        for (var i = 0; i < c.Competences.Count; i++)
        {
            var entry = c.Competences[i];
            if (!isKnownCompetence(entry.Code)) errors.Add(
                new FieldError($"content.competences[{i}].code", KemelSchoolPDErrorCodes.GrowthCycles.UnknownCompetence, entry.Code));
            if (entry.Level is < GrowthCycleConsts.MinCompetenceLevel or > GrowthCycleConsts.MaxCompetenceLevel)
                errors.Add(new FieldError(
                    $"content.competences[{i}].level",
                    ValidationCodes.Range,
                    GrowthCycleConsts.MinCompetenceLevel,
                    GrowthCycleConsts.MaxCompetenceLevel));
        }
        c = c with
        {
            ObservationIds = kind is EntryDiagnostic or RepeatDiagnostic or LessonObserved
                ? c.ObservationIds.Where(id => id != Guid.Empty).Distinct().ToList()
                : [],
            GrowthZones = c.GrowthZones.Select(z => z.Trim()).Where(z => z.Length > 0).ToList(),
        };
        if (c.ObservationIds.Count > GrowthCycleConsts.MaxLinkedObservations)
            errors.Add(new FieldError(
                "content.observationIds",
                KemelSchoolPDErrorCodes.GrowthCycles.TooManyObservations,
                GrowthCycleConsts.MaxLinkedObservations));
        for (var i = 0; i < c.GrowthZones.Count; i++) Length(c.GrowthZones[i], $"growthZones[{i}]", GrowthCycleConsts.MaxGrowthZoneLength);

        if (c.Coaching is { } coaching) c = c with { Coaching = CheckCoaching(coaching, errors) };

        var questions = QuestionCount(kind);
        for (var i = 0; i < c.Answers.Count; i++)
        {
            if (c.Answers[i].Number < 1 || c.Answers[i].Number > questions)
                errors.Add(
                    new FieldError(
                        $"content.answers[{i}].number",
                        KemelSchoolPDErrorCodes.GrowthCycles.UnknownTemplateQuestion,
                        questions));
            Length(c.Answers[i].Answer, $"answers[{i}].answer", GrowthCycleConsts.MaxTextLength);
        }
        c = c with
        {
            Answers = c.Answers.Where(a => !string.IsNullOrWhiteSpace(a.Answer)).OrderBy(a => a.Number).ToList(),
            Goals = c.Goals.Select(g => g.Id == Guid.Empty ? g with { Id = Guid.CreateVersion7() } : g).ToList(),
            Methods = c.Methods.Select(m => m.Trim()).Where(m => m.Length > 0).ToList(),
        };
        for (var i = 0; i < c.Goals.Count; i++)
        {
            var goal = c.Goals[i];
            // SMART: a wording, a measurable indicator and a deadline.
            if (string.IsNullOrWhiteSpace(goal.Title)) errors.Add(new FieldError($"content.goals[{i}].title", ValidationCodes.Required));
            if (string.IsNullOrWhiteSpace(goal.Indicator)) errors.Add(
                new FieldError($"content.goals[{i}].indicator", ValidationCodes.Required));
            if (goal.Deadline is null) errors.Add(new FieldError($"content.goals[{i}].deadline", ValidationCodes.Required));
            Length(goal.Title, $"goals[{i}].title", GrowthCycleConsts.MaxShortTextLength);
            Length(goal.Indicator, $"goals[{i}].indicator", GrowthCycleConsts.MaxShortTextLength);
        }
        if (c.EvidenceType is { } evidence && !Enum.IsDefined(evidence)) errors.Add(
            new FieldError("content.evidenceType", ValidationCodes.Invalid));
        if (c.ReportPeriod is { } period && !Enum.IsDefined(period)) errors.Add(
            new FieldError("content.reportPeriod", ValidationCodes.Invalid));

        if (errors.Count > 0) throw new InputValidationException(errors);
        return c;
    }

    private static CoachingSelfAnalysis CheckCoaching(CoachingSelfAnalysis coaching, List<FieldError> errors)
    {
        if (coaching.Wheel.Count != GrowthCycleConsts.WheelSectorCount)
            errors.Add(new FieldError(
                "content.coaching.wheel",
                KemelSchoolPDErrorCodes.GrowthCycles.WheelNeedsEightSectors,
                GrowthCycleConsts.WheelSectorCount));
        for (var i = 0; i < coaching.Wheel.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(coaching.Wheel[i].Name)) errors.Add(
                new FieldError($"content.coaching.wheel[{i}].name", ValidationCodes.Required));
            if (coaching.Wheel[i].Score is < GrowthCycleConsts.MinScore or > GrowthCycleConsts.MaxScore)
                errors.Add(new FieldError(
                    $"content.coaching.wheel[{i}].score",
                    ValidationCodes.Range,
                    GrowthCycleConsts.MinScore,
                    GrowthCycleConsts.MaxScore));
        }
        if (coaching.Satisfaction is < GrowthCycleConsts.MinScore or > GrowthCycleConsts.MaxScore)
            errors.Add(new FieldError(
                "content.coaching.satisfaction",
                ValidationCodes.Range,
                GrowthCycleConsts.MinScore,
                GrowthCycleConsts.MaxScore));
        coaching = coaching with { GrowthPoints = coaching.GrowthPoints.Select(p => p.Trim()).Where(p => p.Length > 0).ToList() };
        if (coaching.GrowthPoints.Count == 0) errors.Add(new FieldError("content.coaching.growthPoints", ValidationCodes.Required));
        if (coaching.GrowthPoints.Count > GrowthCycleConsts.MaxGrowthPoints)
            errors.Add(new FieldError(
                "content.coaching.growthPoints",
                KemelSchoolPDErrorCodes.GrowthCycles.TooManyGrowthPoints,
                GrowthCycleConsts.MaxGrowthPoints));
        return coaching;
    }
}
