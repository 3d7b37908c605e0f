namespace KemelSchoolPD.Mentoring;

/// <summary>One question of a reflection card, in the seed's Kazakh, and in Russian and English.</summary>
/// <param name="Key">Stable key: "W" (weekly) or "Y" (year-end), the block's letter and the number: "W.A2".</param>
/// <param name="HasScore">The question carries the 0–10 scale (Қорытынды 1) besides its text.</param>
/// <param name="IsQuestionToAddressee">The weekly card's Әрекет 2: its text goes to the mentor or the deputy as a to-do item.</param>
public sealed record ReflectionCardQuestion(
    string Key,
    ReflectionCardKind Kind,
    ReflectionCardBlock Block,
    int Number,
    string Kk,
    string Ru,
    string En,
    bool HasScore = false,
    bool IsQuestionToAddressee = false)
{
    public string Text(string? culture) => culture switch
    {
        "kk" => Kk,
        "en" => En,
        _ => Ru,
    };
}

/// <summary>
/// The questions of the two reflection cards of seed 004, Case 2 («ДАНА» мектебі): the novice's weekly card «Кәсіби қызметін
/// жүзеге асыруға жаңадан кіріскен педагог» рефлексия картасы (S004 L10753–10832) and Table 15, «Оқу жылының қорытындысы»
/// рефлексия картасы (S004 L10670–10749), each 4 blocks and 11 questions. The Kazakh is the seed's, word for word (the stray
/// Russian «Что» before the year-end Дайындық 3, L10692, is left out). The seed has no Russian or English version of either
/// card: the Russian and English texts here are our faithful translations of the Kazakh.
/// </summary>
public static class ReflectionCardQuestions
{
    public static IReadOnlyList<ReflectionCardQuestion> Weekly { get; } =
    [
        new("W.P1", ReflectionCardKind.Weekly, ReflectionCardBlock.Preparation, 1,
            "Осы аптада менің қолымнан не келді (3 нақты факт)?",
            "Что мне удалось на этой неделе (3 конкретных факта)?",
            "What did I manage to do this week (3 concrete facts)?"),
        new("W.P2", ReflectionCardKind.Weekly, ReflectionCardBlock.Preparation, 2,
            "Мен қай салада ең жылдам дамып жатырмын?",
            "В какой области я развиваюсь быстрее всего?",
            "In which area am I developing fastest?"),
        new("W.P3", ReflectionCardKind.Weekly, ReflectionCardBlock.Preparation, 3,
            "Оқушылардан/әріптестерден келген қай кері байланыс ерекше пайдалы болды?",
            "Какая обратная связь от учеников/коллег оказалась особенно полезной?",
            "Which feedback from students/colleagues was especially useful?"),
        new("W.D1", ReflectionCardKind.Weekly, ReflectionCardBlock.Deepening, 1,
            "Жақын арадағы 2 айда маған қандай дағдылар қажет?",
            "Какие навыки мне понадобятся в ближайшие 2 месяца?",
            "Which skills will I need in the next 2 months?"),
        new("W.D2", ReflectionCardKind.Weekly, ReflectionCardBlock.Deepening, 2,
            "Осы дағдылар бойынша кім менің тәлімгерім бола алады?",
            "Кто может стать моим наставником по этим навыкам?",
            "Who can be my mentor for these skills?"),
        new("W.D3", ReflectionCardKind.Weekly, ReflectionCardBlock.Deepening, 3,
            "Сабақ үстінде және одан тыс уақытта мен уақытымды/энергиямды қайда жоғалтамын?",
            "Где я теряю время/энергию на уроке и вне его?",
            "Where do I lose my time/energy, in the lesson and outside it?"),
        new("W.A1", ReflectionCardKind.Weekly, ReflectionCardBlock.Action, 1,
            "Келесі аптада сынақтан өткізетін бір сабақ техникасы (не, қашан және табыстылықты қалай өлшеймін)",
            "Один приём урока, который я опробую на следующей неделе (что, когда и как я измерю успешность)",
            "One lesson technique I will try next week (what, when and how I will measure success)"),
        new("W.A2", ReflectionCardKind.Weekly, ReflectionCardBlock.Action, 2,
            "Тәлімгерге/оқу ісінің меңгерушісіне (завучқа) қоятын бір сұрағым.",
            "Один мой вопрос наставнику/заместителю директора по учебной работе (завучу).",
            "One question I will ask my mentor/the deputy director for academic affairs.",
            IsQuestionToAddressee: true),
        new("W.A3", ReflectionCardKind.Weekly, ReflectionCardBlock.Action, 3,
            "7 күнге арналған ресурстық әдет (ұйқы/тыныс алу/жоспарлау).",
            "Ресурсная привычка на 7 дней (сон/дыхание/планирование).",
            "A resource habit for 7 days (sleep/breathing/planning)."),
        new("W.C1", ReflectionCardKind.Weekly, ReflectionCardBlock.Conclusion, 1,
            "Сенімділік шкаласы (0–10). +1 балл қосу үшін не көмектеседі?",
            "Шкала уверенности (0–10). Что поможет добавить +1 балл?",
            "Confidence scale (0–10). What will help add +1 point?",
            HasScore: true),
        new("W.C2", ReflectionCardKind.Weekly, ReflectionCardBlock.Conclusion, 2,
            "Сабақ алдындағы менің кішкентай сәттілік ритуалым",
            "Мой маленький ритуал успеха перед уроком",
            "My small success ritual before a lesson"),
    ];

    public static IReadOnlyList<ReflectionCardQuestion> YearEnd { get; } =
    [
        new("Y.P1", ReflectionCardKind.YearEnd, ReflectionCardBlock.Preparation, 1,
            "Педагог ретінде мен үшін биылғы жылдың басты сөзі қандай болды? Неліктен?",
            "Каким было главное слово этого года для меня как педагога? Почему?",
            "What was the main word of this year for me as a teacher? Why?"),
        new("Y.P2", ReflectionCardKind.YearEnd, ReflectionCardBlock.Preparation, 2,
            "Жылдың қай 3 сәті менде мақтаныш сезімін тудырады?",
            "Какие 3 момента года вызывают у меня чувство гордости?",
            "Which 3 moments of the year make me feel proud?"),
        new("Y.P3", ReflectionCardKind.YearEnd, ReflectionCardBlock.Preparation, 3,
            "Ең қиыны не болды және бұл мені неге үйретті?",
            "Что было самым трудным и чему это меня научило?",
            "What was the hardest thing and what did it teach me?"),
        new("Y.D1", ReflectionCardKind.YearEnd, ReflectionCardBlock.Deepening, 1,
            "Қай кәсіби дағдыларым маған жиі көмектесті?",
            "Какие мои профессиональные навыки чаще всего мне помогали?",
            "Which of my professional skills helped me most often?"),
        new("Y.D2", ReflectionCardKind.YearEnd, ReflectionCardBlock.Deepening, 2,
            "Жоспарланған істердің қайсысы жүзеге аспады және оған не себеп болды?",
            "Что из запланированного не осуществилось и что стало тому причиной?",
            "Which of the planned things did not happen, and what caused it?"),
        new("Y.D3", ReflectionCardKind.YearEnd, ReflectionCardBlock.Deepening, 3,
            "Сабақтарымның сапасы / кері байланыс / бағалау қалай өзгерді?",
            "Как изменились качество моих уроков / обратная связь / оценивание?",
            "How did the quality of my lessons / feedback / assessment change?"),
        new("Y.A1", ReflectionCardKind.YearEnd, ReflectionCardBlock.Action, 1,
            "Қыркүйек айынан бастап енгізетін бір кішкентай жақсарту (нақты тұжырымдаймын).",
            "Одно небольшое улучшение, которое я введу с сентября (формулирую конкретно).",
            "One small improvement I will introduce from September (stated concretely)."),
        new("Y.A2", ReflectionCardKind.YearEnd, ReflectionCardBlock.Action, 2,
            "Әріптестерімнің ішінен кімге және не үшін «рахмет» айтамын?",
            "Кому из коллег и за что я скажу «спасибо»?",
            "Whom among my colleagues will I say \"thank you\" to, and for what?"),
        new("Y.A3", ReflectionCardKind.YearEnd, ReflectionCardBlock.Action, 3,
            "Жазда өз энергиямды қалай қолдаймын (қалпына келудің 3 қадамы).",
            "Как я буду поддерживать свою энергию летом (3 шага восстановления).",
            "How I will keep up my energy in summer (3 recovery steps)."),
        new("Y.C1", ReflectionCardKind.YearEnd, ReflectionCardBlock.Conclusion, 1,
            "Жылға қанағаттану шкаласы (0–10). +1 балл қосу үшін не қажет?",
            "Шкала удовлетворённости годом (0–10). Что нужно, чтобы добавить +1 балл?",
            "Satisfaction with the year scale (0–10). What is needed to add +1 point?",
            HasScore: true),
        new("Y.C2", ReflectionCardKind.YearEnd, ReflectionCardBlock.Conclusion, 2,
            "Келесі жылға арналған ұраным.",
            "Мой девиз на следующий год.",
            "My motto for next year."),
    ];

    public static IReadOnlyList<ReflectionCardQuestion> Of(ReflectionCardKind kind) => kind == ReflectionCardKind.Weekly ? Weekly : YearEnd;

    public static ReflectionCardQuestion? Find(ReflectionCardKind kind, string? key) => Of(kind).FirstOrDefault(q => q.Key == key);

    /// <summary>The weekly card's question to the mentor or the deputy (Әрекет 2).</summary>
    public static ReflectionCardQuestion AddresseeQuestion => Weekly.Single(q => q.IsQuestionToAddressee);
}
