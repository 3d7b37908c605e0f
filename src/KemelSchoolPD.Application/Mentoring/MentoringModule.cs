using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Mentoring;

public static class MentoringModule
{
    public static IServiceCollection AddMentoring(this IServiceCollection services)
    {
        services.AddScoped<MentoringManager>(); // its IMentoringPairRepository comes from the EntityFrameworkCore layer
        services.AddScoped<MentoringRelations>();
        services.AddScoped<MentoringReadAccess>();
        services.AddScoped<MentoringSettingsAppService>();
        services.AddScoped<MentoringSchoolTime>();
        services.AddScoped<MentoringPairAppService>();
        services.AddScoped<MentoringMeetingAppService>();
        services.AddScoped<MentoringEvidenceAppService>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, MentoringMeetingAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, MentoringSharedNoteAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, MentoringNextStepAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, MentoringPairAuditReadRule>();
        services.AddScoped<Data.IDataSeedContributor, MentoringDemoSeedContributor>();
        services.AddMentoringMyWork();
        return services;
    }
}
