using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Staff;

/// <summary>Methodological associations: a leader and members, all from the school's active staff.</summary>
public sealed class MethodologicalAssociationAppService(IKemelSchoolPDDbContext db)
{
    public async Task<PagedResultDto<MethodologicalAssociationListItemDto>> GetListAsync(
        GetMethodologicalAssociationListInput input,
        CancellationToken ct = default)
    {
        var query = db.MethodologicalAssociations.AsNoTracking()
            .WhereSearchMatches(a => a.SearchText, input.Filter);
        var total = await query.LongCountAsync(ct);
        var items = await (
            from a in query.OrderBy(a => a.Name).PageBy(input)
            join l in db.StaffMembers on a.LeaderStaffMemberId equals l.Id into leaders
            from l in leaders.DefaultIfEmpty()
            select new MethodologicalAssociationListItemDto(a.Id, a.Name, a.Description, a.LeaderStaffMemberId, l.FullName,
                db.StaffMembers.Count(s => s.MethodologicalAssociationId == a.Id && !s.IsArchived), a.ConcurrencyStamp)).ToListAsync(ct);
        return new PagedResultDto<MethodologicalAssociationListItemDto>(total, items);
    }

    public async Task<MethodologicalAssociationDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var association = await db.MethodologicalAssociations.AsNoTracking().GetAsync(id, ct);
        var members = await db.StaffMembers.AsNoTracking()
            .Where(s => s.MethodologicalAssociationId == id && !s.IsArchived).OrderBy(s => s.FullName)
            .Select(s => new AssociationMemberDto(s.Id, s.FullName, s.Position, s.Category)).ToListAsync(ct);
        var leaderName = members.FirstOrDefault(m => m.Id == association.LeaderStaffMemberId)?.FullName;
        return new MethodologicalAssociationDto(association.Id, association.Name, association.Description, association.LeaderStaffMemberId,
            leaderName, members, association.ConcurrencyStamp);
    }

    public async Task<MethodologicalAssociationDto> CreateAsync(CreateMethodologicalAssociationDto input, CancellationToken ct = default)
    {
        await EnsureUniqueNameAsync(input.Name, null, ct);
        var association = new MethodologicalAssociation(Guid.CreateVersion7(), input.Name, input.Description, input.LeaderStaffMemberId);
        db.MethodologicalAssociations.Add(association);
        await JoinLeaderAsync(association, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(association.Id, ct);
    }

    public async Task<MethodologicalAssociationDto> UpdateAsync(
        Guid id,
        UpdateMethodologicalAssociationDto input,
        CancellationToken ct = default)
    {
        var association = await db.MethodologicalAssociations.GetAsync(id, ct);
        db.ExpectConcurrencyStamp(association, input.ConcurrencyStamp);
        await EnsureUniqueNameAsync(input.Name, id, ct);
        association.Update(input.Name, input.Description, input.LeaderStaffMemberId);
        await JoinLeaderAsync(association, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Soft-deletes the association; its members stay in the registry without one.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var association = await db.MethodologicalAssociations.GetAsync(id, ct);
        foreach (var member in await db.StaffMembers.Where(s => s.MethodologicalAssociationId == id).ToListAsync(ct)) member
            .JoinAssociation(null);
        db.MethodologicalAssociations.Remove(association);
        await db.SaveChangesAsync(ct);
    }

    public async Task<MethodologicalAssociationDto> AddMembersAsync(Guid id, AddAssociationMembersDto input, CancellationToken ct = default)
    {
        await db.MethodologicalAssociations.GetAsync(id, ct);
        var ids = input.StaffMemberIds.Distinct().ToList();
        var members = await db.StaffMembers.Where(s => ids.Contains(s.Id) && !s.IsArchived).ToListAsync(ct);
        // Ids of other schools are filtered out above and reported exactly like ids that do not exist.
        if (members.Count != ids.Count)
            throw new EntityNotFoundException(typeof(StaffMember), ids.Except(members.Select(m => m.Id)).First());
        foreach (var member in members) member.JoinAssociation(id);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<MethodologicalAssociationDto> RemoveMemberAsync(Guid id, Guid staffMemberId, CancellationToken ct = default)
    {
        var association = await db.MethodologicalAssociations.GetAsync(id, ct);
        var member = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == staffMemberId && s.MethodologicalAssociationId == id, ct)
                     ?? throw new EntityNotFoundException(typeof(StaffMember), staffMemberId);
        if (association.LeaderStaffMemberId == staffMemberId)
            throw new ConflictException(KemelSchoolPDErrorCodes.MethodologicalAssociations.CannotRemoveLeader);
        member.JoinAssociation(null);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task EnsureUniqueNameAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        var normalized = SearchText.Of(name);
        if (await db.MethodologicalAssociations.AnyAsync(a => a.SearchText == normalized && a.Id != exceptId, ct))
            throw new InputValidationException(
                nameof(MethodologicalAssociation.Name),
                KemelSchoolPDErrorCodes.MethodologicalAssociations.DuplicateName);
    }

    /// <summary>The leader is always a member.</summary>
    private async Task JoinLeaderAsync(MethodologicalAssociation association, CancellationToken ct)
    {
        if (association.LeaderStaffMemberId is not { } leaderId) return;
        var leader = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == leaderId && !s.IsArchived, ct)
                     ?? throw new InputValidationException(
                         nameof(association.LeaderStaffMemberId),
                         KemelSchoolPDErrorCodes.MethodologicalAssociations.LeaderMustBeActiveStaff);
        leader.JoinAssociation(association.Id);
    }
}
