namespace KemelSchoolPD.GrowthCycles;

public static class LearnerResultImportConsts
{
    public const int MaxFileBytes = 1024 * 1024;
    public const int MaxRows = 500;
    /// <summary>How far down the sheet the header row may be (a title line or two above it is common).</summary>
    public const int HeaderSearchRows = 10;
}
