using System.Net;
using System.Security.Cryptography;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Attachments;

/// <summary>A host with <c>Attachments:Store=FileSystem</c> in a temporary folder and small limits: files on disk, and the school
/// quota.</summary>
public sealed class AttachmentFileSystem_Tests(AttachmentFileSystem_Tests.Host host) : IClassFixture<AttachmentFileSystem_Tests.Host>
{
    public sealed class Host() : KemelWebApplicationFactory(settings: new Dictionary<string, string?>
    {
        ["Attachments:Store"] = "FileSystem",
        ["Attachments:Path"] = Folder,
        ["Attachments:MaxFileBytes"] = "1000",
        ["Attachments:QuotaBytesPerSchool"] = "2500",
    })
    {
        public static readonly string Folder = Path.Combine(Path.GetTempPath(), "kemel-attachments-" + Guid.NewGuid().ToString("N"));

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
    }

    [Fact]
    public async Task Should_Keep_Files_On_Disk_Within_The_Limits_And_The_Schools_Quota()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher09");
        var plan = await Attachments_Tests.CreatePlanAsync(teacher, 2051);
        var bytes = RandomText(900);

        var file = await Attachments_Tests.UploadAsync(teacher, plan.Id, bytes, "notes.txt");

        var stored = Directory.GetFiles(Host.Folder, "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
        Path.GetFileName(stored).ShouldBe(file.Id.ToString("N"));
        (await File.ReadAllBytesAsync(stored)).ShouldBe(bytes);
        var downloaded = await (await teacher.GetAsync($"{Attachments_Tests.Url}/{file.Id}/content")).Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(downloaded)).ShouldBe(file.Sha256);

        // 1000 bytes is the limit: one more is refused, and nothing is stored.
        await (await Attachments_Tests.UploadRawAsync(teacher, plan.Id, RandomText(1001), "big.txt"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Attachments:TooLarge");
        await Attachments_Tests.UploadAsync(teacher, plan.Id, RandomText(1000), "full.txt");
        // 900 + 1000 stored; 700 more would pass the school's 2500 bytes.
        await (await Attachments_Tests.UploadRawAsync(teacher, plan.Id, RandomText(700), "more.txt"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Attachments:QuotaExceeded");
        Directory.GetFiles(Host.Folder, "*", SearchOption.AllDirectories).Length.ShouldBe(2);

        // Removing a file frees its room and its disk file.
        (await teacher.DeleteAsync($"{Attachments_Tests.Url}/{file.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        File.Exists(stored).ShouldBeFalse();
        await Attachments_Tests.UploadAsync(teacher, plan.Id, RandomText(700), "more.txt");
    }

    private static byte[] RandomText(int length) => RandomNumberGenerator.GetItems("abcdefghij \n"u8, length);
}
