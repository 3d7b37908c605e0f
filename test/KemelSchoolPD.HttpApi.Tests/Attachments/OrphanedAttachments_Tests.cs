using KemelSchoolPD.Attachments;
using KemelSchoolPD.Data;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Attachments;

/// <summary>
/// The daily cleanup of files no record holds: after the grace period (a day by default) a file whose record was deleted, or that
/// names no record at all, goes with its bytes; a fresh one and one whose record exists stay; a run for one school leaves the
/// others' files alone, and the host job covers every school.
/// </summary>
public abstract class OrphanedAttachments_Tests(KemelWebApplicationFactory host) : IDisposable
{
    public void Dispose() => host.Clock.Reset();

    [Fact]
    public async Task Should_Remove_Files_No_Record_Holds_After_The_Grace_Period()
    {
        var school = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        var otherSchool = await host.SchoolIdAsync(TestData.SecondSchoolBin);

        // Two days ago: a file of a plan that is then deleted, a file of a plan that stays, and another school's orphan.
        host.Clock.Set(DateTimeOffset.UtcNow.AddDays(-2));
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var deletedPlan = await Attachments_Tests.CreatePlanAsync(teacher, 2072);
        var oldOrphan = await Attachments_Tests.UploadAsync(teacher, deletedPlan.Id, Attachments_Tests.Png, "old.png");
        var keptPlan = await Attachments_Tests.CreatePlanAsync(teacher, 2073);
        var attached = await Attachments_Tests.UploadAsync(teacher, keptPlan.Id, Attachments_Tests.Png, "kept.png");
        var stranger = await host.SignInAsync(TestData.SecondSchoolBin, "teacher01");
        var strangerPlan = await Attachments_Tests.CreatePlanAsync(stranger, 2072);
        var strangerOrphan = await Attachments_Tests.UploadAsync(stranger, strangerPlan.Id, Attachments_Tests.Png, "theirs.png");
        // An hour ago: a file of a plan deleted just after (still within the grace period).
        host.Clock.Set(DateTimeOffset.UtcNow.AddHours(-1));
        teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var freshPlan = await Attachments_Tests.CreatePlanAsync(teacher, 2074);
        var fresh = await Attachments_Tests.UploadAsync(teacher, freshPlan.Id, Attachments_Tests.Png, "fresh.png");
        host.Clock.Reset();
        teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        await DeletePlanAsync(school, deletedPlan.Id);
        await DeletePlanAsync(school, freshPlan.Id);
        await DeletePlanAsync(otherSchool, strangerPlan.Id);

        using (var scope = host.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<RemoveOrphanedAttachmentsJob>().RemoveForSchoolAsync(school)).ShouldBe(1);

        (await FilesAsync()).ShouldSatisfyAllConditions(
            f => f.ShouldNotContainKey(oldOrphan.Id),
            f => f[fresh.Id].ShouldBeTrue(),
            f => f[attached.Id].ShouldBeTrue(),
            f => f[strangerOrphan.Id].ShouldBeTrue());
        var download = await teacher.GetAsync($"{Attachments_Tests.Url}/{attached.Id}/content");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Attachments_Tests.Png);

        // The recurring job: every school's orphans past the grace period; a second run finds nothing.
        using (var scope = host.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<RemoveOrphanedAttachmentsJob>().ExecuteAsync(CancellationToken.None);
        var left = await FilesAsync();
        left.ShouldNotContainKey(strangerOrphan.Id);
        left.Keys.ShouldContain(fresh.Id);
        left.Keys.ShouldContain(attached.Id);
        using (var scope = host.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<RemoveOrphanedAttachmentsJob>().RemoveForSchoolAsync(school)).ShouldBe(0);
    }

    /// <summary>Deletes a plan as its module would (a soft delete): its files then belong to no record.</summary>
    private Task DeletePlanAsync(Guid schoolId, Guid planId) => host.InSchoolAsync(schoolId, async db =>
    {
        db.DevelopmentPlans.Remove(await db.DevelopmentPlans.SingleAsync(p => p.Id == planId));
        return await db.SaveChangesAsync();
    });

    /// <summary>Every school's files, with whether their bytes are stored.</summary>
    private async Task<Dictionary<Guid, bool>> FilesAsync()
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<Entities.IMultiTenant>();
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var contents = await db.AttachmentContents.Select(c => c.Id).ToListAsync();
        return await db.Attachments.Select(a => a.Id).ToDictionaryAsync(id => id, id => contents.Contains(id));
    }
}

public sealed class OrphanedAttachments_Sqlite_Tests(SqliteHostFixture host)
    : OrphanedAttachments_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class OrphanedAttachments_Postgres_Tests(PostgresHostFixture host)
    : OrphanedAttachments_Tests(host), IClassFixture<PostgresHostFixture>;
