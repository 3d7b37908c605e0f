using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Data;

/// <summary>
/// Fills the search columns of rows written before those columns existed (a migration cannot: the database's lower() does
/// not know every alphabet). Runs at every start and finds nothing to do once filled.
/// </summary>
public sealed class SearchTextSeedContributor(IKemelSchoolPDDbContext db) : IDataSeedContributor
{
    public int Order => -100;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        if (context.TenantId is null)
        {
            foreach (var school in await db.Schools.Where(s => s.SearchText == "").ToListAsync(ct)) school.RefreshSearchText();
        }
        else
        {
            foreach (var member in await db.StaffMembers.Where(s => s.SearchText == "").ToListAsync(ct)) member.RefreshSearchText();
            foreach (var association in await db.MethodologicalAssociations.Where(a => a.SearchText == "").ToListAsync(ct))
                association.RefreshSearchText();
        }
        await db.SaveChangesAsync(ct);
    }
}
