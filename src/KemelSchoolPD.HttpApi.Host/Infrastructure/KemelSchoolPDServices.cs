using System.Text.Json.Serialization;
using KemelSchoolPD.ActionResearch;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.Courses;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentEvents;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Documents;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Indicators;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.LessonStudy;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;

namespace KemelSchoolPD.HttpApi.Infrastructure;

public static class KemelSchoolPDServices
{
    public const string SmartScheme = "KemelSchoolPD";
    public const string AuthCookieName = "KemelSchoolPD.Auth";

    public static WebApplicationBuilder AddKemelSchoolPD(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Kernel
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddSingleton<IDataFilter, DataFilter>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentPrincipalAccessor, HttpContextPrincipalAccessor>();
        services.AddSingleton<ICurrentUser, CurrentUser>();
        services.AddKemelLocalization();

        // Data
        services.AddKemelSchoolPDEntityFrameworkCore(configuration);
        services.AddScoped<DataSeeder>();
        services.AddScoped<SeedingScope>();
        services.AddScoped<IDataSeedContributor, SearchTextSeedContributor>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddKemelEmailing(configuration, builder.Environment.ContentRootPath);

        // Modules
        AddModules(builder);

        // Host side of accounts: session revocation, the public address in e-mails, user name rules
        services.AddScoped<IUserSessionRevoker, DbUserSessionRevoker>();
        services.AddScoped<IAppPublicUrl, AppPublicUrl>();
        // Before AddIdentityCore, which adds the default validator only when none is registered.
        services.AddScoped<IUserValidator<AppUser>, KemelUserValidator>();

        // Identity: cookies for the web app, bearer tokens for API clients, one policy scheme choosing between them.
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@+-";
                o.Password.RequiredLength = IdentityConsts.MinPasswordLength;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = IdentityConsts.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(IdentityConsts.LockoutMinutes);
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<KemelSchoolPDDbContext>()
            .AddSignInManager<KemelSignInManager>()
            .AddClaimsPrincipalFactory<KemelClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = TimeSpan.FromDays(7);
            })
            .AddIdentityCookies();
        services.AddSingleton<DbTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<DbTicketStore>((o, store) =>
        {
            o.Cookie.Name = AuthCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = SignInDefences.CookieSecurity(builder.Environment);
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.SessionStore = store;
            o.Events.OnRedirectToLogin = c => ProblemResults.WriteAsync(
                c.HttpContext,
                StatusCodes.Status401Unauthorized,
                Exceptions.CommonErrorCodes.Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ProblemResults.WriteAsync(
                c.HttpContext,
                StatusCodes.Status403Forbidden,
                Exceptions.CommonErrorCodes.Forbidden);
        });
        // Keys in the database: a cookie or token issued by one app node is readable by every other node.
        services.AddDataProtection().SetApplicationName("KemelSchoolPD").PersistKeysToDbContext<KemelSchoolPDDbContext>();

        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationResultHandler>();

        // HTTP
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<KemelExceptionHandler>();
        services.AddKemelOpenApi();
        builder.AddRequestLimits();
        services.AddWebDelivery();
        services.AddHealthChecks().AddDbContextCheck<KemelSchoolPDDbContext>("database");
        services.AddKemelHangfire(configuration);
        services.AddSignInDefences(configuration, builder.Environment);
        services.AddSingleton<TwoFactorTokens>();
        return builder;
    }

    /// <summary>Every module's registrations, each in its own Add{Module}() (the module's folder in Application), in one place.</summary>
    private static void AddModules(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRoles();
        services.AddScoped<IDataSeedContributor, DemoDataSeedContributor>();
        services.AddSchools();
        services.AddStaff();
        services.AddUsers();
        services.AddAuditing();
        services.AddDocuments();
        services.AddAttachments(AttachmentSetup.Options(builder.Configuration, builder.Environment.ContentRootPath));
        services.AddDevelopmentPlans();
        services.AddRouteSheets();
        services.AddGrowthCycles();
        services.AddMentoring();
        services.AddActionResearch();
        services.AddDevelopmentEvents();
        services.AddMentoringPlans();
        services.AddLessonStudy();
        services.AddCourses();
        services.AddLessonObservations();
        services.AddSchoolIndicators();
        services.AddNotifications();
    }
}
