using System.Linq.Expressions;
using System.Reflection;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Documents;
using KemelSchoolPD.Emailing;
using KemelSchoolPD.Entities;
using KemelSchoolPD.EntityFrameworkCore.Sessions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Indicators;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.EntityFrameworkCore;

/// <summary>
/// The one database of the product. Every school-owned set is read through the named query filters "Tenant" and
/// "SoftDelete"; their parameters are properties of this instance, so one cached model serves every school (ABP's AbpDbContext).
/// Provider-specific subclasses exist only to keep one migration set per provider.
/// </summary>
public abstract class KemelSchoolPDDbContext(DbContextOptions options, ICurrentTenant currentTenant, IDataFilter dataFilter)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IKemelSchoolPDDbContext, IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";
    public const string SoftDeleteFilter = "SoftDelete";

    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolChangeToken> SchoolChangeTokens => Set<SchoolChangeToken>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<MethodologicalAssociation> MethodologicalAssociations => Set<MethodologicalAssociation>();
    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<KemelSchoolPD.MyWork.MyWorkSettings> MyWorkSettings => Set<KemelSchoolPD.MyWork.MyWorkSettings>();
    public DbSet<DocumentTemplate> DocumentTemplates => Set<DocumentTemplate>();
    public DbSet<LessonObservation> LessonObservations => Set<LessonObservation>();
    public DbSet<ObservationForm> ObservationForms => Set<ObservationForm>();
    public DbSet<RoleDefaultGrant> RoleDefaultGrants => Set<RoleDefaultGrant>();
    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();
    public DbSet<PlanTemplate> PlanTemplates => Set<PlanTemplate>();
    public DbSet<DevelopmentPlanVersion> DevelopmentPlanVersions => Set<DevelopmentPlanVersion>();
    public DbSet<DevelopmentPlanReview> DevelopmentPlanReviews => Set<DevelopmentPlanReview>();
    public DbSet<DevelopmentPlanComment> DevelopmentPlanComments => Set<DevelopmentPlanComment>();
    public DbSet<RouteSheet> RouteSheets => Set<RouteSheet>();
    public DbSet<RouteSheetTemplate> RouteSheetTemplates => Set<RouteSheetTemplate>();
    public DbSet<RouteSheetWeeklyEvaluation> RouteSheetWeeklyEvaluations => Set<RouteSheetWeeklyEvaluation>();
    public DbSet<GrowthCycle> GrowthCycles => Set<GrowthCycle>();
    public DbSet<GrowthCycleArtefact> GrowthCycleArtefacts => Set<GrowthCycleArtefact>();
    public DbSet<GrowthStageSetting> GrowthStageSettings => Set<GrowthStageSetting>();
    public DbSet<GrowthStageGuidance> GrowthStageGuidance => Set<GrowthStageGuidance>();
    public DbSet<GrowthCompetence> GrowthCompetences => Set<GrowthCompetence>();
    public DbSet<SchoolReferenceSetting> SchoolReferenceSettings => Set<SchoolReferenceSetting>();
    public DbSet<SchoolIndicatorRecord> SchoolIndicatorRecords => Set<SchoolIndicatorRecord>();
    public DbSet<MentoringPair> MentoringPairs => Set<MentoringPair>();
    public DbSet<MentoringSettings> MentoringSettings => Set<MentoringSettings>();
    public DbSet<MentoringMeeting> MentoringMeetings => Set<MentoringMeeting>();
    public DbSet<MentoringSharedNote> MentoringSharedNotes => Set<MentoringSharedNote>();
    public DbSet<MentoringPrivateNote> MentoringPrivateNotes => Set<MentoringPrivateNote>();
    public DbSet<MentoringEvidence> MentoringEvidence => Set<MentoringEvidence>();
    public DbSet<MentoringNextStep> MentoringNextSteps => Set<MentoringNextStep>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<SignIn.SignInCounter> SignInCounters => Set<SignIn.SignInCounter>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    // The mentor's year plan and the reflection cards (issue 15).
    public DbSet<KemelSchoolPD.Mentoring.MentorYearPlan> MentorYearPlans => Set<KemelSchoolPD.Mentoring.MentorYearPlan>();
    public DbSet<KemelSchoolPD.Mentoring.MentorYearPlanVersion> MentorYearPlanVersions
        => Set<KemelSchoolPD.Mentoring.MentorYearPlanVersion>();
    public DbSet<KemelSchoolPD.Mentoring.MentorYearPlanReview> MentorYearPlanReviews => Set<KemelSchoolPD.Mentoring.MentorYearPlanReview>();
    public DbSet<KemelSchoolPD.Mentoring.ReflectionCard> ReflectionCards => Set<KemelSchoolPD.Mentoring.ReflectionCard>();
    public DbSet<KemelSchoolPD.Mentoring.YearEndCampaign> YearEndCampaigns => Set<KemelSchoolPD.Mentoring.YearEndCampaign>();
    // Lesson Study and the library of practice (issue 16).
    public DbSet<KemelSchoolPD.LessonStudy.LessonStudyGroup> LessonStudyGroups => Set<KemelSchoolPD.LessonStudy.LessonStudyGroup>();
    public DbSet<KemelSchoolPD.LessonStudy.LessonStudyMember> LessonStudyMembers => Set<KemelSchoolPD.LessonStudy.LessonStudyMember>();
    public DbSet<KemelSchoolPD.LessonStudy.ResearchLesson> ResearchLessons => Set<KemelSchoolPD.LessonStudy.ResearchLesson>();
    public DbSet<KemelSchoolPD.LessonStudy.ResearchLessonNote> ResearchLessonNotes => Set<KemelSchoolPD.LessonStudy.ResearchLessonNote>();
    public DbSet<KemelSchoolPD.PracticeLibrary.PracticeLibraryItem> PracticeLibraryItems
        => Set<KemelSchoolPD.PracticeLibrary.PracticeLibraryItem>();
    public DbSet<KemelSchoolPD.Courses.CourseProgramme> CourseProgrammes => Set<KemelSchoolPD.Courses.CourseProgramme>();
    public DbSet<KemelSchoolPD.Courses.CourseAssessmentScheme> CourseAssessmentSchemes
        => Set<KemelSchoolPD.Courses.CourseAssessmentScheme>();
    public DbSet<KemelSchoolPD.Courses.ProgrammeLifecycle> ProgrammeLifecycles => Set<KemelSchoolPD.Courses.ProgrammeLifecycle>();
    public DbSet<KemelSchoolPD.Courses.PublicHoliday> PublicHolidays => Set<KemelSchoolPD.Courses.PublicHoliday>();
    public DbSet<KemelSchoolPD.Courses.CourseRecord> CourseRecords => Set<KemelSchoolPD.Courses.CourseRecord>();
    public DbSet<KemelSchoolPD.Courses.PostCoursePlan> PostCoursePlans => Set<KemelSchoolPD.Courses.PostCoursePlan>();
    public DbSet<KemelSchoolPD.ActionResearch.ActionResearchProject> ActionResearchProjects
        => Set<KemelSchoolPD.ActionResearch.ActionResearchProject>();
    public DbSet<KemelSchoolPD.ActionResearch.ActionResearchMember> ActionResearchMembers
        => Set<KemelSchoolPD.ActionResearch.ActionResearchMember>();
    public DbSet<KemelSchoolPD.ActionResearch.ActionResearchCycle> ActionResearchCycles
        => Set<KemelSchoolPD.ActionResearch.ActionResearchCycle>();
    public DbSet<KemelSchoolPD.ActionResearch.ActionResearchDataItem> ActionResearchDataItems
        => Set<KemelSchoolPD.ActionResearch.ActionResearchDataItem>();
    public DbSet<KemelSchoolPD.DevelopmentEvents.DevelopmentEvent> DevelopmentEvents
        => Set<KemelSchoolPD.DevelopmentEvents.DevelopmentEvent>();
    public DbSet<KemelSchoolPD.DevelopmentEvents.DevelopmentEventParticipant> DevelopmentEventParticipants
        => Set<KemelSchoolPD.DevelopmentEvents.DevelopmentEventParticipant>();
    DbSet<IdentityUserRole<Guid>> IKemelSchoolPDDbContext.UserRoles => UserRoles;
    DbSet<IdentityRoleClaim<Guid>> IKemelSchoolPDDbContext.RoleClaims => RoleClaims;

    protected Guid? CurrentTenantId => currentTenant.Id;
    protected bool TenantFilterEnabled => dataFilter.IsEnabled<IMultiTenant>();
    protected bool SoftDeleteFilterEnabled => dataFilter.IsEnabled<ISoftDelete>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Replace<ForeignKeyIndexConvention>(services =>
            new Staff.StaffOfItsSchool.NoStaffKeyIndexConvention(services.GetRequiredService<ProviderConventionSetBuilderDependencies>()));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KemelSchoolPDDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()).ToList())
        {
            ConfigureFiltersMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(entityType.ClrType))
                builder.Entity(entityType.ClrType).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).IsConcurrencyToken()
                    .HasMaxLength(40);
        }
    }

    private static readonly MethodInfo ConfigureFiltersMethod =
        typeof(KemelSchoolPDDbContext).GetMethod(nameof(ConfigureFilters), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private void ConfigureFilters<TEntity>(ModelBuilder builder) where TEntity : class
    {
        if (typeof(IMultiTenant).IsAssignableFrom(typeof(TEntity)))
            builder.Entity<TEntity>().HasQueryFilter(
                TenantFilter,
                Filter<TEntity>(e => !TenantFilterEnabled || EF.Property<Guid>(e, "TenantId") == CurrentTenantId));
        else if (typeof(IMayHaveTenant).IsAssignableFrom(typeof(TEntity)))
            builder.Entity<TEntity>().HasQueryFilter(
                TenantFilter,
                Filter<TEntity>(e => !TenantFilterEnabled || EF.Property<Guid?>(e, "TenantId") == CurrentTenantId));
        if (typeof(ISoftDelete).IsAssignableFrom(typeof(TEntity)))
            builder.Entity<TEntity>()
                .HasQueryFilter(SoftDeleteFilter, Filter<TEntity>(e => !SoftDeleteFilterEnabled || !EF.Property<bool>(e, "IsDeleted")));
    }

    private static Expression<Func<TEntity, bool>> Filter<TEntity>(Expression<Func<TEntity, bool>> filter) => filter;
}

public sealed class SqliteKemelSchoolPDDbContext(
    DbContextOptions<SqliteKemelSchoolPDDbContext> options,
    ICurrentTenant currentTenant,
    IDataFilter dataFilter)
    : KemelSchoolPDDbContext(options, currentTenant, dataFilter)
{
    /// <summary>SQLite stores no time zone: every DateTime read back is marked UTC, as written.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class PostgresKemelSchoolPDDbContext(
    DbContextOptions<PostgresKemelSchoolPDDbContext> options,
    ICurrentTenant currentTenant,
    IDataFilter dataFilter)
    : KemelSchoolPDDbContext(options, currentTenant, dataFilter)
{
    /// <summary>Trigram indexes serve the "contains" searches (LIKE '%term%') on the search columns without a full scan.</summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<KemelSchoolPD.Staff.StaffMember>().HasIndex(x => x.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Entity<KemelSchoolPD.Schools.School>().HasIndex(x => x.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
