namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// The seam to the growth-cycle module (built separately): a plan is built from the teacher's self-diagnosis and expert
/// assessment, i.e. the growth zones and competence self-assessment of their growth cycle. That module registers its own
/// implementation; until then <see cref="NoGrowthZoneSource"/> answers "no cycle".
/// </summary>
public interface IGrowthZoneSource
{
    /// <summary>The teacher's growth cycle of that academic year, if there is one.</summary>
    Task<Guid?> FindCycleAsync(Guid teacherStaffMemberId, int academicYear, CancellationToken ct = default);

    /// <summary>Whether the cycle is that teacher's own (a plan may be linked only to its teacher's cycle).</summary>
    Task<bool> IsTeachersCycleAsync(Guid growthCycleId, Guid teacherStaffMemberId, CancellationToken ct = default);

    /// <summary>
    /// The cycle's growth zones and competence self-assessment, as far as the caller may read the cycle; null when the cycle
    /// is unknown or not readable.
    /// </summary>
    Task<GrowthCycleSummaryDto?> GetSummaryAsync(Guid growthCycleId, CancellationToken ct = default);
}

public sealed class NoGrowthZoneSource : IGrowthZoneSource
{
    public Task<Guid?> FindCycleAsync(Guid teacherStaffMemberId, int academicYear, CancellationToken ct = default)
        => Task.FromResult<Guid?>(null);

    public Task<bool> IsTeachersCycleAsync(Guid growthCycleId, Guid teacherStaffMemberId, CancellationToken ct = default)
        => Task.FromResult(false);

    public Task<GrowthCycleSummaryDto?> GetSummaryAsync(Guid growthCycleId, CancellationToken ct = default)
        => Task.FromResult<GrowthCycleSummaryDto?>(null);
}
