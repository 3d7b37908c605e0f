using System.Net;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Identity;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.MultiTenancy;

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// The one file a module edits to put its records under the tenant-isolation suite (TenantIsolation_Tests):
//   1. add a RecordKind to RecordKinds: how a school's director creates one such record, and the URL that reads it back;
//   2. add its endpoints that take ids to SchoolOwnedEndpoints.All.
// The suite then creates one record of every kind in each of two schools and checks every case with the other school's
// ids, every list endpoint of the catalog for leaks, and that nothing of the other school changed.
// Put the school's marker text (SchoolUnderTest.Marker) into each record's visible text, so a leak in any list shows.
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────────

/// <summary>A school whose records a test seeds: its director's client, ids, and a text unique to it that its records carry.</summary>
public sealed record SchoolUnderTest(
    KemelWebApplicationFactory Host,
    HttpClient Director,
    Guid SchoolId,
    Guid DirectorUserId,
    string Marker);

/// <summary>A kind of school-owned record: how a school gets one (returns its id) and the URL at which the school reads it.</summary>
public sealed record RecordKind(string Name, Func<SchoolUnderTest, Task<Guid>> SeedAsync, Func<Guid, string> ReadUrl)
{
    public override string ToString() => Name;
}

/// <summary>Every kind of school-owned record the isolation suite seeds. Add a module's kinds here.</summary>
public static class RecordKinds
{
    /// <summary>A teacher of the school (with a subject only this school teaches), in no association.</summary>
    public static readonly RecordKind StaffMember = new(nameof(StaffMember), async school =>
    {
        var body = ApiClients.NewStaffMember($"Мұғалім {school.Marker}");
        body["subjects"] = new[] { $"Пән {school.Marker}" };
        body["email"] = $"teacher.{school.Marker.ToLowerInvariant()}@isolation.test.kz";
        return (await (await school.Director.PostJsonAsync("/api/app/staff", body)).ReadAsync<StaffMemberDto>(HttpStatusCode.Created)).Id;
    }, id => $"/api/app/staff/{id}");

    public static readonly RecordKind Association = new(nameof(Association), async school =>
        (await (await school.Director.PostJsonAsync(
            "/api/app/methodological-associations",
            new { name = $"Бірлестік {school.Marker}", description = school.Marker }))
            .ReadAsync<MethodologicalAssociationDto>(HttpStatusCode.Created)).Id,
        id => $"/api/app/methodological-associations/{id}");

    /// <summary>The school's own Teacher role (every school has one of that name; the ids differ).</summary>
    public static readonly RecordKind Role = new(nameof(Role), async school =>
        (await school.Director.GetAsync<List<RoleDto>>("/api/identity/roles")).Single(r => r.Name == KemelRoles.Teacher).Id,
        id => $"/api/identity/roles/{id}/permissions");

    /// <summary>A notification to the director (there is no endpoint that creates one: it is written as the nightly job would).</summary>
    public static readonly RecordKind Notification = new(nameof(Notification), async school =>
    {
        using var scope = school.Host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(school.SchoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var notification = new KemelSchoolPD.Notifications.Notification(Guid.CreateVersion7(), null, school.DirectorUserId,
            KemelSchoolPD.Staff.StaffWorkKinds.StaffCategoryExpiring, "Months6", null,
            new Dictionary<string, string>
            {
                ["StaffName"] = $"Мұғалім {school.Marker}",
                ["Category"] = "Enum:QualificationCategory.Moderator",
                ["ExpiresOn"] = "20.05.2028"
            },
            "isolation-test:" + school.Marker, true, NotificationEmailState.None, DateTime.UtcNow);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }, _ => "/api/app/notifications?maxResultCount=100");

    /// <summary>A draft development plan (Table 18) of a teacher of the school, its topic carrying the marker.</summary>
    public static readonly RecordKind DevelopmentPlan = new(nameof(DevelopmentPlan), async school =>
    {
        var teacher = await (await school.Director.PostJsonAsync(
            "/api/app/staff",
            ApiClients.NewStaffMember($"Жоспар Иесі {school.Marker}"))).ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        var plan = await (await school.Director.PostJsonAsync("/api/app/development-plans", new
        {
            templateId = BuiltInPlanTemplates.Table18Id, academicYear = 2026, teacherStaffMemberId = teacher.Id,
            content = new { topic = $"Тақырып {school.Marker}", goals = new[] { new { title = $"Мақсат {school.Marker}" } } },
        })).ReadAsync<DevelopmentPlanDto>(HttpStatusCode.Created);
        return plan.Id;
    }, id => $"/api/app/development-plans/{id}");

    /// <summary>The school's own plan template, named with the marker.</summary>
    public static readonly RecordKind PlanTemplate = new(nameof(PlanTemplate), async school =>
        (await (await school.Director
            .PostJsonAsync("/api/app/development-plans/templates", ApiClients.NewPlanTemplate($"Үлгі {school.Marker}")))
            .ReadAsync<PlanTemplateDto>(HttpStatusCode.Created)).Id,
        id => $"/api/app/development-plans/templates/{id}");

    /// <summary>A developmental observation by the director of a teacher of the school, its focus carrying the marker.</summary>
    public static readonly RecordKind LessonObservation = new(nameof(LessonObservation), async school =>
    {
        var teacher = await (await school.Director.PostJsonAsync(
            "/api/app/staff",
            ApiClients.NewStaffMember($"Бақыланған {school.Marker}"))).ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        return (await (await school.Director
            .PostJsonAsync("/api/app/lesson-observations", ApiClients.NewObservation(teacher.Id, $"Бақылау {school.Marker}")))
            .ReadAsync<LessonObservationDto>(HttpStatusCode.Created)).Id;
    }, id => $"/api/app/lesson-observations/{id}");

    /// <summary>The school's own observation sheet, named with the marker.</summary>
    public static readonly RecordKind ObservationForm = new(nameof(ObservationForm), async school =>
        (await (await school.Director
            .PostJsonAsync("/api/app/lesson-observations/forms", ApiClients.NewObservationForm($"Парақ {school.Marker}")))
            .ReadAsync<ObservationFormDto>(HttpStatusCode.Created)).Id,
        id => $"/api/app/lesson-observations/forms/{id}");

    /// <summary>A route sheet of a new teacher of the school (the teacher's name carries the marker).</summary>
    public static readonly RecordKind RouteSheet = new(nameof(RouteSheet), async school =>
    {
        var teacher = await (await school.Director
            .PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember($"Парақ Иесі {school.Marker}")))
            .ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        return (await (await school.Director
            .PostJsonAsync("/api/app/route-sheets", new { teacherStaffMemberId = teacher.Id, academicYear = 2026 }))
            .ReadAsync<RouteSheetDto>(HttpStatusCode.Created)).Id;
    }, id => $"/api/app/route-sheets/{id}");

    /// <summary>The school's own copy of the moderator template, its title carrying the marker.</summary>
    public static readonly RecordKind RouteSheetTemplate = new(nameof(RouteSheetTemplate), async school =>
    {
        var builtIn = BuiltInRouteSheetTemplates.Moderator;
        return (await (await school.Director.PutJsonAsync(
            $"/api/app/route-sheets/templates/{builtIn.Id}",
            ApiClients.RouteSheetTemplateBody(builtIn, $"Деңгей {school.Marker}")))
            .ReadAsync<RouteSheetTemplateDto>()).Id;
    }, id => $"/api/app/route-sheets/templates/{id}");

    /// <summary>A growth cycle of a teacher of the school, opened by the director, its growth zone carrying the marker.</summary>
    public static readonly RecordKind GrowthCycle = new(nameof(GrowthCycle), async school =>
    {
        var teacher = await (await school.Director.PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember($"Цикл Иесі {school.Marker}")))
            .ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        var cycle = await (await school.Director.PostJsonAsync("/api/app/growth-cycles", new
        {
            academicYear = 2026, participantStaffMemberId = teacher.Id, growthZone = $"Өсу аймағы {school.Marker}",
            entryDiagnostic = new { observationSummary = school.Marker, growthZones = new[] { $"Өсу аймағы {school.Marker}" } },
        })).ReadAsync<GrowthCycleDto>(HttpStatusCode.Created);
        return cycle.Id;
    }, id => $"/api/app/growth-cycles/{id}");

    /// <summary>A lesson taught, recorded in the school's <see cref="GrowthCycle"/> record (so that record's answer shows it).</summary>
    public static readonly RecordKind GrowthArtefact = new(nameof(GrowthArtefact), async school =>
    {
        var cycle = (await school.Director
            .GetAsync<PagedResultDto<GrowthCycleListItemDto>>($"/api/app/growth-cycles?filter={school.Marker}")).Items.Single();
        return (await (await school.Director.PostJsonAsync(
            $"/api/app/growth-cycles/{cycle.Id}/artefacts",
            new { kind = "LessonTaught", content = GrowthLesson(school.Marker) }))
            .ReadAsync<GrowthArtefactDto>(HttpStatusCode.Created)).Id;
    }, _ => "/api/app/growth-cycles?maxResultCount=100");

    public static readonly RecordKind GrowthGuidance = new(nameof(GrowthGuidance), async school =>
        (await (await school.Director.PostJsonAsync(
            "/api/app/growth-cycles/guidance",
            new { stage = "Action", participantKind = "Teacher", textKk = school.Marker, textRu = school.Marker }))
            .ReadAsync<GrowthGuidanceDto>(HttpStatusCode.Created)).Id!.Value,
        _ => "/api/app/growth-cycles/guidance");

    public static readonly RecordKind GrowthCompetence = new(nameof(GrowthCompetence), async school =>
        (await (await school.Director.PostJsonAsync(
            "/api/app/growth-cycles/competences",
            new { code = "09.9", functionCode = "09", nameKk = school.Marker, nameRu = school.Marker }))
            .ReadAsync<GrowthCompetenceDto>(HttpStatusCode.Created)).Id!.Value,
        _ => "/api/app/growth-cycles/competences");

    /// <summary>An account (one-time password) of a new teacher of the school, whose name carries the marker.</summary>
    public static readonly RecordKind User = new(nameof(User), async school =>
    {
        var teacher = await (await school.Director
            .PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember($"Есептік Иесі {school.Marker}")))
            .ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        return (await (await school.Director.PostJsonAsync(
            "/api/app/users",
            new { staffMemberId = teacher.Id, roles = new[] { KemelRoles.Teacher }, delivery = "OneTimePassword" }))
            .ReadAsync<KemelSchoolPD.Users.CreateUserResultDto>(HttpStatusCode.Created)).User.Id;
    }, id => $"/api/app/users/{id}");

    /// <summary>The school's own custom role, named with the marker.</summary>
    public static readonly RecordKind CustomRole = new(nameof(CustomRole), async school =>
        (await (await school.Director.PostJsonAsync("/api/identity/roles", new { name = $"Рөл {school.Marker}" })).ReadAsync<RoleDto>(
            HttpStatusCode.Created)).Id,
        id => $"/api/identity/roles/{id}/permissions");

    /// <summary>A file of the school's <see cref="DevelopmentPlan"/> record, named with the marker, "uploaded" by the director.</summary>
    public static readonly RecordKind Attachment = new(nameof(Attachment), async school =>
    {
        using var scope = school.Host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(school.SchoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var planId = await db.DevelopmentPlans.OrderBy(p => p.CreationTime).Select(p => p.Id).FirstAsync();
        var bytes = System.Text.Encoding.UTF8.GetBytes($"Дәлел {school.Marker}");
        var file = new KemelSchoolPD.Attachments.Attachment(
            Guid.CreateVersion7(),
            nameof(KemelSchoolPD.DevelopmentPlans.DevelopmentPlan),
            planId,
            $"Дәлел {school.Marker}.txt",
            KemelSchoolPD.Attachments.FileTypes.Text,
            bytes.Length,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            school.DirectorUserId,
            "Director");
        db.Attachments.Add(file);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<KemelSchoolPD.Attachments.IAttachmentStore>().PutAsync(file, bytes);
        await db.SaveChangesAsync();
        return file.Id;
    }, _ => "/api/app/attachments"); // the director's uploads (a download would itself write to the audit log)

    /// <summary>A mentor pair of two new staff members named with the marker.</summary>
    public static readonly RecordKind MentoringPair = new(nameof(MentoringPair), async school =>
    {
        var mentor = await (await school.Director.PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember($"Тәлімгер {school.Marker}")))
            .ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        var mentee = await (await school.Director.PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember($"Жас Маман {school.Marker}")))
            .ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        return (await (await school.Director.PostJsonAsync(
            "/api/app/mentoring/pairs",
            new { kind = "Mentor", mentorStaffMemberId = mentor.Id, menteeStaffMemberId = mentee.Id }))
            .ReadAsync<MentoringPairDto>(HttpStatusCode.Created)).Id;
    }, id => $"/api/app/mentoring/pairs/{id}");

    /// <summary>A held meeting of the school's <see cref="MentoringPair"/> with a shared note, a private note and a next step (written as
    /// its mentor would: the director is no party).</summary>
    public static readonly RecordKind MentoringMeeting = new(nameof(MentoringMeeting), async school =>
    {
        var pairId = (await school.Director.GetAsync<PagedResultDto<MentoringPairDto>>($"/api/app/mentoring/pairs?filter={school.Marker}"))
            .Items
            .Single()
            .Id;
        using var scope = school.Host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(school.SchoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var pair = await db.MentoringPairs.SingleAsync(p => p.Id == pairId);
        var meeting = new KemelSchoolPD.Mentoring.MentoringMeeting(Guid.CreateVersion7(), pair,
                new MentoringMeetingSchedule(
                    new DateTime(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc),
                    45,
                    $"Кездесу {school.Marker}",
                    school.Marker,
                    null))
            .SetAgenda([new MentoringAgendaItem(Guid.Empty, $"Күн тәртібі {school.Marker}", false)]);
        db.MentoringMeetings.Add(meeting);
        db.MentoringSharedNotes
            .Add(new MentoringSharedNote(Guid.CreateVersion7(), meeting).Write($"Ортақ жазба {school.Marker}", pair.MentorStaffMemberId));
        db.MentoringPrivateNotes.Add(new MentoringPrivateNote(Guid.CreateVersion7(), meeting, pair.MentorStaffMemberId)
            .Write($"Жеке жазба {school.Marker}", pair.MentorStaffMemberId, DateTime.UtcNow));
        db.MentoringNextSteps.Add(new MentoringNextStep(
            Guid.CreateVersion7(),
            meeting,
            $"Қадам {school.Marker}",
            MentoringStepOwner.Mentee,
            new DateOnly(2026, 10, 12)));
        await db.SaveChangesAsync();
        return meeting.Id;
    }, id => $"/api/app/mentoring/meetings/{id}");

    /// <summary>The next step of the school's <see cref="MentoringMeeting"/>.</summary>
    public static readonly RecordKind MentoringStep = new(nameof(MentoringStep), async school =>
    {
        using var scope = school.Host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(school.SchoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        return await db.MentoringNextSteps.Where(s => s.Text == $"Қадам {school.Marker}").Select(s => s.Id).SingleAsync();
    }, _ => "/api/app/mentoring/meetings?maxResultCount=100");

    public static object GrowthLesson(string text)
        => new { date = "2026-10-01", className = "5А", subject = text, learningObjectives = text };

    /// <summary>The director's own year plan as a mentor, its aim and topic carrying the marker.</summary>
    public static readonly RecordKind MentorYearPlan = new(nameof(MentorYearPlan), async school =>
        (await (await school.Director.PostJsonAsync("/api/app/mentoring/year-plans", new
        {
            academicYear = 2026, goal = $"Мақсат {school.Marker}",
            activities = new[] { new { month = 10, topic = $"Кеңес {school.Marker}", form = "Consultation" } },
        })).ReadAsync<KemelSchoolPD.Mentoring.MentorYearPlanDto>(HttpStatusCode.Created)).Id,
        id => $"/api/app/mentoring/year-plans/{id}");

    /// <summary>The director's own weekly reflection card, an answer carrying the marker (the director reads only their own).</summary>
    public static readonly RecordKind ReflectionCard = new(nameof(ReflectionCard), async school =>
        (await (await school.Director.PostJsonAsync("/api/app/mentoring/cards", new
        {
            weekYear = 2026, week = 40, score = 5, answers = new[] { new { key = "W.P1", text = $"Факт {school.Marker}" } },
        })).ReadAsync<KemelSchoolPD.Mentoring.ReflectionCardDto>(HttpStatusCode.Created)).Id,
        id => $"/api/app/mentoring/cards/{id}");

    /// <summary>The school's year-end reflection campaign (no text of its own: its id is what must not leak).</summary>
    public static readonly RecordKind YearEndCampaign = new(nameof(YearEndCampaign), async school =>
        (await (await school.Director
            .PostJsonAsync("/api/app/mentoring/year-end-campaigns", new { academicYear = 2040, deadline = "2041-05-25" }))
            .ReadAsync<KemelSchoolPD.Mentoring.YearEndCampaignDto>(HttpStatusCode.Created)).Id,
        id => $"/api/app/mentoring/year-end-campaigns/{id}");

    /// <summary>The school's record of an appendix indicator (its note carries the marker); read back among the school's
    /// indicators.</summary>
    public static readonly RecordKind IndicatorRecord = new(nameof(IndicatorRecord), async school =>
    {
        var saved = await school.Director.PutJsonAsync("/api/app/school-indicators/records/Action.SafeInclusiveConditions",
            new { academicYear = 2026, achievement = "Partial", note = $"Ескерту {school.Marker}", evidence = school.Marker });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var scope = school.Host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(school.SchoolId);
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().SchoolIndicatorRecords
            .Where(r => r.AcademicYear == 2026).Select(r => r.Id).SingleAsync();
    }, _ => "/api/app/school-indicators?academicYear=2026");
    /// <summary>The school's own catalogue entry for an external course, its title carrying the marker.</summary>
    public static readonly RecordKind CourseProgramme = new(nameof(CourseProgramme), async school =>
        (await (await school.Director.PostJsonAsync("/api/app/courses/programmes",
            KemelSchoolPD.HttpApi.Tests.Courses.Courses_Tests.ProgrammeBody($"Курс {school.Marker}", 72, field: $"Сала {school.Marker}")))
            .ReadAsync<KemelSchoolPD.Courses.CourseProgrammeDto>(HttpStatusCode.Created)).Id,
        id => $"/api/app/courses/programmes/{id}");

    /// <summary>The director's own completed course of that programme (its certificate number carrying the marker).</summary>
    public static readonly RecordKind CourseRecord = new(nameof(CourseRecord), async school =>
    {
        var programmes = await school.Director.GetAsync<PagedResultDto<KemelSchoolPD.Courses.CourseProgrammeListItemDto>>(
            "/api/app/courses/programmes?host=false&maxResultCount=100");
        var programme = programmes.Items.First(p => p.Title == $"Курс {school.Marker}");
        return (await (await school.Director.PostJsonAsync("/api/app/courses/records/completed", new
        {
            programmeId = programme.Id,
            completion = new { hours = 72, startDate = "2026-01-10", endDate = "2026-01-20", result = $"Нәтиже {school.Marker}", certificateNumber = $"N-{school.Marker}", certificateDate = "2026-01-20" },
        })).ReadAsync<KemelSchoolPD.Courses.CourseRecordDto>(HttpStatusCode.Created)).Id;
    }, id => $"/api/app/courses/records/{id}");

    /// <summary>The director's post-course plan for that course, an event's title carrying the marker.</summary>
    public static readonly RecordKind PostCoursePlan = new(nameof(PostCoursePlan), async school =>
    {
        var records = await school.Director
            .GetAsync<PagedResultDto<KemelSchoolPD.Courses.CourseRecordDto>>("/api/app/courses/records?mine=true&maxResultCount=100");
        var record = records.Items.First(r => r.Result == $"Нәтиже {school.Marker}");
        return (await (await school.Director.PostJsonAsync("/api/app/courses/plans", new
        {
            courseRecordId = record.Id, directions = new[] { "d1" },
            events = new[] {
                new { kind = "OpenLesson", title = $"Ашық сабақ {school.Marker}", plannedDate = "2026-02-10", level = "School" } },
        })).ReadAsync<KemelSchoolPD.Courses.PostCoursePlanDto>(HttpStatusCode.Created)).Id;
    }, id => $"/api/app/courses/plans/{id}");
    /// <summary>The director's own Action Research project (its title carries the marker), with its first cycle open.</summary>
    public static readonly RecordKind ActionResearchProject = new(nameof(ActionResearchProject), async school =>
        (await (await school.Director.PostJsonAsync("/api/app/action-research", new
        {
            title = $"Зерттеу {school.Marker}", problem = school.Marker, researchQuestion = school.Marker, hypothesis = school
                .Marker, strategy = school.Marker,
        })).ReadAsync<KemelSchoolPD.ActionResearch.ActionResearchProjectDto>(HttpStatusCode.Created)).Id,
        id => $"/api/app/action-research/{id}");

    /// <summary>The first cycle of the school's <see cref="ActionResearchProject"/>.</summary>
    public static readonly RecordKind ActionResearchCycle = new(nameof(ActionResearchCycle), async school =>
        (await school.Director.GetAsync<PagedResultDto<KemelSchoolPD.ActionResearch.ActionResearchProjectListItemDto>>(
            $"/api/app/action-research?filter={school.Marker}"))
            .Items.Single() is var p
            ? (await school.Director.GetAsync<KemelSchoolPD.ActionResearch.ActionResearchProjectDto>($"/api/app/action-research/{p.Id}"))
                .Cycles
                .Single()
                .Id
            : Guid.Empty,
        _ => "/api/app/action-research?maxResultCount=100");

    /// <summary>An observation collected in the first cycle, its summary carrying the marker.</summary>
    public static readonly RecordKind ActionResearchData = new(nameof(ActionResearchData), async school =>
    {
        var p = (await school.Director.GetAsync<PagedResultDto<KemelSchoolPD.ActionResearch.ActionResearchProjectListItemDto>>(
            $"/api/app/action-research?filter={school.Marker}")).Items.Single();
        var project = await school.Director
            .GetAsync<KemelSchoolPD.ActionResearch.ActionResearchProjectDto>($"/api/app/action-research/{p.Id}");
        return (await (await school.Director.PostJsonAsync($"/api/app/action-research/{p.Id}/cycles/{project.Cycles.Single().Id}/data",
                new { kind = "Observation", title = $"Бақылау {school.Marker}", summary = school.Marker }))
            .ReadAsync<KemelSchoolPD.ActionResearch.ActionResearchDataItemDto>(HttpStatusCode.Created)).Id;
    }, _ => "/api/app/action-research?maxResultCount=100");

    /// <summary>A master class the director organises, its title carrying the marker.</summary>
    public static readonly RecordKind DevelopmentEvent = new(nameof(DevelopmentEvent), async school =>
        (await (await school.Director.PostJsonAsync("/api/app/development-events", new
        {
            kind = "MasterClass", title = $"Шеберлік сыныбы {school.Marker}", startsOn = "2026-10-01", durationMinutes = 60, place = school
                .Marker,
        })).ReadAsync<KemelSchoolPD.DevelopmentEvents.DevelopmentEventDto>(HttpStatusCode.Created)).Id,
        id => $"/api/app/development-events/{id}");
    /// <summary>
    /// A Lesson Study group of two new staff members (an expert facilitator), formed by the director (who reads every group but is no
    /// member), its theme carrying the marker; a research lesson with a pseudonymous case pupil and an observer's note; and a library item.
    /// </summary>
    public static readonly RecordKind LessonStudyGroup = new(nameof(LessonStudyGroup), async school =>
    {
        var lead = ApiClients.NewStaffMember($"Фасилитатор {school.Marker}");
        lead["category"] = "Expert";
        var facilitator = await (await school.Director.PostJsonAsync("/api/app/staff", lead)).ReadAsync<StaffMemberDto>(
            HttpStatusCode.Created);
        var member = await (await school.Director.PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember($"Мүше {school.Marker}")))
            .ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        return (await (await school.Director.PostJsonAsync("/api/app/lesson-study/groups", new
        {
            theme = $"Тақырып {school.Marker}", researchQuestion = $"Сұрақ {school.Marker}", origin = "AdHoc",
            facilitatorStaffMemberId = facilitator.Id, memberStaffMemberIds = new[] { facilitator.Id, member.Id },
        })).ReadAsync<KemelSchoolPD.LessonStudy.LessonStudyGroupDto>(HttpStatusCode.Created)).Id;
    }, id => $"/api/app/lesson-study/groups/{id}");

    public static readonly RecordKind ResearchLesson = new(nameof(ResearchLesson), async school =>
    {
        using var scope = school.Host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(school.SchoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var group = await db.LessonStudyGroups.Include(g => g.Members).SingleAsync(g => g.Theme == $"Тақырып {school.Marker}");
        var stage = new KemelSchoolPD.LessonStudy.LessonStage(Guid.CreateVersion7(), $"Кезең {school.Marker}", 10, null);
        var pupil = new KemelSchoolPD.LessonStudy.CasePupil(
            Guid.CreateVersion7(),
            "А.Б.",
            KemelSchoolPD.LessonStudy.CasePupilReason.LowAttainment,
            null);
        var lesson = new KemelSchoolPD.LessonStudy.ResearchLesson(Guid
            .CreateVersion7(), group, null, new KemelSchoolPD.LessonStudy.ResearchLessonData(
            group.FacilitatorStaffMemberId, "7 А", new DateOnly(
                2026,
                10,
                5), $"Назар {school.Marker}", new KemelSchoolPD.LessonStudy.LessonPlan([], [stage]), [pupil],
            [new KemelSchoolPD.LessonStudy.PredictionByPosition(0, 0, $"Болжам {school.Marker}")]));
        db.ResearchLessons.Add(lesson);
        var observer = group.Members.First(m => m.StaffMemberId != group.FacilitatorStaffMemberId).StaffMemberId;
        db.ResearchLessonNotes.Add(new KemelSchoolPD.LessonStudy.ResearchLessonNote(Guid.CreateVersion7(), group, lesson, observer)
            .Write(lesson, observer, lesson.CasePupils[0].Id, stage.Id, DateTime.UtcNow, $"Жазба {school.Marker}", "note"));
        await db.SaveChangesAsync();
        return lesson.Id;
    }, id => $"/api/app/lesson-study/lessons/{id}");

    public static readonly RecordKind PracticeLibraryItem = new(nameof(PracticeLibraryItem), async school =>
    {
        using var scope = school.Host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(school.SchoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var group = await db.LessonStudyGroups.SingleAsync(g => g.Theme == $"Тақырып {school.Marker}");
        var item = new KemelSchoolPD.PracticeLibrary.PracticeLibraryItem(
            Guid.CreateVersion7(),
            KemelSchoolPD.LessonStudy.PracticeSourceKind.LessonStudy,
            group.Id)
            .Publish(new KemelSchoolPD.PracticeLibrary.PracticeLibraryContent(
                $"Тақырып {school.Marker}",
                "Математика",
                7,
                2026,
                school.Marker,
                $"Сұрақ {school.Marker}",
                "Lesson Study",
                $"Қорытынды {school.Marker}",
                $"Өзгеріс {school.Marker}",
                school
                    .Marker), [], shareWithAllSchools: false, null, DateTime.UtcNow);
        db.PracticeLibraryItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }, id => $"/api/app/practice-library/{id}");

    public static readonly IReadOnlyList<RecordKind> All =
    [
        StaffMember, Association, Role, Notification, DevelopmentPlan, PlanTemplate, LessonObservation, ObservationForm,
        RouteSheet, RouteSheetTemplate, GrowthCycle, GrowthArtefact, GrowthGuidance, GrowthCompetence,
        MentoringPair, MentoringMeeting, MentoringStep, User, CustomRole, Attachment,
        MentorYearPlan, ReflectionCard, YearEndCampaign, IndicatorRecord, CourseProgramme, CourseRecord, PostCoursePlan,
        ActionResearchProject, ActionResearchCycle, ActionResearchData, DevelopmentEvent, LessonStudyGroup, ResearchLesson,
        PracticeLibraryItem,
    ];

    public static RecordKind ByName(string name)
        => All.SingleOrDefault(k => k.Name == name) ?? throw new KeyNotFoundException($"No record kind {name}.");
}

/// <summary>A set of record ids, one per <see cref="RecordKind"/>.</summary>
public sealed class RecordIds(IReadOnlyDictionary<RecordKind, Guid> ids)
{
    public Guid this[RecordKind kind]
        => ids.TryGetValue(kind, out var id) ? id : throw new KeyNotFoundException($"No {kind} record was seeded.");

    public IEnumerable<Guid> All => ids.Values;

    public static RecordIds Random() => new(RecordKinds.All.ToDictionary(k => k, _ => Guid.NewGuid()));
}

/// <summary>
/// A school-owned endpoint aimed at records of a school: the catalog route, its parameters ("id=StaffMember" aims at the target
/// school's staff member, "id=own:Association" at the caller's own association, "?name=Kind" marks a body reference) and a valid
/// body, so that nothing but the ids can make the call fail. As another school's records, the ids must be answered exactly
/// like ids that do not exist.
/// </summary>
public sealed record SchoolOwnedEndpoint(
    string Method,
    string Route,
    string Parameters,
    Func<RecordIds, RecordIds, object?>? Body = null,
    HttpStatusCode ExpectedStatus = HttpStatusCode.NotFound,
    string ExpectedCode = CommonErrorCodes.EntityNotFound)
{
    public string Key => $"{Method} {Route} [{Parameters}]";

    public string Url(RecordIds target, RecordIds own)
    {
        var url = Route;
        foreach (var pair in Parameters.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, kind) = (pair.Split('=')[0], pair.Split('=')[1]);
            if (name.StartsWith('?')) continue; // a body-only reference, documented in the key
            var id = kind.StartsWith("own:", StringComparison.Ordinal)
                ? own[RecordKinds.ByName(kind[4..])]
                : target[RecordKinds.ByName(kind)];
            url = url.Replace("{" + name + "}", id.ToString(), StringComparison.Ordinal);
        }
        return url;
    }
}

/// <summary>The one list of school-owned endpoints that take record ids. Add a module's endpoints here.</summary>
public static class SchoolOwnedEndpoints
{
    private static Dictionary<string, object?> StaffUpdate(Guid? associationId = null) =>
        new(ApiClients.NewStaffMember("Бөгде Мектеп Қызметкері"))
        {
            ["concurrencyStamp"] = "00000000000000000000000000000000",
            ["methodologicalAssociationId"] = associationId
        };

    public static readonly IReadOnlyList<SchoolOwnedEndpoint> All =
    [
        // Staff
        new("GET", "/api/app/staff/{id}", "id=StaffMember"),
        new("PUT", "/api/app/staff/{id}", "id=StaffMember", (_, _) => StaffUpdate()),
        new("POST", "/api/app/staff/{id}/archive", "id=StaffMember"),
        new("POST", "/api/app/staff/{id}/restore", "id=StaffMember"),
        // ...and another school's association named in a body is an unknown association.
        new("POST", "/api/app/staff", "?methodologicalAssociationId=Association", (t, _) => StaffUpdate(t[RecordKinds.Association]),
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new(
            "PUT",
            "/api/app/staff/{id}",
            "id=own:StaffMember,?methodologicalAssociationId=Association",
            (t, _) => StaffUpdate(t[RecordKinds.Association]),
            HttpStatusCode.BadRequest,
            CommonErrorCodes.ValidationFailed),

        // Users (accounts) and roles
        new("GET", "/api/app/users/{id}", "id=User"),
        new("GET", "/api/app/users/proposal/{staffMemberId}", "staffMemberId=StaffMember"),
        new("PUT", "/api/app/users/{id}/roles", "id=User", (_, _) => new { roles = new[] { KemelRoles.Teacher } }),
        new("POST", "/api/app/users/{id}/resend-invitation", "id=User"),
        new("POST", "/api/app/users/{id}/reset-password", "id=User", (_, _) => new { delivery = "OneTimePassword" }),
        new("POST", "/api/app/users/{id}/unlock", "id=User"),
        new("POST", "/api/app/users/{id}/deactivate", "id=User"),
        new("POST", "/api/app/users/{id}/reactivate", "id=User"),
        new("POST", "/api/app/users", "?staffMemberId=StaffMember",
            (t, _) => new { staffMemberId = t[RecordKinds.StaffMember], roles = new[] {
                KemelRoles.Teacher }, delivery = "OneTimePassword" }),
        new("POST", "/api/app/users/bulk", "?staffMemberIds=StaffMember",
            (t, _) => new { staffMemberIds = new[] { t[RecordKinds.StaffMember] }, roles = new[] { KemelRoles.Teacher } }),
        new("PUT", "/api/identity/roles/{id}", "id=CustomRole", (_, _) => new { name = "Бөгде рөл" }),
        new("DELETE", "/api/identity/roles/{id}", "id=CustomRole"),

        // Methodological associations
        new("GET", "/api/app/methodological-associations/{id}", "id=Association"),
        new("PUT", "/api/app/methodological-associations/{id}", "id=Association",
            (_, _) => new { name = "Бөгде бірлестік", concurrencyStamp = "00000000000000000000000000000000" }),
        new("DELETE", "/api/app/methodological-associations/{id}", "id=Association"),
        new("POST", "/api/app/methodological-associations/{id}/members", "id=Association",
            (_, own) => new { staffMemberIds = new[] { own[RecordKinds.StaffMember] } }),
        new("POST", "/api/app/methodological-associations/{id}/members", "id=own:Association,?staffMemberIds=StaffMember",
            (target, _) => new { staffMemberIds = new[] { target[RecordKinds.StaffMember] } }),
        new("DELETE", "/api/app/methodological-associations/{id}/members/{staffMemberId}", "id=Association,staffMemberId=own:StaffMember"),
        new("DELETE", "/api/app/methodological-associations/{id}/members/{staffMemberId}", "id=own:Association,staffMemberId=StaffMember"),
        new("POST", "/api/app/methodological-associations", "?leaderStaffMemberId=StaffMember",
            (target, _) => new { name = "Бөгде басшымен "
                + Guid.NewGuid().ToString("N")[..6], leaderStaffMemberId = target[RecordKinds.StaffMember] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("PUT", "/api/app/methodological-associations/{id}", "id=own:Association,?leaderStaffMemberId=StaffMember",
            (target, _) => new { name = "Бөгде басшымен "
                + Guid.NewGuid().ToString("N")[..6], leaderStaffMemberId = target[RecordKinds.StaffMember],
                concurrencyStamp = "00000000000000000000000000000000" },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        // Roles
        new("GET", "/api/identity/roles/{id}/permissions", "id=Role"),
        new(
            "PUT",
            "/api/identity/roles/{id}/permissions",
            "id=Role",
            (_, _) => new { grantedPermissions = new[] { "KemelSchoolPD.Staff" } }),

        // Notifications
        new("POST", "/api/app/notifications/{id}/read", "id=Notification"),

        // Development plans
        // Lesson observations (and another school's teacher, sheet or colleague named in a body)
        new("GET", "/api/app/lesson-observations/{id}", "id=LessonObservation"),
        new("GET", "/api/app/lesson-observations/{id}/document", "id=LessonObservation"),
        new("PUT", "/api/app/lesson-observations/{id}", "id=LessonObservation",
            (_, _) => new Dictionary<string, object?>(ApiClients.NewObservation(null, "Бөгде")) { ["concurrencyStamp"] = Stamp }),
        new("POST", "/api/app/lesson-observations/{id}/sign", "id=LessonObservation", (_, _) => new { concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/lesson-observations/{id}/reply",
            "id=LessonObservation",
            (_, _) => new { text = "Бөгде", concurrencyStamp = Stamp }),
        new(
            "PUT",
            "/api/app/lesson-observations/{id}/sharing",
            "id=LessonObservation",
            (_, _) => new { staffMemberIds = Array.Empty<Guid>(), concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/lesson-observations/{id}/reopen",
            "id=LessonObservation",
            (_, _) => new { reason = "Бөгде", concurrencyStamp = Stamp }),
        new("GET", "/api/app/lesson-observations/forms/{id}", "id=ObservationForm"),
        new("PUT", "/api/app/lesson-observations/forms/{id}", "id=ObservationForm",
            (_, _) => new Dictionary<string, object?>(ApiClients.NewObservationForm("Бөгде парақ")) { ["concurrencyStamp"] = Stamp }),
        new(
            "POST",
            "/api/app/lesson-observations",
            "?observedStaffMemberId=StaffMember",
            (t, _) => ApiClients.NewObservation(t[RecordKinds.StaffMember], "Бөгде"),
            HttpStatusCode.BadRequest,
            CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/lesson-observations", "?formId=ObservationForm", (t, own) => new Dictionary<string, object?>(
            ApiClients.NewObservation(own[RecordKinds.StaffMember], "Бөгде"))
            { ["formId"] = t[RecordKinds.ObservationForm] }, HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        new("GET", "/api/app/development-plans/{id}", "id=DevelopmentPlan"),
        new(
            "PUT",
            "/api/app/development-plans/{id}",
            "id=DevelopmentPlan",
            (_, _) => new { content = new { topic = "Бөгде" }, concurrencyStamp = Stamp }),
        new("POST", "/api/app/development-plans/{id}/submit", "id=DevelopmentPlan", (_, _) => new { concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/development-plans/{id}/return",
            "id=DevelopmentPlan",
            (_, _) => new { concurrencyStamp = Stamp, comment = "Бөгде" }),
        new("POST", "/api/app/development-plans/{id}/agree", "id=DevelopmentPlan", (_, _) => new { concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/development-plans/{id}/reopen",
            "id=DevelopmentPlan",
            (_, _) => new { concurrencyStamp = Stamp, reason = "Бөгде" }),
        new(
            "POST",
            "/api/app/development-plans/{id}/progress",
            "id=DevelopmentPlan",
            (_, _) => new { concurrencyStamp = Stamp, entries = Array.Empty<object>() }),
        new("POST", "/api/app/development-plans/{id}/complete", "id=DevelopmentPlan", (_, _) => new { concurrencyStamp = Stamp }),
        new("GET", "/api/app/development-plans/{id}/versions", "id=DevelopmentPlan"),
        new("GET", "/api/app/development-plans/{id}/versions/{versionId}", "id=DevelopmentPlan,versionId=own:DevelopmentPlan"),
        new("GET", "/api/app/development-plans/{id}/reviews", "id=DevelopmentPlan"),
        new("GET", "/api/app/development-plans/{id}/changes", "id=DevelopmentPlan"),
        new("GET", "/api/app/development-plans/{id}/comments", "id=DevelopmentPlan"),
        new("POST", "/api/app/development-plans/{id}/comments", "id=DevelopmentPlan", (_, _) => new { text = "Бөгде" }),
        new("GET", "/api/app/development-plans/{id}/document", "id=DevelopmentPlan"),
        // ...another school's teacher, template or association named in a body is an unknown one.
        new("POST", "/api/app/development-plans", "?teacherStaffMemberId=StaffMember",
            (t, _) => new { templateId = BuiltInPlanTemplates
                .Table18Id, academicYear = 2026, teacherStaffMemberId = t[RecordKinds.StaffMember] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/development-plans", "?templateId=PlanTemplate",
            (t, own) => new { templateId = t[RecordKinds
                .PlanTemplate], academicYear = 2027, teacherStaffMemberId = own[RecordKinds.StaffMember] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/development-plans/assignments", "?templateId=PlanTemplate",
            (t, _) => new { templateId = t[RecordKinds.PlanTemplate], academicYear = 2027, scope = "All" },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/development-plans/assignments", "?methodologicalAssociationId=Association",
            (t, _) => new
            {
                templateId = BuiltInPlanTemplates.Table18Id, academicYear = 2027, scope = "MethodologicalAssociation",
                methodologicalAssociationId = t[RecordKinds.Association],
            },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        // Files
        new("GET", "/api/app/attachments/{id}/content", "id=Attachment"),
        new("DELETE", "/api/app/attachments/{id}", "id=Attachment"),

        // Growth cycles
        new("GET", "/api/app/growth-cycles/{id}", "id=GrowthCycle"),
        new("PUT", "/api/app/growth-cycles/{id}", "id=GrowthCycle", (_, _) => new { growthZone = "Бөгде", concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/growth-cycles/{id}/move",
            "id=GrowthCycle",
            (_, _) => new { targetStage = "Analysis", concurrencyStamp = Stamp }),
        new("POST", "/api/app/growth-cycles/{id}/complete", "id=GrowthCycle", (_, _) => new { concurrencyStamp = Stamp }),
        new("POST", "/api/app/growth-cycles/{id}/cancel", "id=GrowthCycle", (_, _) => new { reason = "Бөгде", concurrencyStamp = Stamp }),
        new("GET", "/api/app/growth-cycles/{id}/guidance", "id=GrowthCycle"),
        new(
            "POST",
            "/api/app/growth-cycles/{id}/artefacts",
            "id=GrowthCycle",
            (_, _) => new { kind = "LessonTaught", content = RecordKinds.GrowthLesson("Бөгде") }),
        new("GET", "/api/app/growth-cycles/{id}/artefacts/{artefactId}", "id=GrowthCycle,artefactId=GrowthArtefact"),
        new("GET", "/api/app/growth-cycles/{id}/artefacts/{artefactId}", "id=own:GrowthCycle,artefactId=GrowthArtefact"),
        new("PUT", "/api/app/growth-cycles/{id}/artefacts/{artefactId}", "id=GrowthCycle,artefactId=GrowthArtefact",
            (_, _) => new { content = RecordKinds.GrowthLesson("Бөгде"), concurrencyStamp = Stamp }),
        new("PUT", "/api/app/growth-cycles/{id}/artefacts/{artefactId}", "id=own:GrowthCycle,artefactId=GrowthArtefact",
            (_, _) => new { content = RecordKinds.GrowthLesson("Бөгде"), concurrencyStamp = Stamp }),
        new("DELETE", "/api/app/growth-cycles/{id}/artefacts/{artefactId}", "id=GrowthCycle,artefactId=GrowthArtefact"),
        new("DELETE", "/api/app/growth-cycles/{id}/artefacts/{artefactId}", "id=own:GrowthCycle,artefactId=GrowthArtefact"),
        new("GET", "/api/app/growth-cycles/{id}/artefacts/{artefactId}/document", "id=GrowthCycle,artefactId=GrowthArtefact"),
        new("GET", "/api/app/growth-cycles/{id}/artefacts/{artefactId}/document", "id=own:GrowthCycle,artefactId=GrowthArtefact"),
        new("DELETE", "/api/app/growth-cycles/guidance/{id}", "id=GrowthGuidance"),
        new("DELETE", "/api/app/growth-cycles/competences/{id}", "id=GrowthCompetence"),
        // ...another school's staff member named as participant or mentor is an unknown one.
        new("POST", "/api/app/growth-cycles", "?participantStaffMemberId=StaffMember",
            (t, _) => new { academicYear = 2027, participantStaffMemberId = t[
                RecordKinds.StaffMember], growthZone = "Бөгде", entryDiagnostic = new { observationSummary = "Бөгде", growthZones = new[] {
                    "Бөгде" } } },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/growth-cycles", "?mentorStaffMemberId=StaffMember",
            (t, own) => new { academicYear = 2027, participantStaffMemberId = own[RecordKinds
                .StaffMember], mentorStaffMemberId = t[RecordKinds.StaffMember], growthZone = "Бөгде",
                entryDiagnostic = new { observationSummary = "Бөгде", growthZones = new[] { "Бөгде" } } },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("PUT", "/api/app/growth-cycles/{id}", "id=own:GrowthCycle,?mentorStaffMemberId=StaffMember",
            (t, _) => new { growthZone = "Бөгде", mentorStaffMemberId = t[RecordKinds.StaffMember], concurrencyStamp = Stamp },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        // Plan templates
        new("GET", "/api/app/development-plans/templates/{id}", "id=PlanTemplate"),
        new("PUT", "/api/app/development-plans/templates/{id}", "id=PlanTemplate",
            (_, _) => new Dictionary<string, object?>(ApiClients.NewPlanTemplate("Бөгде үлгі")) { ["concurrencyStamp"] = Stamp }),
        new("DELETE", "/api/app/development-plans/templates/{id}", "id=PlanTemplate"),

        // Route sheets
        new("GET", "/api/app/route-sheets/{id}", "id=RouteSheet"),
        new(
            "PUT",
            "/api/app/route-sheets/{id}",
            "id=RouteSheet",
            (_, _) => new { periodKind = "Quarters", concurrencyStamp = RouteSheetStamp }),
        new("POST", "/api/app/route-sheets/{id}/self-assessment", "id=RouteSheet", (_, _) => RouteSheetMarks),
        new("POST", "/api/app/route-sheets/{id}/review", "id=RouteSheet", (_, _) => RouteSheetMarks),
        new("GET", "/api/app/route-sheets/{id}/weekly-evaluations", "id=RouteSheet"),
        new("POST", "/api/app/route-sheets/{id}/weekly-evaluations", "id=RouteSheet",
            (_, _) => new { weekStart = "2026-10-05", whatWorked = "Бөгде", mark = "Achieved" }),
        new("GET", "/api/app/route-sheets/{id}/document", "id=RouteSheet"),
        // ...another school's teacher, reviewer, template or association named in a body is an unknown one.
        new("POST", "/api/app/route-sheets", "?teacherStaffMemberId=StaffMember",
            (t, _) => new { teacherStaffMemberId = t[RecordKinds.StaffMember], academicYear = 2027 },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/route-sheets", "?reviewerStaffMemberId=StaffMember",
            (t, own) => new { teacherStaffMemberId = own[RecordKinds
                .StaffMember], academicYear = 2027, reviewerStaffMemberId = t[RecordKinds.StaffMember] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/route-sheets", "?templateId=RouteSheetTemplate",
            (t, own) => new { teacherStaffMemberId = own[RecordKinds
                .StaffMember], academicYear = 2027, templateId = t[RecordKinds.RouteSheetTemplate] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("PUT", "/api/app/route-sheets/{id}", "id=own:RouteSheet,?reviewerStaffMemberId=StaffMember",
            (t, _) => new { periodKind = "Quarters", reviewerStaffMemberId = t[
                RecordKinds.StaffMember], concurrencyStamp = RouteSheetStamp },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/route-sheets/assignments", "?methodologicalAssociationId=Association",
            (t, _) => new { academicYear = 2027, scope = "MethodologicalAssociation", methodologicalAssociationId = t[
                RecordKinds.Association] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/route-sheets/assignments", "?reviewerStaffMemberId=StaffMember",
            (t, _) => new { academicYear = 2027, scope = "All", reviewerStaffMemberId = t[RecordKinds.StaffMember] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        // Mentoring (the director reads every pair and meeting of the school but is no party of them)
        new("GET", "/api/app/mentoring/pairs/{id}", "id=MentoringPair"),
        new("PUT", "/api/app/mentoring/pairs/{id}", "id=MentoringPair", (_, _) => new { endsOn = "2027-05-31", concurrencyStamp = Stamp }),
        new("POST", "/api/app/mentoring/pairs/{id}/end", "id=MentoringPair", (_, _) => new { reason = "Бөгде", concurrencyStamp = Stamp }),
        new("GET", "/api/app/mentoring/suggestions/{menteeId}", "menteeId=StaffMember"),
        new("GET", "/api/app/mentoring/meetings/{id}", "id=MentoringMeeting"),
        new("PUT", "/api/app/mentoring/meetings/{id}", "id=MentoringMeeting",
            (_, _) => new { startsAt = "2026-10-06T09:00:00Z", durationMinutes = 30, concurrencyStamp = Stamp }),
        new("PUT", "/api/app/mentoring/meetings/{id}/agenda", "id=MentoringMeeting",
            (_, _) => new { items = new[] { new { text = "Бөгде", done = true } }, concurrencyStamp = Stamp }),
        new("POST", "/api/app/mentoring/meetings/{id}/hold", "id=MentoringMeeting", (_, _) => new { concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/mentoring/meetings/{id}/cancel",
            "id=MentoringMeeting",
            (_, _) => new { reason = "Бөгде", concurrencyStamp = Stamp }),
        new("PUT", "/api/app/mentoring/meetings/{id}/feedback", "id=MentoringMeeting", (_, _) => new { usefulness = 1, comment = "Бөгде" }),
        new("PUT", "/api/app/mentoring/meetings/{id}/observation", "id=MentoringMeeting", (_, _) => new { concurrencyStamp = Stamp }),
        new("PUT", "/api/app/mentoring/meetings/{id}/shared-note", "id=MentoringMeeting", (_, _) => new { text = "Бөгде" }),
        new("GET", "/api/app/mentoring/meetings/{id}/private-note", "id=MentoringMeeting"),
        new("PUT", "/api/app/mentoring/meetings/{id}/private-note", "id=MentoringMeeting", (_, _) => new { text = "Бөгде" }),
        new("POST", "/api/app/mentoring/meetings/{id}/steps", "id=MentoringMeeting", (_, _) => new { text = "Бөгде", owner = "Mentee" }),
        new("PUT", "/api/app/mentoring/meetings/{id}/steps/{stepId}", "id=MentoringMeeting,stepId=MentoringStep",
            (_, _) => new { text = "Бөгде", owner = "Mentee", done = true, concurrencyStamp = Stamp }),
        new("DELETE", "/api/app/mentoring/meetings/{id}/steps/{stepId}", "id=MentoringMeeting,stepId=MentoringStep"),
        new("PUT", "/api/app/mentoring/meetings/{id}/steps/{stepId}/done", "id=MentoringMeeting,stepId=MentoringStep",
            (_, _) => new { done = true, concurrencyStamp = Stamp }),
        new(
            "PUT",
            "/api/app/mentoring/pairs/{id}/evidence-consent",
            "id=MentoringPair",
            (_, _) => new { consent = true, concurrencyStamp = Stamp }),
        // ...another school's growth cycle named as the evidence's cycle is an unknown one.
        new("POST", "/api/app/mentoring/evidence", "?cycleId=GrowthCycle",
            (t, _) => new { cycleId = t[RecordKinds.GrowthCycle], from = "2026-09-01", to = "2026-12-31" }),
        // ...another school's pair, mentor or mentee named in a body is an unknown one.
        new("POST", "/api/app/mentoring/meetings", "?pairId=MentoringPair",
            (t, _) => new { pairId = t[RecordKinds.MentoringPair], startsAt = "2026-10-06T09:00:00Z", durationMinutes = 30 }),
        new("POST", "/api/app/mentoring/pairs", "?mentorStaffMemberId=StaffMember",
            (t, own) => new { kind = "Tutor", mentorStaffMemberId = t[RecordKinds
                .StaffMember], menteeStaffMemberId = own[RecordKinds.StaffMember] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/mentoring/pairs", "?menteeStaffMemberId=StaffMember",
            (t, own) => new { kind = "Tutor", mentorStaffMemberId = own[RecordKinds
                .StaffMember], menteeStaffMemberId = t[RecordKinds.StaffMember] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        // Route sheet templates (the school's copies; the built-in ones are the same for every school)
        new("GET", "/api/app/route-sheets/templates/{id}", "id=RouteSheetTemplate"),
        new("PUT", "/api/app/route-sheets/templates/{id}", "id=RouteSheetTemplate",
            (_, _) => new Dictionary<string, object?>(ApiClients.RouteSheetTemplateBody(BuiltInRouteSheetTemplates.Moderator, "Бөгде")) {
                ["concurrencyStamp"] = RouteSheetStamp }),
        new("POST", "/api/app/route-sheets/templates/{id}/copy", "id=RouteSheetTemplate"),
        new("POST", "/api/app/route-sheets/templates/{id}/activate", "id=RouteSheetTemplate"),

        // The mentor's year plan
        new("GET", "/api/app/mentoring/year-plans/{id}", "id=MentorYearPlan"),
        new("PUT", "/api/app/mentoring/year-plans/{id}", "id=MentorYearPlan",
            (_, _) => new { concurrencyStamp = Stamp, activities = new[] { new { month = 9, topic = "Бөгде", form = "Consultation" } } }),
        new("POST", "/api/app/mentoring/year-plans/{id}/submit", "id=MentorYearPlan", (_, _) => new { concurrencyStamp = Stamp }),
        new("POST", "/api/app/mentoring/year-plans/{id}/agree", "id=MentorYearPlan", (_, _) => new { concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/mentoring/year-plans/{id}/return",
            "id=MentorYearPlan",
            (_, _) => new { concurrencyStamp = Stamp, comment = "Бөгде" }),
        new("POST", "/api/app/mentoring/year-plans/{id}/progress", "id=MentorYearPlan",
            (_, _) => new { concurrencyStamp = Stamp, updates = new[] { new { activityId = Guid.NewGuid(), progress = "Done" } } }),
        new("GET", "/api/app/mentoring/year-plans/{id}/versions", "id=MentorYearPlan"),
        new("GET", "/api/app/mentoring/year-plans/{id}/versions/{versionId}", "id=MentorYearPlan,versionId=own:MentorYearPlan"),
        new("GET", "/api/app/mentoring/year-plans/{id}/reviews", "id=MentorYearPlan"),
        new("GET", "/api/app/mentoring/year-plans/{id}/changes", "id=MentorYearPlan"),
        new("GET", "/api/app/mentoring/year-plans/{id}/document", "id=MentorYearPlan"),
        // ...another school's staff member named as a mentee is an unknown one.
        new("POST", "/api/app/mentoring/year-plans", "?menteeStaffMemberIds=StaffMember",
            (t, _) => new { academicYear = 2041, menteeStaffMemberIds = new[] { t[RecordKinds.StaffMember] }, activities = new[] {
                new { month = 9, topic = "Бөгде", form = "Consultation" } } },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        // Reflection cards (private even within the school) and the year-end campaign
        new("GET", "/api/app/mentoring/cards/{id}", "id=ReflectionCard"),
        new("PUT", "/api/app/mentoring/cards/{id}", "id=ReflectionCard",
            (_, _) => new { concurrencyStamp = Stamp, answers = new[] { new { key = "W.P1", text = "Бөгде" } } }),
        new(
            "PUT",
            "/api/app/mentoring/cards/{id}/shares",
            "id=ReflectionCard",
            (_, _) => new { concurrencyStamp = Stamp, staffMemberIds = Array.Empty<Guid>() }),
        new("POST", "/api/app/mentoring/cards/{id}/answer", "id=ReflectionCard", (_, _) => new { answer = "Бөгде" }),
        // ...another school's staff member as the question's addressee is neither a mentor nor a deputy.
        new("POST", "/api/app/mentoring/cards", "?addresseeStaffMemberId=StaffMember",
            (t, _) => new { weekYear = 2041, week = 2, addresseeStaffMemberId = t[RecordKinds.StaffMember], answers = new[] {
                new { key = "W.A2", text = "Бөгде" } } },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("GET", "/api/app/mentoring/year-end-campaigns/{id}", "id=YearEndCampaign"),
        new("POST", "/api/app/mentoring/year-end-campaigns/{id}/close", "id=YearEndCampaign", (_, _) => new { concurrencyStamp = Stamp }),
        new("POST", "/api/app/mentoring/year-end-campaigns/{id}/reopen", "id=YearEndCampaign", (_, _) => new { concurrencyStamp = Stamp }),

        // Courses: the school's own catalogue entries, the ledger, the clocks and post-course plans
        new("GET", "/api/app/courses/programmes/{id}", "id=CourseProgramme"),
        new("PUT", "/api/app/courses/programmes/{id}", "id=CourseProgramme",
            (_, _) => KemelSchoolPD.HttpApi.Tests.Courses.Courses_Tests.ProgrammeBody("Бөгде", 72, Stamp)),
        new("POST", "/api/app/courses/programmes/{id}/schemes", "id=CourseProgramme",
            (_, _) => new { effectiveFrom = "2040-01-01", components = new[] { new { key = "test", title = "Тест", maxPoints = 10 } } }),
        new(
            "POST",
            "/api/app/courses/records",
            "?programmeId=CourseProgramme",
            (t, _) => new { programmeId = t[RecordKinds.CourseProgramme] }),
        new("POST", "/api/app/courses/records", "?staffMemberId=StaffMember",
            (t, own) => new { programmeId = own[RecordKinds.CourseProgramme], staffMemberId = t[RecordKinds.StaffMember] },
            HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Courses.StaffNotFound),
        new("POST", "/api/app/courses/records/completed", "?programmeId=CourseProgramme", (t, _) => new
        {
            programmeId = t[RecordKinds.CourseProgramme], completion = new { hours = 10, startDate = "2026-01-10", endDate = "2026-01-12" },
        }),
        new("GET", "/api/app/courses/records/{id}", "id=CourseRecord"),
        new("POST", "/api/app/courses/records/{id}/approve", "id=CourseRecord", (_, _) => new { concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/courses/records/{id}/decline",
            "id=CourseRecord",
            (_, _) => new { concurrencyStamp = Stamp, comment = "Бөгде" }),
        new(
            "POST",
            "/api/app/courses/records/{id}/attend",
            "id=CourseRecord",
            (_, _) => new { concurrencyStamp = Stamp, startDate = "2026-01-10", endDate = "2026-01-12" }),
        new("POST", "/api/app/courses/records/{id}/complete", "id=CourseRecord", (_, _) => new
        {
            concurrencyStamp = Stamp, completion = new { hours = 10, startDate = "2026-01-10", endDate = "2026-01-12" },
        }),
        new("POST", "/api/app/courses/records/{id}/assess", "id=CourseRecord", (_, _) => new
        {
            concurrencyStamp = Stamp, assessedOn = "2026-01-12", startDate = "2026-01-10", endDate = "2026-01-12", scores = new[] {
                new { key = "test", score = 1 } },
        }),
        new("GET", "/api/app/courses/clock/{staffMemberId}", "staffMemberId=StaffMember"),
        new("GET", "/api/app/courses/plans/{id}", "id=PostCoursePlan"),
        new(
            "PUT",
            "/api/app/courses/plans/{id}",
            "id=PostCoursePlan",
            (_, _) => new { concurrencyStamp = Stamp, directions = new[] { "d1" } }),
        new("POST", "/api/app/courses/plans/{id}/submit", "id=PostCoursePlan", (_, _) => new { concurrencyStamp = Stamp }),
        new("POST", "/api/app/courses/plans/{id}/agree", "id=PostCoursePlan", (_, _) => new { concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/courses/plans/{id}/return",
            "id=PostCoursePlan",
            (_, _) => new { concurrencyStamp = Stamp, comment = "Бөгде" }),
        new("POST", "/api/app/courses/plans/{id}/events", "id=PostCoursePlan",
            (_, _) => new { concurrencyStamp = Stamp, eventId = Guid.NewGuid(), heldOn = "2026-03-01" }),
        new(
            "POST",
            "/api/app/courses/plans/{id}/outcome",
            "id=PostCoursePlan",
            (_, _) => new { concurrencyStamp = Stamp, outcome = "Бөгде" }),
        new(
            "POST",
            "/api/app/courses/plans",
            "?courseRecordId=CourseRecord",
            (t, _) => new { courseRecordId = t[RecordKinds.CourseRecord], directions = new[] { "d1" } }),
        // Action Research
        new("GET", "/api/app/action-research/{id}", "id=ActionResearchProject"),
        new("PUT", "/api/app/action-research/{id}", "id=ActionResearchProject",
            (_, _) => new { title = "Бөгде", problem = "Бөгде", researchQuestion = "Бөгде", hypothesis = "Бөгде", strategy = "Бөгде", concurrencyStamp = Stamp }),
        new(
            "PUT",
            "/api/app/action-research/{id}/research-plan",
            "id=ActionResearchProject",
            (_, _) => new { researchPlanArtefactId = (Guid?)null }),
        new(
            "PUT",
            "/api/app/action-research/{id}/members",
            "id=ActionResearchProject",
            (_, _) => new { staffMemberIds = Array.Empty<Guid>() }),
        new("PUT", "/api/app/action-research/{id}/consent", "id=ActionResearchProject", (_, _) => new { consent = true }),
        new("POST", "/api/app/action-research/{id}/publish", "id=ActionResearchProject", (_, _) => new { shareWithAllSchools = false }),
        new("POST", "/api/app/action-research/{id}/unpublish", "id=ActionResearchProject"),
        new("POST", "/api/app/action-research/{id}/close", "id=ActionResearchProject", (_, _) => new { note = "Бөгде" }),
        new("GET", "/api/app/action-research/{id}/report", "id=ActionResearchProject"),
        new("PUT", "/api/app/action-research/{id}/cycles/{cycleId}", "id=ActionResearchProject,cycleId=ActionResearchCycle",
            (_, _) => new { lessons = Array.Empty<object>(), concurrencyStamp = Stamp }),
        new(
            "POST",
            "/api/app/action-research/{id}/cycles/{cycleId}/advance",
            "id=ActionResearchProject,cycleId=ActionResearchCycle",
            (_, _) => new { stage = "Collect" }),
        new(
            "POST",
            "/api/app/action-research/{id}/cycles/{cycleId}/finish",
            "id=ActionResearchProject,cycleId=ActionResearchCycle",
            (_, _) => new { solved = false }),
        new("POST", "/api/app/action-research/{id}/cycles/{cycleId}/data", "id=ActionResearchProject,cycleId=ActionResearchCycle",
            (_, _) => new { kind = "Observation", title = "Бөгде", summary = "Бөгде" }),
        new(
            "PUT",
            "/api/app/action-research/{id}/cycles/{cycleId}/data/{dataId}",
            "id=ActionResearchProject,cycleId=ActionResearchCycle,dataId=ActionResearchData",
            (_, _) => new { kind = "Observation", title = "Бөгде", summary = "Бөгде" }),
        new(
            "DELETE",
            "/api/app/action-research/{id}/cycles/{cycleId}/data/{dataId}",
            "id=ActionResearchProject,cycleId=ActionResearchCycle,dataId=ActionResearchData"),
        // ...the caller's own project with another school's cycle or data.
        new("PUT", "/api/app/action-research/{id}/cycles/{cycleId}", "id=own:ActionResearchProject,cycleId=ActionResearchCycle",
            (_, _) => new { lessons = Array.Empty<object>(), concurrencyStamp = Stamp }),
        new(
            "PUT",
            "/api/app/action-research/{id}/cycles/{cycleId}/data/{dataId}",
            "id=own:ActionResearchProject,cycleId=own:ActionResearchCycle,dataId=ActionResearchData",
            (_, _) => new { kind = "Observation", title = "Бөгде", summary = "Бөгде" }),
        new(
            "POST",
            "/api/app/action-research/{id}/cycles/{cycleId}/evidence",
            "id=ActionResearchProject,cycleId=ActionResearchCycle,?growthCycleId=GrowthCycle",
            (t, _) => new { growthCycleId = t[RecordKinds.GrowthCycle] }),
        // ...another school's staff member as a member, another school's growth-cycle artefact as the Table 7 plan.
        new("POST", "/api/app/action-research", "?memberStaffMemberIds=StaffMember",
            (t, _) => new
            {
                title = "Бөгде", problem = "Бөгде", researchQuestion = "Бөгде", hypothesis = "Бөгде", strategy = "Бөгде",
                memberStaffMemberIds = new[] { t[RecordKinds.StaffMember] },
            },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/action-research", "?researchPlanArtefactId=GrowthArtefact",
            (t, _) => new
            {
                title = "Бөгде", problem = "Бөгде", researchQuestion = "Бөгде", hypothesis = "Бөгде", strategy = "Бөгде",
                researchPlanArtefactId = t[RecordKinds.GrowthArtefact],
            },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        // Development events
        new("GET", "/api/app/development-events/{id}", "id=DevelopmentEvent"),
        new("PUT", "/api/app/development-events/{id}", "id=DevelopmentEvent",
            (_, _) => new { kind = "MasterClass", title = "Бөгде", startsOn = "2026-10-01", durationMinutes = 60, concurrencyStamp = Stamp }),
        new(
            "PUT",
            "/api/app/development-events/{id}/participants",
            "id=DevelopmentEvent",
            (_, _) => new { staffMemberIds = Array.Empty<Guid>() }),
        new(
            "POST",
            "/api/app/development-events/{id}/record",
            "id=DevelopmentEvent",
            (_, _) => new { attendedStaffMemberIds = Array.Empty<Guid>(), outcome = "Бөгде" }),
        new("POST", "/api/app/development-events/{id}/cancel", "id=DevelopmentEvent", (_, _) => new { reason = "Бөгде" }),
        new("PUT", "/api/app/development-events/{id}/participants", "id=own:DevelopmentEvent,?staffMemberIds=StaffMember",
            (t, _) => new { staffMemberIds = new[] {
                t[RecordKinds.StaffMember] } }, HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/development-events", "?participantStaffMemberIds=StaffMember",
            (t, _) => new
            {
                kind = "MasterClass", title = "Бөгде", startsOn = "2026-10-01", durationMinutes = 60,
                participantStaffMemberIds = new[] { t[RecordKinds.StaffMember] },
            },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("POST", "/api/app/development-events", "?organiserStaffMemberId=StaffMember",
            (t, _) => new
            {
                kind = "MasterClass", title = "Бөгде", startsOn = "2026-10-01", durationMinutes = 60,
                organiserStaffMemberId = t[RecordKinds.StaffMember],
            },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        // Lesson Study and the library of practice
        new("GET", "/api/app/lesson-study/groups/{id}", "id=LessonStudyGroup"),
        new("PUT", "/api/app/lesson-study/groups/{id}", "id=LessonStudyGroup", (_, own) => LessonStudyGroupBody(own, Stamp)),
        new("PUT", "/api/app/lesson-study/groups/{id}/consent", "id=LessonStudyGroup", (_, _) => new { publish = true }),
        new("POST", "/api/app/lesson-study/groups/{id}/request-consent", "id=LessonStudyGroup"),
        new("POST", "/api/app/lesson-study/groups/{id}/publish", "id=LessonStudyGroup", (_, _) => new { shareWithAllSchools = false }),
        new("POST", "/api/app/lesson-study/groups/{id}/unpublish", "id=LessonStudyGroup"),
        new("GET", "/api/app/lesson-study/groups/{id}/report", "id=LessonStudyGroup"),
        new("POST", "/api/app/lesson-study/groups/{id}/lessons", "id=LessonStudyGroup", (_, own) => LessonStudyLessonBody(own, null)),
        new("GET", "/api/app/lesson-study/lessons/{id}", "id=ResearchLesson"),
        new("PUT", "/api/app/lesson-study/lessons/{id}", "id=ResearchLesson", (_, own) => LessonStudyLessonBody(own, Stamp)),
        new("GET", "/api/app/lesson-study/lessons/{id}/notes", "id=ResearchLesson"),
        new("POST", "/api/app/lesson-study/lessons/{id}/notes", "id=ResearchLesson",
            (_, _) => new { notes = new[] {
                new { id = Guid.NewGuid(), pupilId = Guid.NewGuid(), observedAt = "2026-10-05T09:00:00Z", text = "Бөгде" } } }),
        new(
            "PUT",
            "/api/app/lesson-study/lessons/{id}/interviews",
            "id=ResearchLesson",
            (_, _) => new { interviews = Array.Empty<object>() }),
        new("GET", "/api/app/lesson-study/lessons/{id}/discussion", "id=ResearchLesson"),
        new("PUT", "/api/app/lesson-study/lessons/{id}/discussion", "id=ResearchLesson", (_, _) => new { conclusions = "Бөгде" }),
        new("POST", "/api/app/lesson-study/lessons/{id}/discussed", "id=ResearchLesson"),
        new("POST", "/api/app/lesson-study/lessons/{id}/evidence", "id=ResearchLesson"),
        new("GET", "/api/app/practice-library/{id}", "id=PracticeLibraryItem"),
        new("GET", "/api/app/practice-library/shared/{id}", "id=PracticeLibraryItem"),
        // ...another school's staff member named as a member or the facilitator is an unknown one.
        new("POST", "/api/app/lesson-study/groups", "?memberStaffMemberIds=StaffMember",
            (t, _) => new { theme = "Бөгде", researchQuestion = "Бөгде", origin = "AdHoc", facilitatorStaffMemberId = t[
                RecordKinds.StaffMember], memberStaffMemberIds = new[] { t[RecordKinds.StaffMember] } },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
    ];

    private static object LessonStudyGroupBody(RecordIds own, string stamp) => new
    {
        theme = "Бөгде", researchQuestion = "Бөгде", origin = "AdHoc", facilitatorStaffMemberId = own[RecordKinds.StaffMember],
        memberStaffMemberIds = new[] { own[RecordKinds.StaffMember] }, concurrencyStamp = stamp,
    };

    private static Dictionary<string, object?> LessonStudyLessonBody(RecordIds own, string? stamp) => new()
    {
        ["teacherStaffMemberId"] = own[RecordKinds.StaffMember], ["className"] = "7 А", ["lessonDate"] = "2026-10-05",
        ["plan"] = new { stages = new[] { new { title = "Бөгде", minutes = 10 } } },
        ["casePupils"] = new[] { new { pseudonym = "Оқушы Х", reason = "LowAttainment" } }, ["concurrencyStamp"] = stamp,
    };

    private const string Stamp = "00000000000000000000000000000000";

    private const string RouteSheetStamp = "00000000000000000000000000000000";

    private static readonly object RouteSheetMarks = new
    {
        period = 1, marks = new[] {
        new { rowOrder = 1, mark = "Achieved" } }, concurrencyStamp = RouteSheetStamp
    };

    /// <summary>
    /// School endpoints whose route parameters are names every school shares, not record ids: each school reads and writes
    /// its own record of that name. Each has its own isolation test (named here) instead of a case above.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KeyedByName = new Dictionary<string, string>
    {
        ["GET /api/app/document-templates/{name}/{culture}"] = "DocumentTemplates_Tests.Should_Keep_A_Schools_Copy_To_That_School",
        ["PUT /api/app/document-templates/{name}/{culture}"] = "DocumentTemplates_Tests.Should_Keep_A_Schools_Copy_To_That_School",
        ["DELETE /api/app/document-templates/{name}/{culture}"] = "DocumentTemplates_Tests.Should_Keep_A_Schools_Copy_To_That_School",
        // Reads no record: the draft in the body is printed with sample values.
        ["POST /api/app/document-templates/{name}/{culture}/preview"]
            = "DocumentTemplates_Tests.Should_Preview_A_Draft_As_It_Prints_With_Each_Field_Showing_Its_Name",
        ["PUT /api/app/school-indicators/records/{code}"] = "SchoolIndicators_Tests.Should_Keep_A_Schools_Record_To_That_School",
    };
}
