using System.Net;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Attachments;

/// <summary>
/// The other order of a plan's save racing the daily file cleanup (<see cref="OrphanedAttachments_Tests"/> has the first): the
/// cleanup deletes an unused file after the save checked that the file is the plan's and before the save claims it. The save's
/// claim then finds no row: it answers 409 and writes nothing, and the retry is told the file is gone (400), never a plan naming
/// a deleted file.
/// </summary>
public abstract class ClaimAfterCleanup_Tests(ClaimAfterCleanupHost host) : IDisposable
{
    public void Dispose() => host.Clock.Reset();

    [Fact]
    public async Task Should_Refuse_A_Save_Whose_New_File_The_Cleanup_Deleted_Meanwhile_And_Write_Nothing()
    {
        var school = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        host.Clock.Set(DateTimeOffset.UtcNow - AttachmentOptions.DefaultOrphanGracePeriod - TimeSpan.FromDays(1));
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var plan = await Attachments_Tests.CreatePlanAsync(teacher, 2078);
        var file = await Attachments_Tests.UploadAsync(teacher, plan.Id, Attachments_Tests.Png, "late.png");
        host.Clock.Reset();
        teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var evidence = new PlanEvidence { Kind = PlanEvidenceKind.File, Title = "Сертификат", AttachmentId = file.Id };
        var content = plan.Content with { Items = [plan.Content.Items[0] with { Evidence = [evidence] }, .. plan.Content.Items.Skip(1)] };

        // The night's cleanup runs as the save is about to write its claim: after its checks, before its transaction.
        host.BeforeNextClaim = async () =>
        {
            using var scope = host.Services.CreateScope();
            (await scope.ServiceProvider.GetRequiredService<RemoveOrphanedAttachmentsJob>().RemoveForSchoolAsync(school)).ShouldBe(1);
        };
        await (await teacher.PutJsonAsync($"/api/app/development-plans/{plan.Id}", new { content, concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        host.BeforeNextClaim.ShouldBeNull("the cleanup ran inside the save");

        var stored = await teacher.GetAsync<DevelopmentPlanDto>($"/api/app/development-plans/{plan.Id}");
        stored.ConcurrencyStamp.ShouldBe(plan.ConcurrencyStamp);
        PlanContentRules.FileIds(stored.Content).ShouldBeEmpty();
        (await teacher.GetAsync($"{Attachments_Tests.Url}/{file.Id}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var problem = await (await teacher.PutJsonAsync(
                $"/api/app/development-plans/{plan.Id}",
                new { content, concurrencyStamp = stored.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        problem.GetProperty("fieldCodes").GetProperty("evidence")[0].GetString().ShouldBe("Attachments:NotAttachmentOfRecord");
    }
}

/// <summary>
/// A host whose next save that claims a file (<see cref="Attachment.MarkInUse"/>) first runs <see cref="BeforeNextClaim"/>, once,
/// before EF opens the save's transaction.
/// </summary>
public abstract class ClaimAfterCleanupHost(DatabaseProvider provider) : KemelWebApplicationFactory(provider)
{
    private Func<Task>? _beforeNextClaim;

    public Func<Task>? BeforeNextClaim
    {
        get => _beforeNextClaim;
        set => _beforeNextClaim = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var hook = new RunBeforeSave(this);
            services.ConfigureDbContext<SqliteKemelSchoolPDDbContext>(o => o.AddInterceptors(hook));
            services.ConfigureDbContext<PostgresKemelSchoolPDDbContext>(o => o.AddInterceptors(hook));
        });
    }

    private sealed class RunBeforeSave(ClaimAfterCleanupHost host) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            var claims = eventData.Context?.ChangeTracker.Entries<Attachment>().Any(e => e.State == EntityState.Modified) == true;
            if (claims && Interlocked.Exchange(ref host._beforeNextClaim, null) is { } run) await run();
            return result;
        }
    }
}

public sealed class ClaimAfterCleanupSqliteHost() : ClaimAfterCleanupHost(DatabaseProvider.Sqlite);

public sealed class ClaimAfterCleanupPostgresHost() : ClaimAfterCleanupHost(DatabaseProvider.PostgreSql);

public sealed class ClaimAfterCleanup_Sqlite_Tests(ClaimAfterCleanupSqliteHost host)
    : ClaimAfterCleanup_Tests(host), IClassFixture<ClaimAfterCleanupSqliteHost>;

public sealed class ClaimAfterCleanup_Postgres_Tests(ClaimAfterCleanupPostgresHost host)
    : ClaimAfterCleanup_Tests(host), IClassFixture<ClaimAfterCleanupPostgresHost>;
