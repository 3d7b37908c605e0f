using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.LessonObservations;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Indicators;

/// <summary>Computes the appendix indicators from the school's own records: counts in the database, no copies to go stale.</summary>
public sealed class SchoolIndicatorsAppService(IKemelSchoolPDDbContext db, TimeProvider clock)
{
    public async Task<SchoolIndicatorsDto> GetAsync(int? academicYear, CancellationToken ct = default)
    {
        var year = academicYear ?? AcademicYears.Current(clock);
        if (!AcademicYears.IsValid(year))
            throw new InputValidationException(nameof(academicYear), ValidationCodes.Range, AcademicYears.Min, AcademicYears.Max);
        var staff = await db.StaffMembers.CountAsync(s => !s.IsArchived, ct);
        return new SchoolIndicatorsDto(year, AcademicYears.Label(year), staff,
            await CyclesAsync(year, staff, ct), await PlansAsync(year, staff, ct), await ObservationsAsync(year, ct));
    }

    private const int TypicalDifficultiesShown = 5;

    private async Task<CycleIndicatorsDto> CyclesAsync(int year, int staff, CancellationToken ct)
    {
        var cycles = db.GrowthCycles.Where(c => c.AcademicYear == year && c.Status != GrowthCycleStatus.Cancelled);
        var teachers = cycles.Where(c => c.ParticipantKind == GrowthParticipantKind.Teacher);
        var byStage = await teachers.Where(c => c.Status == GrowthCycleStatus.Active)
            .GroupBy(c => c.CurrentStage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToListAsync(ct);
        var active = byStage.Sum(s => s.Count); // one active cycle per teacher and year
        var completed = await teachers.CountAsync(c => c.Status == GrowthCycleStatus.Completed, ct);
        var administrators = await cycles.CountAsync(c => c.ParticipantKind == GrowthParticipantKind.Administrator, ct);

        var teacherArtefacts = from a in db.GrowthCycleArtefacts join c in teachers on a.CycleId equals c.Id select new { a, c.ParticipantStaffMemberId };
        var selfAssessed = await teacherArtefacts.Where(x => x.a.Kind == GrowthArtefactKind.CompetenceSelfAssessment)
            .Select(x => x.ParticipantStaffMemberId).Distinct().CountAsync(ct);
        // Before/after figures live in the artefact's form (JSON): read only the learner-results forms of the year.
        var results = await teacherArtefacts.Where(x => x.a.Kind == GrowthArtefactKind.LearnerResults).Select(x => x.a).ToListAsync(ct);
        var dynamicsByCycle = results.GroupBy(a => a.CycleId)
            .Select(g => g.SelectMany(a => a.Content.LearnerResults).Where(r => r.Before.HasValue && r.After.HasValue).ToList())
            .Where(rows => rows.Count > 0).Select(rows => rows.Average(r => r.After!.Value - r.Before!.Value)).ToList();
        var positive = dynamicsByCycle.Count(d => d > 0);

        var zones = await teachers.GroupBy(c => c.GrowthZone).Select(g => new { Zone = g.Key, Count = g.Count() })
            .OrderByDescending(z => z.Count).ThenBy(z => z.Zone).Take(TypicalDifficultiesShown).ToListAsync(ct);

        return new CycleIndicatorsDto(active, Share(active, staff), byStage.OrderBy(s => s.Stage).Select(s => new StageCountDto(s.Stage, s.Count)).ToList(),
            completed, administrators, selfAssessed, Share(selfAssessed, staff), dynamicsByCycle.Count, positive, Share(positive, dynamicsByCycle.Count),
            zones.Select(z => new GrowthZoneCountDto(z.Zone, z.Count)).ToList());
    }

    private async Task<PlanIndicatorsDto> PlansAsync(int year, int staff, CancellationToken ct)
    {
        var byStatus = await db.DevelopmentPlans.Where(p => p.AcademicYear == year)
            .GroupBy(p => p.Status).Select(g => new { Status = g.Key, Teachers = g.Select(p => p.TeacherStaffMemberId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Teachers, ct);
        int Count(params DevelopmentPlanStatus[] statuses) => statuses.Sum(s => byStatus.GetValueOrDefault(s));
        var agreed = Count(DevelopmentPlanStatus.Agreed, DevelopmentPlanStatus.InProgress, DevelopmentPlanStatus.Completed);
        return new PlanIndicatorsDto(agreed, Share(agreed, staff), Count(DevelopmentPlanStatus.Submitted),
            Count(DevelopmentPlanStatus.Draft, DevelopmentPlanStatus.Returned));
    }

    private async Task<ObservationIndicatorsDto> ObservationsAsync(int year, CancellationToken ct)
    {
        var (from, to) = (AcademicYears.FirstDay(year), AcademicYears.LastDay(year));
        var byMatch = await db.LessonObservations.Where(o => o.LessonDate >= from && o.LessonDate <= to)
            .GroupBy(o => o.ObjectivesMatched).Select(g => new { Match = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Match, x => x.Count, ct);
        var assessed = byMatch.Where(x => x.Key != ObjectivesMatch.NotAssessed).Sum(x => x.Value);
        var matched = byMatch.GetValueOrDefault(ObjectivesMatch.Yes);
        return new ObservationIndicatorsDto(byMatch.Values.Sum(), assessed, matched, byMatch.GetValueOrDefault(ObjectivesMatch.Partly), Share(matched, assessed));
    }

    internal static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}
