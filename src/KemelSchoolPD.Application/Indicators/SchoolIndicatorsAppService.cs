using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Exceptions;
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
        return new SchoolIndicatorsDto(year, AcademicYears.Label(year), staff, await PlansAsync(year, staff, ct), await ObservationsAsync(year, ct));
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
