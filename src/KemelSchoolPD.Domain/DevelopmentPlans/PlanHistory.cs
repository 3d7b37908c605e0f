using KemelSchoolPD.Entities;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>The plan's contents as they were at an agreement or at a change after it, with who, when and why. Never changed.</summary>
public sealed class DevelopmentPlanVersion : Entity<Guid>, IMultiTenant
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

    private DevelopmentPlanVersion() { }

    public DevelopmentPlanVersion(DevelopmentPlan plan, int number, PlanVersionKind kind, string? reason, Guid? authorUserId, string? authorName, DateTime time)
        : base(Guid.CreateVersion7())
    {
        PlanId = plan.Id;
        Number = number;
        Kind = kind;
        Status = plan.Status;
        Revision = plan.Revision;
        Reason = Check.NullIfEmpty(reason, nameof(Reason), DevelopmentPlanConsts.MaxReasonLength);
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        Time = time;
        Snapshot = PlanContentJson.Serialize(plan.Content);
    }
}

/// <summary>A reviewer's decision on a submitted plan, with the contents it was taken on ("what changed since the last review").</summary>
public sealed class DevelopmentPlanReview : Entity<Guid>, IMultiTenant
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

    private DevelopmentPlanReview() { }

    public DevelopmentPlanReview(DevelopmentPlan plan, PlanReviewDecision decision, string? comment, Guid? reviewerUserId, string? reviewerName, DateTime time)
        : base(Guid.CreateVersion7())
    {
        PlanId = plan.Id;
        Decision = decision;
        Comment = Check.NullIfEmpty(comment, nameof(Comment), DevelopmentPlanConsts.MaxCommentLength);
        Revision = plan.Revision;
        ReviewerUserId = reviewerUserId;
        ReviewerName = reviewerName;
        Time = time;
        Snapshot = PlanContentJson.Serialize(plan.Content);
    }
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

    public DevelopmentPlanComment(Guid planId, Guid? authorUserId, string? authorName, PlanCommentRole role, string text, Guid? entryId, DateTime time)
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
