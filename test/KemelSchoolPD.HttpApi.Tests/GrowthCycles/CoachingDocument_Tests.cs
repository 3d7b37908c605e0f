using KemelSchoolPD.Documents;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.TestBase;
using SkiaSharp;

namespace KemelSchoolPD.HttpApi.Tests.GrowthCycles;

/// <summary>
/// The coaching self-analysis as printed (seed 004 L10527–10662): each step's questions beside the teacher's answers,
/// Table 14's question for analysis per sector in the document's language, and the wheel of balance as a radar chart
/// picture (the current wheel over the previous one) drawn on the server, kk and ru.
/// </summary>
public abstract class CoachingDocument_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/growth-cycles";
    private const long EmuPerCm = 360_000;
    private static readonly SKColor Current = SKColor.Parse("#00639b"), Previous = SKColor.Parse("#9a4600");

    [Fact]
    public async Task Should_Print_The_Questions_With_The_Answers_Table_14_And_The_Wheel_As_A_Chart()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher04");
        var cycle = await ReflectionCycleAsync(teacher, 2047);
        var first = await AddCoachingAsync(teacher, cycle, [3, 3, 3, 3, 3, 3, 3, 3], "бірінші");
        var second = await AddCoachingAsync(teacher, cycle, [9, 8, 7, 6, 5, 4, 8, 9], "екінші");

        var kk = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{second.Id}/document?culture=kk"));
        // Step 1: the seed's four questions (the third in full), each followed by its answer.
        ShouldFollow(kk, "1. Сабақтың мақсаты қандай болды және ол оқу мақсаттарымен (ҚМЖ бойынша) қалай байланысты?", "Контекст 1 екінші");
        ShouldFollow(kk, "3. Менің педагогикалық интенциям (ниетім) қандай болды (оқушыларда нені оятқым келді: қызығушылықты ма, сенімділікті ме, әлде жаңалық ашуды ма)?",
            "Контекст 3 екінші");
        ShouldFollow(kk, "4. Сабақтың ең әсерлі (жанды) сәті қайсысы болды? Неліктен?", "Контекст 4 екінші");
        // Step 3: the satisfaction question and the four scaling questions; step 4: the five coaching questions.
        ShouldFollow(kk, "0-ден 10-ға дейін осы сабақтың сапасына қаншалықты ризамын?", "7");
        ShouldFollow(kk, "2. +1 балл қосу үшін не қажет?", "Шкала 2 екінші");
        ShouldFollow(kk, "4. Сабағымның жақсарғанын қалай білемін? (өзгеріс белгілері)", "Шкала 4 екінші");
        ShouldFollow(kk, "1. Осы сабақта мен нені ерекше саналы түрде жасадым?", "Коучинг 1 екінші");
        ShouldFollow(kk, "5. Бүгін оқушыларым мені неге үйретті?", "Коучинг 5 екінші");
        kk.Paragraphs.ShouldContain("1. Келесі сабақта мен жұптық талдауды байқап көремін");

        // Step 2: Table 14 — each sector with its question for analysis, the score and the previous score.
        var wheel = kk.Tables.ShouldHaveSingleItem();
        wheel[0].ShouldBe(["№", "Сектор", "Талдауға арналған сұрақ", "Балл (0–10)", "Алдыңғы балл"]);
        wheel.Count.ShouldBe(9);
        wheel[1].ShouldBe(["1", "Мақсат пен нәтиже", "Сабақ оқу мақсаттарына қаншалықты сәйкес болды?", "9", "3"]);
        wheel[3][2].ShouldBe("Мен емес, оқушылар қаншалықты жиі сөйледі/әрекет етті?");
        wheel[8].ShouldBe(["8", "Жаңашылдық пен өсу", "Мен қандай жаңа нәрсені қолдандым? Нені байқап көруге баттым?", "9", "3"]);
        for (var i = 0; i < 8; i++) wheel[i + 1][2].ShouldBe(BuiltInWheelQuestions.SectorQuestions[i].Kk);
        kk.HeaderWordsTooWide.ShouldBeEmpty();

        // The wheel as a picture: one PNG, 12 cm wide, square; the current wheel in blue over the previous one dashed in brown.
        var chart = kk.Images.ShouldHaveSingleItem();
        chart.ContentType.ShouldBe("image/png");
        chart.WidthEmu.ShouldBe((long)(12 * EmuPerCm));
        chart.HeightEmu.ShouldBe(chart.WidthEmu);
        using (var png = SKBitmap.Decode(chart.Data).ShouldNotBeNull())
        {
            (png.Width, png.Height).ShouldBe((RadarChartImage.WidthPx, RadarChartImage.HeightPx));
            Pixels(png, Current).ShouldBeGreaterThan(500);
            Pixels(png, Previous).ShouldBeGreaterThan(100);
        }

        // Russian: the sector names and their questions in Russian although the teacher typed the Kazakh names.
        var ru = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{second.Id}/document?culture=ru"));
        ShouldFollow(ru, "1. Какова была цель урока и как она связана с целями обучения (по КСП)?", "Контекст 1 екінші");
        ShouldFollow(ru, "Насколько я доволен(льна) качеством урока по шкале от 0 до 10?", "7");
        ShouldFollow(ru, "5. Чему меня сегодня научили ученики?", "Коучинг 5 екінші");
        var wheelRu = ru.Tables.ShouldHaveSingleItem();
        wheelRu[0].ShouldBe(["№", "Сектор", "Вопрос для анализа", "Балл (0–10)", "Прежний балл"]);
        wheelRu[1].ShouldBe(["1", "Цель и результат", "Насколько урок соответствовал целям обучения?", "9", "3"]);
        for (var i = 0; i < 8; i++) wheelRu[i + 1][2].ShouldBe(BuiltInWheelQuestions.SectorQuestions[i].Ru);
        ru.Images.ShouldHaveSingleItem().ContentType.ShouldBe("image/png");
        ru.HeaderWordsTooWide.ShouldBeEmpty();

        // The first self-analysis has no previous wheel: no previous column figures, no brown line.
        var firstKk = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{first.Id}/document?culture=kk"));
        firstKk.Tables[0][1][4].ShouldBe("");
        using var firstPng = SKBitmap.Decode(firstKk.Images.ShouldHaveSingleItem().Data);
        Pixels(firstPng, Current).ShouldBeGreaterThan(500);
        Pixels(firstPng, Previous).ShouldBe(0);
    }

    [Fact]
    public void The_Embedded_Chart_Font_Draws_Kazakh_And_Russian_Letters()
    {
        using var font = new SKFont(RadarChartImage.Typeface, 20);
        font.ContainsGlyphs("әғқңөұүһіӘҒҚҢӨҰҮҺІ").ShouldBeTrue();
        font.ContainsGlyphs("абвгдеёжзийклмнопрстуфхцчшщъыьэюя").ShouldBeTrue();
        RadarChartImage.Typeface.FamilyName.ShouldBe("DejaVu Sans");
    }

    /// <summary>The paragraph after the question is the answer.</summary>
    private static void ShouldFollow(Docx docx, string question, string answer)
    {
        var at = docx.Paragraphs.ToList().IndexOf(question);
        at.ShouldBeGreaterThanOrEqualTo(0, $"«{question}» is not printed.");
        docx.Paragraphs[at + 1].ShouldBe(answer);
    }

    /// <summary>Pixels of exactly the series' stroke colour (a few levels of anti-aliasing aside).</summary>
    private static int Pixels(SKBitmap bitmap, SKColor color)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (Math.Abs(p.Red - color.Red) <= 6 && Math.Abs(p.Green - color.Green) <= 6 && Math.Abs(p.Blue - color.Blue) <= 6) count++;
            }
        return count;
    }

    private static async Task<GrowthCycleDto> ReflectionCycleAsync(HttpClient teacher, int year)
    {
        var cycle = await (await teacher.PostJsonAsync(Url, new
        {
            academicYear = year, participantKind = "Teacher", competenceCodes = new[] { "01.1" },
            entryDiagnostic = new
            {
                competences = new[] { new { code = "01.1", level = 2 } }, observationSummary = "Бақылау", feedback = new[] {
                    new { source = "Learners", summary = "Түсініксіз" } },
                growthZones = new[] { "Оқушылардың белсенділігі" },
            },
        })).ReadAsync<GrowthCycleDto>(System.Net.HttpStatusCode.Created);
        await AddAsync(
            teacher,
            cycle,
            "LessonTaught",
            new { date = $"{year}-10-01", className = "7Ә", subject = "Қазақ тілі", learningObjectives = "7.1.1.1" });
        cycle = await MoveAsync(teacher, cycle, "Analysis");
        await AddAsync(teacher, cycle, "LessonSelfAnalysis", new { date = $"{year}-10-02", text = "Талдау" });
        await AddAsync(
            teacher,
            cycle,
            "LearnerResults",
            new { learnerResults = new[] { new { className = "7Ә", subject = "Қазақ тілі", indicator = "БЖБ %", before = 60 } } });
        await AddAsync(teacher, cycle, "FeedbackCollected", new { feedback = new[] { new { source = "Learners", summary = "Қызықты" } } });
        return await MoveAsync(teacher, cycle, "Reflection");
    }

    private static Task<GrowthArtefactDto> AddCoachingAsync(HttpClient teacher, GrowthCycleDto cycle, int[] scores, string tag) =>
        AddAsync(teacher, cycle, "CoachingSelfAnalysis", new
        {
            date = "2047-10-05", className = "7Ә", subject = "Қазақ тілі",
            coaching = new
            {
                contextAnswers = Enumerable.Range(1, 4).Select(n => $"Контекст {n} {tag}").ToArray(),
                wheel = BuiltInGrowthReference.WheelSectors.Select((s, i) => new { name = s.Kk, score = scores[i] }).ToArray(),
                satisfaction = 7,
                scalingAnswers = Enumerable.Range(1, 4).Select(n => $"Шкала {n} {tag}").ToArray(),
                coachingAnswers = Enumerable.Range(1, 5).Select(n => $"Коучинг {n} {tag}").ToArray(),
                growthPoints = new[] { "Келесі сабақта мен жұптық талдауды байқап көремін" },
            },
        });

    private static async Task<GrowthArtefactDto> AddAsync(HttpClient client, GrowthCycleDto cycle, string kind, object content) =>
        await (await client.PostJsonAsync($"{Url}/{cycle.Id}/artefacts", new { kind, content }))
            .ReadAsync<GrowthArtefactDto>(System.Net.HttpStatusCode.Created);

    private static async Task<GrowthCycleDto> MoveAsync(HttpClient client, GrowthCycleDto cycle, string target)
    {
        var current = await client.GetAsync<GrowthCycleDto>($"{Url}/{cycle.Id}");
        return await (await client.PostJsonAsync(
            $"{Url}/{cycle.Id}/move",
            new { targetStage = target, concurrencyStamp = current.ConcurrencyStamp }))
            .ReadAsync<GrowthCycleDto>();
    }
}

public sealed class CoachingDocument_Sqlite_Tests(SqliteHostFixture host) : CoachingDocument_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class CoachingDocument_Postgres_Tests(PostgresHostFixture host) :
    CoachingDocument_Tests(host),
    IClassFixture<PostgresHostFixture>;
