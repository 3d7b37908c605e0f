using KemelSchoolPD.Documents;
using KemelSchoolPD.Users.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Users;

/// <summary>Sign-in accounts of the school's staff and each person's own account.</summary>
public static class UsersModule
{
    public static IServiceCollection AddUsers(this IServiceCollection services) =>
        services.AddScoped<AccountGuard>()
            .AddScoped<AccountMailer>()
            .AddScoped<UserAppService>()
            .AddScoped<MyAccountAppService>()
            .AddScoped<AccountHandoutDocument>()
            .AddDocumentTemplate(AccountHandoutDocument.TemplateName, "Users:Document.AccountHandout");
}
