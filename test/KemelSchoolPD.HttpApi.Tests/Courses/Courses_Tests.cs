using System.Net;
using System.Text.Json;
using KemelSchoolPD.Courses;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using KemelSchoolPD.Users;

namespace KemelSchoolPD.HttpApi.Tests.Courses;

/// <summary>
/// Qualification courses through HTTP: the host catalogue with the seeds' values and contradictions (read by schools, written
/// only by the platform operator), the ledger (request → approval by a deputy, never one's own → completion with validated
/// hours and certificate date), the platform's assessment under the scheme version in effect (a future version does not apply
/// yet; a later version with a higher threshold fails the same scores), the public certificate check by a random token, the
/// clocks (a repeated programme counts once), post-course plans approved by the director, the half-year report and my work.
/// Each test uses its own teachers (the class shares a database).
/// </summary>
public abstract class Courses_Tests(KemelWebApplicationFactory host)
{
    private const string Programmes = "/api/app/courses/programmes";
    private const string HostProgrammes = "/api/host/course-programmes";
    private const string Records = "/api/app/courses/records";
    private const string Plans = "/api/app/courses/plans";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Should_Read_The_Seeded_Catalogue_With_The_Sources_Values_And_Discrepancies()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher02");
        var list = await teacher.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>($"{Programmes}?host=true&maxResultCount=100");
        var s002 = await teacher.GetAsync<CourseProgrammeDto>(
            $"{Programmes}/{list.Items.Single(p => p.Code == CourseCatalogueSeed.Seed002).Id}");
        var scheme = s002.Schemes.ShouldHaveSingleItem();
        scheme.Components.Select(c => (c.Key, c.MaxPoints, c.Threshold))
            .ShouldBe([("test", 40, 20), ("attendance", 10, null), ("activity", 10, null), ("project", 40, null)]);
        scheme.MaxTotal.ShouldBe(100);
        scheme.PassMark.ShouldBe(50);
        scheme.InEffect.ShouldBeTrue();
        s002.PostCourse.MinEvents.ShouldBe(3);
        s002.PostCourse.MaxDirections.ShouldBe(2);

        var s000 = await teacher.GetAsync<CourseProgrammeDto>(
            $"{Programmes}/{list.Items.Single(p => p.Code == CourseCatalogueSeed.Seed000).Id}");
        s000.Modules.Select(m => m.Hours).ShouldBe([16, 16, 16, 16, 16]);
        s000.ModuleHoursTotal.ShouldBe(80);
        s000.Schemes.ShouldHaveSingleItem().ShouldSatisfyAllConditions(s => s.MaxTotal.ShouldBe(50), s => s.PassMark.ShouldBeNull());
        s000.Discrepancies.ShouldHaveSingleItem().Source.ShouldBe("000:377");

        var s003 = await teacher.GetAsync<CourseProgrammeDto>(
            $"{Programmes}/{list.Items.Single(p => p.Code == CourseCatalogueSeed.Seed003).Id}");
        s003.Modules.Select(m => m.Hours).ShouldBe([8, 8, 44, 12, 8]);
        s003.FormatSplit.ShouldBe("48+20+12");
        s003.Discrepancies.Select(d => d.Topic).ShouldBe(["moduleHours", "topicHours", "testSize", "scaleLabels"]);
        var rubric = s003.Schemes.Single().Rubrics.Single(r => r.Key == "miniLesson");
        rubric.Criteria.Count.ShouldBe(7);
        rubric.Levels.Select(l => l.Score).ShouldBe([0, 1, 2, 3]);
        s003.Schemes.Single().GradeBands.Where(b => b.Of == "miniLesson").Select(b => (b.Min, b.Max))
            .ShouldBe([(19, 21), (15, 18), (11, 14)]);
        s003.CanEdit.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Let_Only_The_Host_Operator_Write_The_Host_Catalogue_And_Keep_School_Entries_Apart()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        (await director.PostJsonAsync(HostProgrammes, ProgrammeBody("Ортақ каталогқа рұқсатсыз", 72))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);

        var shared = await (await admin.PostJsonAsync(HostProgrammes, ProgrammeBody("Цифрлық сауаттылық (ортақ)", 72)))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);
        shared.IsHost.ShouldBeTrue();
        // Schools read it; the school's director may not change it.
        var read = await director.GetAsync<CourseProgrammeDto>($"{Programmes}/{shared.Id}");
        read.CanEdit.ShouldBeFalse();
        await (await director.PutJsonAsync($"{Programmes}/{shared.Id}", ProgrammeBody("Өзгертілген", 72, read.ConcurrencyStamp)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Courses.HostProgrammeReadOnly);
        await (await director.PostJsonAsync($"{Programmes}/{shared.Id}/schemes", SchemeBody("2024-01-01", 20)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Courses.HostProgrammeReadOnly);
        var updated = await (await admin.PutJsonAsync(
            $"{HostProgrammes}/{shared.Id}",
            ProgrammeBody("Цифрлық сауаттылық (ортақ, 2-басылым)", 72, shared.ConcurrencyStamp)))
            .ReadAsync<CourseProgrammeDto>();
        updated.Title.ShouldEndWith("2-басылым)");

        // A school's own entry: its staff see it, another school and the host operator do not.
        var own = await (await director.PostJsonAsync(Programmes, ProgrammeBody("Мектептің өз курсы", 36))).ReadAsync<CourseProgrammeDto>(
            HttpStatusCode.Created);
        own.IsHost.ShouldBeFalse();
        own.CanEdit.ShouldBeTrue();
        var other = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
        (await other.GetAsync($"{Programmes}/{own.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>($"{Programmes}?maxResultCount=100")).Items
            .ShouldNotContain(p => p.Id == own.Id);
        (await other.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>($"{Programmes}?maxResultCount=100")).Items
            .ShouldContain(p => p.Id == shared.Id);
        (await admin.GetAsync($"{HostProgrammes}/{own.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A record of the other school cannot use it either.
        await (await other.PostJsonAsync($"{Records}/completed", CompletedBody(own.Id, 10, Today.AddDays(-20), Today.AddDays(-18), null)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
    }

    [Fact]
    public async Task Should_Request_Approve_And_Complete_A_Course_With_Validated_Hours_And_Certificate()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher06");
        var programme = await (await director.PostJsonAsync(
            Programmes,
            ProgrammeBody("Орыс тілін оқыту әдістемесі", 72, field: "Русский язык")))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);

        var record = await (await teacher.PostJsonAsync(Records, new { programmeId = programme.Id, plannedStart = Today.AddDays(-30) }))
            .ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        record.Status.ShouldBe(CourseRecordStatus.Requested);
        // The teacher may not approve; the deputy has it on her list and approves.
        (await teacher.PostJsonAsync($"{Records}/{record.Id}/approve", new { concurrencyStamp = record.ConcurrencyStamp })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        (await deputy.MyWorkAsync(CourseWorkKinds.RequestAwaitingApproval)).ShouldContain(i => i.RecordId == record.Id);
        record = await (await deputy.PostJsonAsync($"{Records}/{record.Id}/approve", new { concurrencyStamp = record.ConcurrencyStamp }))
            .ReadAsync<CourseRecordDto>();
        record.Status.ShouldBe(CourseRecordStatus.Approved);

        // Bad input at completion.
        var start = Today.AddDays(-30);
        await (await teacher.PostJsonAsync($"{Records}/{record.Id}/complete", CompleteBody(record, 0, start, null)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.HoursOutOfRange);
        await (await teacher.PostJsonAsync($"{Records}/{record.Id}/complete", CompleteBody(record, 73, start, null)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.HoursOverProgramme);
        await (await teacher.PostJsonAsync($"{Records}/{record.Id}/complete", CompleteBody(record, 72, start, start.AddDays(-1))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.CertificateBeforeStart);
        record = await (await teacher.PostJsonAsync($"{Records}/{record.Id}/complete", CompleteBody(record, 72, start, start.AddDays(12))))
            .ReadAsync<CourseRecordDto>();
        record.ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(CourseRecordStatus.Completed),
            r => r.Hours.ShouldBe(72),
            r => r.CertificateNumber.ShouldBe("KZ-0001"));

        // Another teacher does not see it; the deputy (ViewAll) does.
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher03")).GetAsync($"{Records}/{record.Id}")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await deputy.GetAsync<CourseRecordDto>($"{Records}/{record.Id}")).StaffName.ShouldNotBeEmpty();

        // The clocks: 72 hours toward сарапшы (72), the next course three years after this one ended; a repeated programme counts once.
        var clock = await teacher.GetAsync<CourseClockDto>("/api/app/courses/clock");
        clock.ShouldSatisfyAllConditions(
            c => c.Category.ShouldBe(QualificationCategory.Moderator),
            c => c.NextCategory.ShouldBe(QualificationCategory.Expert),
            c => c.HoursInPeriod.ShouldBe(72),
            c => c.HoursRequired.ShouldBe(72),
            c => c.HoursMissing.ShouldBe(0),
            c => c.NextCourseDue.ShouldBe(start.AddDays(12).AddYears(3)),
            c => c.FieldCourseInPeriod.ShouldBeTrue());
        await (await teacher.PostJsonAsync(
            $"{Records}/completed",
            CompletedBody(programme.Id, 72, Today.AddDays(-10), Today
                .AddDays(-5), "KZ-0002"))).ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        (await teacher.GetAsync<CourseClockDto>("/api/app/courses/clock")).HoursInPeriod.ShouldBe(72);
        var other = await (await director.PostJsonAsync(Programmes, ProgrammeBody("Инклюзивті білім беру", 36)))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);
        await (await teacher.PostJsonAsync($"{Records}/completed", CompletedBody(other.Id, 36, Today.AddDays(-4), Today.AddDays(-2), null)))
            .ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        clock = await teacher.GetAsync<CourseClockDto>("/api/app/courses/clock");
        clock.HoursInPeriod.ShouldBe(108);
        clock.NextCourseDue.ShouldBe(Today.AddDays(-2).AddYears(3));

        // The school view (ViewAll) and nobody approving their own request.
        var school = await deputy.GetAsync<SchoolCourseOverviewDto>("/api/app/courses/school");
        school.HoursByField.ShouldContain(f => f.Field == "Русский язык" && f.Hours >= 72);
        (await teacher.GetAsync("/api/app/courses/school")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var own = await (await deputy.PostJsonAsync(Records, new { programmeId = programme.Id })).ReadAsync<CourseRecordDto>(
            HttpStatusCode.Created);
        own.Abilities.CanApprove.ShouldBeFalse();
        await (await deputy.PostJsonAsync($"{Records}/{own.Id}/approve", new { concurrencyStamp = own.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Courses.CannotApproveOwn);
    }

    [Fact]
    public async Task Should_Offer_Attending_Exactly_When_The_Attend_Endpoint_Accepts_It()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher10");
        var programme = await (await director.PostJsonAsync(Programmes, ProgrammeBody("Қатысуды белгілеу", 36)))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);
        // A reader of every record without Courses.Manage: teacher09 with a role that only reads the school's courses.
        var role = await (await director.PostJsonAsync("/api/identity/roles", new { name = "Курстарды оқушы" })).ReadAsync<RoleDto>(
            HttpStatusCode.Created);
        (await director.PutJsonAsync($"/api/identity/roles/{role.Id}/permissions",
            new { grantedPermissions = new[] { KemelSchoolPDPermissions.Courses.Default, KemelSchoolPDPermissions.Courses.ViewAll } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var user = (await director.GetAsync<PagedResultDto<UserDto>>("/api/app/users?filter=teacher09")).Items
            .Single(u => u.UserName == "teacher09");
        (await director.PutJsonAsync($"/api/app/users/{user.Id}/roles", new { roles = new[] { KemelRoles.Teacher, role.Name } }))
            .EnsureSuccessStatusCode();
        var reader = await host.SignInAsync(TestData.DemoSchoolBin, "teacher09");

        // Requested: nobody may record attendance yet.
        var record = await (await teacher.PostJsonAsync(Records, new { programmeId = programme.Id, plannedStart = Today }))
            .ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        record.Abilities.CanAttend.ShouldBeFalse();
        (await deputy.GetAsync<CourseRecordDto>($"{Records}/{record.Id}")).Abilities.CanAttend.ShouldBeFalse();
        await (await teacher.PostJsonAsync($"{Records}/{record.Id}/attend", AttendBody(record)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Courses.WrongStatus);

        // Approved: the teacher and a manager may; a reader of the school's records may not, and the endpoint agrees.
        record = await (await deputy.PostJsonAsync($"{Records}/{record.Id}/approve", new { concurrencyStamp = record.ConcurrencyStamp }))
            .ReadAsync<CourseRecordDto>();
        record.Abilities.CanAttend.ShouldBeTrue();
        (await teacher.GetAsync<CourseRecordDto>($"{Records}/{record.Id}")).Abilities.CanAttend.ShouldBeTrue();
        var asReader = await reader.GetAsync<CourseRecordDto>($"{Records}/{record.Id}");
        asReader.Abilities.ShouldSatisfyAllConditions(a => a.CanAttend.ShouldBeFalse(), a => a.CanAttach.ShouldBeFalse());
        (await reader.PostJsonAsync($"{Records}/{record.Id}/attend", AttendBody(record))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Attended: once only.
        record = await (await teacher.PostJsonAsync($"{Records}/{record.Id}/attend", AttendBody(record))).ReadAsync<CourseRecordDto>();
        record.ShouldSatisfyAllConditions(r => r.Status.ShouldBe(CourseRecordStatus.Attended), r => r.Abilities.CanAttend.ShouldBeFalse());
        (await deputy.GetAsync<CourseRecordDto>($"{Records}/{record.Id}")).Abilities.CanAttend.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Assess_By_The_Scheme_In_Effect_And_Issue_A_Verifiable_Certificate()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var programme = await (await director.PostJsonAsync(Programmes, ProgrammeBody("Платформадағы курс", 80, onPlatform: true)))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);
        programme = await (await director.PostJsonAsync($"{Programmes}/{programme.Id}/schemes", SchemeBody("2020-01-01", 20)))
            .ReadAsync<CourseProgrammeDto>();
        // A new version raises the test threshold from a date a month ahead: it does not apply yet.
        var future = Today.AddDays(30);
        programme = await (await director.PostJsonAsync(
            $"{Programmes}/{programme.Id}/schemes",
            SchemeBody(future.ToString("yyyy-MM-dd"), 30))).ReadAsync<CourseProgrammeDto>();
        programme.Schemes.Count.ShouldBe(2);
        programme.Schemes.Single(s => s.InEffect).EffectiveFrom.ShouldBe(new DateOnly(2020, 1, 1));
        await (await director.PostJsonAsync($"{Programmes}/{programme.Id}/schemes", SchemeBody("2020-01-01", 25)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Courses.SchemeDateExists);

        var first = await RequestApprovedAsync("teacher08", programme.Id, deputy);
        var second = await RequestApprovedAsync("teacher11", programme.Id, deputy);
        var start = Today.AddDays(-14);
        // A score over the component's maximum is refused.
        await (await director.PostJsonAsync($"{Records}/{first.Id}/assess", AssessBody(first, Today, start, 25, 41)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.ScoreOverMax);
        var passed = await (await director.PostJsonAsync($"{Records}/{first.Id}/assess", AssessBody(first, Today, start, 25, 30)))
            .ReadAsync<AssessmentResultDto>();
        passed.ShouldSatisfyAllConditions(
            r => r.Total.ShouldBe(75),
            r => r.Passed.ShouldBeTrue(),
            r => r.SchemeEffectiveFrom.ShouldBe(new DateOnly(2020, 1, 1)));
        passed.Record.ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(CourseRecordStatus.Completed), r => r.Hours.ShouldBe(80), r => r.IssuedDocument
                .ShouldBe(CourseDocumentKind.Certificate),
            r => r.CertificateValidUntil.ShouldBe(Today.AddYears(3)), r => r.CertificateToken!.Length.ShouldBe(CourseConsts.TokenLength));
        // The same scores on a day the new version is in effect fail on the test's threshold: an attendance statement, no certificate.
        var failed = await (await director.PostJsonAsync(
            $"{Records}/{second.Id}/assess",
            AssessBody(second, future.AddDays(1), start, 25, 30))).ReadAsync<AssessmentResultDto>();
        failed.ShouldSatisfyAllConditions(
            r => r.Total.ShouldBe(75),
            r => r.Passed.ShouldBeFalse(),
            r => r.SchemeEffectiveFrom.ShouldBe(future));
        failed.Record.ShouldSatisfyAllConditions(
            r => r.IssuedDocument.ShouldBe(CourseDocumentKind.AttendanceStatement),
            r => r.CertificateToken.ShouldBeNull(),
            r => r.Hours.ShouldBeNull());
        // Re-assessment at most once a year.
        failed = failed with { Record = await director.GetAsync<CourseRecordDto>($"{Records}/{second.Id}") };
        await (await director.PostJsonAsync($"{Records}/{second.Id}/assess", AssessBody(failed.Record, future.AddDays(40), start, 35, 30)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Courses.ReassessmentTooSoon);
        // Nobody assesses their own course; a teacher has no right to assess.
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher08")).PostJsonAsync(
            $"{Records}/{first.Id}/assess",
            AssessBody(first, Today, start, 25, 30)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The public page: no sign-in, only the certificate's identity and validity.
        var anonymous = host.CreateAnonymousClient();
        var token = passed.Record.CertificateToken!;
        var response = await anonymous.GetAsync($"/api/public/certificates/{token}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        json.EnumerateObject().Select(p => p.Name)
            .ShouldBe(["validity", "issuer", "teacherName", "programme", "hours", "issuedOn", "validUntil"], ignoreOrder: true);
        var check = JsonSerializer.Deserialize<CertificateVerificationDto>(body, HttpAssertions.Json)!;
        check.ShouldSatisfyAllConditions(
            c => c.Validity.ShouldBe(CertificateValidity.Valid),
            c => c.TeacherName.ShouldBe(passed.Record.StaffName),
            c => c.Programme.ShouldBe("Платформадағы курс"),
            c => c.Hours.ShouldBe(80),
            c => c.IssuedOn.ShouldBe(Today),
            c => c.ValidUntil
                .ShouldBe(Today.AddYears(3)));
        check.Issuer.ShouldNotBeNullOrWhiteSpace();
        var qr = await anonymous.GetAsync($"/api/public/certificates/{token}/qr");
        qr.StatusCode.ShouldBe(HttpStatusCode.OK);
        qr.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await qr.Content.ReadAsStringAsync()).ShouldContain("<svg");
        // Unknown tokens (and database ids) say "unknown"; after three years the certificate is expired.
        (await anonymous.GetAsync<CertificateVerificationDto>($"/api/public/certificates/{CourseRecord.NewToken()}"))
            .ShouldSatisfyAllConditions(
                c => c.Validity.ShouldBe(CertificateValidity.Unknown), c => c.TeacherName.ShouldBeNull(), c => c.Issuer.ShouldBeNull());
        (await anonymous.GetAsync<CertificateVerificationDto>($"/api/public/certificates/{first.Id}")).Validity
            .ShouldBe(CertificateValidity.Unknown);
        (await anonymous.GetAsync($"/api/public/certificates/{CourseRecord.NewToken()}/qr")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (host.Clock.Set(Today.AddYears(3).AddDays(1)))
            (await anonymous.GetAsync<CertificateVerificationDto>($"/api/public/certificates/{token}")).Validity
                .ShouldBe(CertificateValidity.Expired);
    }

    [Fact]
    public async Task Should_Build_A_Post_Course_Plan_The_Director_Approves_And_Report_It()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher04");
        var catalogue = await teacher.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>($"{Programmes}?host=true&maxResultCount=100");
        var s002 = catalogue.Items.Single(p => p.Code == CourseCatalogueSeed.Seed002).Id;
        var end = Today.AddDays(-20);
        var course = await (await teacher.PostJsonAsync(
            $"{Records}/completed",
            CompletedBody(s002, 80, end.AddDays(-12), end, "C-2026-77")))
            .ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        (await teacher.MyWorkAsync(CourseWorkKinds.PlanDue)).ShouldContain(i => i.RecordId == course.Id);

        // 1–2 directions from the programme's checklist; at least three events to submit.
        await (await teacher.PostJsonAsync(Plans, PlanBody(course.Id, ["methodical-help", "publication", "community"], 2)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.DirectionCount);
        await (await teacher.PostJsonAsync(Plans, PlanBody(course.Id, ["unknown"], 2)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.UnknownDirection);
        var plan = await (await teacher.PostJsonAsync(Plans, PlanBody(course.Id, ["community"], 2))).ReadAsync<PostCoursePlanDto>(
            HttpStatusCode.Created);
        await (await teacher.PostJsonAsync(Plans, PlanBody(course.Id, ["community"], 3))).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.Courses.PlanExists);
        await (await teacher.PostJsonAsync($"{Plans}/{plan.Id}/submit", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.TooFewEvents);
        plan = await (await teacher.PutJsonAsync($"{Plans}/{plan.Id}", new
        {
            concurrencyStamp = plan.ConcurrencyStamp, directions = new[] { "community", "publication" }, discussedOn = Today,
            events = Events(3),
        })).ReadAsync<PostCoursePlanDto>();
        plan.Events.Count.ShouldBe(3);
        plan = await (await teacher.PostJsonAsync($"{Plans}/{plan.Id}/submit", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<PostCoursePlanDto>();
        plan.Status.ShouldBe(DevelopmentPlanStatus.Submitted);

        // The director approves (a deputy may not; nobody approves their own).
        (await deputy.PostJsonAsync($"{Plans}/{plan.Id}/agree", new { concurrencyStamp = plan.ConcurrencyStamp })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        (await director.MyWorkAsync(CourseWorkKinds.PlanAwaitingApproval)).ShouldContain(i => i.RecordId == plan.Id);
        plan = await (await director.PostJsonAsync($"{Plans}/{plan.Id}/agree", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<PostCoursePlanDto>();
        plan.Status.ShouldBe(DevelopmentPlanStatus.Agreed);
        (await teacher.PutJsonAsync(
            $"{Plans}/{plan.Id}",
            new { concurrencyStamp = plan.ConcurrencyStamp, directions = new[] { "community" }, events = Events(3) }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // An event held: its date, the link to the materials and the curator.
        plan = await (await teacher.PostJsonAsync($"{Plans}/{plan.Id}/events", new
        {
            concurrencyStamp = plan.ConcurrencyStamp, eventId = plan.Events[0]
                .Id, heldOn = Today, evidenceLink = "https://example.kz/open-lesson", curatorName = "А. Серікова",
        })).ReadAsync<PostCoursePlanDto>();
        plan.Status.ShouldBe(DevelopmentPlanStatus.InProgress);
        plan.Events[0].ShouldSatisfyAllConditions(e => e.HeldOn.ShouldBe(Today), e => e.CuratorName.ShouldBe("А. Серікова"));
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher03")).GetAsync($"{Plans}/{plan.Id}")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);

        // The director's own plan: she cannot approve it.
        var ownCourse = await (await director.PostJsonAsync($"{Records}/completed", CompletedBody(s002, 80, end.AddDays(-12), end, null)))
            .ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        var ownPlan = await (await director.PostJsonAsync(Plans, PlanBody(ownCourse.Id, ["community"], 3))).ReadAsync<PostCoursePlanDto>(
            HttpStatusCode.Created);
        ownPlan = await (await director.PostJsonAsync($"{Plans}/{ownPlan.Id}/submit", new { concurrencyStamp = ownPlan.ConcurrencyStamp }))
            .ReadAsync<PostCoursePlanDto>();
        await (await director.PostJsonAsync($"{Plans}/{ownPlan.Id}/agree", new { concurrencyStamp = ownPlan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Courses.CannotReviewOwnPlan);

        // The half-year report in Kazakh and Russian (the deputy's), with the teacher's held event.
        var half = Today.Month is >= 6 and < 10 ? 2 : 1;
        var year = Today.Month >= 10 ? Today.Year + 1 : Today.Year;
        foreach (var culture in new[] { "kk", "ru" })
        {
            var response = await deputy.GetAsync($"/api/app/courses/report?year={year}&half={half}&culture={culture}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var docx = await Docx.ReadAsync(response);
            docx.AllText.ShouldContain(plan.StaffName);
            docx.AllText.ShouldContain("https://example.kz/open-lesson");
        }
        (await deputy.GetAsync($"/api/app/courses/report?year={year}&half=3&culture=kk")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await teacher.GetAsync($"/api/app/courses/report?year={year}&half=1&culture=kk")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Remind_A_Teacher_Whose_Course_Clock_Runs_Out_And_The_Deputy_Of_The_Report()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var programme = await (await director.PostJsonAsync(Programmes, ProgrammeBody("Бастауыш сыныптағы функционалдық сауаттылық", 72)))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var end = Today.AddYears(-3).AddMonths(3);
        var record = await (await teacher.PostJsonAsync(
            $"{Records}/completed",
            CompletedBody(programme.Id, 72, end.AddDays(-10), end, null))).ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        var person = await host.PersonAsync(TestData.DemoSchoolBin, "teacher12");
        var item = (await teacher.MyWorkAsync(CourseWorkKinds.CoursesDue)).ShouldHaveSingleItem();
        item.RecordId.ShouldBe(person.StaffId);
        item.DueDate.ShouldBe(end.AddYears(3));
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher03")).MyWorkAsync(CourseWorkKinds.CoursesDue)).ShouldNotContain(
            i => i.RecordId == person.StaffId);
        record.Status.ShouldBe(CourseRecordStatus.Completed);

        // The report: due by 1 June; the deputy has it from 1 May.
        var may = await host.AtAsync(new DateOnly(Today.Year + 1, 5, 10), TestData.Deputy);
        try
        {
            (await may.MyWorkAsync(CourseWorkKinds.ReportDue)).ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(Today.Year + 1, 6, 1));
            var teacherInMay = await host.SignInAsync(TestData.DemoSchoolBin, "teacher03");
            (await teacherInMay.MyWorkAsync(CourseWorkKinds.ReportDue)).ShouldBeEmpty();
        }
        finally
        {
            host.Clock.Reset();
        }
    }

    [Fact]
    public async Task Should_Page_And_Search_The_Lists_Whatever_The_Case()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05");
        var person = await host.PersonAsync(TestData.DemoSchoolBin, "teacher05");
        var programme = await (await director.PostJsonAsync(
            Programmes,
            ProgrammeBody("Геометриялық есептерді шешу әдістемесі", 36, field: "Математика")))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);

        // The catalogue finds a Kazakh title in capitals (SQLite's own lower() knows only Latin letters); the platform filter leaves it
        // out.
        (await teacher.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>($"{Programmes}?filter=ГЕОМЕТРИЯЛЫҚ")).Items
            .ShouldHaveSingleItem()
            .Id
            .ShouldBe(programme.Id);
        (await teacher.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>($"{Programmes}?filter=математика&host=false")).Items
            .ShouldContain(p => p.Id == programme.Id);
        (await teacher.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>($"{Programmes}?filter=геометриялық&runsOnPlatform=true"))
            .TotalCount
            .ShouldBe(0);
        var platform = await teacher.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>(
            $"{Programmes}?runsOnPlatform=true&maxResultCount=100");
        platform.Items.ShouldNotBeEmpty();
        platform.Items.ShouldAllBe(p => p.RunsOnPlatform);

        // Two courses of the programme, a year apart: paged one by one, found by title or by the teacher's name, and by the year they
        // ended.
        var lastYear = Today.AddYears(-1);
        var older = await (await teacher.PostJsonAsync(
            $"{Records}/completed",
            CompletedBody(programme.Id, 36, lastYear.AddDays(-5), lastYear, null)))
            .ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        var newer = await (await teacher.PostJsonAsync(
            $"{Records}/completed",
            CompletedBody(programme.Id, 36, Today.AddDays(-5), Today.AddDays(-1), null)))
            .ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        var first = await deputy.GetAsync<PagedResultDto<CourseRecordDto>>($"{Records}?filter=ГЕОМЕТРИЯЛЫҚ&maxResultCount=1");
        first.TotalCount.ShouldBe(2);
        first.Items.ShouldHaveSingleItem().Id.ShouldBe(newer.Id);
        (await deputy.GetAsync<PagedResultDto<CourseRecordDto>>($"{Records}?filter=ГЕОМЕТРИЯЛЫҚ&maxResultCount=1&skipCount=1")).Items
            .ShouldHaveSingleItem()
            .Id
            .ShouldBe(older.Id);
        (await deputy.GetAsync<PagedResultDto<CourseRecordDto>>($"{Records}?filter=геометриялық&year={lastYear.Year}")).Items
            .ShouldHaveSingleItem()
            .Id
            .ShouldBe(older.Id);
        var byName = await deputy.GetAsync<PagedResultDto<CourseRecordDto>>(
            $"{Records}?filter={Uri.EscapeDataString(person.FullName.ToUpperInvariant())}&maxResultCount=100");
        byName.Items.Select(r => r.Id).ShouldBe([newer.Id, older.Id], ignoreOrder: true);
        (await deputy.GetAsync($"{Records}?year=1999")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Another teacher searching the same title finds none of them: a list shows only what the caller may read.
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher03")).GetAsync<PagedResultDto<CourseRecordDto>>(
            $"{Records}?filter=геометриялық")).TotalCount.ShouldBe(0);

        // Post-course plans: the submitted ones come first for the director; found by the teacher's name.
        var s002 = (await teacher.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>($"{Programmes}?host=true&maxResultCount=100"))
            .Items.Single(p => p.Code == CourseCatalogueSeed.Seed002).Id;
        var course = await (await teacher.PostJsonAsync(
            $"{Records}/completed",
            CompletedBody(s002, 80, Today.AddDays(-40), Today.AddDays(-30), "C-05")))
            .ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        var plan = await (await teacher.PostJsonAsync(Plans, PlanBody(course.Id, ["community"], 3))).ReadAsync<PostCoursePlanDto>(
            HttpStatusCode.Created);
        plan = await (await teacher.PostJsonAsync($"{Plans}/{plan.Id}/submit", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<PostCoursePlanDto>();
        var plans = await director.GetAsync<PagedResultDto<PostCoursePlanListItemDto>>($"{Plans}?maxResultCount=100");
        plans.Items.SkipWhile(p => p.Status == DevelopmentPlanStatus.Submitted)
            .ShouldNotContain(p => p.Status == DevelopmentPlanStatus.Submitted);
        plans.Items.ShouldContain(p => p.Id == plan.Id);
        (await director.GetAsync<PagedResultDto<PostCoursePlanListItemDto>>(
            $"{Plans}?filter={Uri.EscapeDataString(person.FullName.ToUpperInvariant())}"))
            .Items.ShouldHaveSingleItem().Id.ShouldBe(plan.Id);
        (await director.GetAsync<PagedResultDto<PostCoursePlanListItemDto>>($"{Plans}?filter=геометриялық")).TotalCount.ShouldBe(0);

        // Stage 3 (the results and the association's recommendation) follows the director's approval and is the teacher's to write.
        await (await teacher.PostJsonAsync(
            $"{Plans}/{plan.Id}/outcome",
            new { concurrencyStamp = plan.ConcurrencyStamp, outcome = "Портфолио бөлімі" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Courses.WrongStatus);
        plan = await (await director.PostJsonAsync($"{Plans}/{plan.Id}/agree", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<PostCoursePlanDto>();
        (await director.PostJsonAsync($"{Plans}/{plan.Id}/outcome", new { concurrencyStamp = plan.ConcurrencyStamp, outcome = "x" }))
            .StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        plan = await (await teacher.PostJsonAsync($"{Plans}/{plan.Id}/outcome", new
        {
            concurrencyStamp = plan.ConcurrencyStamp, outcome = "Әдістемелік өнім: жобалық оқыту бойынша нұсқаулық", recommendation = "Аудандық әдістемелік бірлестікте таныстыру",
        })).ReadAsync<PostCoursePlanDto>();
        plan.ShouldSatisfyAllConditions(p => p.Outcome.ShouldBe("Әдістемелік өнім: жобалық оқыту бойынша нұсқаулық"),
            p => p.Recommendation.ShouldBe("Аудандық әдістемелік бірлестікте таныстыру"));
        (await director.GetAsync<PostCoursePlanDto>($"{Plans}/{plan.Id}")).Outcome.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Grade_Each_Component_By_Its_Band_As_Seed_003_Does()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var s003 = (await director.GetAsync<PagedResultDto<CourseProgrammeListItemDto>>($"{Programmes}?host=true&maxResultCount=100"))
            .Items.Single(p => p.Code == CourseCatalogueSeed.Seed003).Id;
        var record = await RequestApprovedAsync("teacher01", s003, deputy);
        var start = Today.AddDays(-10);
        var result = await (await director.PostJsonAsync($"{Records}/{record.Id}/assess", new
        {
            concurrencyStamp = record.ConcurrencyStamp, assessedOn = Today, startDate = start, endDate = start.AddDays(5),
            scores = new object[] {
                new { key = "miniLesson", score = 19 },
                new { key = "project", score = 15 },
                new { key = "finalTest", score = 20 } },
        })).ReadAsync<AssessmentResultDto>();
        // No pass mark and no thresholds: passed; the mini-lesson's 19 of 21 is «Үздік», the project's 15 of 20 is «4».
        result.ShouldSatisfyAllConditions(
            r => r.Total.ShouldBe(54),
            r => r.MaxTotal.ShouldBe(71),
            r => r.Passed.ShouldBeTrue(),
            r => r.Grade.ShouldBe("Үздік · «4»"));
        result.ComponentGrades.Select(g => (g.Key, g.Label)).ShouldBe([("miniLesson", "Үздік"), ("project", "«4»")]);
        result.Record.Grade.ShouldBe("Үздік · «4»");

        // A scheme whose band reaches past its component's maximum, or grades an unknown component, is refused.
        var own = await (await director.PostJsonAsync(Programmes, ProgrammeBody("Бағалау сызбасы тексерісі", 40, onPlatform: true)))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);
        foreach (var band in new object[] {
            new { of = "lesson", label = "Үздік", min = 19, max = 22 },
            new { of = "nothing", label = "Үздік", min = 1, max = 2 } })
            await (await director.PostJsonAsync($"{Programmes}/{own.Id}/schemes", new
            {
                effectiveFrom = "2024-01-01", components = new[] {
                    new { key = "lesson", title = "Сабақ", maxPoints = 21 } }, gradeBands = new[] { band },
            })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.InvalidScheme);
    }

    [Fact]
    public async Task Should_Count_The_Programme_Lifecycle_Deadlines_In_Kazakh_Working_Days()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var programme = await (await admin.PostJsonAsync(
            HostProgrammes,
            ProgrammeBody("Провайдер бағдарламасы: әзірлеуден бекітуге дейін", 80)))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);
        var url = $"{HostProgrammes}/{programme.Id}/lifecycle";
        const string Holidays = "/api/host/public-holidays";

        // The seeded calendar: Nauryz 2026 (21–23 March) and the days off it moves to (24–25 March); the provider side is the operator's.
        var calendar = await admin.GetAsync<List<PublicHolidayDto>>($"{Holidays}?year=2026");
        calendar.ShouldContain(d => d.Date == new DateOnly(2026, 3, 23) && d.Kind == CalendarDayKind.Holiday);
        calendar.ShouldContain(d => d.Date == new DateOnly(2026, 3, 25) && d.Kind == CalendarDayKind.DayOff);
        (await admin.GetAsync<List<PublicHolidayDto>>($"{Holidays}?year=2027")).ShouldContain(
            d => d.Date == new DateOnly(2027, 1, 4) && d.Kind == CalendarDayKind.DayOff);
        (await director.GetAsync($"{Holidays}?year=2026")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await director.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var empty = await admin.GetAsync<ProgrammeLifecycleDto>(url);
        empty.ShouldSatisfyAllConditions(
            l => l.Exists.ShouldBeFalse(),
            l => l.MissingSections.Count.ShouldBe(10),
            l => l.Stage.ShouldBe(ProgrammeLifecycleStage.Development));

        // The discussion opens only with the 10 mandatory sections and literature of the last 5 years.
        await (await admin.PutJsonAsync(url, LifecycleBody(9, "2026-03-16"))).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            KemelSchoolPDErrorCodes.Courses.SectionsMissing);
        await (await admin.PutJsonAsync(url, LifecycleBody(10, "2026-03-16", oldest: 2020)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.LiteratureTooOld);
        await (await admin.PutJsonAsync(url, LifecycleBody(10, "2026-01-05"))).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            KemelSchoolPDErrorCodes.Courses.LifecycleOutOfOrder);
        var l = await (await admin.PutJsonAsync(url, LifecycleBody(10, "2026-03-16", received: 4))).ReadAsync<ProgrammeLifecycleDto>();
        // 10 working days from Monday 16 March: 16–20, 26–27, 30, 31 March and 1 April (Nauryz and its days off do not count).
        l.DiscussionEnds.ShouldBe(new DateOnly(2026, 4, 1));
        l.MissingSections.ShouldBeEmpty();

        // The Expert Council answers after the discussion, once every comment is answered; "revise" within 15 working days.
        await (await admin.PutJsonAsync(
            url,
            LifecycleBody(10, "2026-03-16", received: 4, answered: 4, revision: "2026-04-01", stamp: l.ConcurrencyStamp)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.DiscussionNotOver);
        await (await admin.PutJsonAsync(
            url,
            LifecycleBody(10, "2026-03-16", received: 4, answered: 3, revision: "2026-04-06", stamp: l.ConcurrencyStamp)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.CommentsUnanswered);
        l = await (await admin.PutJsonAsync(
            url,
            LifecycleBody(10, "2026-03-16", received: 4, answered: 4, revision: "2026-04-06", stamp: l.ConcurrencyStamp)))
            .ReadAsync<ProgrammeLifecycleDto>();
        l.RevisionDue.ShouldBe(new DateOnly(2026, 4, 27));
        using (host.Clock.Set(new DateOnly(2026, 4, 20)))
            (await admin.GetAsync<ProgrammeLifecycleDto>(url)).ShouldSatisfyAllConditions(
                x => x.Stage.ShouldBe(ProgrammeLifecycleStage.Revision),
                x => x.Overdue.ShouldBeFalse());

        // Resubmitted a day late, agreed on Friday 8 May: approval within 3 working days is Thursday 14 May (Victory Day falls
        // on Saturday 9 May and its day off is Monday 11 May); approving on the 15th is late; the review is due 3 years on.
        l = await (await admin
            .PutJsonAsync(url, LifecycleBody(10, "2026-03-16", received: 4, answered: 4, revision: "2026-04-06", resubmitted: "2026-04-28",
                conclusion: "Agree", conclusionOn: "2026-05-08", stamp: l.ConcurrencyStamp))).ReadAsync<ProgrammeLifecycleDto>();
        l.ShouldSatisfyAllConditions(x => x.ResubmittedLate.ShouldBeTrue(), x => x.ApprovalDue.ShouldBe(new DateOnly(2026, 5, 14)));
        await (await admin
            .PutJsonAsync(url, LifecycleBody(10, "2026-03-16", received: 4, answered: 4, revision: "2026-04-06", resubmitted: "2026-04-28",
                conclusion: "Agree", conclusionOn: "2026-05-08", approvedOn: "2026-05-07", stamp: l.ConcurrencyStamp)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.LifecycleOutOfOrder);
        await (await admin
            .PutJsonAsync(url, LifecycleBody(10, "2026-03-16", received: 4, answered: 4, revision: "2026-04-06", resubmitted: "2026-04-28",
                conclusion: "Refuse", conclusionOn: "2026-05-08", approvedOn: "2026-05-12", stamp: l.ConcurrencyStamp)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.NotAgreed);
        l = await (await admin
            .PutJsonAsync(url, LifecycleBody(10, "2026-03-16", received: 4, answered: 4, revision: "2026-04-06", resubmitted: "2026-04-28",
                conclusion: "Agree", conclusionOn: "2026-05-08", approvedOn: "2026-05-15", stamp: l
                .ConcurrencyStamp))).ReadAsync<ProgrammeLifecycleDto>();
        l.ShouldSatisfyAllConditions(x => x.Stage.ShouldBe(ProgrammeLifecycleStage.Approved), x => x.ApprovedLate.ShouldBeTrue(),
            x => x.NextReviewDue.ShouldBe(new DateOnly(2029, 5, 15)));
        // A stale stamp is a conflict.
        (await admin.PutJsonAsync(url, LifecycleBody(10, "2026-03-16", stamp: "stale"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The calendar is data: a government transfer making Tuesday 12 May a day off moves the approval deadline to the 15th, on time.
        var withTransfer = calendar.Select(
            d => (object)new { date = d.Date, kind = d.Kind.ToString(), nameKk = d.NameKk, nameRu = d.NameRu, nameEn = d.NameEn })
            .Append(new
            {
                date = new DateOnly(
                2026,
                5,
                12), kind = "DayOff", nameKk = "Үкімет қаулысымен ауыстырылған демалыс", nameRu = "Перенос по постановлению", nameEn = "Transfer"
            })
            .ToArray();
        (await director.PutJsonAsync($"{Holidays}/2026", new { days = withTransfer })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await admin.PutJsonAsync($"{Holidays}/2026", new { days = withTransfer })).ReadAsync<List<PublicHolidayDto>>()).Count
            .ShouldBe(calendar.Count + 1);
        try
        {
            (await admin.GetAsync<ProgrammeLifecycleDto>(url)).ShouldSatisfyAllConditions(
                x => x.ApprovalDue.ShouldBe(new DateOnly(2026, 5, 15)),
                x => x.ApprovedLate.ShouldBeFalse());
        }
        finally
        {
            await (await admin.PutJsonAsync($"{Holidays}/2026", new { days = withTransfer.SkipLast(1).ToArray() }))
                .ReadAsync<List<PublicHolidayDto>>();
        }
        await (await admin.PutJsonAsync($"{Holidays}/2027", new { days = withTransfer.Take(1).ToArray() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.HolidayOutsideYear);
        (await admin.GetAsync<ProgrammeLifecycleDto>(url)).ApprovalDue.ShouldBe(new DateOnly(2026, 5, 14));
        // A school's own entry has no provider lifecycle here.
        var own = await (await director.PostJsonAsync(Programmes, ProgrammeBody("Мектептің курсы: өмірлік циклсіз", 36)))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);
        (await admin.GetAsync($"{HostProgrammes}/{own.Id}/lifecycle")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static object LifecycleBody(
        int sections,
        string? discussion,
        int? oldest = 2023,
        int received = 0,
        int answered = 0,
        string? revision = null,
        string? resubmitted = null,
        string? conclusion = null,
        string? conclusionOn = null,
        string? approvedOn = null,
        string? stamp = null) => new
        {
            protocolDate = "2026-02-02", protocolSignedBy = "Сарапшылар және директор", developmentOrderNumber = "12-ө", developmentOrderDate = "2026-02-05",
            sectionsDone = Enum.GetNames<ProgrammeSection>().Take(sections)
                .ToArray(), oldestLiteratureYear = oldest, discussionStart = discussion,
            discussionLink = "https://ziyatker.org/discussion/1", commentsReceived = received, commentsAnswered = answered, revisionReceivedOn = revision,
            resubmittedOn = resubmitted, conclusion, conclusionReceivedOn = conclusionOn, approvalOrderNumber = approvedOn is null
                ? null
                : "45-ө", approvedOn,
            concurrencyStamp = stamp,
        };

    private async Task<CourseRecordDto> RequestApprovedAsync(string userName, Guid programmeId, HttpClient deputy)
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, userName);
        var record = await (await teacher.PostJsonAsync(Records, new { programmeId })).ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        return await (await deputy.PostJsonAsync($"{Records}/{record.Id}/approve", new { concurrencyStamp = record.ConcurrencyStamp }))
            .ReadAsync<CourseRecordDto>();
    }

    internal static object ProgrammeBody(
        string title,
        int hours,
        string? stamp = null,
        string field = "Жалпы педагогика",
        bool onPlatform = false) => new
        {
            provider = "«Өрлеу» БАҰО", title, field, hours, format = "Blended", formatSplit = "48+12+12", languages = new[] { "kk", "ru" },
            runsOnPlatform = onPlatform, concurrencyStamp = stamp,
            modules = new[] {
            new { number = 1, title = "Кіріспе модуль", hours = 8, topics = new[] { new { title = "Нормативтік база", hours = 4 } } } },
        };

    private static object SchemeBody(string effectiveFrom, int testThreshold) => new
    {
        effectiveFrom, passMark = 50,
        components = new object[]
        {
            new { key = "test", title = "Тест", maxPoints = 40, threshold = testThreshold }, new { key = "attendance", title = "Қатысу", maxPoints = 10 },
            new { key = "activity", title = "Белсенділік", maxPoints = 10 }, new { key = "project", title = "Жоба", maxPoints = 40 },
        },
    };

    private static object AssessBody(CourseRecordDto record, DateOnly on, DateOnly start, int test, int project) => new
    {
        concurrencyStamp = record.ConcurrencyStamp, assessedOn = on, startDate = start, endDate = start.AddDays(12),
        scores = new object[] {
            new { key = "test", score = test },
            new { key = "attendance", score = 10 },
            new { key = "activity", score = 10 },
            new { key = "project", score = project } },
    };

    private static object AttendBody(CourseRecordDto record) =>
        new { concurrencyStamp = record.ConcurrencyStamp, startDate = Today.AddDays(-7), endDate = Today.AddDays(-1) };

    private static object CompleteBody(CourseRecordDto record, int hours, DateOnly start, DateOnly? certificateDate) => new
    {
        concurrencyStamp = record.ConcurrencyStamp,
        completion = new
        {
            hours, startDate = start, endDate = start.AddDays(
            12), result = "Сертификат", certificateNumber = "KZ-0001", certificateDate
        },
    };

    internal static object CompletedBody(Guid programmeId, int hours, DateOnly start, DateOnly end, string? number) => new
    {
        programmeId,
        completion = new
        {
            hours, startDate = start, endDate = end, certificateNumber = number, certificateDate = number is null ? (DateOnly?)null : end,
        },
    };

    private static object PlanBody(Guid courseId, string[] directions, int events)
        => new { courseRecordId = courseId, directions, events = Events(events) };

    private static object[] Events(int count) =>
    [
        .. new[]
        {
            new { kind = "OpenLesson", title = "Ашық сабақ: жобалық оқыту", plannedDate = Today.AddDays(5), level = "School" },
            new { kind = "MasterClass", title = "Әріптестерге шеберлік сыныбы", plannedDate = Today.AddDays(40), level = "School" },
            new { kind = "Publication", title = "Әдістемелік мақала", plannedDate = Today.AddDays(90), level = "District" },
            new { kind = "Webinar", title = "Вебинар", plannedDate = Today.AddDays(120), level = "School" },
        }.Take(count),
    ];
}

public sealed class Courses_Sqlite_Tests(SqliteHostFixture host) : Courses_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class Courses_Postgres_Tests(PostgresHostFixture host) : Courses_Tests(host), IClassFixture<PostgresHostFixture>;
