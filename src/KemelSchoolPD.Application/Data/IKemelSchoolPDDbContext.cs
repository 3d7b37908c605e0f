using KemelSchoolPD.Attachments;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Documents;
using KemelSchoolPD.Emailing;
using KemelSchoolPD.Entities;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.Identity;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KemelSchoolPD.Data;

/// <summary>
/// What the application layer sees of the database (jasontaylordev's ADR-001: EF Core in the application layer, no repositories).
/// Tenant and soft-delete filters are already applied to every set.
/// </summary>
public interface IKemelSchoolPDDbContext
{
    DbSet<School> Schools { get; }
    DbSet<SchoolChangeToken> SchoolChangeTokens { get; }
    DbSet<StaffMember> StaffMembers { get; }
    DbSet<MethodologicalAssociation> MethodologicalAssociations { get; }
    DbSet<AuditLog> AuditLogs { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<NotificationPreference> NotificationPreferences { get; }
    DbSet<SentReminder> SentReminders { get; }
    DbSet<MyWork.MyWorkSettings> MyWorkSettings { get; }
    DbSet<DocumentTemplate> DocumentTemplates { get; }
    DbSet<LessonObservation> LessonObservations { get; }
    DbSet<ObservationForm> ObservationForms { get; }
    DbSet<DevelopmentPlan> DevelopmentPlans { get; }
    DbSet<PlanTemplate> PlanTemplates { get; }
    DbSet<DevelopmentPlanVersion> DevelopmentPlanVersions { get; }
    DbSet<DevelopmentPlanReview> DevelopmentPlanReviews { get; }
    DbSet<DevelopmentPlanComment> DevelopmentPlanComments { get; }
    DbSet<RouteSheet> RouteSheets { get; }
    DbSet<RouteSheetTemplate> RouteSheetTemplates { get; }
    DbSet<RouteSheetWeeklyEvaluation> RouteSheetWeeklyEvaluations { get; }
    DbSet<GrowthCycle> GrowthCycles { get; }
    DbSet<GrowthCycleArtefact> GrowthCycleArtefacts { get; }
    DbSet<GrowthStageSetting> GrowthStageSettings { get; }
    DbSet<GrowthStageGuidance> GrowthStageGuidance { get; }
    DbSet<GrowthCompetence> GrowthCompetences { get; }
    DbSet<SchoolReferenceSetting> SchoolReferenceSettings { get; }
    DbSet<Indicators.SchoolIndicatorRecord> SchoolIndicatorRecords { get; }
    DbSet<MentoringPair> MentoringPairs { get; }
    DbSet<MentoringSettings> MentoringSettings { get; }
    DbSet<MentoringMeeting> MentoringMeetings { get; }
    DbSet<MentoringSharedNote> MentoringSharedNotes { get; }
    DbSet<MentoringPrivateNote> MentoringPrivateNotes { get; }
    DbSet<MentoringEvidence> MentoringEvidence { get; }
    DbSet<MentoringNextStep> MentoringNextSteps { get; }
    DbSet<AppUser> Users { get; }
    DbSet<AppRole> Roles { get; }
    DbSet<IdentityUserRole<Guid>> UserRoles { get; }
    DbSet<IdentityRoleClaim<Guid>> RoleClaims { get; }
    DbSet<RoleDefaultGrant> RoleDefaultGrants { get; }
    DbSet<OutboxEmail> OutboxEmails { get; }
    DbSet<Attachment> Attachments { get; }
    DbSet<AttachmentContent> AttachmentContents { get; }
    // The mentor's year plan and the reflection cards (issue 15).
    DbSet<Mentoring.MentorYearPlan> MentorYearPlans { get; }
    DbSet<Mentoring.MentorYearPlanVersion> MentorYearPlanVersions { get; }
    DbSet<Mentoring.MentorYearPlanReview> MentorYearPlanReviews { get; }
    DbSet<Mentoring.ReflectionCard> ReflectionCards { get; }
    DbSet<Mentoring.YearEndCampaign> YearEndCampaigns { get; }
    // Lesson Study and the library of practice (issue 16).
    DbSet<LessonStudy.LessonStudyGroup> LessonStudyGroups { get; }
    DbSet<LessonStudy.LessonStudyMember> LessonStudyMembers { get; }
    DbSet<LessonStudy.ResearchLesson> ResearchLessons { get; }
    DbSet<LessonStudy.ResearchLessonNote> ResearchLessonNotes { get; }
    DbSet<PracticeLibrary.PracticeLibraryItem> PracticeLibraryItems { get; }
    // Qualification courses (issue 17).
    DbSet<Courses.CourseProgramme> CourseProgrammes { get; }
    DbSet<Courses.CourseAssessmentScheme> CourseAssessmentSchemes { get; }
    DbSet<Courses.ProgrammeLifecycle> ProgrammeLifecycles { get; }
    DbSet<Courses.PublicHoliday> PublicHolidays { get; }
    DbSet<Courses.CourseRecord> CourseRecords { get; }
    DbSet<Courses.PostCoursePlan> PostCoursePlans { get; }
    DbSet<ActionResearch.ActionResearchProject> ActionResearchProjects { get; }
    DbSet<ActionResearch.ActionResearchMember> ActionResearchMembers { get; }
    DbSet<ActionResearch.ActionResearchCycle> ActionResearchCycles { get; }
    DbSet<ActionResearch.ActionResearchDataItem> ActionResearchDataItems { get; }
    DbSet<DevelopmentEvents.DevelopmentEvent> DevelopmentEvents { get; }
    DbSet<DevelopmentEvents.DevelopmentEventParticipant> DevelopmentEventParticipants { get; }

    DatabaseFacade Database { get; }

    EntityEntry Entry(object entity);

    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

public static class DbContextExtensions
{
    /// <summary>
    /// Makes the next save succeed only if the row still has the stamp the client last read; otherwise EF throws a
    /// concurrency exception that the API answers with 409. This is how "two edits of one record" never silently overwrite.
    /// </summary>
    public static void ExpectConcurrencyStamp(this IKemelSchoolPDDbContext db, IHasConcurrencyStamp entity, string stamp) =>
        db.Entry(entity).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).OriginalValue = stamp;

    public static async Task<T> GetAsync<T>(this IQueryable<T> query, Guid id, CancellationToken ct = default) where T : Entity<Guid> =>
        await query.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new Exceptions.EntityNotFoundException(typeof(T), id);
}
