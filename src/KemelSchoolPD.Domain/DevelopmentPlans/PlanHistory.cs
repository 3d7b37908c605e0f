using KemelSchoolPD.Agreements;
using KemelSchoolPD.Entities;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>The plan's contents as they were at an agreement or at a change after it (the shared <see cref="AgreementVersion"/>).</summary>
public sealed class DevelopmentPlanVersion : AgreementVersion
{
    private DevelopmentPlanVersion() { }

    public DevelopmentPlanVersion(
        DevelopmentPlan plan,
        int number,
        PlanVersionKind kind,
        string? reason,
        Guid? authorUserId,
        string? authorName,
        DateTime time)
        : base(State(plan), number, kind, reason, DevelopmentPlanConsts.MaxReasonLength, authorUserId, authorName, time) { }

    internal static AgreementState State(DevelopmentPlan plan)
        => new(plan.Id, plan.Status, plan.Revision, PlanContentJson.Serialize(plan.Content));
}

/// <summary>A reviewer's decision on a submitted plan, with the contents it was taken on (the shared <see
/// cref="AgreementReview"/>).</summary>
public sealed class DevelopmentPlanReview : AgreementReview
{
    private DevelopmentPlanReview() { }

    public DevelopmentPlanReview(
        DevelopmentPlan plan,
        PlanReviewDecision decision,
        string? comment,
        Guid? reviewerUserId,
        string? reviewerName,
        DateTime time)
        : base(
            DevelopmentPlanVersion.State(plan),
            decision,
            comment,
            DevelopmentPlanConsts.MaxCommentLength,
            reviewerUserId,
            reviewerName,
            time)
    { }
}

/// <summary>One message of the thread between the teacher, the mentor and the reviewer.</summary>
public sealed class DevelopmentPlanComment : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid? AuthorUserId { get; private set; }
    public string? AuthorName { get; private set; }
    public PlanCommentRole Role { get; private set; }
    public string Text { get; private set; } = null!;
    /// <summary>The goal or item the comment is about, if any.</summary>
    public Guid? EntryId { get; private set; }
    public DateTime Time { get; private set; }

    private DevelopmentPlanComment() { }

    public DevelopmentPlanComment(
        Guid planId,
        Guid? authorUserId,
        string? authorName,
        PlanCommentRole role,
        string text,
        Guid? entryId,
        DateTime time)
        : base(Guid.CreateVersion7())
    {
        PlanId = planId;
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        Role = role;
        Text = Check.NotNullOrWhiteSpace(text, nameof(Text), DevelopmentPlanConsts.MaxCommentLength);
        EntryId = entryId;
        Time = time;
    }
}
