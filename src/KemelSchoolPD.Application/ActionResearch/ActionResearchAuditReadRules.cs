using KemelSchoolPD.Attachments;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.ActionResearch;

/// <summary>The audit log shows a project's entries only to those who may read the project.</summary>
public sealed class ActionResearchProjectAuditReadRule(ActionResearchReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(ActionResearchProject);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.ProjectsAsync(ct)).Select(p => p.Id);
}

/// <summary>A cycle's entries: to whoever reads its project.</summary>
public sealed class ActionResearchCycleAuditReadRule(ActionResearchReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(ActionResearchCycle);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.CyclesAsync(ct)).Select(c => c.Id);
}

/// <summary>A data item's entries: to whoever reads its project.</summary>
public sealed class ActionResearchDataItemAuditReadRule(ActionResearchReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(ActionResearchDataItem);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.DataItemsAsync(ct)).Select(d => d.Id);
}

/// <summary>
/// Files of a data item (questionnaires, learners' work, results): read by whoever reads the project; attached and removed by its
/// members while the cycle is open. Learners' work is about pupils: downloads are audited.
/// </summary>
public sealed class ActionResearchDataItemAttachmentRule(IKemelSchoolPDDbContext db, ActionResearchReadAccess access) : IAttachmentOwnerRule
{
    public string OwnerType => nameof(ActionResearchDataItem);

    public bool IsSensitive => true;

    public async Task<IQueryable<Guid>> ReadableOwnerIdsAsync(CancellationToken ct = default)
        => (await access.DataItemsAsync(ct)).Select(d => d.Id);

    public async Task<bool> CanChangeAsync(Guid ownerId, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        if (caller.StaffId is not { } me) return false;
        return await (from d in db.ActionResearchDataItems.AsNoTracking()
                      where d.Id == ownerId
                      join c in db.ActionResearchCycles on d.CycleId equals c.Id
                      join p in db.ActionResearchProjects on d.ProjectId equals p.Id
                      where c.Status == ActionResearchCycleStatus.Open && p.Status == ActionResearchStatus.Active
                          && p.Members.Any(m => m.StaffMemberId == me)
                      select d.Id).AnyAsync(ct);
    }
}
