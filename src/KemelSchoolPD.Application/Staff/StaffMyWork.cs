using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Staff;

/// <summary>
/// The staff registry's kinds of "my work" items (stable codes). The three-year course clock belongs here too once course
/// records exist: the registry keeps no course dates yet, so there is nothing to count from; the courses module will add its
/// own <see cref="IMyWorkSource"/> (kind "Courses.CoursesDue") without touching this one.
/// </summary>
public static class StaffWorkKinds
{
    /// <summary>Item for the teacher: their qualification category expires (announced 12, 6 and 3 months before; overdue once
    /// expired).</summary>
    public const string CategoryExpiring = "Staff.CategoryExpiring";
    /// <summary>The same matter for the school's administration, who plan the attestation.</summary>
    public const string StaffCategoryExpiring = "Staff.StaffCategoryExpiring";

    public const string Module = "Staff";

    public static string Link(Guid staffMemberId) => $"/staff/{staffMemberId}";

    public static IServiceCollection AddStaffMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, StaffCategoryMyWorkSource>()
        .AddScoped<IRecordReadCheck, StaffMemberReadCheck>()
        .AddNotificationKinds(Module, k => k.Reminders(CategoryExpiring, StaffCategoryExpiring));
}

/// <summary>Categories that expire within a year, or expired within the last year and not renewed.</summary>
public sealed class StaffCategoryMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; } = [StaffWorkKinds.CategoryExpiring, StaffWorkKinds.StaffCategoryExpiring];

    private static readonly string[] Leadership = [KemelSchoolPDPermissions.MyWork.SchoolOverview, KemelSchoolPDPermissions.Staff.Default];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var horizon = query.Today.AddMonths(MyWorkConsts.CategoryNoticeMonths.Max());
        var expiredSince = query.Today.AddYears(-1);
        var staff = query.Schools(db.StaffMembers.AsNoTracking())
            .Where(
                s => !s.IsArchived && s.CategoryExpiresOn != null && s.CategoryExpiresOn <= horizon && s.CategoryExpiresOn >= expiredSince);
        var caller = query.Caller;
        var leadership = caller is null || Leadership.All(caller.Has);
        if (caller is not null && !leadership)
        {
            // Without the registry's overview a person sees only their own category.
            var me = caller.StaffId ?? Guid.Empty;
            staff = staff.Where(s => s.Id == me);
        }
        var rows = await staff.Select(s => new { s.Id, s.TenantId, s.FullName, s.Category, ExpiresOn = s.CategoryExpiresOn!.Value })
            .ToListAsync(ct);

        var entries = new List<MyWorkEntry>();
        foreach (var s in rows)
        {
            var values = new Dictionary<string, string>
            {
                ["StaffName"] = s.FullName, ["Category"] = $"Enum:QualificationCategory.{s.Category}",
                ["ExpiresOn"] = s.ExpiresOn.ToString(NotificationTexts.DateFormat, CultureInfo.InvariantCulture),
            };
            var record = new NotificationRecord(nameof(StaffMember), s.Id, StaffWorkKinds.Link(s.Id), s.ExpiresOn);
            var soon = s.ExpiresOn.AddMonths(-MyWorkConsts.CategoryNoticeMonths.Min());
            var stage = Stage(s.ExpiresOn, query.Today);
            entries.Add(new MyWorkEntry(
                s.TenantId,
                StaffWorkKinds.CategoryExpiring,
                record,
                MyWorkRole.Teacher,
                s.Id,
                s.FullName,
                s.Id,
                s.FullName,
                MyWorkAudience.Person(s.Id),
                values)
            { SoonFrom = soon, ReminderStage = stage, Remind = stage is not null });
            if (leadership)
                entries.Add(new MyWorkEntry(
                    s.TenantId,
                    StaffWorkKinds.StaffCategoryExpiring,
                    record,
                    MyWorkRole.Administration,
                    null,
                    null,
                    s.Id,
                    s.FullName,
                    MyWorkAudience.Holders(s.Id, Leadership),
                    values)
                { SoonFrom = soon, ReminderStage = stage, Remind = stage is not null, Primary = false });
        }
        return entries;
    }

    /// <summary>"Expired" after the date; else the nearest of 3, 6 or 12 months reached ("Months3"…); null before a year ahead.</summary>
    public static string? Stage(DateOnly expiresOn, DateOnly today)
    {
        if (today > expiresOn) return "Expired";
        foreach (var months in MyWorkConsts.CategoryNoticeMonths.Order())
            if (today >= expiresOn.AddMonths(-months)) return "Months" + months.ToString(CultureInfo.InvariantCulture);
        return null;
    }
}

/// <summary>The registry is open to whoever may read it (<c>Staff</c>); one's own record always.</summary>
public sealed class StaffMemberReadCheck(IKemelSchoolPDDbContext db) : IRecordReadCheck
{
    public string RecordType => nameof(StaffMember);

    public async Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(
        IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs,
        CancellationToken ct)
    {
        var ids = pairs.Select(p => p.RecordId).Distinct().ToList();
        var existing = (await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        return pairs.Where(p => existing.Contains(p.RecordId)
            && (p.Reader.StaffId == p.RecordId || p.Reader.Granted.Contains(KemelSchoolPDPermissions.Staff.Default)))
            .Select(p => (p.Reader.UserId, p.RecordId)).ToHashSet();
    }
}
