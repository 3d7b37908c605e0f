using KemelSchoolPD.Data;
using KemelSchoolPD.Documents;
using KemelSchoolPD.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.LessonObservations.Documents;

/// <summary>
/// The observation sheet of one lesson as a Word document in kk or ru: the lesson, the time-stamped notes, strengths and
/// growth points, the rubric scores (criteria in the document's language), the teacher's reply and both signatures.
/// Readable by whoever may read the observation (anyone else gets 404).
/// </summary>
public sealed class LessonObservationDocumentService(
    LessonObservationAppService observations, IKemelSchoolPDDbContext db, IDocumentService documents, DocumentHeaderProvider headers)
{
    public const string TemplateName = "LessonObservationSheet";

    public async Task<GeneratedDocument> RenderAsync(Guid id, string? culture, CancellationToken ct = default)
    {
        var language = culture ?? "kk";
        if (language is not ("kk" or "ru" or "en")) throw new InputValidationException(nameof(culture), ValidationCodes.Invalid);
        var observation = await observations.GetAsync(id, ct);
        var header = await headers.GetAsync(language, ct);
        var kk = header.Culture == "kk";

        var form = observation.FormId is { } formId
            ? await db.ObservationForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == formId, ct)
            : null;
        var scores = form is null ? [] : observation.Scores
            .Select(s => (Score: s, Index: form.Criteria.Select(c => c.Key).ToList().IndexOf(s.CriterionKey)))
            .OrderBy(x => x.Index)
            .Select((x, i) => new ObservationScoreRow(i + 1,
                x.Index < 0 ? x.Score.CriterionKey : kk ? form.Criteria[x.Index].TextKk : form.Criteria[x.Index].TextRu,
                x.Score.Score.ToString()))
            .ToList();

        var sheet = new ObservationSheet(
            observation.ObservedName, observation.ObserverName, DocumentTexts.Date(observation.LessonDate), observation
                .ClassName, observation.Subject,
            observation.Topic ?? "", observation.LearningObjectives ?? "", observation.Focus ?? "", header.Enum(observation.Purpose), header
                .Enum(observation.Status),
            observation.Strengths ?? "", observation.GrowthPoints ?? "", header.Enum(observation.ObjectivesMatched),
            form?.Name ?? "", form is null ? "" : $"{form.ScaleMin}–{form.ScaleMax}",
            observation.ScoreTotal is { } total ? $"{total} / {observation.ScoreMax}" : "",
            observation.TeacherReply ?? "", observation.RepliedAt is { } replied ? DocumentTexts.Date(DateOnly.FromDateTime(replied)) : "");
        var notes = observation.Notes.Select(n => new ObservationNoteRow(n.Minute.ToString(), n.Text)).ToList();
        var model = new
        {
            Header = header, Sheet = sheet, Notes = notes, Scores = scores,
            HasNotes = notes.Count > 0, HasScores = scores.Count > 0, HasReply = sheet.TeacherReply.Length > 0,
        };
        return await documents.RenderDocxAsync(TemplateName, header.Culture, model,
            $"{header.Text($"LessonObservations:Document.{TemplateName}")} {observation.ObservedName} {sheet.Date}", ct);
    }
}

public sealed record ObservationSheet(
    string Teacher, string Observer, string Date, string ClassName, string Subject, string Topic, string LearningObjectives, string Focus,
    string Purpose, string Status, string Strengths, string GrowthPoints, string ObjectivesMatched,
    string FormName, string Scale, string ScoreTotal, string TeacherReply, string RepliedOn);

public sealed record ObservationNoteRow(string Minute, string Text);

public sealed record ObservationScoreRow(int Number, string Criterion, string Score);

public static class LessonObservationDocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddLessonObservationDocuments(this IServiceCollection services) =>
        services.AddScoped<LessonObservationDocumentService>()
            .AddDocumentTemplate(
                LessonObservationDocumentService.TemplateName,
                $"LessonObservations:Document.{LessonObservationDocumentService.TemplateName}");
}
