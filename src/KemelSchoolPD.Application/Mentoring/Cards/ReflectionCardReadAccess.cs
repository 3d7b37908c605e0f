using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The reflection cards' read rule for the current caller (<see cref="ReflectionCard.VisibleTo"/>), in one place for every
/// path to them: the pages, the confidence series, the audit log. The teacher, her active mentors and tutors (the mentoring
/// pairs' <see cref="MentoringRelations"/>) and whoever she shared a card with; no permission (not ViewAll, not the director's)
/// widens it.
/// </summary>
public sealed class ReflectionCardReadAccess(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, MentoringRelations relations)
{
    public async Task<IQueryable<ReflectionCard>> CardsAsync(CancellationToken ct = default)
    {
        var staffId = await currentStaff.GetIdAsync(ct);
        var mentees = staffId is { } me ? await relations.ActiveMenteeIdsAsync(me, ct) : [];
        return db.ReflectionCards.Where(ReflectionCard.VisibleTo(staffId, mentees.ToList()));
    }

    /// <summary>
    /// Whether a staff member is a deputy director of the school (holds the school's DeputyDirector role): besides the active
    /// mentor, the weekly question may go to a deputy («оқу ісінің меңгерушісі (завуч)», seed 004 L10801).
    /// </summary>
    public IQueryable<Guid> DeputyStaffIds() =>
        from s in db.StaffMembers
        where !s.IsArchived && s.UserId != null
        join ur in db.UserRoles on s.UserId equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == KemelRoles.DeputyDirector
        select s.Id;
}

/// <summary>The audit log shows a card's entries only to those who may read the card: never to the director by default.</summary>
public sealed class ReflectionCardAuditReadRule(ReflectionCardReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(ReflectionCard);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default) => (await access.CardsAsync(ct)).Select(c => c.Id);
}

/// <summary>A campaign is the school's: everyone in it may read its entries.</summary>
public sealed class YearEndCampaignAuditReadRule(IKemelSchoolPDDbContext db) : IAuditedRecordReadRule
{
    public string EntityType => nameof(YearEndCampaign);

    public Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => Task.FromResult(db.YearEndCampaigns.Select(c => c.Id));
}
