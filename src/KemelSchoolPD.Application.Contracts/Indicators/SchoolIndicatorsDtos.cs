namespace KemelSchoolPD.Indicators;

/// <summary>
/// The school's indicators of the growth cycle (seed 004 appendix) for one academic year, computed from the records.
/// Shares are percentages (0–100, one decimal); null when there is nothing to divide by.
/// </summary>
public sealed record SchoolIndicatorsDto(
    int AcademicYear, string AcademicYearLabel, int StaffCount,
    PlanIndicatorsDto Plans, ObservationIndicatorsDto Observations);

/// <summary>"Every teacher has a current individual plan, agreed by the administration."</summary>
public sealed record PlanIndicatorsDto(int WithAgreedPlan, decimal? WithAgreedPlanShare, int WaitingForAgreement, int InPreparation);

/// <summary>"100% of lessons match their learning objectives": among observed lessons whose match was assessed.</summary>
public sealed record ObservationIndicatorsDto(int ObservedLessons, int Assessed, int Matched, int PartlyMatched, decimal? MatchedShare);
