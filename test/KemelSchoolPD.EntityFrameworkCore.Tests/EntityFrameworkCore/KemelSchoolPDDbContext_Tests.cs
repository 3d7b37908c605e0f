using KemelSchoolPD.Entities;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.EntityFrameworkCore.Tests;

/// <summary>Read isolation: the named "Tenant" and "SoftDelete" query filters on a real database.</summary>
public sealed class KemelSchoolPDDbContext_Tests : IDisposable
{
    private readonly KernelDb _kernel = new();

    public void Dispose() => _kernel.Dispose();

    [Fact]
    public async Task Should_Hide_Rows_Written_As_School_A_From_School_B()
    {
        var inA = await _kernel.AddStaffAsync(_kernel.SchoolA, "Teacher of A");
        var inB = await _kernel.AddStaffAsync(_kernel.SchoolB, "Teacher of B");

        using (_kernel.CurrentTenant.Change(_kernel.SchoolB))
        await using (var db = _kernel.Create())
        {
            (await db.StaffMembers.Select(s => s.Id).ToListAsync()).ShouldBe([inB.Id]);
            (await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == inA.Id)).ShouldBeNull();
            (await db.StaffMembers.FindAsync(inA.Id)).ShouldBeNull();
        }

        using (_kernel.CurrentTenant.Change(_kernel.SchoolA))
        await using (var db = _kernel.Create())
            (await db.StaffMembers.Select(s => s.Id).ToListAsync()).ShouldBe([inA.Id]);
    }

    [Fact]
    public async Task Should_Show_Every_Schools_Rows_To_The_Host_Only_With_The_Tenant_Filter_Disabled()
    {
        var inA = await _kernel.AddStaffAsync(_kernel.SchoolA, "Teacher of A");
        var inB = await _kernel.AddStaffAsync(_kernel.SchoolB, "Teacher of B");
        await using var db = _kernel.Create();

        (await db.StaffMembers.CountAsync()).ShouldBe(0); // the host sees no school's rows by default
        using (_kernel.DataFilter.Disable<IMultiTenant>())
            (await db.StaffMembers.Select(s => s.Id).ToListAsync()).ShouldBe([inA.Id, inB.Id], ignoreOrder: true);
        (await db.StaffMembers.CountAsync()).ShouldBe(0); // and the filter is back once the scope ends
    }

    [Fact]
    public async Task Should_Read_The_Current_School_At_Query_Time_Not_When_The_Context_Was_Made()
    {
        var inA = await _kernel.AddStaffAsync(_kernel.SchoolA, "Teacher of A");
        var inB = await _kernel.AddStaffAsync(_kernel.SchoolB, "Teacher of B");
        await using var db = _kernel.Create(); // one context, one cached model, two schools

        using (_kernel.CurrentTenant.Change(_kernel.SchoolA))
            (await db.StaffMembers.AsNoTracking().Select(s => s.Id).SingleAsync()).ShouldBe(inA.Id);
        using (_kernel.CurrentTenant.Change(_kernel.SchoolB))
            (await db.StaffMembers.AsNoTracking().Select(s => s.Id).SingleAsync()).ShouldBe(inB.Id);
    }

    [Fact]
    public async Task Should_Keep_Users_Of_A_School_To_That_School_And_Host_Users_To_The_Host()
    {
        var hostUser = await AddUserAsync(null, "operator");
        var userOfA = await AddUserAsync(_kernel.SchoolA, "director");
        var userOfB = await AddUserAsync(_kernel.SchoolB, "director"); // the same name in another school is another user

        (await UserIdsAsync(null)).ShouldBe([hostUser.Id]);
        (await UserIdsAsync(_kernel.SchoolA)).ShouldBe([userOfA.Id]);
        (await UserIdsAsync(_kernel.SchoolB)).ShouldBe([userOfB.Id]);
    }

    [Fact]
    public async Task Should_Show_Soft_Deleted_Rows_Only_With_The_SoftDelete_Filter_Disabled_And_Never_Another_Schools()
    {
        var association = new MethodologicalAssociation(Guid.CreateVersion7(), "Тілдер ӘБ", null, null);
        using (_kernel.CurrentTenant.Change(_kernel.SchoolA))
        await using (var db = _kernel.Create())
        {
            db.MethodologicalAssociations.Add(association);
            await db.SaveChangesAsync();
            db.MethodologicalAssociations.Remove(association);
            await db.SaveChangesAsync();
        }

        using (_kernel.CurrentTenant.Change(_kernel.SchoolA))
        await using (var db = _kernel.Create())
        {
            (await db.MethodologicalAssociations.AnyAsync(a => a.Id == association.Id)).ShouldBeFalse();
            using (_kernel.DataFilter.Disable<ISoftDelete>())
                (await db.MethodologicalAssociations.SingleAsync(a => a.Id == association.Id)).IsDeleted.ShouldBeTrue();
            (await db.MethodologicalAssociations
                .IgnoreQueryFilters([KemelSchoolPD.EntityFrameworkCore.KemelSchoolPDDbContext.SoftDeleteFilter])
                .AnyAsync(a => a.Id == association.Id)).ShouldBeTrue();
        }

        using (_kernel.CurrentTenant.Change(_kernel.SchoolB))
        using (_kernel.DataFilter.Disable<ISoftDelete>())
        await using (var db = _kernel.Create())
            (await db.MethodologicalAssociations.AnyAsync(a => a.Id == association.Id)).ShouldBeFalse(); // the tenant filter still holds
    }

    private async Task<AppUser> AddUserAsync(Guid? schoolId, string userName)
    {
        using var _ = _kernel.CurrentTenant.Change(schoolId);
        await using var db = _kernel.Create();
        var user = new AppUser(schoolId, userName, userName, null) { NormalizedUserName = userName.ToUpperInvariant() };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    private async Task<List<Guid>> UserIdsAsync(Guid? schoolId)
    {
        using var _ = _kernel.CurrentTenant.Change(schoolId);
        await using var db = _kernel.Create();
        return await db.Users.Select(u => u.Id).ToListAsync();
    }
}
