using System.Text.Json;
using System.Text.Json.Serialization;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The year plan's contents as they were at an agreement or a progress change after it, with who, when and why. Never
/// changed. The same shape as <see cref="DevelopmentPlanVersion"/> and the same kinds (<see cref="PlanVersionKind"/>).
/// </summary>
public sealed class MentorYearPlanVersion : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid PlanId { get; private set; }
    public int Number { get; private set; }
    public PlanVersionKind Kind { get; private set; }
    public DevelopmentPlanStatus Status { get; private set; }
    public int Revision { get; private set; }
    public string? Reason { get; private set; }
    public Guid? AuthorUserId { get; private set; }
    public string? AuthorName { get; private set; }
    public DateTime Time { get; private set; }
    public string Snapshot { get; private set; } = null!;

    private MentorYearPlanVersion() { }

    public MentorYearPlanVersion(MentorYearPlan plan, int number, PlanVersionKind kind, string? reason, Guid? authorUserId, string? authorName, DateTime time)
        : base(Guid.CreateVersion7())
    {
        PlanId = plan.Id;
        Number = number;
        Kind = kind;
        Status = plan.Status;
        Revision = plan.Revision;
        Reason = Check.NullIfEmpty(reason, nameof(Reason), MentorYearPlanConsts.MaxCommentLength);
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        Time = time;
        Snapshot = MentorYearPlanSnapshot.Serialize(plan);
    }
}

/// <summary>A reviewer's decision on a submitted year plan, with the contents it was taken on (as <see cref="DevelopmentPlanReview"/>).</summary>
public sealed class MentorYearPlanReview : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid PlanId { get; private set; }
    public PlanReviewDecision Decision { get; private set; }
    public string? Comment { get; private set; }
    public int Revision { get; private set; }
    public Guid? ReviewerUserId { get; private set; }
    public string? ReviewerName { get; private set; }
    public DateTime Time { get; private set; }
    public string Snapshot { get; private set; } = null!;

    private MentorYearPlanReview() { }

    public MentorYearPlanReview(MentorYearPlan plan, PlanReviewDecision decision, string? comment, Guid? reviewerUserId, string? reviewerName, DateTime time)
        : base(Guid.CreateVersion7())
    {
        PlanId = plan.Id;
        Decision = decision;
        Comment = Check.NullIfEmpty(comment, nameof(Comment), MentorYearPlanConsts.MaxCommentLength);
        Revision = plan.Revision;
        ReviewerUserId = reviewerUserId;
        ReviewerName = reviewerName;
        Time = time;
        Snapshot = MentorYearPlanSnapshot.Serialize(plan);
    }
}

/// <summary>The contents a version or review keeps: the goal, the mentees and the activities with their progress.</summary>
public sealed record MentorYearPlanSnapshot(string? Goal, IReadOnlyList<Guid> MenteeStaffMemberIds, IReadOnlyList<MentorPlanActivity> Activities)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize(MentorYearPlan plan) =>
        JsonSerializer.Serialize(new MentorYearPlanSnapshot(plan.Goal, plan.Mentees.Select(m => m.StaffMemberId).ToList(), plan.Activities), Options);

    public static MentorYearPlanSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize<MentorYearPlanSnapshot>(json, Options) ?? new MentorYearPlanSnapshot(null, [], []);

    public static string SerializeActivities(IReadOnlyList<MentorPlanActivity> activities) => JsonSerializer.Serialize(activities, Options);

    public static IReadOnlyList<MentorPlanActivity> DeserializeActivities(string json) =>
        JsonSerializer.Deserialize<List<MentorPlanActivity>>(json, Options) ?? [];
}
