using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Staff;

/// <summary>The staff registry of the current school.</summary>
public sealed class StaffMemberAppService(IKemelSchoolPDDbContext db, AccountGuard accountGuard, IUserSessionRevoker sessions)
{
    public async Task<PagedResultDto<StaffMemberDto>> GetListAsync(GetStaffMemberListInput input, CancellationToken ct = default)
    {
        var query = db.StaffMembers.AsNoTracking()
            .WhereIf(input.IncludeArchived != true, s => !s.IsArchived)
            .WhereSearchMatches(s => s.SearchText, input.Filter)
            .WhereIf(input.Category.HasValue, s => s.Category == input.Category)
            .WhereIf(!string.IsNullOrWhiteSpace(input.Subject), s => s.Subjects.Contains(input.Subject!))
            .WhereIf(input.MethodologicalAssociationId.HasValue, s => s.MethodologicalAssociationId == input.MethodologicalAssociationId)
            .WhereIf(input.IsYoungSpecialist.HasValue, s => s.IsYoungSpecialist == input.IsYoungSpecialist)
            .WhereIf(input.IsAdministration.HasValue, s => s.IsAdministration == input.IsAdministration)
            .WhereIf(input.WithoutMentor == true, Mentoring.MentoringPair.YoungSpecialistWithoutMentor(db.MentoringPairs));
        var total = await query.LongCountAsync(ct);
        var items = await ProjectToDto(Sort(query, input.Sorting).PageBy(input)).ToListAsync(ct);
        return new PagedResultDto<StaffMemberDto>(total, items);
    }

    public async Task<StaffMemberDto> GetAsync(Guid id, CancellationToken ct = default) =>
        await ProjectToDto(db.StaffMembers.AsNoTracking().Where(s => s.Id == id)).FirstOrDefaultAsync(ct)
        ?? throw new EntityNotFoundException(typeof(StaffMember), id);

    /// <summary>Subjects taught at the school, for the registry's filter.</summary>
    public async Task<IReadOnlyList<string>> GetSubjectsAsync(CancellationToken ct = default) =>
        (await db.StaffMembers.AsNoTracking().Where(s => !s.IsArchived).Select(s => s.Subjects).ToListAsync(ct))
        .SelectMany(s => s).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).ToList();

    public async Task<StaffMemberDto> CreateAsync(CreateStaffMemberDto input, CancellationToken ct = default)
    {
        var data = await ValidateAsync(input, null, ct);
        var member = new StaffMember(Guid.CreateVersion7(), data);
        db.StaffMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return await GetAsync(member.Id, ct);
    }

    public async Task<StaffMemberDto> UpdateAsync(Guid id, UpdateStaffMemberDto input, CancellationToken ct = default)
    {
        var member = await db.StaffMembers.GetAsync(id, ct);
        db.ExpectConcurrencyStamp(member, input.ConcurrencyStamp);
        member.Update(await ValidateAsync(input, id, ct));
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Someone who leaves the school loses their account at once: it is deactivated and its sessions end.</summary>
    public async Task ArchiveAsync(Guid id, CancellationToken ct = default)
    {
        var member = (await db.StaffMembers.GetAsync(id, ct)).Archive();
        var user = member.UserId is { } userId ? await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct) : null;
        if (user is null)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        await accountGuard.EnsureNotLastDirectorAsync(user.Id, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (user.IsActive) user.Deactivate();
        await db.SaveChangesAsync(ct);
        await sessions.RevokeAllAsync(user.Id, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task RestoreAsync(Guid id, CancellationToken ct = default)
    {
        (await db.StaffMembers.GetAsync(id, ct)).Restore();
        await db.SaveChangesAsync(ct);
    }

    private async Task<StaffMemberData> ValidateAsync(CreateStaffMemberDto input, Guid? exceptId, CancellationToken ct)
    {
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim().ToLowerInvariant();
        if (email is not null && await db.StaffMembers.AnyAsync(s => s.Email == email && s.Id != exceptId, ct))
            throw new InputValidationException(nameof(input.Email), KemelSchoolPDErrorCodes.Staff.DuplicateEmail);
        if (input.MethodologicalAssociationId is { } associationId
            && !await db.MethodologicalAssociations.AnyAsync(a => a.Id == associationId, ct))
            throw new InputValidationException(nameof(input.MethodologicalAssociationId), KemelSchoolPDErrorCodes.Staff.UnknownAssociation);
        return input.ToData();
    }

    private static IQueryable<StaffMember> Sort(IQueryable<StaffMember> query, string? sorting) => sorting?.Trim().ToLowerInvariant() switch
    {
        "fullname desc" => query.OrderByDescending(s => s.FullName),
        "hiredate" => query.OrderBy(s => s.HireDate).ThenBy(s => s.FullName),
        "hiredate desc" => query.OrderByDescending(s => s.HireDate).ThenBy(s => s.FullName),
        "category" => query.OrderBy(s => s.Category).ThenBy(s => s.FullName),
        "category desc" => query.OrderByDescending(s => s.Category).ThenBy(s => s.FullName),
        "categoryexpireson" => query.OrderBy(s => s.CategoryExpiresOn).ThenBy(s => s.FullName),
        "categoryexpireson desc" => query.OrderByDescending(s => s.CategoryExpiresOn).ThenBy(s => s.FullName),
        _ => query.OrderBy(s => s.FullName).ThenBy(s => s.Id),
    };

    private IQueryable<StaffMemberDto> ProjectToDto(IQueryable<StaffMember> query)
    {
        var withoutMentor = db.StaffMembers.Where(Mentoring.MentoringPair.YoungSpecialistWithoutMentor(db.MentoringPairs))
            .Select(s => s.Id);
        return from s in query
               join a in db.MethodologicalAssociations on s.MethodologicalAssociationId equals a.Id into associations
               from a in associations.DefaultIfEmpty()
               select new StaffMemberDto(
                   s.Id,
                   s.FullName,
                   s.Position,
                   s.Subjects,
                   s.HireDate,
                   s.TotalExperienceYears,
                   s.TeachingExperienceYears,
                   s.Category,
                   s.CategoryAssignedOn,
                   s.CategoryExpiresOn,
                   s.IsYoungSpecialist,
                   s.MethodologicalAssociationId,
                   a.Name,
                   s.Email,
                   s.Phone,
                   s.UserId,
                   s.IsArchived,
                   s.ConcurrencyStamp,
                   withoutMentor.Contains(s.Id),
                   s.IsAdministration);
    }
}

public static class StaffMemberDtoExtensions
{
    public static StaffMemberData ToData(this CreateStaffMemberDto input) => new(
        input.FullName, input.Position, input.Subjects, input.HireDate!.Value, input.TotalExperienceYears, input.TeachingExperienceYears,
        input.Category!.Value, input.CategoryAssignedOn, input.IsYoungSpecialist, input.MethodologicalAssociationId, input.Email, input
            .Phone,
        input.IsAdministration);
}
