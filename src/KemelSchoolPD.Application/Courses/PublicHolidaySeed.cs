namespace KemelSchoolPD.Courses;

using Holiday = (DateOnly Date, CalendarDayKind Kind, string Kk, string Ru, string En);

/// <summary>
/// The Kazakh calendar for 2026–2027 (reference data the platform operator keeps): the public holidays of the Labour Code
/// (art. 84–85) and the days off they move to when they fall on a Saturday or Sunday (the next working day; not for the
/// religious holidays, Orthodox Christmas and Kurban Ait). Kurban Ait's date is set each year by the government, and the
/// government's yearly transfer decree is added by the operator as it is published (PUT /api/host/public-holidays/{year}).
/// </summary>
public static class PublicHolidaySeed
{
    private static (DateOnly, CalendarDayKind, string, string, string) H(int y, int m, int d, string kk, string ru, string en) =>
        (new DateOnly(y, m, d), CalendarDayKind.Holiday, kk, ru, en);

    private static (DateOnly, CalendarDayKind, string, string, string) Off(int y, int m, int d, string kk, string ru, string en) =>
        (new DateOnly(y, m, d), CalendarDayKind.DayOff, kk + " (ауыстырылған демалыс күні)", ru + " (перенесённый выходной)", en
            + " (day off moved)");

    private const string NewYearKk = "Жаңа жыл", NewYearRu = "Новый год", NewYearEn = "New Year";
    private const string ChristmasKk = "Православиелік Рождество", ChristmasRu = "Православное Рождество", ChristmasEn
        = "Orthodox Christmas";
    private const string WomenKk = "Халықаралық әйелдер күні", WomenRu = "Международный женский день", WomenEn
        = "International Women's Day";
    private const string NauryzKk = "Наурыз мейрамы", NauryzRu = "Наурыз мейрамы", NauryzEn = "Nauryz";
    private const string UnityKk = "Қазақстан халқының бірлігі мерекесі", UnityRu = "Праздник единства народа Казахстана", UnityEn
        = "Unity Day";
    private const string DefenderKk = "Отан қорғаушы күні", DefenderRu = "День защитника Отечества", DefenderEn
        = "Defender of the Fatherland Day";
    private const string VictoryKk = "Жеңіс күні", VictoryRu = "День Победы", VictoryEn = "Victory Day";
    private const string KurbanKk = "Құрбан айт", KurbanRu = "Курбан айт", KurbanEn = "Kurban Ait";
    private const string CapitalKk = "Астана күні", CapitalRu = "День столицы", CapitalEn = "Capital Day";
    private const string ConstitutionKk = "Конституция күні", ConstitutionRu = "День Конституции", ConstitutionEn = "Constitution Day";
    private const string RepublicKk = "Республика күні", RepublicRu = "День Республики", RepublicEn = "Republic Day";
    private const string IndependenceKk = "Тәуелсіздік күні", IndependenceRu = "День Независимости", IndependenceEn = "Independence Day";

    public static IReadOnlyDictionary<int, IReadOnlyList<Holiday>> Years { get; } =
        new Dictionary<int, IReadOnlyList<Holiday>>
        {
            [2026] =
            [
                H(2026, 1, 1, NewYearKk, NewYearRu, NewYearEn), H(2026, 1, 2, NewYearKk, NewYearRu, NewYearEn),
                H(2026, 1, 7, ChristmasKk, ChristmasRu, ChristmasEn),
                H(2026, 3, 8, WomenKk, WomenRu, WomenEn), Off(2026, 3, 9, WomenKk, WomenRu, WomenEn),
                H(2026, 3, 21, NauryzKk, NauryzRu, NauryzEn), H(2026, 3, 22, NauryzKk, NauryzRu, NauryzEn), H(
                    2026,
                    3,
                    23,
                    NauryzKk,
                    NauryzRu,
                    NauryzEn),
                Off(2026, 3, 24, NauryzKk, NauryzRu, NauryzEn), Off(2026, 3, 25, NauryzKk, NauryzRu, NauryzEn),
                H(2026, 5, 1, UnityKk, UnityRu, UnityEn), H(2026, 5, 7, DefenderKk, DefenderRu, DefenderEn),
                H(2026, 5, 9, VictoryKk, VictoryRu, VictoryEn), Off(2026, 5, 11, VictoryKk, VictoryRu, VictoryEn),
                H(2026, 5, 27, KurbanKk, KurbanRu, KurbanEn),
                H(2026, 7, 6, CapitalKk, CapitalRu, CapitalEn),
                H(2026, 8, 30, ConstitutionKk, ConstitutionRu, ConstitutionEn), Off(
                    2026,
                    8,
                    31,
                    ConstitutionKk,
                    ConstitutionRu,
                    ConstitutionEn),
                H(2026, 10, 25, RepublicKk, RepublicRu, RepublicEn), Off(2026, 10, 26, RepublicKk, RepublicRu, RepublicEn),
                H(2026, 12, 16, IndependenceKk, IndependenceRu, IndependenceEn),
            ],
            [2027] =
            [
                H(2027, 1, 1, NewYearKk, NewYearRu, NewYearEn), H(2027, 1, 2, NewYearKk, NewYearRu, NewYearEn), Off(
                    2027,
                    1,
                    4,
                    NewYearKk,
                    NewYearRu,
                    NewYearEn),
                H(2027, 1, 7, ChristmasKk, ChristmasRu, ChristmasEn),
                H(2027, 3, 8, WomenKk, WomenRu, WomenEn),
                H(2027, 3, 21, NauryzKk, NauryzRu, NauryzEn), H(2027, 3, 22, NauryzKk, NauryzRu, NauryzEn), H(
                    2027,
                    3,
                    23,
                    NauryzKk,
                    NauryzRu,
                    NauryzEn),
                Off(2027, 3, 24, NauryzKk, NauryzRu, NauryzEn),
                H(2027, 5, 1, UnityKk, UnityRu, UnityEn), Off(2027, 5, 3, UnityKk, UnityRu, UnityEn),
                H(2027, 5, 7, DefenderKk, DefenderRu, DefenderEn),
                H(2027, 5, 9, VictoryKk, VictoryRu, VictoryEn), Off(2027, 5, 10, VictoryKk, VictoryRu, VictoryEn),
                H(2027, 5, 16, KurbanKk, KurbanRu, KurbanEn),
                H(2027, 7, 6, CapitalKk, CapitalRu, CapitalEn),
                H(2027, 8, 30, ConstitutionKk, ConstitutionRu, ConstitutionEn),
                H(2027, 10, 25, RepublicKk, RepublicRu, RepublicEn),
                H(2027, 12, 16, IndependenceKk, IndependenceRu, IndependenceEn),
            ],
        };
}
