using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Staff;

/// <summary>
/// A methodological association (әдістемелік бірлестік): subject teachers who meet, plan and run Lesson Study together.
/// Members are staff members pointing at it; the leader is one of them.
/// </summary>
public sealed class MethodologicalAssociation : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public string Name { get; private set; } = null!;
    public string? Description { get; private set; }
    public Guid? LeaderStaffMemberId { get; private set; }

    private MethodologicalAssociation() { }

    public MethodologicalAssociation(Guid id, string name, string? description, Guid? leaderStaffMemberId) : base(id)
    {
        Update(name, description, leaderStaffMemberId);
    }

    public MethodologicalAssociation Update(string name, string? description, Guid? leaderStaffMemberId)
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), MethodologicalAssociationConsts.MaxNameLength);
        Description = Check.NullIfEmpty(description, nameof(Description), MethodologicalAssociationConsts.MaxDescriptionLength);
        LeaderStaffMemberId = leaderStaffMemberId;
        return this;
    }
}
