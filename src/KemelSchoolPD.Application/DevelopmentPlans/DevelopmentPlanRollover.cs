using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>The yearly rollover: a finished year's plan continues as next year's draft, carrying over the goals not yet achieved.</summary>
public static class DevelopmentPlanRollover
{
    /// <summary>Next year's plan of the same teacher: the existing one, or a new draft added to the context (saved by the
    /// caller).</summary>
    public static async Task<DevelopmentPlan> NextYearDraftAsync(
        IKemelSchoolPDDbContext db,
        PlanTemplateAppService templates,
        DevelopmentPlan plan,
        CancellationToken ct)
    {
        var existing = await db.DevelopmentPlans
            .FirstOrDefaultAsync(p => p.TeacherStaffMemberId == plan.TeacherStaffMemberId && p.AcademicYear == plan.AcademicYear + 1, ct);
        if (existing is not null) return existing;
        var template = await templates.FindAsync(plan.TemplateId, ct) ?? BuiltInPlanTemplates.Table18;
        var next = plan.CreateNextYearDraft(Guid.CreateVersion7(), template);
        db.DevelopmentPlans.Add(next);
        return next;
    }
}

public sealed record RolloverDevelopmentPlansArgs(Guid TenantId) : TenantJobArgs(TenantId);

/// <summary>
/// Runs inside one school after the academic year has ended: every plan of the year just ended whose teacher is still on the
/// staff and has no plan for the new year gets next year's draft. Idempotent: a teacher who has one is skipped (and the unique
/// index on teacher and year settles a race with a teacher who creates theirs at the same moment).
/// </summary>
public sealed class RolloverDevelopmentPlansJob(IKemelSchoolPDDbContext db, PlanTemplateAppService templates, TimeProvider clock)
    : IBackgroundJob<RolloverDevelopmentPlansArgs>
{
    public async Task<int> RolloverAsync(CancellationToken cancellationToken)
    {
        var year = AcademicYears.Current(clock);
        var ended = await (
            from p in db.DevelopmentPlans
            join s in db.StaffMembers on p.TeacherStaffMemberId equals s.Id
            where p.AcademicYear == year - 1 && !s.IsArchived
                  && !db.DevelopmentPlans.Any(n => n.TeacherStaffMemberId == p.TeacherStaffMemberId && n.AcademicYear == year)
            select p).ToListAsync(cancellationToken);
        foreach (var plan in ended) await DevelopmentPlanRollover.NextYearDraftAsync(db, templates, plan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ended.Count;
    }

    public Task ExecuteAsync(RolloverDevelopmentPlansArgs args, CancellationToken cancellationToken) => RolloverAsync(cancellationToken);
}

/// <summary>The yearly host job (1 September): queues <see cref="RolloverDevelopmentPlansJob"/> for every active school, each in its own
/// tenant.</summary>
public sealed class ScanDevelopmentPlanRolloverJob(IKemelSchoolPDDbContext db, IBackgroundJobManager jobs, ICurrentTenant currentTenant)
{
    public const string RecurringJobId = "rollover-development-plans";
    /// <summary>03:00 UTC on 1 September, the first day of the new academic year.</summary>
    public const string Cron = "0 3 1 9 *";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var schoolIds = await db.Schools.AsNoTracking().Where(s => s.IsActive).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var schoolId in schoolIds)
            using (currentTenant.Change(schoolId))
                jobs.Enqueue<RolloverDevelopmentPlansJob, RolloverDevelopmentPlansArgs>(new RolloverDevelopmentPlansArgs(schoolId));
    }
}
