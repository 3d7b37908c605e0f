namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// The two forms of seed 004 (Case 3), the same for every school and fixed by the seed, so they live in code with stable ids:
/// Table 17 "Жеке кәсіби даму маршруты" [L11626–11830] and Table 18 "Жеке білім беру маршруты" [L11833–11970].
/// Schools add their own variants as <see cref="PlanTemplate"/> rows.
/// </summary>
public static class BuiltInPlanTemplates
{
    public static readonly Guid Table17Id = new("0198a3f0-0017-7000-8000-000000000017");
    public static readonly Guid Table18Id = new("0198a3f0-0018-7000-8000-000000000018");

    public static readonly PlanTemplateInfo Table17
        = new(Table17Id, "Жеке кәсіби даму маршруты", "Индивидуальный маршрут профессионального развития",
        PlanLayoutKind.Quadrants, DevelopmentPlanDocuments.Table17,
    [
        Section("Goals", "МЕН НЕ ҚАЛАЙМЫН? (Мақсаттар)", "ЧЕГО Я ХОЧУ? (Цели)", holdsGoals: true),
        Section("Actions", "МЕН БҰҒАН ҚАЛАЙ ҚОЛ ЖЕТКІЗЕ АЛАМЫН? (Іс-әрекеттер)", "КАК Я МОГУ ЭТОГО ДОСТИЧЬ? (Действия)"),
        Section("SelfHelp", "МЕН ӨЗІМЕ ҚАЛАЙ КӨМЕКТЕСЕ АЛАМЫН?", "КАК Я МОГУ СЕБЕ ПОМОЧЬ?"),
        Section(
            "Indicators",
            "МЕН БҰҒАН ЖЕТКЕНІМДІ ҚАЛАЙ БІЛЕМІН? (Индикаторлар)",
            "КАК Я УЗНАЮ, ЧТО ДОСТИГ ЭТОГО? (Индикаторы)",
            hasTargets: true),
    ]);

    public static readonly PlanTemplateInfo Table18 = new(Table18Id, "Педагогтің оқу жылына арналған жеке білім беру маршруты",
        "Индивидуальный образовательный маршрут педагога на учебный год", PlanLayoutKind.Sections, DevelopmentPlanDocuments.Table18,
    [
        Section("Methodological", "Әдістемелік қызмет", "Методическая деятельность", rows:
        [
            Row("OpenLessons", "Ашық сабақтар", "Открытые уроки", PlanActivityKind.OpenLesson),
            Row(
                "Association",
                "Әдістемелік бірлестікке (ӘБ) қатысу (мүше, жетекші)",
                "Участие в методическом объединении (МО) (член, руководитель)"),
            Row("Seminar", "Семинар, шеберлік сыныбы", "Семинар, мастер-класс"),
            Row("AuthorCourse", "Авторлық курсты жүргізу", "Проведение авторского курса"),
            Row("Mentoring", "Тәлімгерлік", "Наставничество", PlanActivityKind.Mentoring),
        ]),
        Section("Research", "Зерттеу қызметі", "Исследовательская деятельность", rows:
        [
            Row("Conferences", "Конференциялар (спикер)", "Конференции (спикер)", PlanActivityKind.Research),
            Row("LessonStudy", "Сабақты зерттеу (Lesson Study)", "Исследование урока (Lesson Study)", PlanActivityKind.LessonStudy),
            Row(
                "ActionResearch",
                "Өз тәжірибесін зерттеу (Action Research)",
                "Исследование собственной практики (Action Research)",
                PlanActivityKind.ActionResearch),
            Row("Curatorial", "Кураторлық әдістеме", "Кураторская методика", PlanActivityKind.Research),
            Row("BuddingTour", "Баддинг-тур", "Баддинг-тур", PlanActivityKind.Research),
        ]),
        Section("Network", "Желілік өзара іс-қимыл", "Сетевое взаимодействие", rows:
        [
            Row("ReadersClub", "Оқырмандар клубы", "Клуб читателей", PlanActivityKind.Network),
            Row("OratoryClub", "Шешендік өнер клубы", "Клуб ораторского искусства", PlanActivityKind.Network),
            Row(
                "PedagogicalTours",
                "Педагогикалық турлар (педагогтер жасағы үшін)",
                "Педагогические туры (для педагогического отряда)",
                PlanActivityKind.Network),
            Row("ProactiveClub", "«Проактивті педагог» клубы", "Клуб «Проактивный педагог»", PlanActivityKind.Network),
            Row("GamePractitioners", "Игропрактиктер клубы", "Клуб игропрактиков", PlanActivityKind.Network),
            Row(
                "HealthyLifestyleClub",
                "СӨС (салауатты өмір салты) ұстанушылар клубы",
                "Клуб приверженцев ЗОЖ (здорового образа жизни)",
                PlanActivityKind.Network),
            Row("TradeUnion", "Кәсіподақ іс-шаралары", "Профсоюзные мероприятия", PlanActivityKind.Network),
        ]),
        Section("Dissemination", "БАҚ және әлеуметтік желілерде жұмыс тәжірибесін тарату", "Распространение опыта работы в СМИ и социальных сетях", rows:
        [
            Row(
                "Content",
                "Кәсіби контент жасау (әлеуметтік желілер)",
                "Создание профессионального контента (социальные сети)",
                PlanActivityKind.Publication),
            Row("NewspaperArticles", "Газеттердегі мақалалар", "Статьи в газетах", PlanActivityKind.Publication),
            Row("JournalArticles", "Журналдардағы мақалалар", "Статьи в журналах", PlanActivityKind.Publication),
            Row("Proceedings", "Конференция жарияланымдарының жинақтары", "Сборники материалов конференций", PlanActivityKind.Publication),
        ]),
        Section("Learners", "Білім алушылармен жұмыс", "Работа с обучающимися", rows:
        [
            Row("Olympiads", "Олимпиадалар", "Олимпиады", PlanActivityKind.WorkWithLearners),
            Row("Contests", "Байқаулар", "Конкурсы", PlanActivityKind.WorkWithLearners),
            Row("Projects", "Жобалар", "Проекты", PlanActivityKind.WorkWithLearners),
            Row("SubjectWeeks", "Пәндік апталықтар", "Предметные недели", PlanActivityKind.WorkWithLearners),
            Row("Clubs", "Үйірме жұмыстары", "Кружковая работа", PlanActivityKind.WorkWithLearners),
        ]),
        Section("SelfEducation", "Өздігінен білім алу және біліктілікті арттыру", "Самообразование и повышение квалификации", rows:
        [
            Row("Courses", "Курстар", "Курсы", PlanActivityKind.Course),
            Row("Webinars", "Вебинарлар", "Вебинары", PlanActivityKind.SelfEducation),
        ]),
        Section("Innovation", "Инновациялық қызмет", "Инновационная деятельность", rows:
        [
            Row(
                "NewTechnologies",
                "Жаңа технологиялар мен авторлық әдістемелерді енгізу",
                "Внедрение новых технологий и авторских методик"),
            // The seed left this row in Russian [L11960]; the Kazakh wording is ours.
            Row("HealthyLifestyleContent", "Сабақ пен сабақтан тыс іс-әрекетке СӨС контентінің компоненттерін енгізу",
                "Внедрение компонентов контента ЗОЖ в урочную и внеурочную деятельность"),
        ]),
        // "Кәсибі шебердік" in the seed [L11966] is a typo of "Кәсіби шеберлік".
        Section("Mastery", "Кәсіби шеберлік", "Профессиональное мастерство", rows:
        [
            Row("MasteryOlympiads", "Олимпиадалар", "Олимпиады"),
            Row("MasteryContests", "Байқаулар", "Конкурсы"),
        ]),
    ]);

    public static readonly IReadOnlyList<PlanTemplateInfo> All = [Table17, Table18];

    public static PlanTemplateInfo? Find(Guid id) => All.FirstOrDefault(t => t.Id == id);

    private static PlanTemplateSection Section(
        string key,
        string kk,
        string ru,
        bool holdsGoals = false,
        bool hasTargets = false,
        List<PlanTemplateRow>? rows = null) =>
        new() { Key = key, TitleKk = kk, TitleRu = ru, HoldsGoals = holdsGoals, HasTargets = hasTargets, Rows = rows ?? [] };

    private static PlanTemplateRow Row(string key, string kk, string ru, PlanActivityKind activity = PlanActivityKind.Other) =>
        new() { Key = key, TitleKk = kk, TitleRu = ru, Activity = activity };
}

/// <summary>A template as plans use it, built-in or the school's own.</summary>
public sealed record PlanTemplateInfo(Guid Id, string NameKk, string NameRu, PlanLayoutKind LayoutKind, string DocumentTemplate,
    IReadOnlyList<PlanTemplateSection> Sections, bool IsBuiltIn = true)
{
    public string Name(string culture) => culture == "kk" ? NameKk : NameRu;

    public PlanTemplateSection? FindSection(string key) => Sections.FirstOrDefault(s => s.Key == key);

    /// <summary>A new plan's contents: one empty item for every preset row, so Table 18 opens with all its forms of work.</summary>
    public PlanContent NewContent() => new()
    {
        Items = Sections.SelectMany(s => s.Rows.Select((r, i) => new PlanItem
        {
            // The same row gets the same id in every plan (ids are unique within a plan), so bulk creation can share one document.
            Id = RowItemId(s.Key, r.Key), SectionKey = s.Key, RowKey = r.Key, Text = r.TitleKk, Activity = r.Activity,
        })).ToList(),
    };

    private static Guid RowItemId(string section, string row) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(section + "/" + row)));
}
