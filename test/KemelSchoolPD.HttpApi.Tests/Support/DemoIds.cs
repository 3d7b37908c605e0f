using System.Runtime.CompilerServices;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Support;

/// <summary>Ids of real demo records, read once per host over HTTP (the records themselves are never changed through these).</summary>
public sealed record DemoIds(Guid DemoSchoolId, Guid SecondSchoolId, Guid StaffMemberId, Guid AssociationId, Guid TeacherRoleId)
{
    private static readonly ConditionalWeakTable<KemelWebApplicationFactory, Lazy<Task<DemoIds>>> Cache = new();

    public static Task<DemoIds> OfAsync(KemelWebApplicationFactory host) =>
        Cache.GetValue(host, h => new Lazy<Task<DemoIds>>(() => ResolveAsync(h))).Value;

    private static async Task<DemoIds> ResolveAsync(KemelWebApplicationFactory host)
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var staff = await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?filter=Бауыржан"); // teacher08, no association
        var associations = await director.GetAsync<PagedResultDto<MethodologicalAssociationListItemDto>>(
            "/api/app/methodological-associations");
        var roles = await director.GetAsync<List<RoleDto>>("/api/identity/roles");
        return new DemoIds(
            await admin.SchoolIdAsync(TestData.DemoSchoolBin),
            await admin.SchoolIdAsync(TestData.SecondSchoolBin),
            staff.Items.First().Id,
            associations.Items.First().Id,
            roles.Single(r => r.Name == KemelRoles.Teacher).Id);
    }
}
