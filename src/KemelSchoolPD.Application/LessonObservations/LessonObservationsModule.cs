using KemelSchoolPD.Data;
using KemelSchoolPD.LessonObservations.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.LessonObservations;

public static class LessonObservationsModule
{
    public static IServiceCollection AddLessonObservations(this IServiceCollection services) =>
        services.AddScoped<LessonObservationAppService>()
            .AddScoped<ObservationFormAppService>()
            .AddScoped<Auditing.IAuditedRecordReadRule, LessonObservationAuditReadRule>()
            .AddScoped<IDataSeedContributor, ObservationFormSeedContributor>()
            .AddScoped<IDataSeedContributor, LessonObservationDemoSeedContributor>()
            .AddLessonObservationMyWork()
            .AddLessonObservationDocuments();
}
