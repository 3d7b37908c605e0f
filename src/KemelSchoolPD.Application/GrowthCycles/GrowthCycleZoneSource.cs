using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// What the development plan reads from a teacher's growth cycle: the growth zones (the focus and those its diagnostics
/// found) and the latest competence self-assessment. The plan module checks who may read the plan; this view never shows
/// more of the cycle than the caller may read of the cycle itself (a mentor: only the artefacts shared).
/// </summary>
public sealed class GrowthCycleZoneSource(IKemelSchoolPDDbContext db, GrowthReferenceAppService reference, GrowthCycleReadAccess access)
    : IGrowthZoneSource
{
    public async Task<Guid?> FindCycleAsync(Guid teacherStaffMemberId, int academicYear, CancellationToken ct = default) =>
        await db.GrowthCycles.Where(c => c.ParticipantStaffMemberId == teacherStaffMemberId && c.AcademicYear == academicYear
                                         && c.ParticipantKind == GrowthParticipantKind.Teacher && c.Status != GrowthCycleStatus.Cancelled)
            .OrderBy(c => c.Status).ThenByDescending(c => c.Number).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);

    public Task<bool> IsTeachersCycleAsync(Guid growthCycleId, Guid teacherStaffMemberId, CancellationToken ct = default) =>
        db.GrowthCycles.AnyAsync(c => c.Id == growthCycleId && c.ParticipantStaffMemberId == teacherStaffMemberId
                                      && c.ParticipantKind == GrowthParticipantKind.Teacher, ct);

    public async Task<GrowthCycleSummaryDto?> GetSummaryAsync(Guid growthCycleId, CancellationToken ct = default)
    {
        var cycle = await (await access.CyclesAsync(ct)).AsNoTracking().FirstOrDefaultAsync(c => c.Id == growthCycleId, ct);
        if (cycle is null) return null;
        var artefacts = await (await access.ArtefactsAsync(ct)).AsNoTracking()
            .Where(a => (a.CycleId == cycle.Id || a.Id == cycle.BaselineArtefactId)
                        && (a.Kind == GrowthArtefactKind.EntryDiagnostic || a.Kind == GrowthArtefactKind.RepeatDiagnostic
                            || a.Kind == GrowthArtefactKind.CompetenceSelfAssessment))
            .ToListAsync(ct);
        var zones = new[] { cycle.GrowthZone }.Concat(
            artefacts.Where(a => a.Kind != GrowthArtefactKind.CompetenceSelfAssessment).SelectMany(a => a.Content.GrowthZones))
            .Distinct().ToList();
        var assessment = artefacts.Where(a => a.Kind == GrowthArtefactKind.CompetenceSelfAssessment && a.CycleId == cycle.Id)
            .MaxBy(a => a.CreationTime)
                         ?? artefacts.Where(a => a.Kind != GrowthArtefactKind.CompetenceSelfAssessment && a.Content.Competences.Count > 0)
                             .MaxBy(a => a.CreationTime);
        var names = (await reference.GetCompetencesAsync(ct)).ToDictionary(c => c.Code, c => $"{c.Code} {c.Name}");
        var levels = assessment?.Content.Competences
            .Select(
                c => new CompetenceSelfAssessmentDto(
                    names.GetValueOrDefault(c.Code, c.Code),
                    c.Level,
                    GrowthCycleConsts.MaxCompetenceLevel)).ToList() ?? [];
        return new GrowthCycleSummaryDto(cycle.Id, zones, levels);
    }
}
