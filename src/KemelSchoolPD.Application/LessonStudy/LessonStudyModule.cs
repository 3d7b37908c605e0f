using KemelSchoolPD.Documents;
using KemelSchoolPD.PracticeLibrary;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.LessonStudy;

public static class LessonStudyModule
{
    public static IServiceCollection AddLessonStudy(this IServiceCollection services)
    {
        services.AddScoped<LessonStudyReadAccess>();
        services.AddScoped<LessonStudyGroupAppService>();
        services.AddScoped<ResearchLessonAppService>();
        services.AddScoped<LessonStudyDocumentService>();
        services.AddScoped<PracticeLibraryAppService>();
        services.AddDocumentTemplate(LessonStudyConsts.DocumentTemplate, "LessonStudy:Document." + LessonStudyConsts.DocumentTemplate);
        services.AddScoped<Auditing.IAuditedRecordReadRule, LessonStudyGroupAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, ResearchLessonAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, ResearchLessonNoteAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, PracticeLibraryItemAuditReadRule>();
        services.AddScoped<Data.IDataSeedContributor, LessonStudyDemoSeedContributor>();
        services.AddLessonStudyMyWork();
        return services;
    }
}
