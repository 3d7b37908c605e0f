using KemelSchoolPD.Staff;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>A competence of the teacher's professional standard (a labour function's sub-item).</summary>
public sealed record StandardCompetence(
    string Code,
    string FunctionCode,
    string FunctionKk,
    string FunctionRu,
    string NameKk,
    string NameRu);

/// <summary>
/// What a stage means at a category (Table 1 "implementation levels", Table 3 "increasing competencies") or for the
/// administration (Table 2); <see cref="Source"/> names the table.
/// </summary>
public sealed record StageGuidance(
    GrowthCycleStage Stage,
    GrowthParticipantKind ParticipantKind,
    QualificationCategory? Category,
    string TextKk,
    string TextRu,
    GrowthGuidanceSource Source);

/// <summary>
/// Reference data every school has from the start: the professional standard (Order No. 31 of 24.02.2025, seed 001 L34–70),
/// the stage guidance of Tables 1, 2 and 3 (seed 004 L5161–5602, L5973–6348, L6535–6871; Table 3's Reflection cells are
/// interleaved in the seed at L6708–6761 and joined here per column) and the default sectors of the lesson wheel of balance
/// (Table 14, seed 004 L10560–10612). The Kazakh is the seed's text (Table 1's "implementation levels" column and Table 3 word
/// for word; Table 2's row text is its "Кезеңнің мазмұны" column, its bullet points joined by "; "); the Russian is the product's
/// translation. The other columns of Tables 1 and 2 are in <see cref="BuiltInStageTables"/>. Schools add their own rows beside these.
/// </summary>
public static class BuiltInGrowthReference
{
    private const string F01Kk = "Оқу үдерісін жүзеге асыру", F01Ru = "Осуществление учебного процесса";
    private const string F02Kk = "Білім алушылардың оқу жетістіктерін бағалау", F02Ru = "Оценивание учебных достижений обучающихся";
    private const string F03Kk = "Білім алушыларды құндылықтар жүйесіне баулу", F03Ru = "Приобщение обучающихся к системе ценностей";
    private const string F04Kk = "Оқу-әдістемелік қызметті жүзеге асыру", F04Ru = "Осуществление учебно-методической деятельности";
    private const string F05Kk = "Қосымша еңбек функциясы", F05Ru = "Дополнительная трудовая функция";

    public static readonly IReadOnlyList<StandardCompetence> Competences =
    [
        new("01.1", "01", F01Kk, F01Ru, "Оқу үдерісін жоспарлау және ұйымдастыру", "Планирование и организация учебного процесса"),
        new("01.2", "01", F01Kk, F01Ru, "Мүмкіндігі шектеулі балаларда дағдылардың қалыптасу динамикасы (ПМПК қоспағанда)",
            "Динамика формирования навыков у детей с ограниченными возможностями (за исключением ПМПК)"),
        new(
            "02.1",
            "02",
            F02Kk,
            F02Ru,
            "Білім алушылардың білім мазмұнын меңгеру деңгейі мен оқу жетістіктерінің ілгерілеуіне бақылау жасау",
            "Контроль уровня освоения содержания образования и продвижения учебных достижений обучающихся"),
        new("03.1", "03", F03Kk, F03Ru, "Тәрбиелік қызметті жүзеге асыру", "Осуществление воспитательной деятельности"),
        new(
            "04.1",
            "04",
            F04Kk,
            F04Ru,
            "Оқу-әдістемелік материалдарды дайындау және әзірлеу",
            "Подготовка и разработка учебно-методических материалов"),
        new("04.2", "04", F04Kk, F04Ru, "Кәсіби дамуды жүзеге асыру", "Осуществление профессионального развития"),
        new(
            "04.3",
            "04",
            F04Kk,
            F04Ru,
            "Өз тәжірибесін және әріптестер тәжірибесін рефлексиялау",
            "Рефлексия собственной практики и практики коллег"),
        new("04.4", "04", F04Kk, F04Ru, "Білім беру үдерісін зерттеу", "Исследование образовательного процесса"),
        new("05.1", "05", F05Kk, F05Ru, "Сынып жетекшілігін жүзеге асыру", "Осуществление классного руководства"),
    ];

    public static bool IsStandardCode(string code) => Competences.Any(c => c.Code == code);

    private static StageGuidance T(GrowthCycleStage stage, QualificationCategory category, string kk, string ru) =>
        new(stage, GrowthParticipantKind.Teacher, category, kk, ru, GrowthGuidanceSource.TeacherActions);

    private static StageGuidance A(GrowthCycleStage stage, string kk, string ru) =>
        new(stage, GrowthParticipantKind.Administrator, null, kk, ru, GrowthGuidanceSource.AdministrationActions);

    private static StageGuidance C(GrowthCycleStage stage, QualificationCategory category, string kk, string ru) =>
        new(stage, GrowthParticipantKind.Teacher, category, kk, ru, GrowthGuidanceSource.IncreasingCompetencies);

    private static readonly IReadOnlyList<StageGuidance> PerCategory =
    [
        T(GrowthCycleStage.Action, QualificationCategory.Pedagogue, "Сабақты үлгі бойынша іске асырады.", "Реализует урок по образцу."),
        T(
            GrowthCycleStage.Action,
            QualificationCategory.Moderator,
            "Әдістерді білім алушылардың қажеттіліктеріне қарай бейімдейді.",
            "Адаптирует методы к потребностям обучающихся."),
        T(
            GrowthCycleStage.Action,
            QualificationCategory.Expert,
            "Оқыту стратегияларын саналы түрде таңдайды.",
            "Осознанно выбирает стратегии обучения."),
        T(
            GrowthCycleStage.Action,
            QualificationCategory.Researcher,
            "Жаңа педагогикалық шешімдерді енгізеді.",
            "Внедряет новые педагогические решения."),
        T(
            GrowthCycleStage.Action,
            QualificationCategory.Master,
            "Оқыту практикасының тұрақты жоғары сапасын көрсетеді.",
            "Демонстрирует устойчиво высокое качество практики обучения."),

        T(GrowthCycleStage.Analysis, QualificationCategory.Pedagogue, "Қиындықтарды тіркейді.", "Фиксирует затруднения."),
        T(
            GrowthCycleStage.Analysis,
            QualificationCategory.Moderator,
            "Қиындықтардың себептерін анықтайды.",
            "Определяет причины затруднений."),
        T(
            GrowthCycleStage.Analysis,
            QualificationCategory.Expert,
            "Педагогикалық шешімдерді талдайды.",
            "Анализирует педагогические решения."),
        T(
            GrowthCycleStage.Analysis,
            QualificationCategory.Researcher,
            "Деректер мен салыстыруды қолданады.",
            "Использует данные и сравнение."),
        T(
            GrowthCycleStage.Analysis,
            QualificationCategory.Master,
            "Басқалар үшін талдамалы қорытындылар қалыптастырады.",
            "Формирует аналитические выводы для других."),

        T(
            GrowthCycleStage.Reflection,
            QualificationCategory.Pedagogue,
            "Өзгерістер қажеттілігін ұғынады.",
            "Осознаёт необходимость изменений."),
        T(
            GrowthCycleStage.Reflection,
            QualificationCategory.Moderator,
            "Әдістердің нәтижеге әсерін түсінеді.",
            "Понимает влияние методов на результат."),
        T(GrowthCycleStage.Reflection, QualificationCategory.Expert, "Жүйелі себептерді ұғынады.", "Осознаёт системные причины."),
        T(
            GrowthCycleStage.Reflection,
            QualificationCategory.Researcher,
            "Зерттеу сұрақтарын тұжырымдайды.",
            "Формулирует исследовательские вопросы."),
        T(
            GrowthCycleStage.Reflection,
            QualificationCategory.Master,
            "Терең кәсіби рефлексия көрсетеді.",
            "Демонстрирует глубокую профессиональную рефлексию."),

        T(
            GrowthCycleStage.Design,
            QualificationCategory.Pedagogue,
            "Дамуды қолдау арқылы жоспарлайды.",
            "Планирует развитие при поддержке."),
        T(GrowthCycleStage.Design, QualificationCategory.Moderator, "ЖДЖ-ны өздігінен қалыптастырады.", "Самостоятельно формирует ИПР."),
        T(GrowthCycleStage.Design, QualificationCategory.Expert, "Даму стратегиясын құрады.", "Выстраивает стратегию развития."),
        T(
            GrowthCycleStage.Design,
            QualificationCategory.Researcher,
            "Инновациялар мен зерттеулерді жобалайды.",
            "Проектирует инновации и исследования."),
        T(
            GrowthCycleStage.Design,
            QualificationCategory.Master,
            "Өзі үшін де, әріптестері үшін де дамуды жобалайды.",
            "Проектирует развитие как для себя, так и для коллег."),

        T(GrowthCycleStage.Approbation, QualificationCategory.Pedagogue, "Жаңа тәсілдерді байқап көреді.", "Пробует новые подходы."),
        T(
            GrowthCycleStage.Approbation,
            QualificationCategory.Moderator,
            "Өзгерістерді тұрақты түрде енгізеді.",
            "Последовательно внедряет изменения."),
        T(
            GrowthCycleStage.Approbation,
            QualificationCategory.Expert,
            "Жаңалықтардың тиімділігін бағалайды.",
            "Оценивает эффективность нововведений."),
        T(
            GrowthCycleStage.Approbation,
            QualificationCategory.Researcher,
            "Апробация нәтижелерін жинақтайды.",
            "Обобщает результаты апробации."),
        T(GrowthCycleStage.Approbation, QualificationCategory.Master, "Сәтті практикаларды таратады.", "Распространяет успешные практики."),

        // Table 3: the teacher's PD cycle by the principle of increasing competencies (the seed numbers Approbation "4" by mistake).
        C(
            GrowthCycleStage.Action,
            QualificationCategory.Pedagogue,
            "Оқу бағдарламасына сәйкес сабақтар өткізеді, оқыту мен бағалаудың базалық әдістерін қолданады.",
            "Проводит уроки в соответствии с учебной программой, применяет базовые методы обучения и оценивания."),
        C(
            GrowthCycleStage.Action,
            QualificationCategory.Moderator,
            "Оқыту әдістерін білім алушылардың деңгейі мен ерекшеліктеріне қарай бейімдейді, оқытудың белсенді нысандарын қолданады.",
            "Адаптирует методы обучения к уровню и особенностям обучающихся, применяет активные формы обучения."),
        C(
            GrowthCycleStage.Action,
            QualificationCategory.Expert,
            "Тиімді педагогикалық стратегияларды саналы түрде таңдайды, сабақтардың тұрақты сапасын көрсетеді.",
            "Осознанно выбирает эффективные педагогические стратегии, демонстрирует стабильное качество уроков."),
        C(
            GrowthCycleStage.Action,
            QualificationCategory.Researcher,
            "Жаңа педагогикалық тәсілдерді, зерттеу элементтері мен практикаларын енгізеді.",
            "Внедряет новые педагогические подходы, элементы исследования и исследовательские практики."),
        C(
            GrowthCycleStage.Action,
            QualificationCategory.Master,
            "Авторлық әдістемелерді іске асырады және үлгілі педагогикалық практиканы көрсетеді.",
            "Реализует авторские методики и демонстрирует образцовую педагогическую практику."),

        C(GrowthCycleStage.Analysis, QualificationCategory.Pedagogue, "Сабақта не сәтті шыққанын және ненің қиындық тудырғанын талдайды.",
            "Анализирует, что на уроке получилось удачно, а что вызвало затруднения."),
        C(
            GrowthCycleStage.Analysis,
            QualificationCategory.Moderator,
            "Қиындықтардың себептерін талдайды, мақсаттар мен нәтижелерді салыстырады.",
            "Анализирует причины затруднений, сопоставляет цели и результаты."),
        C(
            GrowthCycleStage.Analysis,
            QualificationCategory.Expert,
            "Өз практикасына және әріптестерінің практикасына жүйелі талдау жүргізеді.",
            "Систематически анализирует собственную практику и практику коллег."),
        C(
            GrowthCycleStage.Analysis,
            QualificationCategory.Researcher,
            "Тиімділікті талдау үшін мониторинг және бағалау деректерін пайдаланады.",
            "Использует данные мониторинга и оценивания для анализа эффективности."),
        C(
            GrowthCycleStage.Analysis,
            QualificationCategory.Master,
            "Педагогикалық практикаға сараптамалық талдау жасайды, кәсіби қоғамдастық үшін қорытындылар қалыптастырады.",
            "Проводит экспертный анализ педагогической практики, формулирует выводы для профессионального сообщества."),

        C(GrowthCycleStage.Reflection, QualificationCategory.Pedagogue, "Өз практикасына өзгерістер енгізу қажеттілігін ұғынады.",
            "Осознаёт необходимость изменений в собственной практике."),
        C(
            GrowthCycleStage.Reflection,
            QualificationCategory.Moderator,
            "Қандай педагогикалық шешімдер білім алушылардың нәтижелеріне әсер ететінін түсінеді.",
            "Понимает, какие педагогические решения влияют на результаты обучающихся."),
        C(GrowthCycleStage.Reflection, QualificationCategory.Expert, "Оқытудағы табыстар мен қиындықтардың жүйелі себептерін ұғынады.",
            "Осознаёт системные причины успехов и затруднений в обучении."),
        C(GrowthCycleStage.Reflection, QualificationCategory.Researcher, "Практиканы жақсарту үшін зерттеу сұрақтарын тұжырымдайды.",
            "Формулирует исследовательские вопросы для совершенствования практики."),
        C(
            GrowthCycleStage.Reflection,
            QualificationCategory.Master,
            "Білім беруді дамытудың стратегиялық міндеттері мен кәсіби қоғамдастықтың рөлін ұғынады.",
            "Осознаёт стратегические задачи развития образования и роль профессионального сообщества."),

        C(GrowthCycleStage.Design, QualificationCategory.Pedagogue, "Тәлімгердің қолдауымен жеке даму жоспарын (ЖДЖ) қалыптастырады.",
            "Формирует индивидуальный план развития (ИПР) при поддержке наставника."),
        C(GrowthCycleStage.Design, QualificationCategory.Moderator, "Мақсаттарды өз бетінше қояды және кәсіби дамуын жоспарлайды.",
            "Самостоятельно ставит цели и планирует своё профессиональное развитие."),
        C(GrowthCycleStage.Design, QualificationCategory.Expert, "Даму және тәлімгерлік стратегиясын құрады.",
            "Выстраивает стратегию развития и наставничества."),
        C(GrowthCycleStage.Design, QualificationCategory.Researcher, "Педагогикалық зерттеулер мен инновациялық практикаларды жобалайды.",
            "Проектирует педагогические исследования и инновационные практики."),
        C(GrowthCycleStage.Design, QualificationCategory.Master, "Педагогтердің, мектептің және кәсіби қоғамдастықтың дамуын жобалайды.",
            "Проектирует развитие педагогов, школы и профессионального сообщества."),

        C(
            GrowthCycleStage.Approbation,
            QualificationCategory.Pedagogue,
            "Жаңа тәсілдерді байқап көреді, білім алушылардың нәтижелеріндегі өзгерістерді бақылайды.",
            "Пробует новые подходы, отслеживает изменения в результатах обучающихся."),
        C(
            GrowthCycleStage.Approbation,
            QualificationCategory.Moderator,
            "Өзгерістерді тұрақты түрде енгізеді, диагностика нәтижелері бойынша практиканы түзетеді.",
            "Последовательно внедряет изменения, корректирует практику по результатам диагностики."),
        C(GrowthCycleStage.Approbation, QualificationCategory.Expert, "Өзгерістердің тиімділігін бағалайды және сәтті тәжірибені таратады.",
            "Оценивает эффективность изменений и распространяет успешный опыт."),
        C(GrowthCycleStage.Approbation, QualificationCategory.Researcher, "Нәтижелерді жинақтайды, оларды өңірлік деңгейде ұсынады.",
            "Обобщает результаты и представляет их на региональном уровне."),
        C(
            GrowthCycleStage.Approbation,
            QualificationCategory.Master,
            "Сәтті практикаларды республикалық деңгейде ауқымдайды (масштабтайды).",
            "Масштабирует успешные практики на республиканском уровне."),
    ];

    public static readonly IReadOnlyList<StageGuidance> Guidance =
    [
        .. PerCategory,
        // Table 2: the administration's stage content (its other columns are in BuiltInStageTables.Administration).
        .. BuiltInStageTables.Administration.Select(r => A(r.Stage, Joined(r.Content, t => t.Kk), Joined(r.Content, t => t.Ru))),
    ];

    /// <summary>The seed's bullet points as one sentence: "; " between them, a full stop at the end.</summary>
    public static string Joined(IEnumerable<RefText> items, Func<RefText, string> pick)
    {
        var text = string.Join("; ", items.Select(pick));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>Table 14: the suggested sectors of the lesson wheel of balance, kk and ru.</summary>
    public static readonly IReadOnlyList<(string Kk, string Ru)> WheelSectors =
    [
        ("Мақсат пен нәтиже", "Цель и результат"),
        ("Оқушылардың мотивациясы", "Мотивация учеников"),
        ("Оқушылардың белсенділігі", "Активность учеников"),
        ("Орта мен атмосфера", "Среда и атмосфера"),
        ("Әдіс-тәсілдер", "Методы и приёмы"),
        ("Бағалау және оқушылардың рефлексиясы", "Оценивание и рефлексия учеников"),
        ("Менің кәсіби көңіл-күйім", "Моё профессиональное состояние"),
        ("Жаңашылдық пен өсу", "Новизна и рост"),
    ];
}
