using System.Net;
using System.Security.Cryptography;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.Data;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Attachments;

/// <summary>
/// The school's quota holds under concurrent uploads: with room for one more file, a burst of uploads at once stores exactly one,
/// the others are refused with 409, and the stored total never passes the quota (a host with a 5000-byte quota).
/// </summary>
public abstract class AttachmentQuota_Tests(KemelWebApplicationFactory host)
{
    public const long Quota = 5000;
    public const int FileBytes = 900;

    public static Dictionary<string, string?> Settings => new()
    {
        ["Attachments:MaxFileBytes"] = "1000",
        ["Attachments:QuotaBytesPerSchool"] = Quota.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Should_Store_At_Most_What_The_Quota_Holds_When_Uploads_Arrive_At_Once()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var plan = await Attachments_Tests.CreatePlanAsync(teacher, 2071);
        (await StoredAsync()).ShouldBe(0);
        // 4 × 900 = 3600 stored: room for one more 900-byte file (4500), not two (5400).
        for (var i = 0; i < 4; i++) await Attachments_Tests.UploadAsync(teacher, plan.Id, Text(FileBytes), $"fill{i}.txt");

        // Each upload from its own signed-in client, all released at once.
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.SignInAsync(TestData.DemoSchoolBin, "teacher11")));
        var start = new TaskCompletionSource();
        var uploads = clients.Select(async (client, i) =>
        {
            await start.Task;
            return await Attachments_Tests.UploadRawAsync(client, plan.Id, Text(FileBytes), $"burst{i}.txt");
        }).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(uploads);

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1, host.ServerErrors.Last());
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Attachments:QuotaExceeded");
        var stored = await StoredAsync();
        stored.ShouldBe(5L * FileBytes);
        stored.ShouldBeLessThanOrEqualTo(Quota);
        (await ContentRowsAsync()).ShouldBe(5); // no bytes left behind by a refused upload
    }

    private async Task<long> StoredAsync()
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Attachments.SumAsync(a => (long?)a.Size) ?? 0;
    }

    private async Task<int> ContentRowsAsync()
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().AttachmentContents.CountAsync();
    }

    private static byte[] Text(int length) => RandomNumberGenerator.GetItems("abcdefghij \n"u8, length);
}

public sealed class AttachmentQuotaSqliteHost()
    : KemelWebApplicationFactory(DatabaseProvider.Sqlite, settings: AttachmentQuota_Tests.Settings);

public sealed class AttachmentQuotaPostgresHost()
    : KemelWebApplicationFactory(DatabaseProvider.PostgreSql, settings: AttachmentQuota_Tests.Settings);

public sealed class AttachmentQuota_Sqlite_Tests(AttachmentQuotaSqliteHost host)
    : AttachmentQuota_Tests(host), IClassFixture<AttachmentQuotaSqliteHost>;

public sealed class AttachmentQuota_Postgres_Tests(AttachmentQuotaPostgresHost host)
    : AttachmentQuota_Tests(host), IClassFixture<AttachmentQuotaPostgresHost>;
