using KemelSchoolPD.Attachments;
using KemelSchoolPD.Data;
using KemelSchoolPD.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Courses;

/// <summary>Qualification courses (issue 17): every registration of the module.</summary>
public static class CoursesModule
{
    public static IServiceCollection AddCourses(this IServiceCollection services)
    {
        services.AddScoped<CourseReadAccess>();
        services.AddScoped<CourseProgrammeAppService>();
        services.AddScoped<CourseRecordAppService>();
        services.AddScoped<CourseClockAppService>();
        services.AddScoped<PostCoursePlanAppService>();
        services.AddScoped<ProgrammeLifecycleAppService>();
        services.AddScoped<CertificateVerificationService>();
        services.AddScoped<PostCourseReportDocumentService>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, CourseRecordAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, PostCoursePlanAuditReadRule>();
        services.AddScoped<IAttachmentOwnerRule, CourseRecordAttachmentRule>();
        services.AddScoped<IAttachmentOwnerRule, PostCoursePlanAttachmentRule>();
        services.AddCourseMyWork();
        services.AddDocumentTemplate(CourseConsts.ReportTemplate, "Courses:Document." + CourseConsts.ReportTemplate);
        services.AddScoped<IDataSeedContributor, CourseDemoSeedContributor>();
        return services;
    }
}
