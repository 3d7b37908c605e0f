using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.GrowthCycles;

namespace KemelSchoolPD.Indicators;

/// <summary>
/// The school's indicators of the growth cycle (seed 004 appendix) for one academic year, computed from the records.
/// Shares are percentages (0–100, one decimal); null when there is nothing to divide by. The appendix's indicators are about
/// teachers ("педагогтердің…"): shares of teachers divide by <see cref="TeacherCount"/>, the staff without the administration.
/// </summary>
public sealed record SchoolIndicatorsDto(
    int AcademicYear, string AcademicYearLabel, int StaffCount,
    CycleIndicatorsDto Cycles, PlanIndicatorsDto Plans, ObservationIndicatorsDto Observations)
{
    /// <summary>Staff who are not in the administration: the denominator of every teacher share.</summary>
    public int TeacherCount { get; init; }
    public int AdministrationCount { get; init; }
    /// <summary>The appendix's 20 indicators in stage order: each counted from the records or recorded by the school.</summary>
    public IReadOnlyList<AppendixIndicatorDto> Appendix { get; init; } = [];
}

/// <summary>
/// Teachers' growth cycles of the year: who has an active one and at which stage, who assessed their competences against
/// the professional standard (target: every teacher; a self-assessment or an entry or repeat diagnostic with competences),
/// cycles completed, learner results that improved (in each measure's good direction), and the most frequent growth zones
/// (the school's typical difficulties). Administrators' management cycles are counted apart.
/// </summary>
public sealed record CycleIndicatorsDto(
    int TeachersWithActiveCycle, decimal? ActiveCycleShare, IReadOnlyList<StageCountDto> ActiveByStage,
    int CompletedCycles, int AdministratorCycles,
    int SelfAssessedTeachers, decimal? SelfAssessedShare,
    int CyclesWithLearnerResults, int CyclesWithPositiveDynamics, decimal? PositiveDynamicsShare,
    IReadOnlyList<GrowthZoneCountDto> TypicalDifficulties);

public sealed record StageCountDto(GrowthCycleStage Stage, int Count);

public sealed record GrowthZoneCountDto(string GrowthZone, int Count);

/// <summary>"Every teacher has a current individual plan, agreed by the administration."</summary>
public sealed record PlanIndicatorsDto(int WithAgreedPlan, decimal? WithAgreedPlanShare, int WaitingForAgreement, int InPreparation);

/// <summary>"100% of lessons match their learning objectives": among observed lessons whose match was assessed.</summary>
public sealed record ObservationIndicatorsDto(int ObservedLessons, int Assessed, int Matched, int PartlyMatched, decimal? MatchedShare);

/// <summary>
/// One appendix indicator: its words (the seed's, in the reader's language), and when <see cref="Computed"/> the figure from
/// the records: <see cref="Count"/> of <see cref="Of"/> (the denominator, named in <see cref="Basis"/>) or a count alone.
/// <see cref="Record"/> is what the school recorded for it this year (its assessment, a note, the evidence).
/// </summary>
public sealed record AppendixIndicatorDto(
    string Code, GrowthCycleStage Stage, string Text, bool Computed, int? Count, int? Of, decimal? Share, string? Basis,
    string SeedLines, SchoolIndicatorRecordDto? Record);

public sealed record SchoolIndicatorRecordDto(
    IndicatorAchievement? Achievement, string? Note, string? Evidence, DateTime UpdatedAt, string? UpdatedByName, string ConcurrencyStamp);

/// <summary>The school's record of one indicator for a year; the concurrency stamp of the record it replaces, null for the first.</summary>
public sealed class SaveSchoolIndicatorRecordDto
{
    [Required, Range(AcademicYears.Min, AcademicYears.Max)]
    public int? AcademicYear { get; set; }

    public IndicatorAchievement? Achievement { get; set; }

    [StringLength(SchoolIndicatorConsts.MaxNoteLength)]
    public string? Note { get; set; }

    [StringLength(SchoolIndicatorConsts.MaxEvidenceLength)]
    public string? Evidence { get; set; }

    [StringLength(64)]
    public string? ConcurrencyStamp { get; set; }
}
