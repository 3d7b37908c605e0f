using Hangfire;
using KemelSchoolPD.HttpApi.Endpoints;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace KemelSchoolPD.HttpApi.Infrastructure;

public static class KemelSchoolPDPipeline
{
    public static WebApplication UseKemelSchoolPD(this WebApplication app)
    {
        app.UseClientAddress();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        // Answers the framework leaves without a body (no such route or id that is not a guid, wrong method or content type)
        // are ProblemDetails too.
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (!http.Request.Path.StartsWithSegments("/api")) return;
            var status = http.Response.StatusCode;
            await ProblemResults.WriteAsync(http, status, ProblemResults.CodeForStatus(status));
        });
        app.UseRequestLimits();
        app.UseWebDelivery();

        var spa = SpaFileProvider(app);
        if (spa is not null)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = spa });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = spa, OnPrepareResponse = WebDelivery.SetCacheHeaders });
        }

        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseMiddleware<AccountStateMiddleware>();
        app.UseAccountRateLimiting();
        app.UseAntiforgeryForCookies();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthorization();

        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new HangfireSetup.HostAdminDashboardFilter()],
            DisplayStorageConnectionString = false,
        });

        var api = app.MapGroup("/api").AddEndpointFilter<ValidationFilter>().WithProblemResponses();
        api.MapAccountEndpoints();
        api.MapAppConfigurationEndpoints();
        api.MapSchoolEndpoints();
        api.MapStaffEndpoints();
        api.MapMethodologicalAssociationEndpoints();
        api.MapAuditLogEndpoints();
        api.MapRoleEndpoints();
        api.MapNotificationEndpoints();
        api.MapMyWorkEndpoints();
        api.MapAttachmentEndpoints();
        api.MapDevelopmentPlanEndpoints();
        api.MapRouteSheetEndpoints();
        api.MapGrowthCycleEndpoints();
        api.MapMentoringEndpoints();
        api.MapActionResearchEndpoints();
        api.MapDevelopmentEventEndpoints();
        api.MapMentoringPlanEndpoints();
        api.MapLessonStudyEndpoints();
        api.MapPracticeLibraryEndpoints();
        api.MapCourseEndpoints();
        api.MapReflectionCardEndpoints();
        api.MapDocumentTemplateEndpoints();
        api.MapLessonObservationEndpoints();
        api.MapSchoolIndicatorEndpoints();
        api.MapUserEndpoints();
        api.MapAccountSelfServiceEndpoints();

        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment()) app.MapScalarApiReference().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();

        // Client-side routes of the web app (/staff/123 on reload) get its index.html; unknown /api paths stay 404.
        if (spa is not null)
            app.MapFallbackToFile("{*path:nonfile:regex(^(?!api(/|$)))}", "index.html",
                new StaticFileOptions { FileProvider = spa, OnPrepareResponse = WebDelivery.SetCacheHeaders }).AllowAnonymous();
        return app;
    }

    /// <summary>The built web app: wwwroot when published, otherwise angular/dist of the repository.</summary>
    private static IFileProvider? SpaFileProvider(WebApplication app)
    {
        var candidates = new[]
        {
            app.Configuration["Spa:RootPath"],
            Path.Combine(app.Environment.ContentRootPath, "wwwroot"),
            Path.Combine(app.Environment.ContentRootPath, "..", "..", "angular", "dist", "kemel", "browser"),
        };
        var root = candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, "index.html")));
        return root is null ? null : new PhysicalFileProvider(Path.GetFullPath(root));
    }
}
