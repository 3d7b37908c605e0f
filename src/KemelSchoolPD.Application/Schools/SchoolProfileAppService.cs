using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;

namespace KemelSchoolPD.Schools;

/// <summary>School side: the school's own profile. The BIN is fixed at registration; the rest the director keeps current.</summary>
public sealed class SchoolProfileAppService(IKemelSchoolPDDbContext db, ICurrentTenant currentTenant)
{
    public async Task<SchoolProfileDto> GetAsync(CancellationToken ct = default) => (await LoadAsync(ct)).ToProfileDto();

    public async Task<SchoolProfileDto> UpdateAsync(UpdateSchoolProfileDto input, CancellationToken ct = default)
    {
        var school = await LoadAsync(ct);
        db.ExpectConcurrencyStamp(school, input.ConcurrencyStamp);
        school.SetIdentity(input.Name, school.Bin, input.Region, input.District, input.SettlementType!.Value, input.LanguagesOfInstruction)
              .SetContacts(input.Address, input.Phone, input.Email);
        await db.SaveChangesAsync(ct);
        return school.ToProfileDto();
    }

    private Task<School> LoadAsync(CancellationToken ct) => db.Schools.GetAsync(currentTenant.Id!.Value, ct);
}
