using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Application.Tests.Auditing;

/// <summary>The school's change history: its own entries only, newest first, a page at a time.</summary>
public abstract class AuditLogAppService_Tests(KemelWebApplicationFactory host) : ApplicationTestBase(host)
{
    private const string SchoolA = TestData.DemoSchoolBin;
    private const string SchoolB = TestData.SecondSchoolBin;

    [Fact]
    public async Task Should_List_Only_The_Schools_Own_Entries()
    {
        var tag = Tag();
        var inB = await InSchoolAsync(SchoolB, sp => CreateStaffAsync(sp, "Teacher of B " + tag));
        var inA = await InSchoolAsync(SchoolA, sp => CreateStaffAsync(sp, "Teacher of A " + tag));

        (await ListAsync(SchoolA, new GetAuditLogListInput { EntityId = inB.Id.ToString() })).TotalCount.ShouldBe(0);
        (await ListAsync(SchoolA, new GetAuditLogListInput { EntityId = inA.Id.ToString() })).Items.ShouldHaveSingleItem().ChangeType
            .ShouldBe(EntityChangeType.Created);
        (await ListAsync(SchoolB, new GetAuditLogListInput { EntityId = inB.Id.ToString() })).Items.ShouldHaveSingleItem().EntityType
            .ShouldBe(nameof(StaffMember));

        // Everything school A is shown is exactly what the table holds for school A, of the records open to auditors (this
        // caller has no staff record: the private records' read rules show it none of theirs).
        var schoolA = await SchoolIdAsync(SchoolA);
        var shown = await AllIdsAsync(SchoolA);
        var open = AuditedRecordReadRules.OpenToAuditors.ToArray();
        var ownRows = await InSchoolAsync(null, async sp =>
        {
            using var _ = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<IKemelSchoolPDDbContext>().AuditLogs
                .Where(a => a.TenantId == schoolA && open.Contains(a.EntityType)).Select(a => a.Id).ToListAsync();
        });
        shown.ShouldBe(ownRows, ignoreOrder: true);
        ownRows.Count.ShouldBeGreaterThan(TestData.DemoSchoolStaffCount); // the demo seed alone wrote more than that
    }

    [Fact]
    public async Task Should_List_The_Newest_Entries_First_A_Page_At_A_Time()
    {
        var tag = Tag();
        var id = await InSchoolAsync(SchoolA, async sp =>
        {
            var staff = sp.GetRequiredService<StaffMemberAppService>();
            var created = await CreateStaffAsync(sp, "Audited " + tag);
            var input = StaffInput("Audited, renamed " + tag);
            await staff.UpdateAsync(created.Id, new UpdateStaffMemberDto
            {
                FullName = input.FullName, Position = input.Position, Subjects = input.Subjects, HireDate = input.HireDate,
                TotalExperienceYears = input.TotalExperienceYears, TeachingExperienceYears = input.TeachingExperienceYears,
                Category = input.Category, ConcurrencyStamp = created.ConcurrencyStamp,
            });
            await staff.ArchiveAsync(created.Id);
            return created.Id.ToString();
        }, userName: TestData.Director);

        var all = await ListAsync(SchoolA, new GetAuditLogListInput { EntityId = id });
        all.TotalCount.ShouldBe(3);
        all.Items.Select(i => i.ChangeType).ShouldBe([EntityChangeType.Updated, EntityChangeType.Updated, EntityChangeType.Created]);
        all.Items[0].Changes
            .ShouldContain(c => c.Property == nameof(StaffMember.IsArchived) && c.OldValue == "False" && c.NewValue == "True");
        all.Items[1].Changes.ShouldContain(
            c => c.Property == nameof(StaffMember.FullName) && c.OldValue == "Audited " + tag && c.NewValue == "Audited, renamed " + tag);
        all.Items.ShouldAllBe(i => i.UserName == TestData.Director && i.UserId != null);

        var first = await ListAsync(SchoolA, new GetAuditLogListInput { EntityId = id, MaxResultCount = 2 });
        var second = await ListAsync(SchoolA, new GetAuditLogListInput { EntityId = id, MaxResultCount = 2, SkipCount = 2 });
        (first.TotalCount, second.TotalCount).ShouldBe((3, 3));
        first.Items.Concat(second.Items).Select(i => i.Id).ShouldBe(all.Items.Select(i => i.Id));

        // The school's whole log starts with the newest change: the archive just made.
        var latest = await ListAsync(SchoolA, new GetAuditLogListInput { MaxResultCount = 5 });
        latest.Items.Count.ShouldBe(5);
        latest.Items[0].Id.ShouldBe(all.Items[0].Id);
        latest.Items.Select(i => i.Time).ShouldBeInOrder(SortDirection.Descending);
    }

    private Task<Dtos.PagedResultDto<AuditLogDto>> ListAsync(string bin, GetAuditLogListInput input) =>
        InSchoolAsync(bin, sp => sp.GetRequiredService<AuditLogAppService>().GetListAsync(input));

    private async Task<List<Guid>> AllIdsAsync(string bin)
    {
        var ids = new List<Guid>();
        for (var skip = 0; ; skip += Dtos.PagedInput.MaxPageSize)
        {
            var page = await ListAsync(bin, new GetAuditLogListInput { SkipCount = skip, MaxResultCount = Dtos.PagedInput.MaxPageSize });
            ids.AddRange(page.Items.Select(i => i.Id));
            if (page.Items.Count < Dtos.PagedInput.MaxPageSize) return ids;
        }
    }
}

public sealed class AuditLogAppService_Sqlite_Tests(SqliteHostFixture host) :
    AuditLogAppService_Tests(host),
    IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class AuditLogAppService_Postgres_Tests(PostgresHostFixture host) :
    AuditLogAppService_Tests(host),
    IClassFixture<PostgresHostFixture>;
