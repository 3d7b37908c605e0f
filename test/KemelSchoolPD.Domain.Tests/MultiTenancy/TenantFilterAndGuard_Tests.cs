using KemelSchoolPD.Auditing;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Domain.Tests.MultiTenancy;

/// <summary>The kernel's promises on a real database: reads filtered by school, writes guarded, deletes soft, edits stamped and audited.</summary>
public sealed class TenantFilterAndGuard_Tests : IDisposable
{
    private readonly KernelDb _kernel = new();

    public void Dispose() => _kernel.Dispose();

    [Fact]
    public async Task Should_Hide_Another_Schools_Rows_And_Show_Both_To_The_Host_With_The_Filter_Off()
    {
        var inA = await AddStaffAsync(_kernel.SchoolA, "Teacher of A");
        await AddStaffAsync(_kernel.SchoolB, "Teacher of B");

        using (_kernel.CurrentTenant.Change(_kernel.SchoolB))
        await using (var db = _kernel.Create())
        {
            (await db.StaffMembers.Select(s => s.FullName).ToListAsync()).ShouldBe(["Teacher of B"]);
            (await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == inA.Id)).ShouldBeNull();
        }

        await using (var db = _kernel.Create())
        {
            (await db.StaffMembers.CountAsync()).ShouldBe(0); // the host sees no school's rows by default
            using (_kernel.DataFilter.Disable<IMultiTenant>())
                (await db.StaffMembers.CountAsync()).ShouldBe(2);
        }
    }

    [Fact]
    public async Task Should_Stamp_The_Current_School_On_New_Rows()
    {
        var member = await AddStaffAsync(_kernel.SchoolA, "Stamped");

        member.TenantId.ShouldBe(_kernel.SchoolA);
    }

    [Fact]
    public async Task Should_Refuse_A_New_School_Row_When_No_School_Is_Current()
    {
        await using var db = _kernel.Create();
        db.StaffMembers.Add(new StaffMember(Guid.CreateVersion7(), Data("Nobody's")));

        await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_Refuse_To_Update_Or_Delete_Another_Schools_Row_And_Save_Nothing(bool delete)
    {
        var inA = await AddStaffAsync(_kernel.SchoolA, "Teacher of A");

        using (_kernel.CurrentTenant.Change(_kernel.SchoolB))
        await using (var db = _kernel.Create())
        using (_kernel.DataFilter.Disable<IMultiTenant>()) // even code that reads past the filter cannot write
        {
            var row = await db.StaffMembers.SingleAsync(s => s.Id == inA.Id);
            if (delete) db.StaffMembers.Remove(row);
            else row.Update(Data("Changed by B"));
            using (_kernel.DataFilter.Enable<IMultiTenant>())
                await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }

        using (_kernel.CurrentTenant.Change(_kernel.SchoolA))
        await using (var db = _kernel.Create())
        {
            var row = await db.StaffMembers.SingleAsync(s => s.Id == inA.Id);
            row.FullName.ShouldBe("Teacher of A");
            (await db.AuditLogs.CountAsync(a => a.EntityId == inA.Id.ToString() && a.ChangeType != EntityChangeType.Created)).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Should_Soft_Delete_And_Hide_Deleted_Rows_Unless_The_Filter_Is_Off()
    {
        var association = new MethodologicalAssociation(Guid.CreateVersion7(), "Математика ӘБ", null, null);
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);
        await using (var db = _kernel.Create())
        {
            db.MethodologicalAssociations.Add(association);
            await db.SaveChangesAsync();
            db.MethodologicalAssociations.Remove(association);
            await db.SaveChangesAsync();
        }

        await using (var db = _kernel.Create())
        {
            (await db.MethodologicalAssociations.AnyAsync(a => a.Id == association.Id)).ShouldBeFalse();
            using (_kernel.DataFilter.Disable<ISoftDelete>())
            {
                var deleted = await db.MethodologicalAssociations.SingleAsync(a => a.Id == association.Id);
                deleted.IsDeleted.ShouldBeTrue();
                deleted.DeletionTime.ShouldNotBeNull();
            }
        }
    }

    [Fact]
    public async Task Should_Renew_The_Concurrency_Stamp_And_Reject_A_Stale_One()
    {
        var member = await AddStaffAsync(_kernel.SchoolA, "Stamp");
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);

        await using var first = _kernel.Create();
        await using var second = _kernel.Create();
        var a = await first.StaffMembers.SingleAsync(s => s.Id == member.Id);
        var b = await second.StaffMembers.SingleAsync(s => s.Id == member.Id);
        var stampBefore = a.ConcurrencyStamp;

        a.Update(Data("First edit"));
        await first.SaveChangesAsync();
        b.Update(Data("Second edit, from a stale copy"));

        a.ConcurrencyStamp.ShouldNotBe(stampBefore);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Should_Fill_Audit_Fields_And_Write_The_Audit_Log_In_The_Same_Save()
    {
        var userId = Guid.CreateVersion7();
        using var signedIn = _kernel.SignIn(userId, "director");
        var member = await AddStaffAsync(_kernel.SchoolA, "Audited");
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);

        await using (var db = _kernel.Create())
        {
            var row = await db.StaffMembers.SingleAsync(s => s.Id == member.Id);
            row.CreatorId.ShouldBe(userId);
            row.Update(Data("Audited, renamed"));
            await db.SaveChangesAsync();
            row.LastModifierId.ShouldBe(userId);
            row.LastModificationTime.ShouldNotBeNull();
        }

        await using (var db = _kernel.Create())
        {
            var logs = await db.AuditLogs.Where(a => a.EntityId == member.Id.ToString()).OrderBy(a => a.Time).ToListAsync();
            logs.Select(l => l.ChangeType).ShouldBe([EntityChangeType.Created, EntityChangeType.Updated]);
            logs.ShouldAllBe(l => l.UserName == "director" && l.TenantId == _kernel.SchoolA);
            var rename = logs[1].Changes.ShouldHaveSingleItem();
            rename.ShouldBe(new AuditPropertyChange(nameof(StaffMember.FullName), "Audited", "Audited, renamed"));
        }
    }

    private async Task<StaffMember> AddStaffAsync(Guid schoolId, string fullName)
    {
        using var _ = _kernel.CurrentTenant.Change(schoolId);
        await using var db = _kernel.Create();
        var member = new StaffMember(Guid.CreateVersion7(), Data(fullName));
        db.StaffMembers.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    private static StaffMemberData Data(string fullName) => new(fullName, "Мұғалім", ["Математика"], new DateOnly(2020, 9, 1), 6, 5,
        QualificationCategory.Pedagogue, null, false, null, null, null);
}
