namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// What <see cref="GrowthCycleManager"/> needs to know about other cycles of the current school (implemented in the
/// EntityFrameworkCore layer). Reads only: the application service adds what the manager creates and saves once.
/// </summary>
public interface IGrowthCycleRepository
{
    /// <summary>Whether the participant has an active cycle in that year (other than <paramref name="exceptCycleId"/>).</summary>
    Task<bool> HasActiveCycleAsync(Guid participantStaffMemberId, int academicYear, Guid? exceptCycleId, CancellationToken ct);

    /// <summary>The participant's cycle with the highest number, whatever its status; null for a first cycle.</summary>
    Task<GrowthCycle?> FindLatestAsync(Guid participantStaffMemberId, CancellationToken ct);

    /// <summary>The cycle's artefacts of the given kinds, oldest first.</summary>
    Task<IReadOnlyList<GrowthCycleArtefact>> GetArtefactsAsync(
        Guid cycleId,
        IReadOnlyCollection<GrowthArtefactKind> kinds,
        CancellationToken ct);
}
