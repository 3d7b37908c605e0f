using System.Globalization;
using KemelSchoolPD.Localization;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace KemelSchoolPD.HttpApi.Infrastructure;

public static class LocalizationSetup
{
    public const string DefaultCulture = "kk";

    public static IServiceCollection AddKemelLocalization(this IServiceCollection services)
    {
        services.AddSingleton(KemelSchoolPDLocalization.Store);
        services.AddSingleton<PublishedTexts>();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizer>(sp => new JsonStringLocalizer(sp.GetRequiredService<JsonLocalizationStore>()));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = JsonLocalizationStore.Languages.Select(l => new CultureInfo(l.CultureName)).ToList();
            options.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The signed-in user's saved choice, then an explicit ?culture=, then the browser's Accept-Language.
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context =>
                {
                    var culture = context.User.Identity?.IsAuthenticated == true
                        ? context.User.FindFirst(KemelClaimTypes.Culture)?.Value
                        : null;
                    return Task.FromResult(string.IsNullOrEmpty(culture) ? null : new ProviderCultureResult(culture));
                }),
                new QueryStringRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static bool IsSupported(string culture) => JsonLocalizationStore.Languages.Any(l => l.CultureName == culture);
}
