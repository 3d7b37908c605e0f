using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Agreements;

/// <summary>
/// A record's contents as they were at an agreement or at a change after it, with who, when and why. Never changed. Every
/// record of the <see cref="AgreementWorkflow"/> keeps its versions in its own table with these columns; the snapshot is the
/// text (JSON) the record's module produces from its contents and reads back.
/// </summary>
public abstract class AgreementVersion : Entity<Guid>, IMultiTenant
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

    protected AgreementVersion() { }

    protected AgreementVersion(
        AgreementState record,
        int number,
        PlanVersionKind kind,
        string? reason,
        int maxReasonLength,
        Guid? authorUserId,
        string? authorName,
        DateTime time)
        : base(Guid.CreateVersion7())
    {
        PlanId = record.Id;
        Number = number;
        Kind = kind;
        Status = record.Status;
        Revision = record.Revision;
        Reason = Check.NullIfEmpty(reason, nameof(Reason), maxReasonLength);
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        Time = time;
        Snapshot = record.Snapshot;
    }
}

/// <summary>A reviewer's decision on a submitted record, with the contents it was taken on ("what changed since the last
/// review").</summary>
public abstract class AgreementReview : Entity<Guid>, IMultiTenant
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

    protected AgreementReview() { }

    protected AgreementReview(
        AgreementState record,
        PlanReviewDecision decision,
        string? comment,
        int maxCommentLength,
        Guid? reviewerUserId,
        string? reviewerName,
        DateTime time)
        : base(Guid.CreateVersion7())
    {
        PlanId = record.Id;
        Decision = decision;
        Comment = Check.NullIfEmpty(comment, nameof(Comment), maxCommentLength);
        Revision = record.Revision;
        ReviewerUserId = reviewerUserId;
        ReviewerName = reviewerName;
        Time = time;
        Snapshot = record.Snapshot;
    }
}

/// <summary>What a version or a review keeps of a record: its id, status, revision and its contents as the module serializes
/// them.</summary>
public readonly record struct AgreementState(Guid Id, DevelopmentPlanStatus Status, int Revision, string Snapshot);
