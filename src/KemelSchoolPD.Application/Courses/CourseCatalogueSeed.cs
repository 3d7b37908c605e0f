namespace KemelSchoolPD.Courses;

/// <summary>
/// The three programmes of the seeds, with the source's values (seed-fidelity §8.5): seed 002's course rules and scoring,
/// seed 000's attestation-preparation course and seed 003's pedagogue-organiser course. Where a source contradicts itself
/// the data keeps its values and lists the contradiction.
/// </summary>
public static class CourseCatalogueSeed
{
    public const string Seed002 = "seed-002";
    public const string Seed000 = "seed-000";
    public const string Seed003 = "seed-003";

    public sealed record Entry(string Code, CourseProgrammeData Data, IReadOnlyList<SchemeVersion> Schemes);

    public sealed record SchemeVersion(
        DateOnly EffectiveFrom,
        List<AssessmentComponent> Components,
        int? PassMark,
        List<AssessmentRubric> Rubrics,
        List<GradeBand> Bands,
        string? Note);

    private static LocalizedText T(string kk, string ru, string en) => new() { Kk = kk, Ru = ru, En = en };

    /// <summary>Seed 002 L226–236: the kinds of post-course support, as the checklist of directions.</summary>
    private static readonly List<PostCourseDirection> Directions002 =
    [
        new() { Key = "methodical-help", Title = T("Педагогикалық, зерттеу және рефлексиялық қызметте әдістемелік, консультациялық көмек",
            "Методическая и консультационная помощь в педагогической, исследовательской и рефлексивной деятельности",
            "Methodological and consultative help in teaching, research and reflection") },
        new() { Key = "publication", Title = T("Нәтижелерді жариялауға дайындауда консультациялық көмек",
            "Консультационная помощь в подготовке результатов к публикации", "Help preparing results for publication") },
        new() { Key = "community", Title = T("Кәсіби қоғамдастықтар жұмысы және тәжірибе алмасу іс-шаралары",
            "Работа профессиональных сообществ и мероприятия по обмену опытом", "Professional communities and experience exchange") },
    ];

    public static IReadOnlyList<Entry> All { get; } =
    [
        new(Seed002, new CourseProgrammeData
        {
            Provider = "РМҚК «Қосымша білім берудің республикалық оқу-әдістемелік орталығы»",
            Title = "Біліктілікті арттыру курсы (09.01.2023 №10 бұйрық ережелері бойынша)",
            Field = "Қосымша білім беру",
            Hours = 80,
            Format = CourseFormat.FullTime,
            Languages = ["kk", "ru"],
            RunsOnPlatform = true,
            ExpectedResults = ["Курстарда қалыптасқан құзыреттерді тәжірибеде қолдану (002:214)"],
            PostCourse = new PostCourseSettings {
                MinEvents = 3,
                MinDirections = 1,
                MaxDirections = 2,
                SupportMonths = 12,
                Directions = Directions002 },
            SourceRef = "002:163–204, 226–264",
        },
        [
            new(new DateOnly(2023, 1, 9),
            [
                new() { Key = "test", Title = "Қорытынды тест (20 сұрақ × 2 балл)", MaxPoints = 40, Threshold = 20 },
                new() { Key = "attendance", Title = "Қатысу", MaxPoints = 10 },
                new() { Key = "activity", Title = "Белсенділік", MaxPoints = 10 },
                new() { Key = "project", Title = "Шығармашылық жобаны қорғау", MaxPoints = 40 },
            ], 50, [], [], "002:185–187: ең жоғары 100, ең төменгі 50"),
        ]),
        new(Seed000, new CourseProgrammeData
        {
            Provider = "«Кемел кәсіби даму орталығы»",
            Title = "Педагогтерді аттестаттауға даярлау: біліктілік талаптарына сәйкес кәсіби құзыреттер, педагогикалық қызмет және даму",
            Field = "Аттестаттауға даярлық",
            Hours = 80,
            Format = CourseFormat.FullTime,
            Languages = ["kk", "ru"],
            Modules =
            [
                new() { Number = 1, Title = "Аттестаттау контекстіндегі педагогтің кәсіби құзыреттері", Hours = 16 },
                new() { Number = 2, Title = "Аттестаттау контекстіндегі педагогтің кәсіби құзыреттері", Hours = 16 },
                new() { Number = 3, Title = "Аттестаттау кезіндегі педагогикалық қызмет және оны бағалау", Hours = 16 },
                new() { Number = 4, Title = "Аттестаттаудың негізгі элементі ретіндегі педагог портфолиосы", Hours = 16 },
                new() { Number = 5, Title = "Педагогтің кәсіби дамуы және аттестаттаудан табысты өту", Hours = 16 },
            ],
            ExpectedResults = ["Портфолио, талдамалық есеп, жеке траектория, АК-ға арналған таныстырылым (000:410–420)"],
            Discrepancies =
            [
                new() { Topic = "modules", Source = "000:377", Text = T(
                    "Модульдер кестесінің 1-жолында 2-модульдің атауы тұр: екі модульдің атауы бірдей.",
                    "В первой строке таблицы модулей стоит название модуля 2: у двух модулей одинаковое название.",
                    "Row 1 of the module table carries module 2's name: two modules have the same title.") },
            ],
            PostCourse = new PostCourseSettings
            {
                MinEvents = 3, MinDirections = 1, MaxDirections = 2, SupportMonths = 12, Directions = Directions002,
                Note = T("Курстан 1–2 ай өткен соң вебинарлар; қолдау 12 айға дейін, қашықтан (000:858–869).",
                    "Вебинары через 1–2 месяца после курса; сопровождение до 12 месяцев, дистанционно (000:858–869).",
                    "Webinars 1–2 months after the course; support up to 12 months, remote (000:858–869)."),
            },
            SourceRef = "000:372–382, 797–805, 844–869",
        },
        [
            new(new DateOnly(2025, 1, 1),
            [
                new() { Key = "relevance", Title = "Өзектілігі және кәсіби салаға сәйкестігі", MaxPoints = 10 },
                new() { Key = "practical", Title = "Практикалық маңыздылығы және іске асырылу мүмкіндігі", MaxPoints = 10 },
                new() { Key = "structure", Title = "Құрылымдық логикасы, толықтығы, нормативтік дұрыстығы", MaxPoints = 10 },
                new() { Key = "method", Title = "Әдістемелік сауаттылығы, үлгілерді (шаблондарды) қолдануы", MaxPoints = 10 },
                new() { Key = "creativity", Title = "Креативтілігі, педагогикалық икемділігі, бірегейлігі", MaxPoints = 10 },
            ], null, [], [], "000:797–805: қорытынды жоба 5 × 10 = 50 балл, өту балы көрсетілмеген"),
        ]),
        new(Seed003, new CourseProgrammeData
        {
            Provider = "«БЖИТО» (center-nit.kz)",
            Title = "Педагог-ұйымдастырушының кәсіби құзыреттілігін жетілдірудегі инновациялық технологиялар",
            Field = "Педагог-ұйымдастырушы",
            Hours = 80,
            Format = CourseFormat.Blended,
            FormatSplit = "48+20+12",
            Languages = ["kk", "ru"],
            RunsOnPlatform = true,
            Modules =
            [
                new() { Number = 1, Title = "Нормативтік-құқықтық модуль", Hours = 8 },
                new() { Number = 2, Title = "Психологиялық-педагогикалық модуль", Hours = 8 },
                new() { Number = 3, Title = "Мазмұндық модуль", Hours = 44 },
                new() { Number = 4, Title = "Технологиялық модуль", Hours = 12, Topics =
                [
                    new() { Title = "Д. Карнеги (Белкин) көшбасшылық технологиясы", Hours = 2 },
                    new() { Title = "Мұражай педагогикасы", Hours = 2 },
                    new() { Title = "Ұжымдық шығармашылық істер (Иванов)", Hours = 2 },
                    new() { Title = "Сыни тұрғыдан ойлау", Hours = 2 },
                    new() { Title = "АКТ құзыреттілігі: «AI», Padlet, Google Drive", Hours = 2 },
                ] },
                new() { Number = 5, Title = "Вариативтік модуль (тақырыптар кіріс сауалнамасынан)", Hours = 8 },
            ],
            ExpectedResults = ["Белсенді оқыту стратегияларын қолданады; өзін-өзі және өзара бағалауды жоспарлайды (003:498–528)"],
            Discrepancies =
            [
                new() { Topic = "moduleHours", Source = "003:456–457, 901–913", Text = T(
                    "Модуль сағаттары кестелерде сәйкес емес: ОТЖ бойынша 8/8/44/12/8, қорытынды тест кестесінде 8/2/40/6/24.",
                    "Часы модулей в таблицах расходятся: по УТП 8/8/44/12/8, в таблице итогового теста 8/2/40/6/24.",
                    "Module hours disagree: the curriculum says 8/8/44/12/8, the final-test table 8/2/40/6/24.") },
                new() { Topic = "topicHours", Source = "003:456–457", Text = T(
                    "Мазмұндық модуль тақырыптарының қосындысы 40–42 сағат (44 емес), технологиялық модульдікі 10 сағат (12 емес).",
                    "Темы содержательного модуля дают 40–42 часа (не 44), технологического — 10 часов (не 12).",
                    "The content module's topics sum to 40–42 h (not 44), the technological module's to 10 h (not 12).") },
                new() { Topic = "testSize", Source = "003:841–844, 901–913", Text = T(
                    "Қорытынды тест сұрақтарының саны: жалпы 30 деп көрсетілген, жолдардың қосындысы 28, ал басқа ережеде 24 сұрақ.",
                    "Число вопросов итогового теста: указано 30, строки дают 28, другое правило — 24 вопроса.",
                    "Final-test size: the stated total is 30, the rows sum to 28, another rule gives 24 items.") },
                new() { Topic = "scaleLabels", Source = "003:759–762, 888–891", Text = T(
                    "0–3 шкаласының екі түрлі белгілер жиыны бар.",
                    "У шкалы 0–3 два разных набора подписей.",
                    "The 0–3 scale has two different label sets.") },
            ],
            PostCourse = new PostCourseSettings
            {
                MinEvents = 3, MinDirections = 1, MaxDirections = 2, SupportMonths = 12, Directions = Directions002,
                Note = T("Курстан кейінгі бірінші күнтізбелік жылда кемінде 3 өзіндік жұмыс (003:920–922).",
                    "Не менее 3 самостоятельных работ в первый календарный год после курса (003:920–922).",
                    "At least 3 independent works in the first calendar year after the course (003:920–922)."),
            },
            SourceRef = "003:456–457, 533–610, 848–913",
        },
        [
            new(new DateOnly(2023, 1, 1),
            [
                new() { Key = "miniLesson", Title = "Шағын сабақ (7 критерий × 0–3)", MaxPoints = 21 },
                new() { Key = "project", Title = "Жоба таныстырылымы (элементтер 0/1/2)", MaxPoints = 20 },
                new() { Key = "finalTest", Title = "Қорытынды тест (30 сұрақ деп көрсетілген)", MaxPoints = 30 },
            ], null,
            [
                new()
                {
                    Key = "miniLesson", Title = "Шағын сабақты бағалау парағы",
                    Criteria =
                    [
                        "Сабақтың мақсаты SMART форматында құрылған", "Белсенді тәсілдер барлық оқушыларды жұмылдырған және мақсатқа бағытталған",
                        "Тәрбие үрдісіндегі нәтижесін арттыруға мүмкіндік береді", "Оқушылардың қажеттіліктерін ескеру, саралау тәсілдерін қолдану",
                        "Ресурстарды, соның ішінде АКТ ресурстарын пайдалану", "Мазмұнының қолжетімділігі және қисындылығы", "Уақытты тиімді пайдалануы",
                    ],
                    Levels = [new() { Score = 0, Label = "дәлелдер ұсынылмаған" }, new() { Score = 1, Label = "әлсіз" }, new() {
                        Score = 2,
                        Label = "күшті" }, new() { Score = 3, Label = "өте күшті" }],
                    AlternativeLevels = [new() { Score = 0, Label = "бағалау элементі жоқ" }, new() {
                        Score = 1,
                        Label = "дәлелі әлсіз" }, new() { Score = 2, Label = "дәлелі орташа" }, new() {
                            Score = 3,
                            Label = "дәлелі күшті" }],
                },
                new()
                {
                    Key = "project", Title = "Жоба таныстырылымы", Criteria = [],
                    Levels = [new() { Score = 0, Label = "орындалмаған" }, new() { Score = 1, Label = "ішінара" }, new() {
                        Score = 2,
                        Label = "толық" }],
                },
            ],
            [
                new() { Of = "miniLesson", Label = "Үздік", Min = 19, Max = 21 },
                new() { Of = "miniLesson", Label = "Жақсы", Min = 15, Max = 18 },
                new() { Of = "miniLesson", Label = "Қанағаттанарлық", Min = 11, Max = 14 },
                new() { Of = "project", Label = "«5»", Min = 17, Max = 20 },
                new() { Of = "project", Label = "«4»", Min = 14, Max = 16 },
                new() { Of = "project", Label = "«3»", Min = 10, Max = 13 },
            ], "003:848–913: бағалар бес баллдық жүйеге айналдырылады; ≤10 балға баға жоқ"),
        ]),
    ];
}
