using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Schools;

/// <summary>Host side: the platform operator opens, lists and deactivates schools.</summary>
public sealed class SchoolAppService(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    UserManager<AppUser> userManager,
    IServiceProvider services)
{
    public async Task<PagedResultDto<SchoolDto>> GetListAsync(GetSchoolListInput input, CancellationToken ct = default)
    {
        var query = db.Schools.AsNoTracking()
            .WhereSearchMatches(s => s.SearchText, input.Filter)
            .WhereIf(input.IsActive.HasValue, s => s.IsActive == input.IsActive);
        var total = await query.LongCountAsync(ct);
        var items = await query.OrderBy(s => s.Name).PageBy(input).ProjectToDto().ToListAsync(ct);
        return new PagedResultDto<SchoolDto>(total, items);
    }

    public async Task<SchoolDto> GetAsync(Guid id, CancellationToken ct = default) =>
        (await db.Schools.AsNoTracking().GetAsync(id, ct)).ToDto();

    /// <summary>Creates the school, its default roles and its first director in one transaction: all of it or nothing.</summary>
    public async Task<SchoolDto> CreateAsync(CreateSchoolDto input, CancellationToken ct = default)
    {
        if (await db.Schools.AnyAsync(s => s.Bin == input.Bin, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.Schools.DuplicateBin).WithData("Bin", input.Bin);

        var school = School.Create(
            input.Name,
            input.Bin,
            input.Region,
            input.District,
            input.SettlementType!.Value,
            input.LanguagesOfInstruction);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);

        using (currentTenant.Change(school.Id, school.Name))
        {
            // Same scope and connection as the transaction, so a failure below also removes the roles.
            foreach (var contributor in services.GetServices<IDataSeedContributor>().OrderBy(c => c.Order))
                await contributor.SeedAsync(new DataSeedContext(school.Id), ct);
            var director = new AppUser(school.Id, input.DirectorUserName, input.DirectorFullName, input.DirectorEmail)
            {
                EmailConfirmed = true
            };
            await userManager.CreateAsync(director, input.DirectorPassword)
                .ThrowIfFailed(nameof(input.DirectorUserName), nameof(input.DirectorEmail), nameof(input.DirectorPassword));
            await userManager.AddToRoleAsync(director, KemelRoles.Director).EnsureSucceeded();
            db.StaffMembers.Add(new StaffMember(Guid.CreateVersion7(), new StaffMemberData(
                input.DirectorFullName, "Директор", [], DateOnly.FromDateTime(DateTime.UtcNow), 0, 0,
                QualificationCategory.Pedagogue, null, false, null, input
                    .DirectorEmail, null, IsAdministration: true)).LinkUser(director.Id));
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return school.ToDto();
    }

    public async Task DeactivateAsync(Guid id, CancellationToken ct = default)
    {
        (await db.Schools.GetAsync(id, ct)).Deactivate();
        await db.SaveChangesAsync(ct);
    }

    public async Task ActivateAsync(Guid id, CancellationToken ct = default)
    {
        (await db.Schools.GetAsync(id, ct)).Activate();
        await db.SaveChangesAsync(ct);
    }
}
