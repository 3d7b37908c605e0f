using System.Net;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentEvents;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Attachments;

/// <summary>
/// The daily cleanup of files no record holds: after the grace period (15 days by default) a file whose record was deleted, or
/// that names no record at all, goes with its bytes; a fresh one and one whose record exists stay; a run for one school leaves the
/// others' files alone, and the host job covers every school. A plan's file that no evidence names, now or in a version or review
/// it keeps, goes too; files of records that use all their files (an event's materials) stay. A plan's save that starts to name a
/// file while the cleanup runs keeps it.
/// </summary>
public abstract class OrphanedAttachments_Tests(KemelWebApplicationFactory host) : IDisposable
{
    private static readonly TimeSpan Grace = AttachmentOptions.DefaultOrphanGracePeriod;

    /// <summary>A day past the grace period.</summary>
    private static DateTimeOffset PastGrace => DateTimeOffset.UtcNow - Grace - TimeSpan.FromDays(1);

    public void Dispose() => host.Clock.Reset();

    [Fact]
    public async Task Should_Remove_Files_No_Record_Holds_After_The_Grace_Period()
    {
        var school = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        var otherSchool = await host.SchoolIdAsync(TestData.SecondSchoolBin);

        // Past the grace period: a file of a plan that is then deleted, a file of a plan that stays, and another school's orphan.
        host.Clock.Set(PastGrace);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var deletedPlan = await Attachments_Tests.CreatePlanAsync(teacher, 2072);
        var oldOrphan = await Attachments_Tests.UploadAsync(teacher, deletedPlan.Id, Attachments_Tests.Png, "old.png");
        var keptPlan = await Attachments_Tests.CreatePlanAsync(teacher, 2073);
        var attached = await Attachments_Tests.UploadAsync(teacher, keptPlan.Id, Attachments_Tests.Png, "kept.png");
        await SaveAsync(teacher, keptPlan, keptPlan.Content with { Goals = [Goal("Сертификат", 2073, attached.Id)] });
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

    [Fact]
    public async Task Should_Remove_A_Plans_File_No_Evidence_Names_After_The_Grace_Period()
    {
        var school = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        var uploaded = PastGrace;

        // Past the grace period the teacher uploaded two files for evidence and saved the draft with one of them; an event's material, and
        // another school's unused plan file.
        host.Clock.Set(uploaded);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var plan = await Attachments_Tests.CreatePlanAsync(teacher, 2075);
        var unused = await Attachments_Tests.UploadAsync(teacher, plan.Id, Attachments_Tests.Png, "draft.png");
        var evidence = await Attachments_Tests.UploadAsync(teacher, plan.Id, Attachments_Tests.Png, "certificate.png");
        await SaveAsync(teacher, plan, plan.Content with { Goals = [Goal("Сертификат", 2075, evidence.Id)] });
        var masterClass = await (await teacher.PostJsonAsync(
            "/api/app/development-events",
            new
            {
                kind = "MasterClass", title = "Шеберлік сыныбы", startsOn = DateOnly.FromDateTime(uploaded.UtcDateTime),
                durationMinutes = 60,
            }))
            .ReadAsync<DevelopmentEventDto>(HttpStatusCode.Created);
        var material = await (await Attachments_Tests.UploadRawAsync(
            teacher,
            masterClass.Id,
            Attachments_Tests.Png,
            "slides.png",
            ownerType: nameof(DevelopmentEvent))).ReadAsync<AttachmentDto>(HttpStatusCode.Created);
        var stranger = await host.SignInAsync(TestData.SecondSchoolBin, "teacher01");
        var strangerPlan = await Attachments_Tests.CreatePlanAsync(stranger, 2075);
        var strangers = await Attachments_Tests.UploadAsync(stranger, strangerPlan.Id, Attachments_Tests.Png, "theirs.png");

        // An hour before the grace period ends the unused file is still there.
        host.Clock.Set(uploaded + Grace - TimeSpan.FromHours(1));
        await RemoveForSchoolAsync(school);
        (await FilesAsync())[unused.Id].ShouldBeTrue();

        host.Clock.Reset();
        await RemoveForSchoolAsync(school);
        (await FilesAsync()).ShouldSatisfyAllConditions(
            f => f.ShouldNotContainKey(unused.Id),
            f => f[evidence.Id].ShouldBeTrue(),
            f => f[material.Id].ShouldBeTrue(),
            f => f[strangers.Id].ShouldBeTrue());
        teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var files = await teacher.GetAsync<List<AttachmentDto>>($"{Attachments_Tests.Url}?ownerType=DevelopmentPlan&ownerId={plan.Id}");
        files.ShouldHaveSingleItem().Id.ShouldBe(evidence.Id);
    }

    [Fact]
    public async Task Should_Keep_A_Plans_File_A_Kept_Version_Or_Review_Names()
    {
        var school = await host.SchoolIdAsync(TestData.DemoSchoolBin);

        // Past the grace period: submitted with a first file, returned; resubmitted with a second one instead, agreed; then progress
        // replaced that evidence with a link. A third file was uploaded and never named.
        host.Clock.Set(PastGrace);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var plan = await Attachments_Tests.CreatePlanAsync(teacher, 2076);
        var returned = await Attachments_Tests.UploadAsync(teacher, plan.Id, Attachments_Tests.Png, "first.png");
        var agreed = await Attachments_Tests.UploadAsync(teacher, plan.Id, Attachments_Tests.Png, "second.png");
        var unused = await Attachments_Tests.UploadAsync(teacher, plan.Id, Attachments_Tests.Png, "never.png");
        var goal = Goal("Сертификат", 2076, returned.Id);
        plan = await SaveAsync(teacher, plan, SmartContent(plan, goal));
        plan = await ActAsync(teacher, plan, "submit");
        plan = await ActAsync(director, plan, "return", new { comment = "Басқа сертификат керек." });
        plan = await SaveAsync(teacher, plan, SmartContent(plan, Goal("Сертификат", 2076, agreed.Id) with { Id = goal.Id }));
        plan = await ActAsync(teacher, plan, "submit");
        plan = await ActAsync(director, plan, "agree");
        plan = await ActAsync(teacher, plan, "progress", new
        {
            reason = "Сілтеме",
            entries = new[]
            {
                new
                {
                    id = goal.Id, status = "Achieved",
                    evidence = new[] { new { kind = "Link", title = "Хаттама", url = "https://kemel.kz/p/1" } },
                },
            },
        });
        PlanContentRules.FileIds(plan.Content).ShouldBeEmpty();

        host.Clock.Reset();
        await RemoveForSchoolAsync(school);
        (await FilesAsync()).ShouldSatisfyAllConditions(
            f => f.ShouldNotContainKey(unused.Id),
            f => f[returned.Id].ShouldBeTrue(),
            f => f[agreed.Id].ShouldBeTrue());
        // The agreed version still shows its file, and the file still downloads.
        teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var versions = await teacher.GetAsync<List<PlanVersionDto>>($"/api/app/development-plans/{plan.Id}/versions");
        var version = await teacher.GetAsync<PlanVersionDetailDto>(
            $"/api/app/development-plans/{plan.Id}/versions/{versions.Single(v => v.Kind == PlanVersionKind.Agreed).Id}");
        PlanContentRules.FileIds(version.Content).ShouldBe([agreed.Id]);
        (await (await teacher.GetAsync($"{Attachments_Tests.Url}/{agreed.Id}/content")).Content.ReadAsByteArrayAsync())
            .ShouldBe(Attachments_Tests.Png);
    }

    [Fact]
    public async Task Should_Keep_A_File_A_Plans_Save_Starts_To_Name_While_The_Cleanup_Runs()
    {
        var school = await host.SchoolIdAsync(TestData.DemoSchoolBin);

        // Past the grace period the teacher uploaded two files for evidence and saved neither with the plan.
        host.Clock.Set(PastGrace);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher10");
        var plan = await Attachments_Tests.CreatePlanAsync(teacher, 2077);
        var named = await Attachments_Tests.UploadAsync(teacher, plan.Id, Attachments_Tests.Png, "certificate.png");
        var unused = await Attachments_Tests.UploadAsync(teacher, plan.Id, Attachments_Tests.Png, "never.png");
        host.Clock.Reset();
        teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher10");

        // The cleanup finds both unused; between that look and its delete, the teacher saves a (restored) draft naming one of them.
        DevelopmentPlanDto? saved = null;
        int removed;
        using (var scope = host.Services.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(school))
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<IKemelSchoolPDDbContext>();
            var use = new SaveAfterLooking(
                new DevelopmentPlanAttachmentUse(db),
                async () => saved = await SaveAsync(teacher, plan, plan.Content with { Goals = [Goal("Сертификат", 2077, named.Id)] }));
            var cleanup = new OrphanedAttachments(
                db,
                services.GetRequiredService<IAttachmentOwners>(),
                [use],
                services.GetRequiredService<IAttachmentStore>(),
                services.GetRequiredService<AttachmentOptions>(),
                services.GetRequiredService<TimeProvider>());
            removed = await cleanup.RemoveAsync();
        }

        saved.ShouldNotBeNull();
        removed.ShouldBe(1);
        (await FilesAsync()).ShouldSatisfyAllConditions(
            f => f[named.Id].ShouldBeTrue(),
            f => f.ShouldNotContainKey(unused.Id));
        var stored = await teacher.GetAsync<DevelopmentPlanDto>($"/api/app/development-plans/{plan.Id}");
        PlanContentRules.FileIds(stored.Content).ShouldBe([named.Id]);
        (await (await teacher.GetAsync($"{Attachments_Tests.Url}/{named.Id}/content")).Content.ReadAsByteArrayAsync())
            .ShouldBe(Attachments_Tests.Png);

        // The next night the file is used, and stays.
        (await RemoveForSchoolAsync(school)).ShouldBe(0);
        (await FilesAsync())[named.Id].ShouldBeTrue();

        // The claim is no change anyone made to the file: its log holds the upload and the download only.
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var log = await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityType={nameof(Attachment)}&entityId={named.Id}&maxResultCount=100");
        log.Items.Select(e => e.ChangeType).ShouldBe([EntityChangeType.Downloaded, EntityChangeType.Created]);
    }

    /// <summary>
    /// The plans' real rule of use; once, after it answered, the teacher's save that starts to name a file: the save commits
    /// between the cleanup's look and its delete, every time.
    /// </summary>
    private sealed class SaveAfterLooking(IAttachmentUse use, Func<Task> save) : IAttachmentUse
    {
        private Func<Task>? _save = save;

        public string OwnerType => use.OwnerType;

        public async Task<IReadOnlySet<Guid>> UsedAsync(IReadOnlyCollection<Guid> ownerIds, CancellationToken ct = default)
        {
            var used = await use.UsedAsync(ownerIds, ct);
            if (Interlocked.Exchange(ref _save, null) is { } run) await run();
            return used;
        }
    }

    private async Task<int> RemoveForSchoolAsync(Guid schoolId)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RemoveOrphanedAttachmentsJob>().RemoveForSchoolAsync(schoolId);
    }

    /// <summary>A SMART goal (it may be submitted) whose evidence is one file of the plan.</summary>
    private static PlanGoal Goal(string title, int year, Guid fileId) => new()
    {
        Id = Guid.NewGuid(), Title = title, Indicator = "Сертификаттар саны", TargetValue = 1, Unit = "жылына",
        SchoolPriority = "Функционалдық сауаттылық", Deadline = new DateOnly(year + 1, 5, 25),
        Evidence = [new PlanEvidence { Kind = PlanEvidenceKind.File, Title = title, AttachmentId = fileId }],
    };

    /// <summary>The plan's rows with the first one planned for the goal.</summary>
    private static PlanContent SmartContent(DevelopmentPlanDto plan, PlanGoal goal) => plan.Content with
    {
        Topic = "Функционалдық сауаттылықты дамыту",
        Goals = [goal],
        Items = [plan.Content.Items[0] with { GoalId = goal.Id }, .. plan.Content.Items.Skip(1)],
    };

    private static async Task<DevelopmentPlanDto> SaveAsync(HttpClient client, DevelopmentPlanDto plan, PlanContent content) =>
        await (await client.PutJsonAsync(
            $"/api/app/development-plans/{plan.Id}",
            new { content, concurrencyStamp = plan.ConcurrencyStamp })).ReadAsync<DevelopmentPlanDto>();

    private static async Task<DevelopmentPlanDto> ActAsync(HttpClient client, DevelopmentPlanDto plan, string action, object? body = null)
    {
        var payload = System.Text.Json.JsonSerializer.SerializeToNode(body ?? new { }, HttpAssertions.Json)!.AsObject();
        payload["concurrencyStamp"] = plan.ConcurrencyStamp;
        return await (await client.PostJsonAsync($"/api/app/development-plans/{plan.Id}/{action}", payload))
            .ReadAsync<DevelopmentPlanDto>();
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
