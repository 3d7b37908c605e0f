using KemelSchoolPD.Documents;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.LessonStudy;

/// <summary>
/// A Lesson Study's report as a Word document in Kazakh or Russian: the context, the research question, the method (the rounds),
/// per round the case pupils with the predictions beside what the observers saw, then the conclusions and what changes in
/// practice. It is read through the group's read rule (members, director and deputies). The case pupils appear by pseudonym
/// only, as in the group's own record; the copy in the library of practice carries no pupil at all.
/// </summary>
public sealed class LessonStudyDocumentService(
    LessonStudyGroupAppService groups, ResearchLessonAppService lessons, IDocumentService documents, DocumentHeaderProvider headers)
{
    public async Task<GeneratedDocument> RenderAsync(Guid groupId, string? culture, CancellationToken ct = default)
    {
        var language = culture ?? "kk";
        if (language is not ("kk" or "ru" or "en"))
            throw new InputValidationException(nameof(culture), KemelSchoolPDErrorCodes.LessonStudy.UnsupportedCulture);
        var group = await groups.GetAsync(groupId, ct); // the read rule
        var header = await headers.GetAsync(language, ct);
        var rounds = new List<object>();
        foreach (var summary in group.Rounds)
        {
            var lesson = await lessons.GetAsync(summary.Id, ct);
            var discussion = await lessons.GetDiscussionAsync(summary.Id, ct);
            rounds.Add(new
            {
                Number = lesson.RoundNumber,
                Date = DocumentTexts.Date(lesson.LessonDate),
                lesson.TeacherName,
                lesson.ClassName,
                Focus = lesson.ObservationFocus ?? "",
                Status = header.Enum(lesson.Status),
                Objectives = lesson.Plan.Objectives,
                Stages = lesson.Plan.Stages.Select((s, i) => new { Number = i + 1, s.Title, s.Minutes, Tasks = s.Tasks ?? "" }).ToList(),
                Pupils = discussion.Pupils.Select(p => new
                {
                    p.Pupil.Pseudonym,
                    Reason = header.Enum(p.Pupil.Reason),
                    Cells = p.Stages.Select(c => new
                    {
                        Stage = c.StageTitle ?? "—",
                        Prediction = c.Prediction ?? "",
                        Observed = string.Join("; ", c.Observations.Select(o => $"{o.ObserverName}: {o.Text}")),
                    }).ToList(),
                    Interview = p.Interview is null ? "" : string.Join(
                        "; ",
                        new[] { p.Interview.Learned, p.Interview.Difficult, p.Interview.Helped }.Where(a => !string.IsNullOrWhiteSpace(a))),
                }).ToList(),
                Surprises = lesson.Surprises ?? "",
                Teaching = lesson.Teaching ?? "",
                Conclusions = lesson.Conclusions ?? "",
                Changes = lesson.AgreedChanges ?? "",
                PlanChanges = lesson.PlanChanges.Select(c => $"{c.Before ?? "—"} → {c.After ?? "—"}").ToList(),
            });
        }
        var model = new
        {
            Header = header,
            Group = new
            {
                group.Theme,
                group.ResearchQuestion,
                Subject = group.Subject ?? "",
                Grade = group.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                AcademicYear = group.AcademicYearLabel,
                Origin = header.Enum(group.Origin),
                Facilitator = group.FacilitatorName,
                Members = string.Join(", ", group.Members.Select(m => m.FullName)),
                KnowledgeableOther = group.KnowledgeableOtherName is null
                    ? ""
                    : $"{group.KnowledgeableOtherName} ({group.KnowledgeableOtherOrganisation})",
            },
            Rounds = rounds,
        };
        return await documents.RenderDocxAsync(LessonStudyConsts.DocumentTemplate, header.Culture, model,
            $"{header.Text("LessonStudy:Document." + LessonStudyConsts.DocumentTemplate)} {group.AcademicYearLabel}", ct);
    }
}
