using KemelSchoolPD.Staff;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>One of the standard's four competence groups with the seed's description of it.</summary>
public sealed record CompetenceGroupInfo(CompetenceGroup Group, RefText Name, RefText Description);

/// <summary>
/// A row of the qualification-characteristics table: the requirement (empty on a row that continues the one above, as in the
/// seed) and the cell of each category from педагог-модератор to педагог-шебер (null where the seed's cell is empty). A row
/// whose only cell is the moderator's and <see cref="SpansAll"/> is one cell of the seed written across all four columns.
/// </summary>
public sealed record QualificationRequirementRow(
    int Order,
    QualificationRequirementKind Kind,
    RefText? Requirement,
    RefText? Moderator,
    RefText? Expert,
    RefText? Researcher,
    RefText? Master,
    bool SpansAll)
{
    public RefText? For(QualificationCategory category) => SpansAll ? Moderator : category switch
    {
        QualificationCategory.Moderator => Moderator,
        QualificationCategory.Expert => Expert,
        QualificationCategory.Researcher => Researcher,
        QualificationCategory.Master => Master,
        _ => null,
    };
}

/// <summary>
/// The professional standard as the seeds give it, beyond the labour functions of <see cref="BuiltInGrowthReference.Competences"/>:
/// the qualification requirements per category (seed 001 L76–96, «Біліктілік сипаттамалар және кәсіби стандарттар»), the four
/// competence groups of the «Педагог» standard (seed 004 L4715–4748) and the five professional values (seed 004 L7013–7017).
/// Kazakh is the seed's text; Russian and English are the product's translations. The group of each built-in competence
/// (<see cref="GroupOf"/>) is the product's reading, not the seed's: the seeds do not map the labour functions to the groups.
/// </summary>
public static class ProfessionalStandardReference
{
    private static RefText R(string kk, string ru, string en) => new(kk, ru, en);

    public static readonly IReadOnlyList<CompetenceGroupInfo> Groups =
    [
        new(CompetenceGroup.Values, R("Кәсіби құндылықтар", "Профессиональные ценности", "Professional values"),
            R("Кәсіби құндылықтар – бұл тек әдепті сақтау, білім алушылар мен олардың ата-аналарына құрметпен қарау ғана емес, сонымен қатар жауапкершілік, белсенділік (проактивтілік), инновацияларға дайын болу және кәсіби әрі мәдени нормалармен жұмыс істей білу қабілеті.",
                "Профессиональные ценности – это не только соблюдение этики и уважительное отношение к обучающимся и их родителям, но и ответственность, активность (проактивность), готовность к инновациям и умение работать с профессиональными и культурными нормами.",
                "Professional values are not only keeping to ethics and treating learners and their parents with respect, but also responsibility, initiative (proactivity), readiness for innovation and the ability to work with professional and cultural norms.")),
        new(CompetenceGroup.Knowledge, R("Кәсіби білім", "Профессиональные знания", "Professional knowledge"),
            R("Кәсіби білім – пәнді, оқыту әдістемесін, инклюзивті білім беру принциптерін, бағалау тәсілдерін меңгеруді және жас ерекшелік психологиясын түсінуді қамтиды.",
                "Профессиональные знания включают владение предметом, методикой обучения, принципами инклюзивного образования, подходами к оцениванию и понимание возрастной психологии.",
                "Professional knowledge covers command of the subject, teaching methods, the principles of inclusive education and approaches to assessment, and an understanding of developmental psychology.")),
        new(CompetenceGroup.Practice, R(
            "Оқыту мен тәрбиелеу практикасы",
            "Практика обучения и воспитания",
            "Teaching and upbringing practice"),
            R("Оқыту практикасы – мұғалімнің сабақты жоспарлау, оқыту әдістерін таңдау, қауіпсіз ортаны ұйымдастыру және оқу мақсаттарына қол жеткізуді қамтамасыз ету қабілетін көрсетеді.",
                "Практика обучения отражает способность учителя планировать урок, выбирать методы обучения, организовывать безопасную среду и обеспечивать достижение учебных целей.",
                "Teaching practice shows the teacher's ability to plan a lesson, choose teaching methods, organise a safe environment and make sure learning objectives are reached.")),
        new(CompetenceGroup.Development, R("Кәсіби даму", "Профессиональное развитие", "Professional development"),
            R("Кәсіби даму – өз тәжірибесіне рефлексия жасау, деректерді талдау, зерттеулерге қатысу және тәжірибе тарату дағдыларын қамтиды.",
                "Профессиональное развитие включает навыки рефлексии собственной практики, анализа данных, участия в исследованиях и распространения опыта.",
                "Professional development covers the skills of reflecting on one's own practice, analysing data, taking part in research and sharing experience.")),
    ];

    /// <summary>The five professional values (S004 L7013–7017).</summary>
    public static readonly IReadOnlyList<RefText> Values =
    [
        R("мамандыққа адалдық", "преданность профессии", "devotion to the profession"),
        R("азаматтылық", "гражданственность", "citizenship"),
        R("педагогикалық әдепті сақтау", "соблюдение педагогической этики", "keeping to pedagogical ethics"),
        R("жауапкершілік", "ответственность", "responsibility"),
        R("белсенділік (проактивтілік)", "активность (проактивность)", "initiative (proactivity)"),
    ];

    /// <summary>The product's reading of which group each built-in labour-function competence belongs to.</summary>
    public static CompetenceGroup GroupOf(string functionCode) => functionCode switch
    {
        "01" or "02" or "05" => CompetenceGroup.Practice,
        "03" => CompetenceGroup.Values,
        "04" => CompetenceGroup.Development,
        _ => CompetenceGroup.Knowledge,
    };

    private static readonly RefText Portfolio = R("Портфолио", "Портфолио", "Portfolio");
    private static readonly RefText LevelOrg = R("білім беру ұйымы", "организация образования", "the school");
    private static readonly RefText LevelDistrict = R("аудан/облыс", "район/область", "district/oblast");
    private static readonly RefText LevelOblast = R("облыс", "область", "oblast");
    private static readonly RefText LevelRepublic = R(
        "республикалық немесе халықаралық деңгей",
        "республиканский или международный уровень",
        "republic or international level");

    private static QualificationRequirementRow Req(
        int order,
        RefText? requirement,
        RefText? moderator,
        RefText? expert,
        RefText? researcher,
        RefText? master) =>
        new(order, QualificationRequirementKind.Requirement, requirement, moderator, expert, researcher, master, false);

    private static QualificationRequirementRow All(int order, QualificationRequirementKind kind, RefText? requirement, RefText text) =>
        new(order, kind, requirement, text, null, null, null, true);

    private static QualificationRequirementRow Levels(int order) => Req(order, null, LevelOrg, LevelDistrict, LevelOblast, LevelRepublic);

    /// <summary>«Біліктілік сипаттамалар және кәсіби стандарттар» (S001 L74–96), row by row as the seed lays it out.</summary>
    public static readonly IReadOnlyList<QualificationRequirementRow> Requirements =
    [
        Req(1, R(
            "Қауіпсіз білім беру ортасын қамтамасыз ету",
            "Обеспечение безопасной образовательной среды",
            "Ensuring a safe learning environment"),
            R(
                "Қауіпсіз әрі қолайлы ортаны қолдайды, этикалық нормаларды қолданады",
                "Поддерживает безопасную и благоприятную среду, применяет этические нормы",
                "Maintains a safe and supportive environment, applies ethical norms"),
            R(
                "Қауіпсіз және қолайлы ортаны қамтамасыз етеді, этикалық нормаларды басшылыққа алады",
                "Обеспечивает безопасную и благоприятную среду, руководствуется этическими нормами",
                "Ensures a safe and supportive environment, is guided by ethical norms"),
            R("Қауіпсіз және қолайлы білім беру (дамыту) ортасын басқарады, әріптестерін этикалық нормаларды түсінуде қолдайды",
                "Управляет безопасной и благоприятной образовательной (развивающей) средой, поддерживает коллег в понимании этических норм",
                "Manages a safe and supportive learning (developing) environment, supports colleagues in understanding ethical norms"),
            null),
        All(2, QualificationRequirementKind.Requirement, R("Білім", "Знания", "Knowledge"),
            R(
                "пәнді, оқу-тәрбие үдерісін, оқыту және бағалау әдістемесін біледі",
                "знает предмет, учебно-воспитательный процесс, методику обучения и оценивания",
                "knows the subject, the teaching and upbringing process, and the methods of teaching and assessment")),
        Req(3, R(
            "Оқу үдерісін ұйымдастыру және өткізу",
            "Организация и проведение учебного процесса",
            "Organising and running the learning process"),
            R(
                "психологиялық-жас ерекшеліктерін, жеке ерекшеліктері мен қажеттіліктерін ескеру",
                "учёт психолого-возрастных особенностей, индивидуальных особенностей и потребностей",
                "taking account of age and psychological features, individual features and needs"),
            R("Қабілеттердің дамуы мен ілгерілеуін бағалайды және бақылайды", "Оценивает и отслеживает развитие и продвижение способностей",
                "Assesses and tracks the development and progress of abilities"),
            R(
                "интеграциялық оқыту үдерісін жүзеге асырады",
                "осуществляет интегрированный процесс обучения",
                "carries out an integrated learning process"),
            R(
                "тәжірибе зерттеулері нәтижелерін ескеру",
                "учёт результатов исследований практики",
                "taking account of the results of practice research")),
        Req(4, null,
            R(
                "оқыту мен бағалаудың әртүрлі әдістері мен стратегияларын меңгереді",
                "владеет различными методами и стратегиями обучения и оценивания",
                "masters various methods and strategies of teaching and assessment"),
            R(
                "оқытудағы инновациялық формалар, әдістер мен құралдарды қолдану",
                "применение инновационных форм, методов и средств в обучении",
                "using innovative forms, methods and tools in teaching"),
            R("авторлық технологиялар мен бағалау стратегиялары негізінде", "на основе авторских технологий и стратегий оценивания",
                "on the basis of their own technologies and assessment strategies"),
            R(
                "авторлық бағдарламаны енгізу және жүзеге асыру",
                "внедрение и реализация авторской программы",
                "introducing and implementing their own programme")),
        All(5, QualificationRequirementKind.Portfolio, Portfolio, R("Оқыту сапасы", "Качество обучения", "Quality of teaching")),
        All(6, QualificationRequirementKind.Portfolio, null,
            R("Сабақты бақылау парағын ұйым басшысы, басшының орынбасары, педагогтер (соның ішінде басқа ұйымдардан), әдіскерлер және аттестаттау комиссия мүшелері толтырады. Кері байланыс беріледі.",
                "Лист наблюдения урока заполняют руководитель организации, заместитель руководителя, педагоги (в том числе из других организаций), методисты и члены аттестационной комиссии. Даётся обратная связь.",
                "The lesson-observation sheet is filled in by the head of the school, the deputy head, teachers (including from other schools), methodologists and members of the attestation commission. Feedback is given.")),
        All(7, QualificationRequirementKind.Requirement, R(
            "Дарынды білім алушылармен жұмыс",
            "Работа с одарёнными обучающимися",
            "Work with gifted learners"),
            R(
                "олимпиада, байқау, жарыстарға қатысушыны немесе жүлдегерді сәйкес деңгейде",
                "участник или призёр олимпиад, конкурсов, соревнований соответствующего уровня",
                "a participant or prize-winner of olympiads, contests and competitions at the matching level")),
        Levels(8),
        All(
            9,
            QualificationRequirementKind.Portfolio,
            Portfolio,
            R("Білім алушылардың жетістіктері", "Достижения обучающихся", "Learners' achievements")),
        All(10, QualificationRequirementKind.Portfolio, null,
            R(
                "Қатысу деңгейіне сәйкес қатысушы/жеңімпаз дипломы, сертификаты",
                "Диплом, сертификат участника/победителя в соответствии с уровнем участия",
                "A participant's or winner's diploma or certificate matching the level of participation")),
        Req(11, R("Әріптестермен өзара әрекеттесу, тәжірибені талдау/зерттеу", "Взаимодействие с коллегами, анализ/исследование практики",
                "Working with colleagues, analysing/researching practice"),
            R(
                "өз тәжірибесін және әріптестерінің өзекті тәжірибе нәтижелерін талдайды",
                "анализирует собственный опыт и актуальные результаты опыта коллег",
                "analyses their own practice and the current results of colleagues' practice"),
            R("өз тәжірибесінің нәтижелерін және әріптестерінің қабілеттерді дамытуға қатысты өзекті зерттеулерін бағалайды.",
                "оценивает результаты собственного опыта и актуальные исследования коллег, касающиеся развития способностей.",
                "evaluates the results of their own practice and colleagues' current research on developing abilities."),
            R("білім беру ұйымында оқыту (тәрбиелеу) тәжірибесін жетілдіру мақсатында әріптестерімен бірге тәжірибені зерттеп, зерттеу нәтижелерін таратады",
                "исследует практику совместно с коллегами в целях совершенствования опыта обучения (воспитания) в организации образования, распространяет результаты исследования",
                "researches practice together with colleagues to improve teaching (upbringing) at the school, and shares the research results"),
            R("білім беру ұйымындағы зерттеулерді үйлестіреді, нәтижелерін педагог қауымдастығына таратады, әріптестерін кәсіби дамуда қолдайды",
                "координирует исследования в организации образования, распространяет их результаты в педагогическом сообществе, поддерживает коллег в профессиональном развитии",
                "coordinates research at the school, shares its results with the teaching community, supports colleagues in their professional development")),
        Levels(12),
        All(13, QualificationRequirementKind.Portfolio, Portfolio,
            R("Жұмыс (шығармашылық, зерттеу) тобында, қазылар алқасында, төрелік ету деңгейіне сәйкес қатысу. Конференцияда сөз сөйлеу.",
                "Участие в рабочей (творческой, исследовательской) группе, в жюри, в судействе соответствующего уровня. Выступление на конференции.",
                "Taking part in a working (creative, research) group, a jury or refereeing at the matching level. Speaking at a conference.")),
        new(14, QualificationRequirementKind.Portfolio, null, null, null,
            R("Басылымдарда жарияланым", "Публикация в изданиях", "A publication in journals"), null, false),
        Req(15, R("Әдістемелік қызмет", "Методическая деятельность", "Methodological work"),
            R(
                "оқу-әдістемелік материалдар немесе бағдарламаларды әзірлейді және енгізеді",
                "разрабатывает и внедряет учебно-методические материалы или программы",
                "develops and introduces teaching materials or programmes"),
            null, null,
            R(
                "Авторлық бағдарлама, оқулықтар, әдістемелік құралдар",
                "Авторская программа, учебники, методические пособия",
                "Their own programme, textbooks, methodological manuals")),
        Req(16, null, null,
            R(
                "Әріптестеріне әдістемелік қолдау көрсетеді",
                "Оказывает методическую поддержку коллегам",
                "Gives colleagues methodological support"),
            R(
                "мониторинг нәтижелері негізінде педагог қауымдастығы үшін ұсыныстар әзірлейді",
                "разрабатывает рекомендации для педагогического сообщества на основе результатов мониторинга",
                "writes recommendations for the teaching community from monitoring results"),
            null),
        Levels(17),
        All(
            18,
            QualificationRequirementKind.Portfolio,
            Portfolio,
            R("Оқу-әдістемелік материалдар", "Учебно-методические материалы", "Teaching materials")),
        Req(19, R("Тәжірибе жинақтау/тарату", "Обобщение/распространение опыта", "Generalising/sharing experience"), null, null,
            R("облыс деңгейінде таратады", "распространяет на уровне области", "shares at oblast level"),
            R("республика деңгейінде таратады", "распространяет на уровне республики", "shares at republic level")),
        new(20, QualificationRequirementKind.Portfolio, Portfolio, null, null,
            R("тәжірибе тарату: шеберлік сынып, сабақ және басқа да формалар", "распространение опыта: мастер-класс, урок и другие формы",
                "sharing experience: a master class, a lesson and other forms"), null, false),
    ];
}
