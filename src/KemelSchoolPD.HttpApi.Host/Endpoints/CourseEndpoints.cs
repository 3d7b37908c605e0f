using KemelSchoolPD.Courses;
using KemelSchoolPD.Documents;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>
/// Qualification courses: the catalogue (host entries under /api/host, read by schools; a school's own entries), the ledger
/// with its approval, completion and the platform's assessment, the clocks and the school view, post-course plans, the
/// half-year report, and the public certificate check (no sign-in, by a random token).
/// </summary>
public static class CourseEndpoints
{
    public static void MapCourseEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.Courses.Default;
        const string Manage = KemelSchoolPDPermissions.Courses.Manage;

        var programmes = api.MapGroup("/app/courses/programmes").WithTags("CourseProgrammes");
        programmes.MapGet("/", ([AsParameters] GetCourseProgrammeListInput input, CourseProgrammeAppService s, CancellationToken ct) => s
            .GetListAsync(input, ct))
            .WithName("getCourseProgrammeList").RequirePermission(Own);
        programmes.MapGet("/{id:guid}", (Guid id, CourseProgrammeAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getCourseProgramme").RequirePermission(Own);
        programmes.MapPost("/", CreateProgrammeAsync).WithName("createSchoolCourseProgramme").RequirePermission(Manage);
        programmes.MapPut(
            "/{id:guid}",
            (Guid id, CourseProgrammeInput input, CourseProgrammeAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateSchoolCourseProgramme").RequirePermission(Manage);
        programmes.MapPost(
            "/{id:guid}/schemes",
            (Guid id, AssessmentSchemeInput input, CourseProgrammeAppService s, CancellationToken ct) => s.AddSchemeAsync(id, input, ct))
            .WithName("addSchoolCourseProgrammeScheme").RequirePermission(Manage);

        const string HostRead = KemelSchoolPDPermissions.CourseCatalogue.Default;
        const string HostManage = KemelSchoolPDPermissions.CourseCatalogue.Manage;
        var host = api.MapGroup("/host/course-programmes").WithTags("CourseCatalogue");
        host.MapGet("/", ([AsParameters] GetCourseProgrammeListInput input, CourseProgrammeAppService s, CancellationToken ct) => s
            .GetListAsync(input, ct))
            .WithName("getHostCourseProgrammeList").RequirePermission(HostRead);
        host.MapGet("/{id:guid}", (Guid id, CourseProgrammeAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getHostCourseProgramme").RequirePermission(HostRead);
        host.MapPost("/", CreateProgrammeAsync).WithName("createHostCourseProgramme").RequirePermission(HostManage);
        host.MapPut(
            "/{id:guid}",
            (Guid id, CourseProgrammeInput input, CourseProgrammeAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateHostCourseProgramme").RequirePermission(HostManage);
        host.MapPost(
            "/{id:guid}/schemes",
            (Guid id, AssessmentSchemeInput input, CourseProgrammeAppService s, CancellationToken ct) => s.AddSchemeAsync(id, input, ct))
            .WithName("addHostCourseProgrammeScheme").RequirePermission(HostManage);
        host.MapGet("/{id:guid}/lifecycle", (Guid id, ProgrammeLifecycleAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getHostCourseProgrammeLifecycle").RequirePermission(HostRead);
        host.MapPut(
            "/{id:guid}/lifecycle",
            (Guid id, ProgrammeLifecycleInput input, ProgrammeLifecycleAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateHostCourseProgrammeLifecycle").RequirePermission(HostManage);

        // The Kazakh calendar the lifecycle's working-day deadlines are counted on (public holidays, days off, transferred working days).
        var holidays = api.MapGroup("/host/public-holidays").WithTags("CourseCatalogue");
        holidays.MapGet("/", (int? year, ProgrammeLifecycleAppService s, CancellationToken ct) => s.GetHolidaysAsync(year, ct))
            .WithName("getPublicHolidays").RequirePermission(HostRead);
        holidays.MapPut("/{year:int}", (int year, UpdatePublicHolidaysDto input, ProgrammeLifecycleAppService s, CancellationToken ct) => s
            .ReplaceYearAsync(year, input, ct))
            .WithName("updatePublicHolidays").RequirePermission(HostManage);

        var records = api.MapGroup("/app/courses/records").WithTags("CourseRecords");
        records.MapGet(
            "/",
            ([AsParameters] GetCourseRecordListInput input, CourseRecordAppService s, CancellationToken ct) => s.GetListAsync(input, ct))
            .WithName("getCourseRecordList").RequirePermission(Own);
        records.MapGet("/{id:guid}", (Guid id, CourseRecordAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getCourseRecord").RequirePermission(Own);
        records.MapPost("/", RequestAsync).WithName("requestCourse").RequirePermission(Own);
        records.MapPost("/completed", RecordCompletedAsync).WithName("recordCompletedCourse").RequirePermission(Own);
        records.MapPost(
            "/{id:guid}/approve",
            (Guid id, CourseRecordActionDto input, CourseRecordAppService s, CancellationToken ct) => s.ApproveAsync(id, input, ct))
            .WithName("approveCourseRecord").RequirePermission(KemelSchoolPDPermissions.Courses.Approve);
        records.MapPost(
            "/{id:guid}/decline",
            (Guid id, CourseRecordActionDto input, CourseRecordAppService s, CancellationToken ct) => s.DeclineAsync(id, input, ct))
            .WithName("declineCourseRecord").RequirePermission(KemelSchoolPDPermissions.Courses.Approve);
        records.MapPost(
            "/{id:guid}/attend",
            (Guid id, AttendCourseDto input, CourseRecordAppService s, CancellationToken ct) => s.AttendAsync(id, input, ct))
            .WithName("attendCourse").RequirePermission(Own);
        records.MapPost(
            "/{id:guid}/complete",
            (Guid id, CompleteCourseDto input, CourseRecordAppService s, CancellationToken ct) => s.CompleteAsync(id, input, ct))
            .WithName("completeCourse").RequirePermission(Own);
        records.MapPost(
            "/{id:guid}/assess",
            (Guid id, AssessCourseDto input, CourseRecordAppService s, CancellationToken ct) => s.AssessAsync(id, input, ct))
            .WithName("assessCourse").RequirePermission(Manage);

        var clocks = api.MapGroup("/app/courses").WithTags("CourseClocks");
        clocks.MapGet("/clock", (CourseClockAppService s, CancellationToken ct) => s.GetMineAsync(ct)).WithName("getMyCourseClock")
            .RequirePermission(Own);
        clocks.MapGet(
            "/clock/{staffMemberId:guid}",
            (Guid staffMemberId, CourseClockAppService s, CancellationToken ct) => s.GetForAsync(staffMemberId, ct))
            .WithName("getCourseClock").RequirePermission(Own);
        clocks.MapGet("/school", (CourseClockAppService s, CancellationToken ct) => s.GetSchoolAsync(ct))
            .WithName("getSchoolCourseOverview").RequirePermission(KemelSchoolPDPermissions.Courses.ViewAll);
        clocks.MapGet("/report", GetReportAsync).WithName("getPostCourseReport")
            .RequirePermission(KemelSchoolPDPermissions.Courses.Reports);

        var plans = api.MapGroup("/app/courses/plans").WithTags("PostCoursePlans");
        plans.MapGet(
            "/",
            ([AsParameters] GetPostCoursePlanListInput input, PostCoursePlanAppService s, CancellationToken ct) => s.GetListAsync(
                input,
                ct))
            .WithName("getPostCoursePlanList").RequirePermission(Own);
        plans.MapGet("/{id:guid}", (Guid id, PostCoursePlanAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getPostCoursePlan").RequirePermission(Own);
        plans.MapPost("/", CreatePlanAsync).WithName("createPostCoursePlan").RequirePermission(Own);
        plans.MapPut(
            "/{id:guid}",
            (Guid id, UpdatePostCoursePlanDto input, PostCoursePlanAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updatePostCoursePlan").RequirePermission(Own);
        plans.MapPost(
            "/{id:guid}/submit",
            (Guid id, PostCoursePlanActionDto input, PostCoursePlanAppService s, CancellationToken ct) => s.SubmitAsync(id, input, ct))
            .WithName("submitPostCoursePlan").RequirePermission(Own);
        plans.MapPost(
            "/{id:guid}/agree",
            (Guid id, PostCoursePlanActionDto input, PostCoursePlanAppService s, CancellationToken ct) => s.AgreeAsync(id, input, ct))
            .WithName("agreePostCoursePlan").RequirePermission(KemelSchoolPDPermissions.Courses.ApprovePlans);
        plans.MapPost(
            "/{id:guid}/return",
            (Guid id, ReturnPostCoursePlanDto input, PostCoursePlanAppService s, CancellationToken ct) => s.ReturnAsync(id, input, ct))
            .WithName("returnPostCoursePlan").RequirePermission(KemelSchoolPDPermissions.Courses.ApprovePlans);
        plans.MapPost(
            "/{id:guid}/events",
            (Guid id, RecordPostCourseEventDto input, PostCoursePlanAppService s, CancellationToken ct) => s.RecordEventAsync(
                id,
                input,
                ct))
            .WithName("recordPostCourseEvent").RequirePermission(Own);
        plans.MapPost(
            "/{id:guid}/outcome",
            (Guid id, RecordPostCourseOutcomeDto input, PostCoursePlanAppService s, CancellationToken ct) =>
                s.RecordOutcomeAsync(id, input, ct))
            .WithName("recordPostCourseOutcome").RequirePermission(Own);

        var certificates = api.MapGroup("/public/certificates").WithTags("CertificateVerification");
        certificates.MapGet("/{token}", (string token, CertificateVerificationService s, CancellationToken ct) => s.VerifyAsync(token, ct))
            .WithName("verifyCertificate").AllowAnonymous();
        certificates.MapGet("/{token}/qr", GetQrAsync).WithName("getCertificateQr").AllowAnonymous();
    }

    private static async Task<Created<CourseProgrammeDto>> CreateProgrammeAsync(
        CourseProgrammeInput input,
        CourseProgrammeAppService service,
        HttpContext http,
        CancellationToken ct)
    {
        var programme = await service.CreateAsync(input, ct);
        return TypedResults.Created($"{http.Request.Path}/{programme.Id}", programme);
    }

    private static async Task<Created<CourseRecordDto>> RequestAsync(
        RequestCourseDto input,
        CourseRecordAppService service,
        CancellationToken ct)
    {
        var record = await service.RequestAsync(input, ct);
        return TypedResults.Created($"/api/app/courses/records/{record.Id}", record);
    }

    private static async Task<Created<CourseRecordDto>> RecordCompletedAsync(
        RecordCompletedCourseDto input,
        CourseRecordAppService service,
        CancellationToken ct)
    {
        var record = await service.RecordCompletedAsync(input, ct);
        return TypedResults.Created($"/api/app/courses/records/{record.Id}", record);
    }

    private static async Task<Created<PostCoursePlanDto>> CreatePlanAsync(
        CreatePostCoursePlanDto input,
        PostCoursePlanAppService service,
        CancellationToken ct)
    {
        var plan = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/courses/plans/{plan.Id}", plan);
    }

    /// <summary>The school's half-year post-course report as a Word document (kk or ru); without a year and half, the next one
    /// due.</summary>
    private static async Task<FileContentHttpResult> GetReportAsync(
        int? year,
        int? half,
        string? culture,
        PostCourseReportDocumentService documents,
        CancellationToken ct)
    {
        var file = await documents.RenderAsync(year, half, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }

    /// <summary>The QR code of a certificate's public page (whoever holds the token may open the page anyway); unknown tokens
    /// too.</summary>
    private static async Task<Results<ContentHttpResult, NotFound>> GetQrAsync(
        string token,
        CertificateVerificationService service,
        HttpContext http,
        CancellationToken ct)
    {
        var result = await service.VerifyAsync(token, ct);
        if (result.Validity == CertificateValidity.Unknown) return TypedResults.NotFound();
        var url = $"{http.Request.Scheme}://{http.Request.Host}/verify/{Uri.EscapeDataString(token)}";
        return TypedResults.Content(CertificateVerificationService.QrSvg(url), "image/svg+xml");
    }
}
