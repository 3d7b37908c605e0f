namespace KemelSchoolPD.Indicators;

/// <summary>
/// The school's indicators of the growth cycle (seed 004 appendix) for one academic year, computed from the records.
/// Shares are percentages (0–100, one decimal); null when there is nothing to divide by.
/// </summary>
public sealed record SchoolIndicatorsDto(
    int AcademicYear, string AcademicYearLabel, int StaffCount,
    CycleIndicatorsDto Cycles, PlanIndicatorsDto Plans, ObservationIndicatorsDto Observations);

/// <summary>
/// Teachers' growth cycles of the year: who has an active one and at which stage, who assessed their competences against
/// the professional standard (target: every teacher), cycles completed, learner results that improved, and the most frequent
/// growth zones (the school's typical difficulties). Administrators' management cycles are counted apart.
/// </summary>
public sealed record CycleIndicatorsDto(
    int TeachersWithActiveCycle, decimal? ActiveCycleShare, IReadOnlyList<StageCountDto> ActiveByStage,
    int CompletedCycles, int AdministratorCycles,
    int SelfAssessedTeachers, decimal? SelfAssessedShare,
    int CyclesWithLearnerResults, int CyclesWithPositiveDynamics, decimal? PositiveDynamicsShare,
    IReadOnlyList<GrowthZoneCountDto> TypicalDifficulties);

public sealed record StageCountDto(GrowthCycles.GrowthCycleStage Stage, int Count);

public sealed record GrowthZoneCountDto(string GrowthZone, int Count);

/// <summary>"Every teacher has a current individual plan, agreed by the administration."</summary>
public sealed record PlanIndicatorsDto(int WithAgreedPlan, decimal? WithAgreedPlanShare, int WaitingForAgreement, int InPreparation);

/// <summary>"100% of lessons match their learning objectives": among observed lessons whose match was assessed.</summary>
public sealed record ObservationIndicatorsDto(int ObservedLessons, int Assessed, int Matched, int PartlyMatched, decimal? MatchedShare);
