using System.Net;
using System.Net.Http.Json;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Security;

/// <summary>Who lacks a permission in the demo data: a teacher (school writes), a director (host) or the host administrator
/// (school).</summary>
public enum Outsider
{
    Teacher,
    SchoolDirector,
    HostAdmin,
}

/// <summary>One permissioned endpoint: the catalog's route, a concrete URL with a real id, a plausible body and someone who lacks
/// it.</summary>
public sealed record PermissionCase(
    string Method,
    string Route,
    Func<DemoIds, string> Url,
    Outsider Outsider,
    Func<DemoIds, HttpContent?>? Body = null)
{
    public string Key => $"{Method} {Route}";

    public HttpRequestMessage Request(DemoIds ids) => new(new HttpMethod(Method), Url(ids)) { Content = Body?.Invoke(ids) };
}

/// <summary>
/// Every permissioned endpoint refuses an anonymous caller with 401 and a signed-in user without the permission with 403,
/// both as ProblemDetails with a stable code. The list must match the host's endpoint catalog exactly.
/// </summary>
public abstract class Permission_Tests(KemelWebApplicationFactory host)
{
    private static HttpContent Json(object body) => JsonContent.Create(body, body.GetType(), options: HttpAssertions.Json);

    private static readonly object StaffBody = ApiClients.NewStaffMember("Рұқсатсыз Қызметкер");

    private static readonly Dictionary<string, object?> ActionResearchBody = new()
    {
        ["title"] = "x", ["problem"] = "x", ["researchQuestion"] = "x", ["hypothesis"] = "x", ["strategy"] = "x",
    };

    private static readonly object MyWorkSettingsBody = new
    {
        dueSoonDays = 7, planAgreementDays = 10, planRevisionDays = 10, observationSignDays = 3, observationReplyDays = 10,
        reviewerMarksDays = 10, mentorSharedDays = 14,
        quarterEnds = new[] { "10-25", "12-28", "03-18", "05-25" }, halfYearEnds = new[] { "12-28", "05-25" },
    };

    private static readonly object CourseProgrammeBody = new
    {
        provider = "Рұқсатсыз", title = "Рұқсатсыз", field = "Рұқсатсыз", hours = 72, format = "FullTime", concurrencyStamp = "stale",
    };

    private static readonly object CourseSchemeBody = new
    {
        effectiveFrom = "2040-01-01", components = new[] {
        new { key = "test", title = "Тест", maxPoints = 10 } }
    };

    public static readonly IReadOnlyList<PermissionCase> Cases =
    [
        // Host: schools
        new("GET", "/api/host/schools", _ => "/api/host/schools", Outsider.SchoolDirector),
        new("GET", "/api/host/schools/{id}", ids => $"/api/host/schools/{ids.SecondSchoolId}", Outsider.SchoolDirector),
        new(
            "POST",
            "/api/host/schools",
            _ => "/api/host/schools",
            Outsider.SchoolDirector,
            _ => Json(ApiClients.NewSchool(ApiClients.NewBin()))),
        new(
            "POST",
            "/api/host/schools/{id}/deactivate",
            ids => $"/api/host/schools/{ids.SecondSchoolId}/deactivate",
            Outsider.SchoolDirector),
        new("POST", "/api/host/schools/{id}/activate", ids => $"/api/host/schools/{ids.SecondSchoolId}/activate", Outsider.SchoolDirector),

        // School profile
        new("GET", "/api/app/school/profile", _ => "/api/app/school/profile", Outsider.HostAdmin),
        new("PUT", "/api/app/school/profile", _ => "/api/app/school/profile", Outsider.Teacher, _ => Json(new
        {
            name = "Kemel Demo School", region = "Абай облысы", district = "Семей қаласы", settlementType = "Urban",
            languagesOfInstruction = new[] { "Kazakh" }, concurrencyStamp = "stale",
        })),

        // Staff
        new("GET", "/api/app/staff", _ => "/api/app/staff", Outsider.HostAdmin),
        new("GET", "/api/app/staff/subjects", _ => "/api/app/staff/subjects", Outsider.HostAdmin),
        new("GET", "/api/app/staff/{id}", ids => $"/api/app/staff/{ids.StaffMemberId}", Outsider.HostAdmin),
        new("POST", "/api/app/staff", _ => "/api/app/staff", Outsider.Teacher, _ => Json(StaffBody)),
        new("PUT", "/api/app/staff/{id}", ids => $"/api/app/staff/{ids.StaffMemberId}", Outsider.Teacher,
            _ => Json(
                new Dictionary<string, object?>(ApiClients.NewStaffMember("Рұқсатсыз Қызметкер")) { ["concurrencyStamp"] = "stale" })),
        new("POST", "/api/app/staff/{id}/archive", ids => $"/api/app/staff/{ids.StaffMemberId}/archive", Outsider.Teacher),
        new("POST", "/api/app/staff/{id}/restore", ids => $"/api/app/staff/{ids.StaffMemberId}/restore", Outsider.Teacher),
        new("POST", "/api/app/staff/import", _ => "/api/app/staff/import", Outsider.Teacher,
            _ => ApiClients.CsvFile("FullName,Position,HireDate,Category\r\nРұқсатсыз Қызметкер,Мұғалім,2020-09-01,Pedagogue\r\n")),
        new("GET", "/api/app/staff/import/template", _ => "/api/app/staff/import/template?format=csv", Outsider.Teacher),

        // Methodological associations
        new("GET", "/api/app/methodological-associations", _ => "/api/app/methodological-associations", Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/methodological-associations/{id}",
            ids => $"/api/app/methodological-associations/{ids.AssociationId}",
            Outsider.HostAdmin),
        new("POST", "/api/app/methodological-associations", _ => "/api/app/methodological-associations", Outsider.Teacher,
            _ => Json(new { name = "Рұқсатсыз бірлестік" })),
        new(
            "PUT",
            "/api/app/methodological-associations/{id}",
            ids => $"/api/app/methodological-associations/{ids.AssociationId}",
            Outsider.Teacher,
            _ => Json(new { name = "Рұқсатсыз бірлестік", concurrencyStamp = "stale" })),
        new(
            "DELETE",
            "/api/app/methodological-associations/{id}",
            ids => $"/api/app/methodological-associations/{ids.AssociationId}",
            Outsider.Teacher),
        new(
            "POST",
            "/api/app/methodological-associations/{id}/members",
            ids => $"/api/app/methodological-associations/{ids.AssociationId}/members",
            Outsider.Teacher,
            ids => Json(new { staffMemberIds = new[] { ids.StaffMemberId } })),
        new("DELETE", "/api/app/methodological-associations/{id}/members/{staffMemberId}",
            ids => $"/api/app/methodological-associations/{ids.AssociationId}/members/{ids.StaffMemberId}", Outsider.Teacher),

        // Administration
        new("GET", "/api/app/audit-logs", _ => "/api/app/audit-logs", Outsider.Teacher),
        new("GET", "/api/identity/roles", _ => "/api/identity/roles", Outsider.Teacher),
        new("GET", "/api/identity/roles/{id}/permissions", ids => $"/api/identity/roles/{ids.TeacherRoleId}/permissions", Outsider.Teacher),
        new("PUT", "/api/identity/roles/{id}/permissions", ids => $"/api/identity/roles/{ids.TeacherRoleId}/permissions", Outsider.Teacher,
            _ => Json(new { grantedPermissions = new[] { "KemelSchoolPD.Staff", "KemelSchoolPD.Staff.Create" } })),

        new("POST", "/api/identity/roles", _ => "/api/identity/roles", Outsider.Teacher, _ => Json(new { name = "Рұқсатсыз рөл" })),
        new(
            "PUT",
            "/api/identity/roles/{id}",
            ids => $"/api/identity/roles/{ids.TeacherRoleId}",
            Outsider.Teacher,
            _ => Json(new { name = "Рұқсатсыз рөл" })),
        new("DELETE", "/api/identity/roles/{id}", ids => $"/api/identity/roles/{ids.TeacherRoleId}", Outsider.Teacher),

        // Users (accounts of the school's staff)
        new("GET", "/api/app/users", _ => "/api/app/users", Outsider.Teacher),
        new("GET", "/api/app/users/{id}", _ => $"/api/app/users/{Guid.NewGuid()}", Outsider.Teacher),
        new("GET", "/api/app/users/proposal/{staffMemberId}", ids => $"/api/app/users/proposal/{ids.StaffMemberId}", Outsider.Teacher),
        new("POST", "/api/app/users", _ => "/api/app/users", Outsider.Teacher,
            ids => Json(new { staffMemberId = ids.StaffMemberId, roles = new[] { "Teacher" }, delivery = "OneTimePassword" })),
        new("POST", "/api/app/users/bulk", _ => "/api/app/users/bulk", Outsider.Teacher,
            ids => Json(new { staffMemberIds = new[] { ids.StaffMemberId }, roles = new[] { "Teacher" } })),
        new(
            "PUT",
            "/api/app/users/{id}/roles",
            _ => $"/api/app/users/{Guid.NewGuid()}/roles",
            Outsider.Teacher,
            _ => Json(new { roles = new[] { "Teacher" } })),
        new("POST", "/api/app/users/{id}/resend-invitation", _ => $"/api/app/users/{Guid.NewGuid()}/resend-invitation", Outsider.Teacher),
        new("POST", "/api/app/users/{id}/reset-password", _ => $"/api/app/users/{Guid.NewGuid()}/reset-password", Outsider.Teacher,
            _ => Json(new { delivery = "OneTimePassword" })),
        new("POST", "/api/app/users/{id}/unlock", _ => $"/api/app/users/{Guid.NewGuid()}/unlock", Outsider.Teacher),
        new("POST", "/api/app/users/{id}/deactivate", _ => $"/api/app/users/{Guid.NewGuid()}/deactivate", Outsider.Teacher),
        new("POST", "/api/app/users/{id}/reactivate", _ => $"/api/app/users/{Guid.NewGuid()}/reactivate", Outsider.Teacher),

        // Notifications (every school user has them; the host has none) and the school's defaults (the director)
        new("GET", "/api/app/notifications", _ => "/api/app/notifications", Outsider.HostAdmin),
        new("GET", "/api/app/notifications/unread-count", _ => "/api/app/notifications/unread-count", Outsider.HostAdmin),
        new("POST", "/api/app/notifications/{id}/read", _ => $"/api/app/notifications/{Guid.NewGuid()}/read", Outsider.HostAdmin),
        new("POST", "/api/app/notifications/read-all", _ => "/api/app/notifications/read-all", Outsider.HostAdmin),
        new("GET", "/api/app/notifications/preferences", _ => "/api/app/notifications/preferences", Outsider.HostAdmin),
        new("PUT", "/api/app/notifications/preferences", _ => "/api/app/notifications/preferences", Outsider.HostAdmin,
            _ => Json(new { items = new[] { new { kind = "DevelopmentPlans.Agreed", inApp = true, email = "Off" } } })),
        new("GET", "/api/app/notifications/school-defaults", _ => "/api/app/notifications/school-defaults", Outsider.Teacher),
        new("PUT", "/api/app/notifications/school-defaults", _ => "/api/app/notifications/school-defaults", Outsider.Teacher,
            _ => Json(new { items = new[] { new { kind = "DevelopmentPlans.Agreed", inApp = true, email = "Off" } } })),

        // My work (own list: every school user; the school overview: director and deputies; the rules: the director)
        new("GET", "/api/app/my-work", _ => "/api/app/my-work", Outsider.HostAdmin),
        new("GET", "/api/app/my-work/summary", _ => "/api/app/my-work/summary", Outsider.HostAdmin),
        new("GET", "/api/app/my-work/school", _ => "/api/app/my-work/school", Outsider.Teacher),
        new("GET", "/api/app/my-work/settings", _ => "/api/app/my-work/settings", Outsider.HostAdmin),
        new("PUT", "/api/app/my-work/settings", _ => "/api/app/my-work/settings", Outsider.Teacher, _ => Json(MyWorkSettingsBody)),

        // Documents
        new("GET", "/api/app/staff/document", _ => "/api/app/staff/document?culture=ru", Outsider.HostAdmin),
        new("GET", "/api/app/document-templates", _ => "/api/app/document-templates", Outsider.HostAdmin),
        new("GET", "/api/app/document-templates/{name}/{culture}", _ => "/api/app/document-templates/StaffRegistry/kk", Outsider.HostAdmin),
        new("PUT", "/api/app/document-templates/{name}/{culture}", _ => "/api/app/document-templates/StaffRegistry/kk", Outsider.Teacher,
            _ => Json(new { content = "<document><p>Бөгде</p></document>" })),
        new(
            "DELETE",
            "/api/app/document-templates/{name}/{culture}",
            _ => "/api/app/document-templates/StaffRegistry/kk",
            Outsider.Teacher),
        new(
            "POST",
            "/api/app/document-templates/{name}/{culture}/preview",
            _ => "/api/app/document-templates/StaffRegistry/kk/preview",
            Outsider.Teacher,
            _ => Json(new { content = "<document><p>Бөгде</p></document>" })),

        // Development plans (own plan: every school user; review, assignment and templates: the administration)
        new("GET", "/api/app/development-plans", _ => "/api/app/development-plans", Outsider.HostAdmin),
        new("GET", "/api/app/development-plans/{id}", _ => $"/api/app/development-plans/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/development-plans", _ => "/api/app/development-plans", Outsider.HostAdmin,
            _ => Json(new { templateId = Guid.NewGuid(), academicYear = 2026 })),
        new("PUT", "/api/app/development-plans/{id}", _ => $"/api/app/development-plans/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(new { content = new { topic = "Рұқсатсыз" }, concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/development-plans/{id}/submit",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/submit",
            Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new("POST", "/api/app/development-plans/{id}/return", _ => $"/api/app/development-plans/{Guid.NewGuid()}/return", Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale", comment = "Рұқсатсыз" })),
        new("POST", "/api/app/development-plans/{id}/agree", _ => $"/api/app/development-plans/{Guid.NewGuid()}/agree", Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale" })),
        new("POST", "/api/app/development-plans/{id}/reopen", _ => $"/api/app/development-plans/{Guid.NewGuid()}/reopen", Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale", reason = "Рұқсатсыз" })),
        new(
            "POST",
            "/api/app/development-plans/{id}/progress",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/progress",
            Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/development-plans/{id}/complete",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/complete",
            Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new(
            "GET",
            "/api/app/development-plans/{id}/versions",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/versions",
            Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/development-plans/{id}/versions/{versionId}",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/versions/{Guid.NewGuid()}",
            Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/development-plans/{id}/reviews",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/reviews",
            Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/development-plans/{id}/changes",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/changes",
            Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/development-plans/{id}/comments",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/comments",
            Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/development-plans/{id}/comments",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/comments",
            Outsider.HostAdmin,
            _ => Json(new { text = "Рұқсатсыз" })),
        new(
            "GET",
            "/api/app/development-plans/{id}/document",
            _ => $"/api/app/development-plans/{Guid.NewGuid()}/document?culture=kk",
            Outsider.HostAdmin),
        new("POST", "/api/app/development-plans/assignments", _ => "/api/app/development-plans/assignments", Outsider.Teacher,
            _ => Json(new { templateId = Guid.NewGuid(), academicYear = 2026, scope = "All" })),
        new("GET", "/api/app/development-plans/templates", _ => "/api/app/development-plans/templates", Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/development-plans/templates/{id}",
            _ => $"/api/app/development-plans/templates/{Guid.NewGuid()}",
            Outsider.HostAdmin),
        new("POST", "/api/app/development-plans/templates", _ => "/api/app/development-plans/templates", Outsider.Teacher,
            _ => Json(ApiClients.NewPlanTemplate("Рұқсатсыз үлгі"))),
        new(
            "PUT",
            "/api/app/development-plans/templates/{id}",
            _ => $"/api/app/development-plans/templates/{Guid.NewGuid()}",
            Outsider.Teacher,
            _ => Json(new Dictionary<string, object?>(ApiClients.NewPlanTemplate("Рұқсатсыз үлгі")) { ["concurrencyStamp"] = "stale" })),
        new(
            "DELETE",
            "/api/app/development-plans/templates/{id}",
            _ => $"/api/app/development-plans/templates/{Guid.NewGuid()}",
            Outsider.Teacher),

        // School indicators
        new("GET", "/api/app/school-indicators", _ => "/api/app/school-indicators", Outsider.Teacher),
        new(
            "PUT",
            "/api/app/school-indicators/records/{code}",
            _ => "/api/app/school-indicators/records/Action.SafeInclusiveConditions",
            Outsider.Teacher,
            _ => Json(new { academicYear = 2026, achievement = "Achieved" })),

        // Lesson observations
        new("GET", "/api/app/lesson-observations", _ => "/api/app/lesson-observations", Outsider.HostAdmin),
        new("GET", "/api/app/lesson-observations/{id}", _ => $"/api/app/lesson-observations/{Guid.NewGuid()}", Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/lesson-observations/{id}/document",
            _ => $"/api/app/lesson-observations/{Guid.NewGuid()}/document?culture=kk",
            Outsider.HostAdmin),
        new("POST", "/api/app/lesson-observations", _ => "/api/app/lesson-observations", Outsider.HostAdmin,
            ids => Json(ApiClients.NewObservation(ids.StaffMemberId, "Рұқсатсыз"))),
        new("PUT", "/api/app/lesson-observations/{id}", _ => $"/api/app/lesson-observations/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(new Dictionary<string, object?>(ApiClients.NewObservation(null, "Рұқсатсыз")) { ["concurrencyStamp"] = "stale" })),
        new(
            "POST",
            "/api/app/lesson-observations/{id}/sign",
            _ => $"/api/app/lesson-observations/{Guid.NewGuid()}/sign",
            Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/lesson-observations/{id}/reply",
            _ => $"/api/app/lesson-observations/{Guid.NewGuid()}/reply",
            Outsider.HostAdmin,
            _ => Json(new { text = "Рұқсатсыз", concurrencyStamp = "stale" })),
        new(
            "PUT",
            "/api/app/lesson-observations/{id}/sharing",
            _ => $"/api/app/lesson-observations/{Guid.NewGuid()}/sharing",
            Outsider.HostAdmin,
            _ => Json(new { staffMemberIds = Array.Empty<Guid>(), concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/lesson-observations/{id}/reopen",
            _ => $"/api/app/lesson-observations/{Guid.NewGuid()}/reopen",
            Outsider.Teacher,
            _ => Json(new { reason = "Рұқсатсыз", concurrencyStamp = "stale" })),
        new("GET", "/api/app/lesson-observations/forms", _ => "/api/app/lesson-observations/forms", Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/lesson-observations/forms/{id}",
            _ => $"/api/app/lesson-observations/forms/{Guid.NewGuid()}",
            Outsider.HostAdmin),
        new("POST", "/api/app/lesson-observations/forms", _ => "/api/app/lesson-observations/forms", Outsider.Teacher,
            _ => Json(ApiClients.NewObservationForm("Рұқсатсыз парақ"))),
        new("PUT", "/api/app/lesson-observations/forms/{id}", _ => $"/api/app/lesson-observations/forms/{Guid.NewGuid()}", Outsider.Teacher,
            _ => Json(
                new Dictionary<string, object?>(ApiClients.NewObservationForm("Рұқсатсыз парақ")) { ["concurrencyStamp"] = "stale" })),
        // Route sheets (own sheet: every school user; review: director, deputies, mentors; assignment and templates: the administration)
        new("GET", "/api/app/route-sheets", _ => "/api/app/route-sheets", Outsider.HostAdmin),
        new("GET", "/api/app/route-sheets/{id}", _ => $"/api/app/route-sheets/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/route-sheets", _ => "/api/app/route-sheets", Outsider.HostAdmin, _ => Json(new { academicYear = 2026 })),
        new("PUT", "/api/app/route-sheets/{id}", _ => $"/api/app/route-sheets/{Guid.NewGuid()}", Outsider.Teacher,
            _ => Json(new { periodKind = "Quarters", concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/route-sheets/{id}/self-assessment",
            _ => $"/api/app/route-sheets/{Guid.NewGuid()}/self-assessment",
            Outsider.HostAdmin,
            _ => Json(new { period = 1, marks = new[] { new { rowOrder = 1, mark = "Achieved" } }, concurrencyStamp = "stale" })),
        new("POST", "/api/app/route-sheets/{id}/review", _ => $"/api/app/route-sheets/{Guid.NewGuid()}/review", Outsider.Teacher,
            _ => Json(new { period = 1, marks = new[] { new { rowOrder = 1, mark = "Achieved" } }, concurrencyStamp = "stale" })),
        new(
            "GET",
            "/api/app/route-sheets/{id}/weekly-evaluations",
            _ => $"/api/app/route-sheets/{Guid.NewGuid()}/weekly-evaluations",
            Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/route-sheets/{id}/weekly-evaluations",
            _ => $"/api/app/route-sheets/{Guid.NewGuid()}/weekly-evaluations",
            Outsider.HostAdmin,
            _ => Json(new { weekStart = "2026-10-05", whatWorked = "Рұқсатсыз", mark = "Achieved" })),
        new(
            "GET",
            "/api/app/route-sheets/{id}/document",
            _ => $"/api/app/route-sheets/{Guid.NewGuid()}/document?culture=kk",
            Outsider.HostAdmin),
        new("POST", "/api/app/route-sheets/assignments", _ => "/api/app/route-sheets/assignments", Outsider.Teacher,
            _ => Json(new { academicYear = 2026, scope = "All" })),
        new("GET", "/api/app/route-sheets/recommended-activities", _ => "/api/app/route-sheets/recommended-activities", Outsider.HostAdmin),
        new("GET", "/api/app/route-sheets/templates", _ => "/api/app/route-sheets/templates", Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/route-sheets/templates/{id}",
            _ => $"/api/app/route-sheets/templates/{KemelSchoolPD.RouteSheets.BuiltInRouteSheetTemplates.Pedagogue.Id}",
            Outsider.HostAdmin),
        new(
            "PUT",
            "/api/app/route-sheets/templates/{id}",
            _ => $"/api/app/route-sheets/templates/{KemelSchoolPD.RouteSheets.BuiltInRouteSheetTemplates.Pedagogue.Id}",
            Outsider.Teacher,
            _ => Json(ApiClients.RouteSheetTemplateBody(KemelSchoolPD.RouteSheets.BuiltInRouteSheetTemplates.Pedagogue, "Рұқсатсыз"))),
        new(
            "POST",
            "/api/app/route-sheets/templates/{id}/copy",
            _ => $"/api/app/route-sheets/templates/{KemelSchoolPD.RouteSheets.BuiltInRouteSheetTemplates.Pedagogue.Id}/copy",
            Outsider.Teacher),
        new(
            "POST",
            "/api/app/route-sheets/templates/{id}/activate",
            _ => $"/api/app/route-sheets/templates/{KemelSchoolPD.RouteSheets.BuiltInRouteSheetTemplates.Pedagogue.Id}/activate",
            Outsider.Teacher),

        // Growth cycles (own cycles: every school user; cancel: the administration; settings and school reference rows: the administration)
        new("GET", "/api/app/growth-cycles", _ => "/api/app/growth-cycles", Outsider.HostAdmin),
        new("GET", "/api/app/growth-cycles/{id}", _ => $"/api/app/growth-cycles/{Guid.NewGuid()}", Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/growth-cycles",
            _ => "/api/app/growth-cycles",
            Outsider.HostAdmin,
            _ => Json(new { academicYear = 2026, growthZone = "Рұқсатсыз" })),
        new("PUT", "/api/app/growth-cycles/{id}", _ => $"/api/app/growth-cycles/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(new { growthZone = "Рұқсатсыз", concurrencyStamp = "stale" })),
        new("POST", "/api/app/growth-cycles/{id}/move", _ => $"/api/app/growth-cycles/{Guid.NewGuid()}/move", Outsider.HostAdmin,
            _ => Json(new { targetStage = "Analysis", concurrencyStamp = "stale" })),
        new("POST", "/api/app/growth-cycles/{id}/complete", _ => $"/api/app/growth-cycles/{Guid.NewGuid()}/complete", Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new("POST", "/api/app/growth-cycles/{id}/cancel", _ => $"/api/app/growth-cycles/{Guid.NewGuid()}/cancel", Outsider.Teacher,
            _ => Json(new { reason = "Рұқсатсыз", concurrencyStamp = "stale" })),
        new("GET", "/api/app/growth-cycles/{id}/guidance", _ => $"/api/app/growth-cycles/{Guid.NewGuid()}/guidance", Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/growth-cycles/{id}/artefacts/{artefactId}",
            _ => $"/api/app/growth-cycles/{Guid.NewGuid()}/artefacts/{Guid.NewGuid()}",
            Outsider.HostAdmin),
        new("POST", "/api/app/growth-cycles/{id}/artefacts", _ => $"/api/app/growth-cycles/{Guid.NewGuid()}/artefacts", Outsider.HostAdmin,
            _ => Json(new { kind = "ReflectiveNote", content = new { text = "Рұқсатсыз" } })),
        new(
            "PUT",
            "/api/app/growth-cycles/{id}/artefacts/{artefactId}",
            _ => $"/api/app/growth-cycles/{Guid.NewGuid()}/artefacts/{Guid.NewGuid()}",
            Outsider.HostAdmin,
            _ => Json(new { content = new { text = "Рұқсатсыз" }, concurrencyStamp = "stale" })),
        new(
            "DELETE",
            "/api/app/growth-cycles/{id}/artefacts/{artefactId}",
            _ => $"/api/app/growth-cycles/{Guid.NewGuid()}/artefacts/{Guid.NewGuid()}",
            Outsider.HostAdmin),
        new("GET", "/api/app/growth-cycles/{id}/artefacts/{artefactId}/document",
            _ => $"/api/app/growth-cycles/{Guid.NewGuid()}/artefacts/{Guid.NewGuid()}/document?culture=kk", Outsider.HostAdmin),
        new("GET", "/api/app/growth-cycles/guidance", _ => "/api/app/growth-cycles/guidance", Outsider.HostAdmin),
        new("POST", "/api/app/growth-cycles/guidance", _ => "/api/app/growth-cycles/guidance", Outsider.Teacher,
            _ => Json(new { stage = "Action", participantKind = "Teacher", textKk = "Рұқсатсыз", textRu = "Без права" })),
        new("DELETE", "/api/app/growth-cycles/guidance/{id}", _ => $"/api/app/growth-cycles/guidance/{Guid.NewGuid()}", Outsider.Teacher),
        new("GET", "/api/app/growth-cycles/competences", _ => "/api/app/growth-cycles/competences", Outsider.HostAdmin),
        new("POST", "/api/app/growth-cycles/competences", _ => "/api/app/growth-cycles/competences", Outsider.Teacher,
            _ => Json(new { code = "99.1", functionCode = "99", nameKk = "Рұқсатсыз", nameRu = "Без права" })),
        new(
            "DELETE",
            "/api/app/growth-cycles/competences/{id}",
            _ => $"/api/app/growth-cycles/competences/{Guid.NewGuid()}",
            Outsider.Teacher),
        new(
            "GET",
            "/api/app/growth-cycles/learner-results/template",
            _ => "/api/app/growth-cycles/learner-results/template?culture=kk",
            Outsider.HostAdmin),
        new("POST", "/api/app/growth-cycles/learner-results/parse", _ => "/api/app/growth-cycles/learner-results/parse", Outsider.HostAdmin,
            _ => ApiClients.CsvFile("Сынып,Дейін,Кейін\r\n7А,50,60\r\n", "results.csv")),
        new("GET", "/api/app/growth-cycles/wheel-sectors", _ => "/api/app/growth-cycles/wheel-sectors", Outsider.HostAdmin),
        new("GET", "/api/app/growth-cycles/standard", _ => "/api/app/growth-cycles/standard", Outsider.HostAdmin),
        new("GET", "/api/app/growth-cycles/settings/school", _ => "/api/app/growth-cycles/settings/school", Outsider.HostAdmin),
        new("PUT", "/api/app/growth-cycles/settings/school", _ => "/api/app/growth-cycles/settings/school", Outsider.Teacher,
            _ => Json(new { skippedCategories = new[] { "Researcher" } })),
        new("GET", "/api/app/growth-cycles/settings/stages", _ => "/api/app/growth-cycles/settings/stages", Outsider.HostAdmin),
        new("PUT", "/api/app/growth-cycles/settings/stages", _ => "/api/app/growth-cycles/settings/stages", Outsider.Teacher,
            _ => Json(new { participantKind = "Teacher", stage = "Action", requiredKinds = new[] { "LessonTaught" } })),

        // Mentoring
        new("GET", "/api/app/mentoring/settings", _ => "/api/app/mentoring/settings", Outsider.HostAdmin),
        new("PUT", "/api/app/mentoring/settings", _ => "/api/app/mentoring/settings", Outsider.Teacher,
            _ => Json(new { mentorCapacity = 3, cadenceMeetings = 1, cadenceDays = 7, weeklyCardInFirstYear = true })),
        new("GET", "/api/app/mentoring/pairs", _ => "/api/app/mentoring/pairs", Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/pairs/{id}", _ => $"/api/app/mentoring/pairs/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/mentoring/pairs", _ => "/api/app/mentoring/pairs", Outsider.Teacher,
            ids => Json(new { kind = "Mentor", mentorStaffMemberId = ids.StaffMemberId, menteeStaffMemberId = Guid.NewGuid() })),
        new("PUT", "/api/app/mentoring/pairs/{id}", _ => $"/api/app/mentoring/pairs/{Guid.NewGuid()}", Outsider.Teacher,
            _ => Json(new { endsOn = "2027-05-31", concurrencyStamp = "stale" })),
        new("POST", "/api/app/mentoring/pairs/{id}/end", _ => $"/api/app/mentoring/pairs/{Guid.NewGuid()}/end", Outsider.Teacher,
            _ => Json(new { reason = "Рұқсатсыз", concurrencyStamp = "stale" })),
        new(
            "GET",
            "/api/app/mentoring/suggestions/{menteeId}",
            ids => $"/api/app/mentoring/suggestions/{ids.StaffMemberId}",
            Outsider.Teacher),
        new("GET", "/api/app/mentoring/meetings", _ => "/api/app/mentoring/meetings", Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/meetings/{id}", _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/mentoring/meetings", _ => "/api/app/mentoring/meetings", Outsider.HostAdmin,
            _ => Json(new { pairId = Guid.NewGuid(), startsAt = "2026-10-01T09:00:00Z", durationMinutes = 45 })),
        new("PUT", "/api/app/mentoring/meetings/{id}", _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(new { startsAt = "2026-10-01T09:00:00Z", durationMinutes = 45, concurrencyStamp = "stale" })),
        new(
            "PUT",
            "/api/app/mentoring/meetings/{id}/agenda",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/agenda",
            Outsider.HostAdmin,
            _ => Json(new { items = new[] { new { text = "Рұқсатсыз", done = false } }, concurrencyStamp = "stale" })),
        new("POST", "/api/app/mentoring/meetings/{id}/hold", _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/hold", Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/mentoring/meetings/{id}/cancel",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/cancel",
            Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new(
            "PUT",
            "/api/app/mentoring/meetings/{id}/feedback",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/feedback",
            Outsider.HostAdmin,
            _ => Json(new { usefulness = 5 })),
        new(
            "PUT",
            "/api/app/mentoring/meetings/{id}/observation",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/observation",
            Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new(
            "PUT",
            "/api/app/mentoring/meetings/{id}/shared-note",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/shared-note",
            Outsider.HostAdmin,
            _ => Json(new { text = "Рұқсатсыз" })),
        new(
            "GET",
            "/api/app/mentoring/meetings/{id}/private-note",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/private-note",
            Outsider.HostAdmin),
        new(
            "PUT",
            "/api/app/mentoring/meetings/{id}/private-note",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/private-note",
            Outsider.HostAdmin,
            _ => Json(new { text = "Рұқсатсыз" })),
        new(
            "POST",
            "/api/app/mentoring/meetings/{id}/steps",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/steps",
            Outsider.HostAdmin,
            _ => Json(new { text = "Рұқсатсыз", owner = "Mentee" })),
        new(
            "PUT",
            "/api/app/mentoring/meetings/{id}/steps/{stepId}",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/steps/{Guid.NewGuid()}",
            Outsider.HostAdmin,
            _ => Json(new { text = "Рұқсатсыз", owner = "Mentee", done = true, concurrencyStamp = "stale" })),
        new(
            "DELETE",
            "/api/app/mentoring/meetings/{id}/steps/{stepId}",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/steps/{Guid.NewGuid()}",
            Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/hours", _ => "/api/app/mentoring/hours", Outsider.HostAdmin),
        new(
            "PUT",
            "/api/app/mentoring/meetings/{id}/steps/{stepId}/done",
            _ => $"/api/app/mentoring/meetings/{Guid.NewGuid()}/steps/{Guid.NewGuid()}/done",
            Outsider.HostAdmin,
            _ => Json(new { done = true, concurrencyStamp = "stale" })),
        new("GET", "/api/app/mentoring/my-steps", _ => "/api/app/mentoring/my-steps", Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/evidence", _ => "/api/app/mentoring/evidence?from=2026-09-01&to=2026-12-31", Outsider.HostAdmin),
        new("POST", "/api/app/mentoring/evidence", _ => "/api/app/mentoring/evidence", Outsider.HostAdmin,
            _ => Json(new { cycleId = Guid.NewGuid(), from = "2026-09-01", to = "2026-12-31" })),
        new(
            "PUT",
            "/api/app/mentoring/pairs/{id}/evidence-consent",
            _ => $"/api/app/mentoring/pairs/{Guid.NewGuid()}/evidence-consent",
            Outsider.HostAdmin,
            _ => Json(new { consent = true, concurrencyStamp = "stale" })),

        // The mentor's year plan
        new("GET", "/api/app/mentoring/year-plans", _ => "/api/app/mentoring/year-plans", Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/year-plans/{id}", _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/mentoring/year-plans", _ => "/api/app/mentoring/year-plans", Outsider.HostAdmin,
            _ => Json(new { academicYear = 2026, activities = new[] { new { month = 9, topic = "Рұқсатсыз", form = "Consultation" } } })),
        new("PUT", "/api/app/mentoring/year-plans/{id}", _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(
                new { concurrencyStamp = "stale", activities = new[] { new { month = 9, topic = "Рұқсатсыз", form = "Consultation" } } })),
        new(
            "POST",
            "/api/app/mentoring/year-plans/{id}/submit",
            _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}/submit",
            Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/mentoring/year-plans/{id}/agree",
            _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}/agree",
            Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/mentoring/year-plans/{id}/return",
            _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}/return",
            Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale", comment = "Рұқсатсыз" })),
        new(
            "POST",
            "/api/app/mentoring/year-plans/{id}/progress",
            _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}/progress",
            Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale", updates = new[] { new { activityId = Guid.NewGuid(), progress = "Done" } } })),
        new(
            "GET",
            "/api/app/mentoring/year-plans/{id}/versions",
            _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}/versions",
            Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/year-plans/{id}/versions/{versionId}",
            _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}/versions/{Guid.NewGuid()}", Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/mentoring/year-plans/{id}/reviews",
            _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}/reviews",
            Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/mentoring/year-plans/{id}/changes",
            _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}/changes",
            Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/mentoring/year-plans/{id}/document",
            _ => $"/api/app/mentoring/year-plans/{Guid.NewGuid()}/document?culture=kk",
            Outsider.HostAdmin),

        // Reflection cards and the year-end campaign
        new("GET", "/api/app/mentoring/cards/form", _ => "/api/app/mentoring/cards/form?kind=Weekly", Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/cards", _ => "/api/app/mentoring/cards", Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/cards/{id}", _ => $"/api/app/mentoring/cards/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/mentoring/cards", _ => "/api/app/mentoring/cards", Outsider.HostAdmin,
            _ => Json(new { weekYear = 2026, week = 1, answers = new[] { new { key = "W.P1", text = "Рұқсатсыз" } } })),
        new("POST", "/api/app/mentoring/cards/year-end", _ => "/api/app/mentoring/cards/year-end", Outsider.HostAdmin,
            _ => Json(new { academicYear = 2026, answers = new[] { new { key = "Y.P1", text = "Рұқсатсыз" } } })),
        new("PUT", "/api/app/mentoring/cards/{id}", _ => $"/api/app/mentoring/cards/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale", answers = new[] { new { key = "W.P1", text = "Рұқсатсыз" } } })),
        new("PUT", "/api/app/mentoring/cards/{id}/shares", _ => $"/api/app/mentoring/cards/{Guid.NewGuid()}/shares", Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale", staffMemberIds = Array.Empty<Guid>() })),
        new("GET", "/api/app/mentoring/cards/questions", _ => "/api/app/mentoring/cards/questions", Outsider.HostAdmin),
        new("POST", "/api/app/mentoring/cards/{id}/answer", _ => $"/api/app/mentoring/cards/{Guid.NewGuid()}/answer", Outsider.HostAdmin,
            _ => Json(new { answer = "Рұқсатсыз" })),
        new("GET", "/api/app/mentoring/cards/addressees", _ => "/api/app/mentoring/cards/addressees", Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/cards/confidence", _ => "/api/app/mentoring/cards/confidence", Outsider.HostAdmin),
        new("GET", "/api/app/mentoring/year-end-campaigns", _ => "/api/app/mentoring/year-end-campaigns", Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/mentoring/year-end-campaigns/{id}",
            _ => $"/api/app/mentoring/year-end-campaigns/{Guid.NewGuid()}",
            Outsider.HostAdmin),
        new("POST", "/api/app/mentoring/year-end-campaigns", _ => "/api/app/mentoring/year-end-campaigns", Outsider.Teacher,
            _ => Json(new { academicYear = 2026, deadline = "2027-05-25" })),
        new(
            "POST",
            "/api/app/mentoring/year-end-campaigns/{id}/close",
            _ => $"/api/app/mentoring/year-end-campaigns/{Guid.NewGuid()}/close",
            Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/mentoring/year-end-campaigns/{id}/reopen",
            _ => $"/api/app/mentoring/year-end-campaigns/{Guid.NewGuid()}/reopen",
            Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale" })),

        // Courses: the school's catalogue, the ledger, clocks, plans and the report
        new("GET", "/api/app/courses/programmes", _ => "/api/app/courses/programmes", Outsider.HostAdmin),
        new("GET", "/api/app/courses/programmes/{id}", _ => $"/api/app/courses/programmes/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/courses/programmes", _ => "/api/app/courses/programmes", Outsider.Teacher, _ => Json(CourseProgrammeBody)),
        new(
            "PUT",
            "/api/app/courses/programmes/{id}",
            _ => $"/api/app/courses/programmes/{Guid.NewGuid()}",
            Outsider.Teacher,
            _ => Json(CourseProgrammeBody)),
        new(
            "POST",
            "/api/app/courses/programmes/{id}/schemes",
            _ => $"/api/app/courses/programmes/{Guid.NewGuid()}/schemes",
            Outsider.Teacher,
            _ => Json(CourseSchemeBody)),
        new("GET", "/api/host/course-programmes", _ => "/api/host/course-programmes", Outsider.SchoolDirector),
        new("GET", "/api/host/course-programmes/{id}", _ => $"/api/host/course-programmes/{Guid.NewGuid()}", Outsider.SchoolDirector),
        new(
            "POST",
            "/api/host/course-programmes",
            _ => "/api/host/course-programmes",
            Outsider.SchoolDirector,
            _ => Json(CourseProgrammeBody)),
        new(
            "PUT",
            "/api/host/course-programmes/{id}",
            _ => $"/api/host/course-programmes/{Guid.NewGuid()}",
            Outsider.SchoolDirector,
            _ => Json(CourseProgrammeBody)),
        new(
            "POST",
            "/api/host/course-programmes/{id}/schemes",
            _ => $"/api/host/course-programmes/{Guid.NewGuid()}/schemes",
            Outsider.SchoolDirector,
            _ => Json(CourseSchemeBody)),
        new(
            "GET",
            "/api/host/course-programmes/{id}/lifecycle",
            _ => $"/api/host/course-programmes/{Guid.NewGuid()}/lifecycle",
            Outsider.SchoolDirector),
        new(
            "PUT",
            "/api/host/course-programmes/{id}/lifecycle",
            _ => $"/api/host/course-programmes/{Guid.NewGuid()}/lifecycle",
            Outsider.SchoolDirector,
            _ => Json(new { protocolDate = "2026-02-02" })),
        new("GET", "/api/host/public-holidays", _ => "/api/host/public-holidays?year=2026", Outsider.SchoolDirector),
        new(
            "PUT",
            "/api/host/public-holidays/{year}",
            _ => "/api/host/public-holidays/2026",
            Outsider.SchoolDirector,
            _ => Json(new { days = Array.Empty<object>() })),
        new("GET", "/api/app/courses/records", _ => "/api/app/courses/records", Outsider.HostAdmin),
        new("GET", "/api/app/courses/records/{id}", _ => $"/api/app/courses/records/{Guid.NewGuid()}", Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/courses/records",
            _ => "/api/app/courses/records",
            Outsider.HostAdmin,
            _ => Json(new { programmeId = Guid.NewGuid() })),
        new("POST", "/api/app/courses/records/completed", _ => "/api/app/courses/records/completed", Outsider.HostAdmin,
            _ => Json(
                new { programmeId = Guid.NewGuid(), completion = new { hours = 10, startDate = "2026-01-10", endDate = "2026-01-12" } })),
        new("POST", "/api/app/courses/records/{id}/approve", _ => $"/api/app/courses/records/{Guid.NewGuid()}/approve", Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale" })),
        new("POST", "/api/app/courses/records/{id}/decline", _ => $"/api/app/courses/records/{Guid.NewGuid()}/decline", Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale", comment = "Рұқсатсыз" })),
        new("POST", "/api/app/courses/records/{id}/attend", _ => $"/api/app/courses/records/{Guid.NewGuid()}/attend", Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale", startDate = "2026-01-10", endDate = "2026-01-12" })),
        new(
            "POST",
            "/api/app/courses/records/{id}/complete",
            _ => $"/api/app/courses/records/{Guid.NewGuid()}/complete",
            Outsider.HostAdmin,
            _ => Json(
                new { concurrencyStamp = "stale", completion = new { hours = 10, startDate = "2026-01-10", endDate = "2026-01-12" } })),
        new("POST", "/api/app/courses/records/{id}/assess", _ => $"/api/app/courses/records/{Guid.NewGuid()}/assess", Outsider.Teacher,
            _ => Json(new
            {
                concurrencyStamp = "stale", assessedOn = "2026-01-12", startDate = "2026-01-10", endDate = "2026-01-12",
                scores = new[] { new { key = "test", score = 1 } },
            })),
        new("GET", "/api/app/courses/clock", _ => "/api/app/courses/clock", Outsider.HostAdmin),
        new("GET", "/api/app/courses/clock/{staffMemberId}", ids => $"/api/app/courses/clock/{ids.StaffMemberId}", Outsider.HostAdmin),
        new("GET", "/api/app/courses/school", _ => "/api/app/courses/school", Outsider.Teacher),
        new("GET", "/api/app/courses/report", _ => "/api/app/courses/report?year=2026&half=1&culture=kk", Outsider.Teacher),
        new("GET", "/api/app/courses/plans", _ => "/api/app/courses/plans", Outsider.HostAdmin),
        new("GET", "/api/app/courses/plans/{id}", _ => $"/api/app/courses/plans/{Guid.NewGuid()}", Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/courses/plans",
            _ => "/api/app/courses/plans",
            Outsider.HostAdmin,
            _ => Json(new { courseRecordId = Guid.NewGuid(), directions = new[] { "d1" } })),
        new("PUT", "/api/app/courses/plans/{id}", _ => $"/api/app/courses/plans/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale", directions = new[] { "d1" } })),
        new("POST", "/api/app/courses/plans/{id}/submit", _ => $"/api/app/courses/plans/{Guid.NewGuid()}/submit", Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale" })),
        new("POST", "/api/app/courses/plans/{id}/agree", _ => $"/api/app/courses/plans/{Guid.NewGuid()}/agree", Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale" })),
        new("POST", "/api/app/courses/plans/{id}/return", _ => $"/api/app/courses/plans/{Guid.NewGuid()}/return", Outsider.Teacher,
            _ => Json(new { concurrencyStamp = "stale", comment = "Рұқсатсыз" })),
        new("POST", "/api/app/courses/plans/{id}/events", _ => $"/api/app/courses/plans/{Guid.NewGuid()}/events", Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale", eventId = Guid.NewGuid(), heldOn = "2026-03-01" })),
        new("POST", "/api/app/courses/plans/{id}/outcome", _ => $"/api/app/courses/plans/{Guid.NewGuid()}/outcome", Outsider.HostAdmin,
            _ => Json(new { concurrencyStamp = "stale", outcome = "Рұқсатсыз" })),
        // Action Research
        new("GET", "/api/app/action-research", _ => "/api/app/action-research", Outsider.HostAdmin),
        new("GET", "/api/app/action-research/{id}", _ => $"/api/app/action-research/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/action-research", _ => "/api/app/action-research", Outsider.HostAdmin, _ => Json(ActionResearchBody)),
        new("PUT", "/api/app/action-research/{id}", _ => $"/api/app/action-research/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(new Dictionary<string, object?>(ActionResearchBody) { ["concurrencyStamp"] = "stale" })),
        new(
            "PUT",
            "/api/app/action-research/{id}/research-plan",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/research-plan",
            Outsider.HostAdmin,
            _ => Json(new { researchPlanArtefactId = (Guid?)null })),
        new("PUT", "/api/app/action-research/{id}/members", _ => $"/api/app/action-research/{Guid.NewGuid()}/members", Outsider.HostAdmin,
            ids => Json(new { staffMemberIds = new[] { ids.StaffMemberId } })),
        new("PUT", "/api/app/action-research/{id}/consent", _ => $"/api/app/action-research/{Guid.NewGuid()}/consent", Outsider.HostAdmin,
            _ => Json(new { consent = true })),
        new("POST", "/api/app/action-research/{id}/publish", _ => $"/api/app/action-research/{Guid.NewGuid()}/publish", Outsider.HostAdmin,
            _ => Json(new { shareWithAllSchools = false })),
        new(
            "POST",
            "/api/app/action-research/{id}/unpublish",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/unpublish",
            Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/action-research/{id}/close",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/close",
            Outsider.HostAdmin,
            _ => Json(new { })),
        new(
            "GET",
            "/api/app/action-research/{id}/report",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/report?culture=kk",
            Outsider.HostAdmin),
        new(
            "PUT",
            "/api/app/action-research/{id}/cycles/{cycleId}",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/cycles/{Guid.NewGuid()}",
            Outsider.HostAdmin,
            _ => Json(new { lessons = Array.Empty<object>(), concurrencyStamp = "stale" })),
        new(
            "POST",
            "/api/app/action-research/{id}/cycles/{cycleId}/advance",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/cycles/{Guid.NewGuid()}/advance",
            Outsider.HostAdmin,
            _ => Json(new { stage = "Collect" })),
        new(
            "POST",
            "/api/app/action-research/{id}/cycles/{cycleId}/finish",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/cycles/{Guid.NewGuid()}/finish",
            Outsider.HostAdmin,
            _ => Json(new { solved = false })),
        new(
            "POST",
            "/api/app/action-research/{id}/cycles/{cycleId}/data",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/cycles/{Guid.NewGuid()}/data",
            Outsider.HostAdmin,
            _ => Json(new { kind = "Observation", title = "x", summary = "x" })),
        new("PUT", "/api/app/action-research/{id}/cycles/{cycleId}/data/{dataId}",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/cycles/{Guid.NewGuid()}/data/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(new { kind = "Observation", title = "x", summary = "x" })),
        new("DELETE", "/api/app/action-research/{id}/cycles/{cycleId}/data/{dataId}",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/cycles/{Guid.NewGuid()}/data/{Guid.NewGuid()}", Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/action-research/{id}/cycles/{cycleId}/evidence",
            _ => $"/api/app/action-research/{Guid.NewGuid()}/cycles/{Guid.NewGuid()}/evidence",
            Outsider.HostAdmin,
            _ => Json(new { growthCycleId = Guid.NewGuid() })),

        // Development events
        new("GET", "/api/app/development-events", _ => "/api/app/development-events", Outsider.HostAdmin),
        new("GET", "/api/app/development-events/{id}", _ => $"/api/app/development-events/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/development-events", _ => "/api/app/development-events", Outsider.HostAdmin,
            _ => Json(new { kind = "MasterClass", title = "x", startsOn = "2026-10-01", durationMinutes = 60 })),
        new("PUT", "/api/app/development-events/{id}", _ => $"/api/app/development-events/{Guid.NewGuid()}", Outsider.HostAdmin,
            _ => Json(
                new { kind = "MasterClass", title = "x", startsOn = "2026-10-01", durationMinutes = 60, concurrencyStamp = "stale" })),
        new(
            "PUT",
            "/api/app/development-events/{id}/participants",
            _ => $"/api/app/development-events/{Guid.NewGuid()}/participants",
            Outsider.HostAdmin,
            ids => Json(new { staffMemberIds = new[] { ids.StaffMemberId } })),
        new(
            "POST",
            "/api/app/development-events/{id}/record",
            _ => $"/api/app/development-events/{Guid.NewGuid()}/record",
            Outsider.HostAdmin,
            _ => Json(new { attendedStaffMemberIds = Array.Empty<Guid>(), outcome = "x" })),
        new(
            "POST",
            "/api/app/development-events/{id}/cancel",
            _ => $"/api/app/development-events/{Guid.NewGuid()}/cancel",
            Outsider.HostAdmin,
            _ => Json(new { })),
        new("GET", "/api/app/development-events/hours", _ => "/api/app/development-events/hours", Outsider.HostAdmin),
        new("GET", "/api/app/development-events/hours/summary", _ => "/api/app/development-events/hours/summary", Outsider.Teacher),
        // Lesson Study and the library of practice
        new("GET", "/api/app/lesson-study/groups", _ => "/api/app/lesson-study/groups", Outsider.HostAdmin),
        new("GET", "/api/app/lesson-study/groups/{id}", _ => $"/api/app/lesson-study/groups/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("POST", "/api/app/lesson-study/groups", _ => "/api/app/lesson-study/groups", Outsider.HostAdmin,
            ids => Json(new { theme = "Рұқсатсыз", researchQuestion = "?", origin = "AdHoc", facilitatorStaffMemberId = ids
                .StaffMemberId, memberStaffMemberIds = new[] { ids.StaffMemberId } })),
        new("PUT", "/api/app/lesson-study/groups/{id}", _ => $"/api/app/lesson-study/groups/{Guid.NewGuid()}", Outsider.HostAdmin,
            ids => Json(new { theme = "Рұқсатсыз", researchQuestion = "?", origin = "AdHoc", facilitatorStaffMemberId = ids
                .StaffMemberId, memberStaffMemberIds = new[] { ids.StaffMemberId }, concurrencyStamp = "stale" })),
        new(
            "PUT",
            "/api/app/lesson-study/groups/{id}/consent",
            _ => $"/api/app/lesson-study/groups/{Guid.NewGuid()}/consent",
            Outsider.HostAdmin,
            _ => Json(new { publish = true })),
        new(
            "POST",
            "/api/app/lesson-study/groups/{id}/request-consent",
            _ => $"/api/app/lesson-study/groups/{Guid.NewGuid()}/request-consent",
            Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/lesson-study/groups/{id}/publish",
            _ => $"/api/app/lesson-study/groups/{Guid.NewGuid()}/publish",
            Outsider.HostAdmin,
            _ => Json(new { shareWithAllSchools = false })),
        new(
            "POST",
            "/api/app/lesson-study/groups/{id}/unpublish",
            _ => $"/api/app/lesson-study/groups/{Guid.NewGuid()}/unpublish",
            Outsider.HostAdmin),
        new(
            "GET",
            "/api/app/lesson-study/groups/{id}/report",
            _ => $"/api/app/lesson-study/groups/{Guid.NewGuid()}/report?culture=kk",
            Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/lesson-study/groups/{id}/lessons",
            _ => $"/api/app/lesson-study/groups/{Guid.NewGuid()}/lessons",
            Outsider.HostAdmin,
            ids => Json(LessonStudyLesson(ids.StaffMemberId))),
        new("GET", "/api/app/lesson-study/lessons/{id}", _ => $"/api/app/lesson-study/lessons/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("PUT", "/api/app/lesson-study/lessons/{id}", _ => $"/api/app/lesson-study/lessons/{Guid.NewGuid()}", Outsider.HostAdmin,
            ids => Json(new Dictionary<string, object?>(LessonStudyLesson(ids.StaffMemberId)) { ["concurrencyStamp"] = "stale" })),
        new(
            "GET",
            "/api/app/lesson-study/lessons/{id}/notes",
            _ => $"/api/app/lesson-study/lessons/{Guid.NewGuid()}/notes",
            Outsider.HostAdmin),
        new("POST", "/api/app/lesson-study/lessons/{id}/notes", _ => $"/api/app/lesson-study/lessons/{Guid.NewGuid()}/notes", Outsider.HostAdmin,
            _ => Json(new { notes = new[] {
                new { id = Guid.NewGuid(), pupilId = Guid.NewGuid(), observedAt = "2026-10-01T09:00:00Z", text = "Рұқсатсыз" } } })),
        new(
            "PUT",
            "/api/app/lesson-study/lessons/{id}/interviews",
            _ => $"/api/app/lesson-study/lessons/{Guid.NewGuid()}/interviews",
            Outsider.HostAdmin,
            _ => Json(new { interviews = Array.Empty<object>() })),
        new(
            "GET",
            "/api/app/lesson-study/lessons/{id}/discussion",
            _ => $"/api/app/lesson-study/lessons/{Guid.NewGuid()}/discussion",
            Outsider.HostAdmin),
        new(
            "PUT",
            "/api/app/lesson-study/lessons/{id}/discussion",
            _ => $"/api/app/lesson-study/lessons/{Guid.NewGuid()}/discussion",
            Outsider.HostAdmin,
            _ => Json(new { conclusions = "Рұқсатсыз" })),
        new(
            "POST",
            "/api/app/lesson-study/lessons/{id}/discussed",
            _ => $"/api/app/lesson-study/lessons/{Guid.NewGuid()}/discussed",
            Outsider.HostAdmin),
        new(
            "POST",
            "/api/app/lesson-study/lessons/{id}/evidence",
            _ => $"/api/app/lesson-study/lessons/{Guid.NewGuid()}/evidence",
            Outsider.HostAdmin),
        new("GET", "/api/app/practice-library", _ => "/api/app/practice-library", Outsider.HostAdmin),
        new("GET", "/api/app/practice-library/{id}", _ => $"/api/app/practice-library/{Guid.NewGuid()}", Outsider.HostAdmin),
        new("GET", "/api/app/practice-library/shared", _ => "/api/app/practice-library/shared", Outsider.HostAdmin),
        new("GET", "/api/app/practice-library/shared/{id}", _ => $"/api/app/practice-library/shared/{Guid.NewGuid()}", Outsider.HostAdmin),
    ];

    private static Dictionary<string, object?> LessonStudyLesson(Guid teacher) => new()
    {
        ["teacherStaffMemberId"] = teacher, ["className"] = "7 А", ["lessonDate"] = "2026-10-01",
        ["plan"] = new { stages = new[] { new { title = "Кезең", minutes = 10 } } },
        ["casePupils"] = new[] { new { pseudonym = "Оқушы А", reason = "LowAttainment" } },
    };

    public static IEnumerable<object[]> CaseKeys => Cases.Select(c => new object[] { c.Key });

    [Fact]
    public void Should_List_Every_Permissioned_Endpoint_Of_The_Catalog()
    {
        var permissioned = ApiCatalog.Of(host.Services).Where(e => e.Policies.Count > 0).Select(e => e.Key).ToHashSet();
        var listed = Cases.Select(c => c.Key).ToList();

        listed.ShouldBeUnique();
        permissioned.Except(listed).ShouldBeEmpty("endpoints missing from Permission_Tests.Cases");
        listed.Except(permissioned).ShouldBeEmpty("cases for endpoints the host does not map (or maps without a permission)");
    }

    [Theory]
    [MemberData(nameof(CaseKeys), MemberType = typeof(Permission_Tests))]
    public async Task Should_Answer_401_When_Anonymous(string endpoint)
    {
        var @case = Cases.Single(c => c.Key == endpoint);
        var ids = await DemoIds.OfAsync(host);

        var response = await host.CreateAnonymousClient().SendAsync(@case.Request(ids));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
    }

    [Theory]
    [MemberData(nameof(CaseKeys), MemberType = typeof(Permission_Tests))]
    public async Task Should_Answer_403_When_The_User_Lacks_The_Permission(string endpoint)
    {
        var @case = Cases.Single(c => c.Key == endpoint);
        var ids = await DemoIds.OfAsync(host);
        var client = @case.Outsider switch
        {
            Outsider.Teacher => await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher),
            Outsider.SchoolDirector => await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director),
            _ => await host.SignInAsync(null, TestData.HostAdmin),
        };

        var response = await client.SendAsync(@case.Request(ids));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
    }

    [Fact]
    public async Task Should_Answer_401_When_Anonymous_Sets_The_Culture()
    {
        var response = await host.CreateAnonymousClient().PutJsonAsync("/api/account/culture", new { culture = "ru" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
    }
}

public sealed class Permission_Sqlite_Tests(SqliteHostFixture host) : Permission_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class Permission_Postgres_Tests(PostgresHostFixture host) : Permission_Tests(host), IClassFixture<PostgresHostFixture>;
