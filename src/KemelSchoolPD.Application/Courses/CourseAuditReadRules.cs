using KemelSchoolPD.Attachments;
using KemelSchoolPD.Auditing;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Courses;

/// <summary>The audit log shows a course record's entries only to those who may read it.</summary>
public sealed class CourseRecordAuditReadRule(CourseReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(CourseRecord);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.RecordsAsync(ct)).Select(r => r.Id);
}

/// <summary>A post-course plan's entries: to its teacher and readers of every plan.</summary>
public sealed class PostCoursePlanAuditReadRule(CourseReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(PostCoursePlan);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default) => (await access.PlansAsync(ct)).Select(p => p.Id);
}

/// <summary>A course's certificate file: read by whoever reads the record; attached or removed by its teacher or a manager.</summary>
public sealed class CourseRecordAttachmentRule(CourseReadAccess access) : IAttachmentOwnerRule
{
    public string OwnerType => nameof(CourseRecord);

    public bool IsSensitive => false;

    public async Task<IQueryable<Guid>> ReadableOwnerIdsAsync(CancellationToken ct = default)
        => (await access.RecordsAsync(ct)).Select(r => r.Id);

    public async Task<bool> CanChangeAsync(Guid ownerId, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var record = await (await access.RecordsAsync(ct)).AsNoTracking().FirstOrDefaultAsync(r => r.Id == ownerId, ct);
        return record is not null && caller.ActsFor(record);
    }
}

/// <summary>Evidence files of a post-course plan's events: read by whoever reads the plan, attached by its teacher.</summary>
public sealed class PostCoursePlanAttachmentRule(CourseReadAccess access) : IAttachmentOwnerRule
{
    public string OwnerType => nameof(PostCoursePlan);

    public bool IsSensitive => false;

    public async Task<IQueryable<Guid>> ReadableOwnerIdsAsync(CancellationToken ct = default)
        => (await access.PlansAsync(ct)).Select(p => p.Id);

    public async Task<bool> CanChangeAsync(Guid ownerId, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        return (await access.PlansAsync(ct)).Any(p => p.Id == ownerId && p.StaffMemberId == caller.StaffId);
    }
}
