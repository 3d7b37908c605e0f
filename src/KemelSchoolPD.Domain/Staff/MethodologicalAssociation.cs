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
    /// <summary>The name as <see cref="KemelSchoolPD.SearchText"/> compares it.</summary>
    public string SearchText { get; private set; } = "";

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
        return RefreshSearchText();
    }

    /// <summary>Rewrites the search column from the fields (also used to fill rows written before the column existed).</summary>
    public MethodologicalAssociation RefreshSearchText()
    {
        SearchText = KemelSchoolPD.SearchText.Of(Name);
        return this;
    }
}
