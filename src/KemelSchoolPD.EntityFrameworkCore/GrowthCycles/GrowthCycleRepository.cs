using KemelSchoolPD.GrowthCycles;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.EntityFrameworkCore.GrowthCycles;

/// <summary>The reads <see cref="GrowthCycleManager"/> needs, under the context's school and soft-delete filters.</summary>
public sealed class GrowthCycleRepository(KemelSchoolPDDbContext db) : IGrowthCycleRepository
{
    public Task<bool> HasActiveCycleAsync(Guid participantStaffMemberId, int academicYear, Guid? exceptCycleId, CancellationToken ct) =>
        db.GrowthCycles.AnyAsync(c => c.ParticipantStaffMemberId == participantStaffMemberId && c.AcademicYear == academicYear
                                      && c.Status == GrowthCycleStatus.Active && c.Id != exceptCycleId, ct);

    public Task<GrowthCycle?> FindLatestAsync(Guid participantStaffMemberId, CancellationToken ct) =>
        db.GrowthCycles.AsNoTracking().Where(c => c.ParticipantStaffMemberId == participantStaffMemberId)
            .OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<GrowthCycleArtefact>> GetArtefactsAsync(
        Guid cycleId,
        IReadOnlyCollection<GrowthArtefactKind> kinds,
        CancellationToken ct) =>
        await db.GrowthCycleArtefacts.AsNoTracking().Where(a => a.CycleId == cycleId && kinds.Contains(a.Kind))
            .OrderBy(a => a.CreationTime).ThenBy(a => a.Id).ToListAsync(ct);
}
