using KemelSchoolPD.Identity;

namespace KemelSchoolPD.Permissions;

public enum MultiTenancySide
{
    Tenant = 1,
    Host = 2,
}

/// <summary>A node of the permission tree. Its display name is the localization key "Permission:{Name}".</summary>
public sealed record PermissionDefinition(string Name, string? Parent, MultiTenancySide Side)
{
    public string DisplayNameKey => "Permission:" + Name;
}

/// <summary>The whole permission tree and the grants each default school role starts with.</summary>
public static class PermissionDefinitions
{
    private static readonly PermissionDefinition[] Definitions =
    [
        Host(KemelSchoolPDPermissions.Schools.Default),
        Host(KemelSchoolPDPermissions.Schools.Create, KemelSchoolPDPermissions.Schools.Default),
        Host(KemelSchoolPDPermissions.Schools.Deactivate, KemelSchoolPDPermissions.Schools.Default),
        Host(KemelSchoolPDPermissions.BackgroundJobs.Default),
        Host(KemelSchoolPDPermissions.CourseCatalogue.Default),
        Host(KemelSchoolPDPermissions.CourseCatalogue.Manage, KemelSchoolPDPermissions.CourseCatalogue.Default),

        School(KemelSchoolPDPermissions.SchoolProfile.Default),
        School(KemelSchoolPDPermissions.SchoolProfile.Update, KemelSchoolPDPermissions.SchoolProfile.Default),
        School(KemelSchoolPDPermissions.Staff.Default),
        School(KemelSchoolPDPermissions.Staff.Create, KemelSchoolPDPermissions.Staff.Default),
        School(KemelSchoolPDPermissions.Staff.Update, KemelSchoolPDPermissions.Staff.Default),
        School(KemelSchoolPDPermissions.Staff.Archive, KemelSchoolPDPermissions.Staff.Default),
        School(KemelSchoolPDPermissions.Staff.Import, KemelSchoolPDPermissions.Staff.Default),
        School(KemelSchoolPDPermissions.MethodologicalAssociations.Default),
        School(KemelSchoolPDPermissions.MethodologicalAssociations.Manage, KemelSchoolPDPermissions.MethodologicalAssociations.Default),
        School(KemelSchoolPDPermissions.Notifications.Default),
        School(KemelSchoolPDPermissions.Notifications.SchoolDefaults, KemelSchoolPDPermissions.Notifications.Default),
        School(KemelSchoolPDPermissions.MyWork.Default),
        School(KemelSchoolPDPermissions.MyWork.SchoolOverview, KemelSchoolPDPermissions.MyWork.Default),
        School(KemelSchoolPDPermissions.MyWork.Settings, KemelSchoolPDPermissions.MyWork.Default),
        School(KemelSchoolPDPermissions.AuditLogs.Default),
        School(KemelSchoolPDPermissions.Roles.Default),
        School(KemelSchoolPDPermissions.Roles.ManagePermissions, KemelSchoolPDPermissions.Roles.Default),
        School(KemelSchoolPDPermissions.Users.Default),
        School(KemelSchoolPDPermissions.Users.Manage, KemelSchoolPDPermissions.Users.Default),
        School(KemelSchoolPDPermissions.DocumentTemplates.Default),
        School(KemelSchoolPDPermissions.DocumentTemplates.Manage, KemelSchoolPDPermissions.DocumentTemplates.Default),
        School(KemelSchoolPDPermissions.LessonObservations.Default),
        School(KemelSchoolPDPermissions.LessonObservations.ViewEvaluations, KemelSchoolPDPermissions.LessonObservations.Default),
        School(KemelSchoolPDPermissions.LessonObservations.Evaluate, KemelSchoolPDPermissions.LessonObservations.Default),
        School(KemelSchoolPDPermissions.LessonObservations.Reopen, KemelSchoolPDPermissions.LessonObservations.Default),
        School(KemelSchoolPDPermissions.LessonObservations.ManageForms, KemelSchoolPDPermissions.LessonObservations.Default),
        School(KemelSchoolPDPermissions.SchoolIndicators.Default),
        School(KemelSchoolPDPermissions.SchoolIndicators.Record, KemelSchoolPDPermissions.SchoolIndicators.Default),

        School(KemelSchoolPDPermissions.DevelopmentPlans.Default),
        School(KemelSchoolPDPermissions.DevelopmentPlans.ViewAll, KemelSchoolPDPermissions.DevelopmentPlans.Default),
        School(KemelSchoolPDPermissions.DevelopmentPlans.Review, KemelSchoolPDPermissions.DevelopmentPlans.Default),
        School(KemelSchoolPDPermissions.DevelopmentPlans.Assign, KemelSchoolPDPermissions.DevelopmentPlans.Default),
        School(KemelSchoolPDPermissions.DevelopmentPlans.Templates, KemelSchoolPDPermissions.DevelopmentPlans.Default),

        School(KemelSchoolPDPermissions.RouteSheets.Default),
        School(KemelSchoolPDPermissions.RouteSheets.ViewAll, KemelSchoolPDPermissions.RouteSheets.Default),
        School(KemelSchoolPDPermissions.RouteSheets.Review, KemelSchoolPDPermissions.RouteSheets.Default),
        School(KemelSchoolPDPermissions.RouteSheets.Assign, KemelSchoolPDPermissions.RouteSheets.Default),
        School(KemelSchoolPDPermissions.RouteSheets.Templates, KemelSchoolPDPermissions.RouteSheets.Default),

        School(KemelSchoolPDPermissions.GrowthCycles.Default),
        School(KemelSchoolPDPermissions.GrowthCycles.ViewAll, KemelSchoolPDPermissions.GrowthCycles.Default),
        School(KemelSchoolPDPermissions.GrowthCycles.Manage, KemelSchoolPDPermissions.GrowthCycles.Default),
        School(KemelSchoolPDPermissions.GrowthCycles.Settings, KemelSchoolPDPermissions.GrowthCycles.Default),

        School(KemelSchoolPDPermissions.Mentoring.Default),
        School(KemelSchoolPDPermissions.Mentoring.ViewAll, KemelSchoolPDPermissions.Mentoring.Default),
        School(KemelSchoolPDPermissions.Mentoring.Manage, KemelSchoolPDPermissions.Mentoring.Default),
        School(KemelSchoolPDPermissions.Mentoring.Settings, KemelSchoolPDPermissions.Mentoring.Default),
        School(KemelSchoolPDPermissions.MentoringPlans.Default),
        School(KemelSchoolPDPermissions.MentoringPlans.ViewAll, KemelSchoolPDPermissions.MentoringPlans.Default),
        School(KemelSchoolPDPermissions.MentoringPlans.Review, KemelSchoolPDPermissions.MentoringPlans.Default),
        School(KemelSchoolPDPermissions.MentoringPlans.Campaigns, KemelSchoolPDPermissions.MentoringPlans.Default),

        School(KemelSchoolPDPermissions.LessonStudy.Default),
        School(KemelSchoolPDPermissions.LessonStudy.ViewAll, KemelSchoolPDPermissions.LessonStudy.Default),
        School(KemelSchoolPDPermissions.PracticeLibrary.Default),
        School(KemelSchoolPDPermissions.PracticeLibrary.Manage, KemelSchoolPDPermissions.PracticeLibrary.Default),
        School(KemelSchoolPDPermissions.Courses.Default),
        School(KemelSchoolPDPermissions.Courses.ViewAll, KemelSchoolPDPermissions.Courses.Default),
        School(KemelSchoolPDPermissions.Courses.Approve, KemelSchoolPDPermissions.Courses.Default),
        School(KemelSchoolPDPermissions.Courses.Manage, KemelSchoolPDPermissions.Courses.Default),
        School(KemelSchoolPDPermissions.Courses.ApprovePlans, KemelSchoolPDPermissions.Courses.Default),
        School(KemelSchoolPDPermissions.Courses.Reports, KemelSchoolPDPermissions.Courses.Default),
        School(KemelSchoolPDPermissions.ActionResearch.Default),
        School(KemelSchoolPDPermissions.ActionResearch.ViewAll, KemelSchoolPDPermissions.ActionResearch.Default),
        School(KemelSchoolPDPermissions.DevelopmentEvents.Default),
        School(KemelSchoolPDPermissions.DevelopmentEvents.Manage, KemelSchoolPDPermissions.DevelopmentEvents.Default),
        School(KemelSchoolPDPermissions.DevelopmentEvents.ViewAll, KemelSchoolPDPermissions.DevelopmentEvents.Default),
    ];

    private static readonly Dictionary<string, PermissionDefinition> ByName = Definitions.ToDictionary(d => d.Name);

    public static IReadOnlyList<PermissionDefinition> All => Definitions;

    /// <summary>The definition of that name; null for an unknown name (or none: a JSON list can hold null).</summary>
    public static PermissionDefinition? Find(string? name) => name is null ? null : ByName.GetValueOrDefault(name);

    public static IEnumerable<PermissionDefinition> ForSide(MultiTenancySide side) => Definitions.Where(d => d.Side == side);

    /// <summary>What each default role of a new school is granted. Schools can change these later.</summary>
    public static IReadOnlyList<string> DefaultGrants(string roleName) => roleName switch
    {
        KemelRoles.Director => ForSide(MultiTenancySide.Tenant).Select(d => d.Name).ToArray(),
        KemelRoles.DeputyDirector =>
        [
            KemelSchoolPDPermissions.SchoolProfile.Default,
            KemelSchoolPDPermissions.Staff.Default, KemelSchoolPDPermissions.Staff.Create, KemelSchoolPDPermissions.Staff.Update,
            KemelSchoolPDPermissions.Staff.Archive, KemelSchoolPDPermissions.Staff.Import,
            KemelSchoolPDPermissions.MethodologicalAssociations.Default, KemelSchoolPDPermissions.MethodologicalAssociations.Manage,
            KemelSchoolPDPermissions.AuditLogs.Default, KemelSchoolPDPermissions.Notifications.Default,
            KemelSchoolPDPermissions.MyWork.Default, KemelSchoolPDPermissions.MyWork.SchoolOverview,
            KemelSchoolPDPermissions.DocumentTemplates.Default, KemelSchoolPDPermissions.DocumentTemplates.Manage,
            KemelSchoolPDPermissions.DevelopmentPlans.Default, KemelSchoolPDPermissions.DevelopmentPlans.ViewAll, KemelSchoolPDPermissions
                .DevelopmentPlans
                .Review,
            KemelSchoolPDPermissions.DevelopmentPlans.Assign, KemelSchoolPDPermissions.DevelopmentPlans.Templates,
            KemelSchoolPDPermissions.LessonObservations.Default, KemelSchoolPDPermissions.LessonObservations.ViewEvaluations,
            KemelSchoolPDPermissions.LessonObservations.Evaluate, KemelSchoolPDPermissions.LessonObservations.ManageForms,
            KemelSchoolPDPermissions.SchoolIndicators.Default, KemelSchoolPDPermissions.SchoolIndicators.Record,
            KemelSchoolPDPermissions.RouteSheets.Default, KemelSchoolPDPermissions.RouteSheets.ViewAll, KemelSchoolPDPermissions.RouteSheets
                .Review,
            KemelSchoolPDPermissions.RouteSheets.Assign, KemelSchoolPDPermissions.RouteSheets.Templates,
            KemelSchoolPDPermissions.GrowthCycles.Default, KemelSchoolPDPermissions.GrowthCycles.ViewAll, KemelSchoolPDPermissions
                .GrowthCycles
                .Manage,
            KemelSchoolPDPermissions.GrowthCycles.Settings,
            KemelSchoolPDPermissions.Mentoring.Default, KemelSchoolPDPermissions.Mentoring.ViewAll, KemelSchoolPDPermissions.Mentoring
                .Manage,
            KemelSchoolPDPermissions.MentoringPlans.Default, KemelSchoolPDPermissions.MentoringPlans.ViewAll, KemelSchoolPDPermissions
                .MentoringPlans
                .Review,
            KemelSchoolPDPermissions.MentoringPlans.Campaigns,
            KemelSchoolPDPermissions.LessonStudy.Default, KemelSchoolPDPermissions.LessonStudy.ViewAll, KemelSchoolPDPermissions
                .PracticeLibrary
                .Default,
            KemelSchoolPDPermissions.Courses.Default, KemelSchoolPDPermissions.Courses.ViewAll, KemelSchoolPDPermissions.Courses.Approve,
            KemelSchoolPDPermissions.Courses.Manage, KemelSchoolPDPermissions.Courses.Reports,
            KemelSchoolPDPermissions.ActionResearch.Default, KemelSchoolPDPermissions.ActionResearch.ViewAll,
            KemelSchoolPDPermissions.DevelopmentEvents.Default, KemelSchoolPDPermissions.DevelopmentEvents.Manage, KemelSchoolPDPermissions
                .DevelopmentEvents
                .ViewAll,
            KemelSchoolPDPermissions.Users.Default, KemelSchoolPDPermissions.Users.Manage,
        ],
        KemelRoles.AssociationLeader =>
        [
            KemelSchoolPDPermissions.SchoolProfile.Default, KemelSchoolPDPermissions.Staff.Default,
            KemelSchoolPDPermissions.MethodologicalAssociations.Default, KemelSchoolPDPermissions.Notifications
                .Default, KemelSchoolPDPermissions.MyWork.Default,
            KemelSchoolPDPermissions.DevelopmentPlans.Default, KemelSchoolPDPermissions.LessonObservations.Default, KemelSchoolPDPermissions
                .RouteSheets
                .Default, KemelSchoolPDPermissions.GrowthCycles.Default,
            KemelSchoolPDPermissions.Mentoring.Default,
            KemelSchoolPDPermissions.MentoringPlans.Default,
            KemelSchoolPDPermissions.LessonStudy.Default, KemelSchoolPDPermissions.PracticeLibrary.Default,
            KemelSchoolPDPermissions.Courses.Default,
            KemelSchoolPDPermissions.ActionResearch.Default, KemelSchoolPDPermissions.DevelopmentEvents.Default,
        ],
        KemelRoles.Teacher =>
        [
            KemelSchoolPDPermissions.SchoolProfile.Default, KemelSchoolPDPermissions.Staff.Default,
            KemelSchoolPDPermissions.MethodologicalAssociations.Default, KemelSchoolPDPermissions.Notifications
                .Default, KemelSchoolPDPermissions.MyWork.Default,
            KemelSchoolPDPermissions.DevelopmentPlans.Default, KemelSchoolPDPermissions.LessonObservations.Default, KemelSchoolPDPermissions
                .RouteSheets
                .Default, KemelSchoolPDPermissions.GrowthCycles.Default,
            KemelSchoolPDPermissions.Mentoring.Default,
            KemelSchoolPDPermissions.MentoringPlans.Default,
            KemelSchoolPDPermissions.LessonStudy.Default, KemelSchoolPDPermissions.PracticeLibrary.Default,
            KemelSchoolPDPermissions.Courses.Default,
            KemelSchoolPDPermissions.ActionResearch.Default, KemelSchoolPDPermissions.DevelopmentEvents.Default,
        ],
        // Mentors mark the route sheets they review.
        KemelRoles.Mentor =>
        [
            KemelSchoolPDPermissions.SchoolProfile.Default, KemelSchoolPDPermissions.Staff.Default,
            KemelSchoolPDPermissions.MethodologicalAssociations.Default, KemelSchoolPDPermissions.Notifications
                .Default, KemelSchoolPDPermissions.MyWork.Default,
            KemelSchoolPDPermissions.DevelopmentPlans.Default, KemelSchoolPDPermissions.LessonObservations.Default, KemelSchoolPDPermissions
                .RouteSheets
                .Default, KemelSchoolPDPermissions.GrowthCycles.Default, KemelSchoolPDPermissions.RouteSheets.Review,
            KemelSchoolPDPermissions.Mentoring.Default,
            KemelSchoolPDPermissions.MentoringPlans.Default,
            KemelSchoolPDPermissions.LessonStudy.Default, KemelSchoolPDPermissions.PracticeLibrary.Default,
            KemelSchoolPDPermissions.Courses.Default,
            KemelSchoolPDPermissions.ActionResearch.Default, KemelSchoolPDPermissions.DevelopmentEvents.Default,
        ],
        // Commission members fill in observation sheets for attestation (seed 001: S1:L82,164).
        KemelRoles.CommissionMember =>
        [
            KemelSchoolPDPermissions.SchoolProfile.Default, KemelSchoolPDPermissions.Staff.Default,
            KemelSchoolPDPermissions.MethodologicalAssociations.Default, KemelSchoolPDPermissions.Notifications
                .Default, KemelSchoolPDPermissions.MyWork.Default,
            KemelSchoolPDPermissions.DevelopmentPlans.Default, KemelSchoolPDPermissions.LessonObservations.Default, KemelSchoolPDPermissions
                .LessonObservations
                .Evaluate, KemelSchoolPDPermissions.RouteSheets.Default, KemelSchoolPDPermissions.GrowthCycles.Default,
            KemelSchoolPDPermissions.Mentoring.Default,
            KemelSchoolPDPermissions.MentoringPlans.Default,
            KemelSchoolPDPermissions.LessonStudy.Default, KemelSchoolPDPermissions.PracticeLibrary.Default,
            KemelSchoolPDPermissions.Courses.Default,
            KemelSchoolPDPermissions.ActionResearch.Default, KemelSchoolPDPermissions.DevelopmentEvents.Default,
        ],
        KemelRoles.HostAdmin => ForSide(MultiTenancySide.Host).Select(d => d.Name).ToArray(),
        _ => [],
    };

    private static PermissionDefinition Host(string name, string? parent = null) => new(name, parent, MultiTenancySide.Host);

    private static PermissionDefinition School(string name, string? parent = null) => new(name, parent, MultiTenancySide.Tenant);
}
