namespace KemelSchoolPD.GrowthCycles;

public static class GrowthCycleConsts
{
    public const int MaxGrowthZoneLength = 1000;
    public const int MaxReasonLength = 1000;
    /// <summary>The name of who moved a cycle, as its stage history keeps it (longer names are cut).</summary>
    public const int MaxActorNameLength = 256;
    public const int MaxTextLength = 8000;
    public const int MaxShortTextLength = 500;
    public const int MaxScaleLabelLength = 60;
    public const int MaxLinkedObservations = 20;
    public const int MaxCompetenceCodeLength = 16;
    public const int MaxPeriodLabelLength = 64;
    public const int MinScore = 0;
    public const int MaxScore = 10;
    public const int WheelSectorCount = 8;
    public const int MinCompetenceLevel = 1;
    public const int MaxCompetenceLevel = 5;
    public const int MaxGrowthPoints = 2;
}
