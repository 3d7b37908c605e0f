using KemelSchoolPD.Data;
using KemelSchoolPD.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Mentoring;

/// <summary>The mentor's year plan and the reflection cards (issue 15): every registration of this part of mentoring.</summary>
public static class MentoringPlansModule
{
    public static IServiceCollection AddMentoringPlans(this IServiceCollection services)
    {
        services.AddScoped<MentorYearPlanReadAccess>();
        services.AddScoped<MentorYearPlanAppService>();
        services.AddScoped<MentorYearPlanDocumentService>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, MentorYearPlanAuditReadRule>();
        services.AddMentorYearPlanMyWork();
        services.AddScoped<ReflectionCardReadAccess>();
        services.AddScoped<ReflectionCardAppService>();
        services.AddScoped<YearEndCampaignAppService>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, ReflectionCardAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, YearEndCampaignAuditReadRule>();
        services.AddReflectionCardMyWork();
        services.AddDocumentTemplate(
            MentorYearPlanConsts.DocumentTemplate,
            "MentoringPlans:Document." + MentorYearPlanConsts.DocumentTemplate);
        services.AddScoped<IDataSeedContributor, MentoringPlansDemoSeedContributor>();
        return services;
    }
}
