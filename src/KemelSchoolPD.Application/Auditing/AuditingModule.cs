using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Auditing;

/// <summary>
/// The school's audit log. Entries are written by the DbContext; each module registers an <see cref="IAuditedRecordReadRule"/>
/// per audited entity in its own Add{Module}().
/// </summary>
public static class AuditingModule
{
    public static IServiceCollection AddAuditing(this IServiceCollection services) =>
        services.AddScoped<AuditLogAppService>().AddScoped<AuditNames>();
}
