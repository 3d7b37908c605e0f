using System.Text.Json;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.EntityFrameworkCore.Tests;

/// <summary>
/// Write side of the kernel on a real database: the school is stamped on new rows, writes to another school's rows are refused,
/// deletes are soft, concurrency stamps are renewed and checked, audit fields are filled and the audit log is written in the same save.
/// </summary>
public sealed class KemelSaveChangesInterceptor_Tests : IDisposable
{
    private readonly KernelDb _kernel = new();

    public void Dispose() => _kernel.Dispose();

    [Fact]
    public async Task Should_Stamp_The_Current_School_On_New_Rows()
    {
        var member = await _kernel.AddStaffAsync(_kernel.SchoolA, "Stamped");

        member.TenantId.ShouldBe(_kernel.SchoolA);
        (await _kernel.RawAsync(db => db.StaffMembers.Where(s => s.Id == member.Id).Select(s => s.TenantId).SingleAsync())).ShouldBe(
            _kernel.SchoolA);
    }

    [Fact]
    public async Task Should_Refuse_A_New_School_Row_When_No_School_Is_Current_And_Save_Nothing()
    {
        await using (var db = _kernel.Create())
        {
            db.StaffMembers.Add(new StaffMember(Guid.CreateVersion7(), KernelDb.StaffData("Nobody's")));
            await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }

        (await _kernel.RawAsync(db => db.StaffMembers.CountAsync())).ShouldBe(0);
        (await _kernel.RawAsync(db => db.AuditLogs.CountAsync(a => a.EntityType == nameof(StaffMember)))).ShouldBe(0);
    }

    [Fact]
    public async Task Should_Refuse_A_New_Row_Stamped_With_Another_School()
    {
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolB);
        await using var db = _kernel.Create();
        var member = new StaffMember(Guid.CreateVersion7(), KernelDb.StaffData("Planted in A"));
        db.StaffMembers.Add(member);
        db.Entry(member).Property(nameof(IMultiTenant.TenantId)).CurrentValue = _kernel.SchoolA;

        await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        (await _kernel.RawAsync(raw => raw.StaffMembers.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Refuse_To_Update_Or_Delete_Another_Schools_Row_And_Save_Nothing(bool delete)
    {
        var inA = await _kernel.AddStaffAsync(_kernel.SchoolA, "Teacher of A");

        using (_kernel.CurrentTenant.Change(_kernel.SchoolB))
        await using (var db = _kernel.Create())
        {
            StaffMember row;
            using (_kernel.DataFilter.Disable<IMultiTenant>()) // code that reads past the filter still cannot write
                row = await db.StaffMembers.SingleAsync(s => s.Id == inA.Id);
            if (delete) db.StaffMembers.Remove(row);
            else row.Update(KernelDb.StaffData("Changed by B"));

            await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }

        await AssertUntouchedAsync(inA, "Teacher of A");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Refuse_To_Save_A_Row_Loaded_As_School_A_While_Running_As_School_B(bool delete)
    {
        var inA = await _kernel.AddStaffAsync(_kernel.SchoolA, "Teacher of A");
        await using var db = _kernel.Create();
        StaffMember row;
        using (_kernel.CurrentTenant.Change(_kernel.SchoolA)) row = await db.StaffMembers.SingleAsync(s => s.Id == inA.Id);

        using (_kernel.CurrentTenant.Change(_kernel.SchoolB))
        {
            if (delete) db.StaffMembers.Remove(row);
            else row.Update(KernelDb.StaffData("Changed by B"));
            await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }

        await AssertUntouchedAsync(inA, "Teacher of A");
    }

    [Fact]
    public async Task Should_Refuse_To_Move_A_Row_To_Another_School()
    {
        // An association: a staff member's school is part of the key plans and route sheets refer to, which EF itself
        // refuses to change.
        var association = new MethodologicalAssociation(Guid.CreateVersion7(), "Математика", null, null);
        using (_kernel.CurrentTenant.Change(_kernel.SchoolA))
        await using (var db = _kernel.Create())
        {
            db.MethodologicalAssociations.Add(association);
            await db.SaveChangesAsync();
        }

        using (_kernel.CurrentTenant.Change(_kernel.SchoolA))
        await using (var db = _kernel.Create())
        {
            var row = await db.MethodologicalAssociations.SingleAsync(a => a.Id == association.Id);
            db.Entry(row).Property(nameof(IMultiTenant.TenantId)).CurrentValue = _kernel.SchoolB;
            await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }

        (await _kernel.RawAsync(db => db.MethodologicalAssociations.Where(a => a.Id == association.Id).Select(a => a.TenantId)
            .SingleAsync())).ShouldBe(_kernel.SchoolA);
    }

    [Fact]
    public async Task Should_Let_The_Host_Write_A_Schools_Row_With_The_Tenant_Filter_Disabled()
    {
        var inA = await _kernel.AddStaffAsync(_kernel.SchoolA, "Teacher of A");

        using (_kernel.DataFilter.Disable<IMultiTenant>())
        await using (var db = _kernel.Create())
        {
            (await db.StaffMembers.SingleAsync(s => s.Id == inA.Id)).Update(KernelDb.StaffData("Corrected by the operator"));
            await db.SaveChangesAsync();
        }

        (await _kernel.RawAsync(db => db.StaffMembers.Where(s => s.Id == inA.Id).Select(s => s.FullName).SingleAsync())).ShouldBe(
            "Corrected by the operator");
    }

    [Fact]
    public async Task Should_Turn_A_Delete_Into_A_Soft_Delete()
    {
        var userId = Guid.CreateVersion7();
        using var signedIn = _kernel.SignIn(userId, "director");
        var member = await _kernel.AddStaffAsync(_kernel.SchoolA, "To be deleted");
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);

        await using (var db = _kernel.Create())
        {
            db.StaffMembers.Remove(await db.StaffMembers.SingleAsync(s => s.Id == member.Id));
            await db.SaveChangesAsync();
        }

        await using (var db = _kernel.Create())
        {
            (await db.StaffMembers.AnyAsync(s => s.Id == member.Id)).ShouldBeFalse();
            using (_kernel.DataFilter.Disable<ISoftDelete>())
            {
                var row = await db.StaffMembers.SingleAsync(s => s.Id == member.Id);
                row.IsDeleted.ShouldBeTrue();
                row.DeletionTime.ShouldNotBeNull().ShouldBeInRange(DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
                row.DeleterId.ShouldBe(userId);
            }
        }
    }

    [Fact]
    public async Task Should_Renew_The_Concurrency_Stamp_On_Every_Update()
    {
        var member = await _kernel.AddStaffAsync(_kernel.SchoolA, "Stamp");
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);
        var stamps = new List<string> { member.ConcurrencyStamp };

        foreach (var name in new[] { "Stamp, first edit", "Stamp, second edit" })
        {
            await using var db = _kernel.Create();
            var row = await db.StaffMembers.SingleAsync(s => s.Id == member.Id);
            row.Update(KernelDb.StaffData(name));
            await db.SaveChangesAsync();
            stamps.Add(row.ConcurrencyStamp);
        }

        stamps.Distinct().Count().ShouldBe(3);
        (await _kernel.RawAsync(db => db.StaffMembers.Where(s => s.Id == member.Id).Select(s => s.ConcurrencyStamp).SingleAsync()))
            .ShouldBe(stamps[^1]);
    }

    [Fact]
    public async Task Should_Reject_A_Save_From_A_Stale_Copy_And_Keep_The_First_Edit()
    {
        var member = await _kernel.AddStaffAsync(_kernel.SchoolA, "Stamp");
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);
        await using var first = _kernel.Create();
        await using var second = _kernel.Create();
        var a = await first.StaffMembers.SingleAsync(s => s.Id == member.Id);
        var b = await second.StaffMembers.SingleAsync(s => s.Id == member.Id);

        a.Update(KernelDb.StaffData("First edit"));
        await first.SaveChangesAsync();
        b.Update(KernelDb.StaffData("Second edit, from a stale copy"));

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        (await _kernel.RawAsync(db => db.StaffMembers.Where(s => s.Id == member.Id).Select(s => s.FullName).SingleAsync())).ShouldBe(
            "First edit");
        (await _kernel.RawAsync(
            db => db.AuditLogs.CountAsync(l => l.EntityId == member.Id.ToString()
                && l.ChangeType == EntityChangeType.Updated))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Reject_A_Save_When_The_Client_Sends_An_Old_Stamp()
    {
        var member = await _kernel.AddStaffAsync(_kernel.SchoolA, "Stamp");
        var stampTheClientRead = member.ConcurrencyStamp;
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);
        await using (var db = _kernel.Create())
        {
            (await db.StaffMembers.SingleAsync(s => s.Id == member.Id)).Update(KernelDb.StaffData("Someone else's edit"));
            await db.SaveChangesAsync();
        }

        await using (var db = _kernel.Create())
        {
            var row = await db.StaffMembers.SingleAsync(s => s.Id == member.Id);
            ((IKemelSchoolPDDbContext)db).ExpectConcurrencyStamp(row, stampTheClientRead);
            row.Update(KernelDb.StaffData("Edit based on the old copy"));
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task Should_Fill_The_Creation_And_Modification_Audit_Fields()
    {
        var creator = Guid.CreateVersion7();
        var modifier = Guid.CreateVersion7();
        var before = DateTime.UtcNow.AddSeconds(-1);
        StaffMember member;
        using (_kernel.SignIn(creator, "director")) member = await _kernel.AddStaffAsync(_kernel.SchoolA, "Audited");
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);

        await using (var db = _kernel.Create())
        {
            var row = await db.StaffMembers.SingleAsync(s => s.Id == member.Id);
            row.CreatorId.ShouldBe(creator);
            row.CreationTime.ShouldBeInRange(before, DateTime.UtcNow.AddSeconds(1));
            row.CreationTime.Kind.ShouldBe(DateTimeKind.Utc);
            row.LastModificationTime.ShouldBeNull();
            row.LastModifierId.ShouldBeNull();

            using (_kernel.SignIn(modifier, "deputy"))
            {
                row.Update(KernelDb.StaffData("Audited, renamed"));
                await db.SaveChangesAsync();
            }
        }

        await using (var db = _kernel.Create())
        {
            var row = await db.StaffMembers.SingleAsync(s => s.Id == member.Id);
            (row.CreatorId, row.LastModifierId).ShouldBe((creator, modifier));
            row.LastModificationTime.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(row.CreationTime);
        }
    }

    [Fact]
    public async Task Should_Renew_The_Schools_Change_Token_In_The_Save_That_Changes_Its_Records_Only()
    {
        using var signedIn = _kernel.SignIn(Guid.CreateVersion7(), "director");
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);
        var member = new StaffMember(Guid.CreateVersion7(), KernelDb.StaffData("Token"));
        await using var db = _kernel.Create();
        Task<Guid?> TokenAsync(Guid school)
            => db.SchoolChangeTokens.AsNoTracking().Where(t => t.SchoolId == school).Select(t => (Guid?)t.Token).SingleOrDefaultAsync();
        // A school has its token from the save that created it: a renewal is an UPDATE alone.
        var otherBefore = (await TokenAsync(_kernel.SchoolB)).ShouldNotBeNull();
        var before = (await TokenAsync(_kernel.SchoolA)).ShouldNotBeNull();

        db.StaffMembers.Add(member);
        await db.SaveChangesAsync();
        var created = (await TokenAsync(_kernel.SchoolA)).ShouldNotBeNull();
        created.ShouldNotBe(before);

        member.Update(KernelDb.StaffData("Token, renamed"));
        await db.SaveChangesAsync();
        var updated = (await TokenAsync(_kernel.SchoolA)).ShouldNotBeNull();
        updated.ShouldNotBe(created);

        // The audit log alone is not the school's work: reading it stays cached.
        db.AuditLogs.Add(new AuditLog(_kernel.SchoolA, DateTime.UtcNow, null, null, "Test", "1", EntityChangeType.Updated, []));
        await db.SaveChangesAsync();
        (await TokenAsync(_kernel.SchoolA)).ShouldBe(updated);
        (await TokenAsync(_kernel.SchoolB)).ShouldBe(otherBefore);
    }

    [Fact]
    public async Task Should_Write_An_Audit_Log_Entry_For_Create_Update_And_Delete_In_The_Same_Save()
    {
        var userId = Guid.CreateVersion7();
        using var signedIn = _kernel.SignIn(userId, "director");
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);
        var member = new StaffMember(Guid.CreateVersion7(), KernelDb.StaffData("Audited"));

        await using (var db = _kernel.Create())
        {
            db.StaffMembers.Add(member);
            (await db.SaveChangesAsync()).ShouldBe(3); // the row, its audit entry and the school's change token, in one save
            member.Update(KernelDb.StaffData("Audited, renamed") with
            {
                Category = QualificationCategory.Expert,
                CategoryAssignedOn = new DateOnly(2024, 1, 15),
                Subjects = ["Математика", "Физика"],
            });
            (await db.SaveChangesAsync()).ShouldBe(3);
            db.StaffMembers.Remove(member);
            (await db.SaveChangesAsync()).ShouldBe(3);
        }

        await using (var db = _kernel.Create())
        {
            var logs = await db.AuditLogs.Where(a => a.EntityId == member.Id.ToString()).OrderBy(a => a.Time).ToListAsync();
            logs.Select(l => l.ChangeType).ShouldBe([EntityChangeType.Created, EntityChangeType.Updated, EntityChangeType.Deleted]);
            logs.ShouldAllBe(
                l => l.EntityType == nameof(StaffMember) && l.TenantId == _kernel.SchoolA && l.UserId == userId
                    && l.UserName == "director");

            var created = logs[0].Changes.ToDictionary(c => c.Property);
            created[nameof(StaffMember.FullName)].ShouldBe(new AuditPropertyChange(nameof(StaffMember.FullName), null, "Audited"));
            created[nameof(StaffMember.HireDate)].NewValue.ShouldBe("2020-09-01");
            created.Values.ShouldAllBe(c => c.OldValue == null);
            created.Keys.ShouldNotContain(nameof(StaffMember.ConcurrencyStamp));
            created.Keys.ShouldNotContain(nameof(StaffMember.TenantId));

            var updated = logs[1].Changes.ToDictionary(c => c.Property);
            updated.Keys.ShouldBe(
            [
                nameof(StaffMember.FullName), nameof(StaffMember.Subjects), nameof(StaffMember.Category),
                nameof(StaffMember.CategoryAssignedOn), nameof(StaffMember.CategoryExpiresOn),
            ], ignoreOrder: true); // only what changed: no stamp, no modification time
            updated[nameof(StaffMember.FullName)].ShouldBe(
                new AuditPropertyChange(nameof(StaffMember.FullName), "Audited", "Audited, renamed"));
            updated[nameof(StaffMember.Category)].ShouldBe(new AuditPropertyChange(nameof(StaffMember.Category), "Pedagogue", "Expert"));
            updated[nameof(StaffMember.CategoryAssignedOn)].ShouldBe(
                new AuditPropertyChange(nameof(StaffMember.CategoryAssignedOn), null, "2024-01-15"));
            updated[nameof(StaffMember.CategoryExpiresOn)].ShouldBe(
                new AuditPropertyChange(nameof(StaffMember.CategoryExpiresOn), null, "2029-01-15"));
            JsonSerializer.Deserialize<string[]>(updated[nameof(StaffMember.Subjects)].OldValue!).ShouldBe(["Математика"]); // lists are JSON arrays
            JsonSerializer.Deserialize<string[]>(updated[nameof(StaffMember.Subjects)].NewValue!).ShouldBe(["Математика", "Физика"]);
            logs[2].Changes.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Should_Write_No_Audit_Log_Entry_When_Nothing_Changed()
    {
        var member = await _kernel.AddStaffAsync(_kernel.SchoolA, "Unchanged");
        using var _ = _kernel.CurrentTenant.Change(_kernel.SchoolA);
        await using var db = _kernel.Create();
        var row = await db.StaffMembers.SingleAsync(s => s.Id == member.Id);

        row.Update(KernelDb.StaffData("Unchanged"));

        (await db.SaveChangesAsync()).ShouldBe(0);
        (await db.AuditLogs.CountAsync(a => a.EntityId == member.Id.ToString())).ShouldBe(1);
    }

    private async Task AssertUntouchedAsync(StaffMember original, string fullName)
    {
        var row = (await _kernel.RawAsync(db => db.StaffMembers.SingleAsync(s => s.Id == original.Id)))!;
        (row.FullName, row.IsDeleted, row.TenantId, row.ConcurrencyStamp).ShouldBe(
            (fullName, false, _kernel.SchoolA, original.ConcurrencyStamp));
        (await _kernel.RawAsync(
            db => db.AuditLogs.CountAsync(a => a.EntityId == original.Id.ToString()
                && a.ChangeType != EntityChangeType.Created))).ShouldBe(0);
    }
}
