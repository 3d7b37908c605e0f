namespace KemelSchoolPD.Staff;

/// <summary>
/// The category ladder a school uses: the national one, less the categories the school marks as not used (seed 004 Case 2,
/// L10323: «педагог → педагог-модератор → педагог-сарапшы → педагог-шебер», no зерттеуші). The first and last rungs stay.
/// </summary>
public static class CategoryLadder
{
    public static bool CanSkip(QualificationCategory category) =>
        category is QualificationCategory.Moderator or QualificationCategory.Expert or QualificationCategory.Researcher;

    /// <summary>The categories in use, in order.</summary>
    public static IReadOnlyList<QualificationCategory> Used(IReadOnlyCollection<QualificationCategory>? skipped) =>
        Enum.GetValues<QualificationCategory>().Where(c => skipped is null || !CanSkip(c) || !skipped.Contains(c)).ToList();

    /// <summary>The next category in use after this one (a master stays a master).</summary>
    public static QualificationCategory Next(QualificationCategory category, IReadOnlyCollection<QualificationCategory>? skipped = null) =>
        Used(skipped).FirstOrDefault(c => c > category, QualificationCategory.Master);
}
