using System.Text.Json;
using System.Text.Json.Serialization;
using KemelSchoolPD.Agreements;
using KemelSchoolPD.DevelopmentPlans;

namespace KemelSchoolPD.Mentoring;

/// <summary>The year plan's contents as they were at an agreement or a progress change after it (the shared <see
/// cref="AgreementVersion"/>).</summary>
public sealed class MentorYearPlanVersion : AgreementVersion
{
    private MentorYearPlanVersion() { }

    public MentorYearPlanVersion(
        MentorYearPlan plan,
        int number,
        PlanVersionKind kind,
        string? reason,
        Guid? authorUserId,
        string? authorName,
        DateTime time)
        : base(State(plan), number, kind, reason, MentorYearPlanConsts.MaxCommentLength, authorUserId, authorName, time) { }

    internal static AgreementState State(MentorYearPlan plan)
        => new(plan.Id, plan.Status, plan.Revision, MentorYearPlanSnapshot.Serialize(plan));
}

/// <summary>A reviewer's decision on a submitted year plan, with the contents it was taken on (the shared <see
/// cref="AgreementReview"/>).</summary>
public sealed class MentorYearPlanReview : AgreementReview
{
    private MentorYearPlanReview() { }

    public MentorYearPlanReview(
        MentorYearPlan plan,
        PlanReviewDecision decision,
        string? comment,
        Guid? reviewerUserId,
        string? reviewerName,
        DateTime time)
        : base(
            MentorYearPlanVersion.State(plan),
            decision,
            comment,
            MentorYearPlanConsts.MaxCommentLength,
            reviewerUserId,
            reviewerName,
            time)
    { }
}

/// <summary>The contents a version or review keeps: the goal, the mentees and the activities with their progress.</summary>
public sealed record MentorYearPlanSnapshot(
    string? Goal,
    IReadOnlyList<Guid> MenteeStaffMemberIds,
    IReadOnlyList<MentorPlanActivity> Activities)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() }
    };

    public static readonly MentorYearPlanSnapshot Empty = new(null, [], []);

    public static MentorYearPlanSnapshot Of(MentorYearPlan plan)
        => new(plan.Goal, plan.Mentees.Select(m => m.StaffMemberId).ToList(), plan.Activities);

    public static string Serialize(MentorYearPlan plan) => JsonSerializer.Serialize(Of(plan), Options);

    /// <summary>The area of a mentee added to or removed from the plan (the entry is the staff member; the application names it).</summary>
    public const string MenteeArea = "Mentee";

    /// <summary>
    /// What <paramref name="after"/> changed relative to <paramref name="before"/>: the goal, each mentee added or removed (area
    /// <see cref="MenteeArea"/>, unnamed: the snapshot keeps ids), and activity by activity (area Activity).
    /// </summary>
    public static IReadOnlyList<PlanContentChange> Diff(MentorYearPlanSnapshot before, MentorYearPlanSnapshot after) =>
        new AgreementDiff(Options)
            .Fields("Header", (nameof(Goal), before.Goal, after.Goal))
            .Members(MenteeArea, before.MenteeStaffMemberIds, after.MenteeStaffMemberIds, _ => null)
            .Entries("Activity", before.Activities, after.Activities, a => a.Id, a => a.Topic)
            .Changes;

    public static MentorYearPlanSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize<MentorYearPlanSnapshot>(json, Options) ?? Empty;

    public static string SerializeActivities(IReadOnlyList<MentorPlanActivity> activities) => JsonSerializer.Serialize(activities, Options);

    public static IReadOnlyList<MentorPlanActivity> DeserializeActivities(string json) =>
        JsonSerializer.Deserialize<List<MentorPlanActivity>>(json, Options) ?? [];
}
