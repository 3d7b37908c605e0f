using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Attachments;

/// <summary>
/// The kernel's files through HTTP, with development plans as their first owner: round trip with SHA-256, type told by content,
/// size limit read as a stream, who may read (the plan's rule), another school, audited downloads and plan evidence of kind File.
/// Each test uses its own academic year (the class shares a database).
/// </summary>
public abstract class Attachments_Tests(KemelWebApplicationFactory host)
{
    public const string Url = "/api/app/attachments";
    private const string PlansUrl = "/api/app/development-plans";

    [Fact]
    public async Task Should_Upload_List_Download_And_Remove_A_File_With_Its_Sha256()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher03");
        var plan = await CreatePlanAsync(teacher, 2045);
        var bytes = Encoding.UTF8.GetBytes("Сабақ жоспары: бөлшектер.\nУрок: дроби.\n");

        var file = await UploadAsync(teacher, plan.Id, bytes, "..\\сабақ <жоспары>.txt");

        file.FileName.ShouldBe("сабақ жоспары.txt");
        file.ContentType.ShouldBe(FileTypes.Text);
        file.Size.ShouldBe(bytes.Length);
        file.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        file.UploadedBy.ShouldNotBeNull();
        (await teacher.GetAsync<List<AttachmentDto>>($"{Url}?ownerType=DevelopmentPlan&ownerId={plan.Id}")).ShouldHaveSingleItem().Id
            .ShouldBe(file.Id);
        (await teacher.GetAsync<List<AttachmentDto>>(Url)).ShouldContain(a => a.Id == file.Id); // my uploads

        var download = await teacher.GetAsync($"{Url}/{file.Id}/content");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        var downloaded = await download.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(downloaded)).ShouldBe(file.Sha256);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("сабақ жоспары.txt");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);

        (await teacher.DeleteAsync($"{Url}/{file.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await teacher.GetAsync($"{Url}/{file.Id}/content")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        await (await teacher.DeleteAsync($"{Url}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
    }

    [Fact]
    public async Task Should_Tell_The_Type_By_Content_Not_By_Name()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher04");
        var plan = await CreatePlanAsync(teacher, 2046);

        (await UploadAsync(teacher, plan.Id, Png, "scan.pdf")).ContentType.ShouldBe(FileTypes.Png);
        (await UploadAsync(teacher, plan.Id, Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n"), "order.txt")).ContentType
            .ShouldBe(FileTypes.Pdf);
        (await UploadAsync(teacher, plan.Id, Office("word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"), "lesson.bin")).ContentType.ShouldBe(
                FileTypes.Docx);

        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);
        await (await UploadRawAsync(teacher, plan.Id, exe, "certificate.pdf")).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Attachments:UnsupportedType");
        var macro = Office("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml");
        await (await UploadRawAsync(teacher, plan.Id, macro, "lesson.docx")).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Attachments:UnsupportedType");
        await (await UploadRawAsync(teacher, plan.Id, [0xC3, 0x28, 0x41], "bad.txt")).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Attachments:UnsupportedType");
        var kk = await (await UploadRawAsync(teacher, plan.Id, exe, "x.pdf", culture: "kk")).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Attachments:UnsupportedType");
        kk.GetProperty("detail").GetString()!.ShouldContain("Мұндай файлды");
    }

    [Fact]
    public async Task Should_Refuse_An_Oversized_File_Without_Reading_It_All()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05");
        var plan = await CreatePlanAsync(teacher, 2047);
        const long size = 40L * 1024 * 1024;
        var body = new CountingContent(plan.Id, size);

        var response = await teacher.PostAsync(Url, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Attachments:TooLarge");
        body.Sent.ShouldBeLessThan(AttachmentConsts.DefaultMaxFileBytes + 2 * 1024 * 1024);
        // A declared length over the limit is refused before anything is read.
        var declared = new CountingContent(plan.Id, size, declareLength: true);
        await (await teacher.PostAsync(Url, declared)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Attachments:TooLarge");
        declared.Sent.ShouldBeLessThan(1024 * 1024);
        (await teacher.GetAsync<List<AttachmentDto>>($"{Url}?ownerType=DevelopmentPlan&ownerId={plan.Id}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Let_Only_Readers_Of_The_Plan_Read_Its_Files()
    {
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Mentor);
        var mentorStaffId = (await mentor.GetJsonAsync("/api/account/my-profile")).GetProperty("staffMemberId").GetGuid();
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher06");
        var plan = await CreatePlanAsync(teacher, 2048, mentorStaffId);
        var file = await UploadAsync(teacher, plan.Id, Png, "work.png");
        var other = await host.SignInAsync(TestData.DemoSchoolBin, "teacher07");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var otherDirector = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);

        // Another teacher and another school's director: as if nothing existed.
        foreach (var outsider in new[] { other, otherDirector })
        {
            await (await outsider.GetAsync($"{Url}/{file.Id}/content")).ShouldBeProblemAsync(
                HttpStatusCode.NotFound,
                "Common:EntityNotFound");
            await (await outsider.GetAsync($"{Url}?ownerType=DevelopmentPlan&ownerId={plan.Id}")).ShouldBeProblemAsync(
                HttpStatusCode.NotFound,
                "Common:EntityNotFound");
            await (await outsider.DeleteAsync($"{Url}/{file.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
            await (await UploadRawAsync(outsider, plan.Id, Png, "x.png")).ShouldBeProblemAsync(
                HttpStatusCode.NotFound,
                "Common:EntityNotFound");
        }
        // The mentor and the director read it, but only the plan's teacher attaches or removes.
        (await (await mentor.GetAsync($"{Url}/{file.Id}/content")).Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        (await (await director.GetAsync($"{Url}/{file.Id}/content")).Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        (await director.GetAsync<List<AttachmentDto>>($"{Url}?ownerType=DevelopmentPlan&ownerId={plan.Id}")).ShouldHaveSingleItem();
        await (await UploadRawAsync(mentor, plan.Id, Png, "x.png")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
        await (await director.DeleteAsync($"{Url}/{file.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
        await (await UploadRawAsync(teacher, plan.Id, Png, "x.png", ownerType: "Salary")).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");

        // Downloads of a plan's files are in the audit log (who, which file), shown to those who may read the plan.
        var log = await director.GetAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?entityType=Attachment&entityId={file.Id}");
        log.Items.Where(e => e.ChangeType == EntityChangeType.Downloaded).Select(e => e.UserName)
            .ShouldBe([TestData.Director, TestData.Mentor], ignoreOrder: true);
        log.Items.First(e => e.ChangeType == EntityChangeType.Downloaded).Changes
            .ShouldContain(c => c.Property == "FileName" && c.NewValue == "work.png");
        log.Items.ShouldContain(e => e.ChangeType == EntityChangeType.Created);
        (await otherDirector.GetAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?entityId={file.Id}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Keep_File_Evidence_To_The_Plans_Own_Files()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher08");
        var plan = await CreatePlanAsync(teacher, 2049);
        var otherPlan = await CreatePlanAsync(teacher, 2050);
        var file = await UploadAsync(teacher, plan.Id, Png, "certificate.png");
        var foreign = await UploadAsync(teacher, otherPlan.Id, Png, "other.png");

        PlanContent WithEvidence(Guid attachmentId, string title) => plan.Content with
        {
            Items = [plan.Content.Items[0] with { Evidence = [new PlanEvidence {
                Kind = PlanEvidenceKind.File,
                Title = title,
                AttachmentId = attachmentId }] },
                .. plan.Content.Items.Skip(1)],
        };
        var content = WithEvidence(file.Id, "Сертификат");
        var saved = await (await teacher.PutJsonAsync($"{PlansUrl}/{plan.Id}", new { content, concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<DevelopmentPlanDto>();
        saved.Content.Items[0].Evidence.ShouldHaveSingleItem().AttachmentId.ShouldBe(file.Id);

        foreach (var id in new[] { foreign.Id, Guid.NewGuid() })
        {
            content = WithEvidence(id, "Бөгде");
            var problem = await (await teacher.PutJsonAsync(
                $"{PlansUrl}/{plan.Id}",
                new { content, concurrencyStamp = saved.ConcurrencyStamp }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
            problem.GetProperty("fieldCodes").GetProperty("evidence")[0].GetString().ShouldBe("Attachments:NotAttachmentOfRecord");
        }
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────────

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    /// <summary>A minimal OOXML-like package: [Content_Types].xml naming the main part's type.</summary>
    public static byte[] Office(string mainPart, string mainType)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                writer.Write($"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                             $"<Override PartName=\"/{mainPart}\" ContentType=\"{mainType}\"/></Types>");
            using (var writer = new StreamWriter(zip.CreateEntry(mainPart).Open())) writer.Write("<document/>");
        }
        return stream.ToArray();
    }

    public static async Task<DevelopmentPlanDto> CreatePlanAsync(HttpClient client, int year, Guid? mentorId = null) =>
        await (await client.PostJsonAsync(
            PlansUrl,
            new { templateId = BuiltInPlanTemplates.Table18Id, academicYear = year, mentorStaffMemberId = mentorId }))
            .ReadAsync<DevelopmentPlanDto>(HttpStatusCode.Created);

    public static async Task<AttachmentDto> UploadAsync(HttpClient client, Guid planId, byte[] bytes, string fileName) =>
        await (await UploadRawAsync(client, planId, bytes, fileName)).ReadAsync<AttachmentDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> UploadRawAsync(HttpClient client, Guid ownerId, byte[] bytes, string fileName,
        string ownerType = "DevelopmentPlan", string culture = "en")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf"); // the client's claim is ignored
        var form = new MultipartFormDataContent
        {
            { new StringContent(ownerType), "ownerType" }, { new StringContent(ownerId.ToString()), "ownerId" }, { file, "file", fileName },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = form };
        request.Headers.AcceptLanguage.ParseAdd(culture);
        return client.SendAsync(request);
    }

    /// <summary>A multipart upload of <paramref name="size"/> text bytes produced on demand, counting how many the server pulled.</summary>
    public sealed class CountingContent : HttpContent
    {
        private readonly byte[] _head;
        private readonly byte[] _tail;
        private readonly long _size;
        private readonly bool _declareLength;

        public long Sent { get; private set; }

        public CountingContent(Guid ownerId, long size, bool declareLength = false)
        {
            const string boundary = "kemel-boundary";
            _head = Encoding.UTF8.GetBytes(
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"ownerType\"\r\n\r\nDevelopmentPlan\r\n" +
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"ownerId\"\r\n\r\n{ownerId}\r\n" +
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n");
            _tail = Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
            _size = size;
            _declareLength = declareLength;
            Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await WriteAsync(stream, _head);
            var chunk = Enumerable.Repeat((byte)'a', 64 * 1024).ToArray();
            for (long left = _size; left > 0; left -= chunk.Length)
                await WriteAsync(stream, chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)));
            await WriteAsync(stream, _tail);
        }

        private async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> bytes)
        {
            await stream.WriteAsync(bytes);
            Sent += bytes.Length;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _head.Length + _size + _tail.Length;
            return _declareLength;
        }
    }
}

public sealed class Attachments_Sqlite_Tests(SqliteHostFixture host) : Attachments_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class Attachments_Postgres_Tests(PostgresHostFixture host) : Attachments_Tests(host), IClassFixture<PostgresHostFixture>;
