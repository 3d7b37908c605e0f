using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Localization;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using static KemelSchoolPD.Indicators.AppendixIndicators;

namespace KemelSchoolPD.Indicators;

/// <summary>
/// Computes the appendix indicators from the school's own records (counts in the database, no copies to go stale) and keeps
/// what the school records for each one. Shares of teachers divide by the staff outside the administration. A year's figures
/// are kept until the school's records change (<see cref="SchoolKeptViews"/>).
/// </summary>
public sealed class SchoolIndicatorsAppService(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    IMemoryCache cache,
    TimeProvider clock)
{
    public async Task<SchoolIndicatorsDto> GetAsync(int? academicYear, CancellationToken ct = default)
    {
        var year = academicYear ?? AcademicYears.Current(clock);
        if (!AcademicYears.IsValid(year))
            throw new InputValidationException(nameof(academicYear), ValidationCodes.Range, AcademicYears.Min, AcademicYears.Max);
        var key = (nameof(SchoolIndicatorsAppService), year, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), CultureInfo
            .CurrentUICulture
            .Name);
        return await cache.KeptForSchoolAsync(db, currentTenant.Id, key, () => ComputeAsync(year, ct), ct);
    }

    private async Task<SchoolIndicatorsDto> ComputeAsync(int year, CancellationToken ct)
    {
        var staff = await db.StaffMembers.Where(s => !s.IsArchived).GroupBy(s => s.IsAdministration)
            .Select(g => new { Administration = g.Key, Count = g.Count() }).ToListAsync(ct);
        var teachers = staff.Where(s => !s.Administration).Sum(s => s.Count);
        var administration = staff.Where(s => s.Administration).Sum(s => s.Count);

        var figures = new Dictionary<string, Figure>();
        var (cycles, corrected) = await CyclesAsync(year, teachers, figures, ct);
        var plans = await PlansAsync(year, teachers, corrected, figures, ct);
        var observations = await ObservationsAsync(year, figures, ct);
        figures[SchoolCycle] = new(cycles.AdministratorCycles, administration, "Administration");
        await MentoringAsync(figures, ct);

        return new SchoolIndicatorsDto(year, AcademicYears.Label(year), teachers + administration, cycles, plans, observations)
        {
            TeacherCount = teachers,
            AdministrationCount = administration,
            Appendix = await AppendixAsync(year, figures, ct),
        };
    }

    /// <summary>Records (or rewrites) the school's assessment of one indicator for a year.</summary>
    public async Task<AppendixIndicatorDto> SaveRecordAsync(string code, SaveSchoolIndicatorRecordDto input, CancellationToken ct = default)
    {
        var indicator = Find(code) ?? throw new EntityNotFoundException(typeof(SchoolIndicatorRecord), code);
        var year = input.AcademicYear!.Value;
        var record = await db.SchoolIndicatorRecords.FirstOrDefaultAsync(r => r.AcademicYear == year && r.Code == indicator.Code, ct);
        if (record is null)
        {
            // Two first saves at once: the unique index lets one through, the other answers 409.
            if (input.ConcurrencyStamp is not null) throw new ConflictException(CommonErrorCodes.ConcurrencyConflict);
            db.SchoolIndicatorRecords.Add(record = new SchoolIndicatorRecord(Guid.CreateVersion7(), year, indicator));
        }
        else db.ExpectConcurrencyStamp(record, input.ConcurrencyStamp ?? "");
        record.Update(input.Achievement, input.Note, input.Evidence);
        await db.SaveChangesAsync(ct);
        // A recorded indicator has no figure to count: only a counted one needs the year's figures again.
        var appendix = indicator.Computed ? (await GetAsync(year, ct)).Appendix : await AppendixAsync(year, [], ct);
        return appendix.Single(i => i.Code == indicator.Code);
    }

    private const int TypicalDifficultiesShown = 5;

    /// <summary>A counted indicator: <see cref="Count"/> of <see cref="Of"/> (null: a count alone), the denominator's name.</summary>
    private sealed record Figure(int Count, int? Of, string Basis);

    /// <summary>The cycles' figures, and the teachers whose cycle of the year holds a correction (a plan adjusted on data).</summary>
    private async Task<(CycleIndicatorsDto Cycles, HashSet<Guid> Corrected)> CyclesAsync(
        int year,
        int teacherCount,
        Dictionary<string, Figure> figures,
        CancellationToken ct)
    {
        var cycles = db.GrowthCycles.Where(c => c.AcademicYear == year && c.Status != GrowthCycleStatus.Cancelled);
        var teachers = cycles.Where(c => c.ParticipantKind == GrowthParticipantKind.Teacher);
        var byStage = await teachers.Where(c => c.Status == GrowthCycleStatus.Active)
            .GroupBy(c => c.CurrentStage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToListAsync(ct);
        var active = byStage.Sum(s => s.Count); // one active cycle per teacher and year
        var completed = await teachers.CountAsync(c => c.Status == GrowthCycleStatus.Completed, ct);
        var administrators = await cycles.CountAsync(c => c.ParticipantKind == GrowthParticipantKind.Administrator, ct);

        // The artefacts the indicators read, one row each: kind, teacher and (for the forms whose figures are inside) the form.
        GrowthArtefactKind[] counted =
        [
            GrowthArtefactKind.CompetenceSelfAssessment, GrowthArtefactKind.EntryDiagnostic, GrowthArtefactKind.RepeatDiagnostic,
            GrowthArtefactKind.LearnerResults, GrowthArtefactKind.LessonSelfAnalysis, GrowthArtefactKind.AnalyticalReport,
            GrowthArtefactKind.ReflectiveLessonAnalysis, GrowthArtefactKind.ReflectiveCouncil, GrowthArtefactKind.ColleagueDiscussion,
            GrowthArtefactKind.Correction,
        ];
        var artefacts = await (from a in db.GrowthCycleArtefacts
                               join c in teachers on a.CycleId equals c.Id
                               where counted.Contains(a.Kind)
                               select new { a.Kind, a.CycleId, Teacher = c.ParticipantStaffMemberId, a.Content }).ToListAsync(ct);
        int Teachers(Func<GrowthArtefactKind, GrowthArtefactContent, bool> which) =>
            artefacts.Where(a => which(a.Kind, a.Content)).Select(a => a.Teacher).Distinct().Count();

        // A self-assessment of competences: its own form, or the competences part of an entry or repeat diagnostic.
        var selfAssessed = Teachers((kind, content) => kind == GrowthArtefactKind.CompetenceSelfAssessment
                                                       || (kind is GrowthArtefactKind.EntryDiagnostic or GrowthArtefactKind.RepeatDiagnostic
                                                           && content.Competences.Count > 0));
        var dynamicsByCycle = artefacts.Where(a => a.Kind == GrowthArtefactKind.LearnerResults).GroupBy(a => a.CycleId)
            .Select(g => g.SelectMany(a => a.Content.LearnerResults).Select(r => r.Improvement()).OfType<decimal>().ToList())
            .Where(gains => gains.Count > 0).Select(gains => gains.Average()).ToList();
        var positive = dynamicsByCycle.Count(d => d > 0);

        var zones = await teachers.GroupBy(c => c.GrowthZone).Select(g => new { Zone = g.Key, Count = g.Count() })
            .OrderByDescending(z => z.Count).ThenBy(z => z.Zone).ToListAsync(ct);

        figures[RegularAnalysis]
            = new(Teachers((kind, _) => kind is GrowthArtefactKind.LearnerResults or GrowthArtefactKind.LessonSelfAnalysis
                                                               or GrowthArtefactKind.AnalyticalReport), teacherCount, "Teachers");
        figures[AnalyticalReports] = new(artefacts.Count(a => a.Kind == GrowthArtefactKind.AnalyticalReport), null, "Reports");
        figures[TypicalDifficulties] = new(zones.Count(z => !string.IsNullOrWhiteSpace(z.Zone)), null, "GrowthZones");
        figures[ReflectiveForms] = new(artefacts.Count(a => a
            .Kind is GrowthArtefactKind.ReflectiveLessonAnalysis or GrowthArtefactKind.ReflectiveCouncil
                                                                 or GrowthArtefactKind.ColleagueDiscussion), null, "ReflectiveRecords");
        figures[SelfAssessment] = new(selfAssessed, teacherCount, "Teachers");
        figures[PositiveDynamics] = new(positive, dynamicsByCycle.Count, "CyclesWithResults");
        var corrected = artefacts.Where(a => a.Kind == GrowthArtefactKind.Correction).Select(a => a.Teacher).ToHashSet();

        return (new CycleIndicatorsDto(
            active,
            Share(active, teacherCount),
            byStage.OrderBy(s => s.Stage).Select(s => new StageCountDto(s.Stage, s.Count)).ToList(),
            completed,
            administrators,
            selfAssessed,
            Share(selfAssessed, teacherCount),
            dynamicsByCycle
                .Count,
            positive,
            Share(positive, dynamicsByCycle.Count),
            zones.Take(TypicalDifficultiesShown).Select(z => new GrowthZoneCountDto(z.Zone, z.Count)).ToList()), corrected);
    }

    private async Task<PlanIndicatorsDto> PlansAsync(
        int year,
        int teacherCount,
        HashSet<Guid> corrected,
        Dictionary<string, Figure> figures,
        CancellationToken ct)
    {
        var byStatus = await db.DevelopmentPlans.Where(p => p.AcademicYear == year)
            .GroupBy(p => p.Status).Select(g => new { Status = g.Key, Teachers = g.Select(p => p.TeacherStaffMemberId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Teachers, ct);
        int Count(params DevelopmentPlanStatus[] statuses) => statuses.Sum(s => byStatus.GetValueOrDefault(s));
        var agreed = Count(DevelopmentPlanStatus.Agreed, DevelopmentPlanStatus.InProgress, DevelopmentPlanStatus.Completed);

        // The agreed plans' contents: aligned (every goal names the school priority it serves) and monitored (progress recorded).
        DevelopmentPlanStatus[] underWay
            = [DevelopmentPlanStatus.Agreed, DevelopmentPlanStatus.InProgress, DevelopmentPlanStatus.Completed];
        var agreedPlans = await db.DevelopmentPlans.AsNoTracking().Where(p => p.AcademicYear == year && underWay.Contains(p.Status))
            .Select(p => new
            {
                p.Id, Teacher = p.TeacherStaffMemberId, p.Content,
                Adjusted = db.DevelopmentPlanVersions.Any(v => v.PlanId == p.Id
                                                               && (v.Kind == PlanVersionKind.ChangedAfterAgreement
                                                                   || v.Kind == PlanVersionKind.Reopened)),
            }).ToListAsync(ct);
        var aligned = agreedPlans.Count(
            p => p.Content.Goals.Count > 0 && p.Content.Goals.All(g => !string.IsNullOrWhiteSpace(g.SchoolPriority)));
        var monitored = agreedPlans.Count(p => p.Content.Goals
            .Any(g => g.Status != PlanProgressStatus.NotStarted || g.ActualValue is not null)
                                               || p.Content.Items
                                                   .Any(i => i.Status != PlanProgressStatus.NotStarted || i.ActualValue is not null));
        var adjusted = agreedPlans.Count(p => p.Adjusted || corrected.Contains(p.Teacher));
        figures[CurrentPlans] = new(agreed, teacherCount, "Teachers");
        figures[PlansAlignedWithMission] = new(aligned, agreedPlans.Count, "AgreedPlans");
        figures[PlanMonitoring] = new(monitored, agreedPlans.Count, "AgreedPlans");
        figures[PlansAdjusted] = new(adjusted, agreedPlans.Count, "AgreedPlans");

        return new PlanIndicatorsDto(agreed, Share(agreed, teacherCount), Count(DevelopmentPlanStatus.Submitted),
            Count(DevelopmentPlanStatus.Draft, DevelopmentPlanStatus.Returned));
    }

    private async Task<ObservationIndicatorsDto> ObservationsAsync(int year, Dictionary<string, Figure> figures, CancellationToken ct)
    {
        var (from, to) = (AcademicYears.FirstDay(year), AcademicYears.LastDay(year));
        var byMatch = await db.LessonObservations.Where(o => o.LessonDate >= from && o.LessonDate <= to)
            .GroupBy(o => o.ObjectivesMatched).Select(g => new { Match = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Match, x => x.Count, ct);
        var assessed = byMatch.Where(x => x.Key != ObjectivesMatch.NotAssessed).Sum(x => x.Value);
        var matched = byMatch.GetValueOrDefault(ObjectivesMatch.Yes);
        figures[LessonsMatchObjectives] = new(matched, assessed, "AssessedLessons");
        return new ObservationIndicatorsDto(
            byMatch.Values.Sum(),
            assessed,
            matched,
            byMatch.GetValueOrDefault(ObjectivesMatch.Partly),
            Share(matched, assessed));
    }

    /// <summary>"Resources for development (time, mentors) are allocated": young specialists with an active mentor.</summary>
    private async Task MentoringAsync(Dictionary<string, Figure> figures, CancellationToken ct)
    {
        var young = db.StaffMembers.Where(s => s.IsYoungSpecialist && !s.IsArchived);
        var total = await young.CountAsync(ct);
        var withMentor = total
            - await db.StaffMembers.CountAsync(Mentoring.MentoringPair.YoungSpecialistWithoutMentor(db.MentoringPairs), ct);
        figures[ResourcesAllocated] = new(withMentor, total, "YoungSpecialists");
    }

    private async Task<IReadOnlyList<AppendixIndicatorDto>> AppendixAsync(
        int year,
        Dictionary<string, Figure> figures,
        CancellationToken ct)
    {
        var records = await (from r in db.SchoolIndicatorRecords.AsNoTracking().Where(r => r.AcademicYear == year)
                             join u in db.Users on r.LastModifierId ?? r.CreatorId equals (Guid?)u.Id into users
                             from u in users.DefaultIfEmpty()
                             select new { r, Name = u == null ? null : u.FullName }).ToListAsync(ct);
        var byCode = records.ToDictionary(x => x.r.Code, StringComparer.Ordinal);
        var culture = CultureInfo.CurrentUICulture;
        return All.Select(i =>
        {
            var figure = figures.GetValueOrDefault(i.Code);
            var record = byCode.GetValueOrDefault(i.Code);
            return new AppendixIndicatorDto(i.Code, i.Stage, Text("Indicators:Appendix." + i.Code, culture), i.Computed
                && figure is not null,
                figure?.Count, figure?.Of, figure is { Of: { } of } ? Share(figure.Count, of) : null,
                figure is null ? null : Text("Indicators:Basis." + figure.Basis, culture), i.SeedLines,
                record is null ? null : new SchoolIndicatorRecordDto(record.r.Achievement, record.r.Note, record.r.Evidence,
                    record.r.LastModificationTime ?? record.r.CreationTime, record.Name, record.r.ConcurrencyStamp));
        }).ToList();
    }

    private static string Text(string key, CultureInfo culture) => KemelSchoolPDLocalization.Store.Find(key, culture) ?? key;

    internal static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}
