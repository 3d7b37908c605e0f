using KemelSchoolPD.Documents;
using KemelSchoolPD.Exceptions;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.GrowthCycles.Documents;

/// <summary>
/// The reflection forms as Word documents in kk or ru, one template per kind: the coaching self-analysis (wheel of balance
/// with the previous scores), the reflective lesson analysis (Table 4), the substantiation of experience (Table 5) and the
/// description of generalised experience (Table 6) and the research plan (Table 7). Readable by whoever may read the artefact.
/// </summary>
public sealed class GrowthArtefactDocumentService(GrowthCycleAppService cycles, IDocumentService documents, DocumentHeaderProvider headers)
{
    public static readonly IReadOnlyDictionary<GrowthArtefactKind, string> Templates = new Dictionary<GrowthArtefactKind, string>
    {
        [GrowthArtefactKind.CoachingSelfAnalysis] = "GrowthCoachingSelfAnalysis",
        [GrowthArtefactKind.ReflectiveLessonAnalysis] = "GrowthReflectiveLessonAnalysis",
        [GrowthArtefactKind.ExperienceSubstantiation] = "GrowthExperienceSubstantiation",
        [GrowthArtefactKind.GeneralisedExperience] = "GrowthGeneralisedExperience",
        [GrowthArtefactKind.ResearchPlan] = "GrowthResearchPlan",
    };

    /// <summary>The questions of Tables 4, 5 and 6 (seed 004 L7143–7162, L7239–7258, L7338–7361), kk and ru.</summary>
    private static readonly IReadOnlyDictionary<GrowthArtefactKind, (string Kk, string Ru)[]> Questions
        = new Dictionary<GrowthArtefactKind, (string, string)[]>
        {
            [GrowthArtefactKind.ReflectiveLessonAnalysis] =
        [
            ("Сабақтың мақсаты қандай?", "Какова цель урока?"),
            ("Сабақтың мақсатына қол жеткізілді ме?", "Достигнута ли цель урока?"),
            ("Қандай әдістер қолданылды?", "Какие методы использовались?"),
            ("Білім алушылар қалай жауап берді?", "Как отреагировали обучающиеся?"),
            ("Қандай нәтижелер сәттілікті дәлелдейді (оқу жұмыстары, оқушылардың жауаптары)?", "Какие результаты доказывают успех (работы, ответы учеников)?"),
            ("Болашақта нені өзгертуге немесе жақсартуға болады?", "Что можно изменить или улучшить в будущем?"),
        ],
            [GrowthArtefactKind.ExperienceSubstantiation] =
        [
            ("Менің педагогикалық тәжірибемнің жаңалығы неде?", "В чём новизна моего педагогического опыта?"),
            ("Менің педагогикалық тәжірибемнің құндылығы неде?", "В чём ценность моего педагогического опыта?"),
            ("Ол қандай педагогикалық тәсілге негізделген?", "На каком педагогическом подходе он основан?"),
            ("Ол қандай педагогикалық принципке (немесе принциптерге) негізделген?", "На каком педагогическом принципе (принципах) он основан?"),
            ("Ол қандай жағдайларда тиімдірек жұмыс істейді?", "В каких условиях он работает эффективнее?"),
            ("Оның тиімділігін қандай нәтижелер растайды?", "Какие результаты подтверждают его эффективность?"),
        ],
            [GrowthArtefactKind.GeneralisedExperience] =
        [
            ("Тәжірибенің тақырыбы мен идеясы", "Тема и идея опыта"),
            ("Мақсаты мен міндеттері", "Цель и задачи"),
            ("Әдістер мен жаңашылдықтарды сипаттау", "Описание методов и новшеств"),
            ("Теориялық база (ғалымдардың, педагогтердің еңбектеріне, стандарттарға, оқу бағдарламаларына және т.б. сілтемелермен)",
                "Теоретическая база (со ссылками на труды учёных, педагогов, стандарты, учебные программы и т. д.)"),
            ("Қол жеткізілген нәтижелер (сандық көрсеткіштер, білім алушылар жұмыстарының мысалдары)", "Достигнутые результаты (количественные показатели, примеры работ обучающихся)"),
            ("Ендіру бойынша қорытындылар мен ұсынымдар", "Выводы и рекомендации по внедрению"),
        ],
        };

    public async Task<GeneratedDocument> RenderAsync(Guid id, Guid artefactId, string? culture, CancellationToken ct = default)
    {
        var language = culture ?? "kk";
        if (language is not ("kk" or "ru" or "en"))
            throw new InputValidationException(nameof(culture), ValidationCodes.Invalid);
        var (cycle, artefact, dto) = await cycles.GetArtefactForDocumentAsync(id, artefactId, ct);
        if (!Templates.TryGetValue(artefact.Kind, out var template))
            throw new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.NoDocumentForKind);
        var header = await headers.GetAsync(language, ct);
        var participant = await cycles.GetParticipantAsync(cycle, ct);
        participant = participant with { Category = header.Text($"Enum:QualificationCategory.{participant.Category}") };
        var content = artefact.Content;
        var lesson = string.Join(
            ", ",
            new[] { DocumentTexts.Date(content.Date), content.ClassName, content.Subject }.Where(s => !string.IsNullOrWhiteSpace(s)));

        object model;
        if (artefact.Kind == GrowthArtefactKind.CoachingSelfAnalysis)
        {
            var coaching = content.Coaching ?? new CoachingSelfAnalysis();
            var previous = dto.PreviousWheel ?? [];
            var wheel = coaching.Wheel.Select((s, i) => Sector(s, i < previous.Count ? previous[i].Score : null, header)).ToList();
            model = new
            {
                Header = header, Participant = participant, Lesson = lesson, GrowthZone = cycle.GrowthZone,
                Context = Answered(header, "UI:Growth.Coaching.Context", GrowthCoachingQuestions.Context, coaching.ContextAnswers),
                SatisfactionQuestion = header.Text("UI:Growth.Coaching.Satisfaction"), Satisfaction = coaching.Satisfaction?.ToString()
                    ?? "",
                Scaling = Answered(header, "UI:Growth.Coaching.Scaling", GrowthCoachingQuestions.Scaling, coaching.ScalingAnswers),
                Coaching = Answered(header, "UI:Growth.Coaching.Question", GrowthCoachingQuestions.Coaching, coaching.CoachingAnswers),
                GrowthPoints = coaching.GrowthPoints,
                Wheel = wheel.Select((w, i) => new WheelRow(i + 1, w.Name, w.Question, w.Score.ToString(), w.Previous?.ToString() ?? ""))
                    .ToList(),
                HasPrevious = previous.Count > 0,
                WheelChart = wheel.Count < 3 ? null : RadarChartImage.Render(wheel.Select(w => w.Name).ToList(),
                [
                    new RadarChartSeries(header.Text("UI:Growth.WheelNow"), wheel.Select(w => w.Score).ToList()),
                    .. previous.Count > 0
                        ? [new RadarChartSeries(header.Text("UI:Growth.WheelPrevious"), wheel.Select(w => w.Previous ?? 0).ToList())]
                        : Array.Empty<RadarChartSeries>(),
                ], GrowthCycleConsts.MaxScore),
            };
        }
        else
        {
            var answers = content.Answers.ToDictionary(a => a.Number, a => a.Answer ?? "");
            model = new
            {
                Header = header, Participant = participant, Lesson = lesson, GrowthZone = cycle.GrowthZone,
                Rows = QuestionTexts(artefact.Kind, header).Select(
                    (q, i) => new QuestionRow(i + 1, q, answers.GetValueOrDefault(i + 1, ""))).ToList(),
            };
        }
        return await documents.RenderDocxAsync(template, header.Culture, model,
            $"{header.Text($"Enum:GrowthArtefactKind.{artefact.Kind}")} {participant.FullName} {header.Date}", ct);
    }

    /// <summary>
    /// A sector in the document's language: one of Table 14's suggested sectors prints its name in that language and its
    /// question for analysis; a sector the teacher named herself prints as she named it, without a question.
    /// </summary>
    private static WheelSectorText Sector(WheelSector sector, int? previous, DocumentHeader header)
    {
        var suggested = BuiltInWheelQuestions.IndexOf(sector.Name);
        if (suggested < 0) return new WheelSectorText(sector.Name, "", sector.Score, previous);
        var (nameKk, nameRu) = BuiltInGrowthReference.WheelSectors[suggested];
        var (questionKk, questionRu) = BuiltInWheelQuestions.SectorQuestions[suggested];
        return header.Culture == "kk"
            ? new WheelSectorText(nameKk, questionKk, sector.Score, previous)
            : new WheelSectorText(nameRu, questionRu, sector.Score, previous);
    }

    /// <summary>Each question of a step (the web page's texts) with the teacher's answer to it, blank where she wrote none.</summary>
    private static List<QuestionRow> Answered(DocumentHeader header, string keyPrefix, int count, IReadOnlyList<string> answers) =>
        Enumerable.Range(1, Math.Max(count, answers.Count))
            .Select(
                n => new QuestionRow(n, n <= count ? header.Text($"{keyPrefix}.{n}") : "", n <= answers.Count ? answers[n - 1] ?? "" : ""))
            .ToList();

    private sealed record WheelSectorText(string Name, string Question, int Score, int? Previous);

    /// <summary>The numbered questions of the kind's template in the document's language (Table 7's are localization keys).</summary>
    private static IEnumerable<string> QuestionTexts(
        GrowthArtefactKind kind,
        DocumentHeader header) => kind == GrowthArtefactKind.ResearchPlan
        ? Enumerable.Range(1, ResearchPlanTemplate.SectionCount).Select(n => header.Text(ResearchPlanTemplate.SectionKey(n)))
        : Questions[kind].Select(q => header.Culture == "kk" ? q.Kk : q.Ru);
}

public sealed record WheelRow(int Number, string Sector, string Question, string Score, string PreviousScore);

/// <summary>How many questions each step of the coaching self-analysis asks (seed 004 L10538–10650).</summary>
public static class GrowthCoachingQuestions
{
    public const int Context = 4, Scaling = 4, Coaching = 5;
}

public sealed record QuestionRow(int Number, string Question, string Answer);

public sealed record GrowthDocumentParticipant(string FullName, string Category);

public static class GrowthDocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddGrowthCycleDocuments(this IServiceCollection services)
    {
        services.AddScoped<GrowthArtefactDocumentService>();
        foreach (var name in GrowthArtefactDocumentService.Templates.Values) services.AddDocumentTemplate(
            name,
            $"GrowthCycles:Document.{name}");
        return services;
    }
}
