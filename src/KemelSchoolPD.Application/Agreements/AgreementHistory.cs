using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Agreements;

/// <summary>How a module reads the contents its versions and reviews keep, and how two states of them differ.</summary>
public sealed record AgreementContent<T>(Func<string, T> Read, T Empty, Func<T, T, IReadOnlyList<PlanContentChange>> Diff)
{
    /// <summary>What <paramref name="after"/> changed relative to a kept snapshot (everything counts as added without one).</summary>
    public List<PlanChangeDto> ChangesSince(string? snapshot, T after) =>
        Diff(snapshot is null ? Empty : Read(snapshot), after).Select(AgreementHistory.ToDto).ToList();
}

/// <summary>
/// The history every record of the <see cref="AgreementWorkflow"/> shows the same way (a development plan, a mentor's year
/// plan): its versions newest first, one version with what it changed from the one before, its reviews, and what changed since
/// the last review. The caller has already checked that the record is visible; each module passes its own version and review
/// table and its <see cref="AgreementContent{T}"/>.
/// </summary>
public static class AgreementHistory
{
    public static async Task<List<PlanVersionDto>> VersionsAsync<TVersion>(
        IQueryable<TVersion> versions,
        Guid recordId,
        CancellationToken ct)
        where TVersion : AgreementVersion =>
        (await versions.AsNoTracking().Where(v => v.PlanId == recordId).OrderByDescending(v => v.Number).ToListAsync(ct)).Select(ToDto)
            .ToList();

    /// <summary>One version (404 when it is not the record's), its contents and what it changed from the version before it.</summary>
    public static async Task<(PlanVersionDto Version, T Content, List<PlanChangeDto> ChangesFromPrevious)> VersionAsync<TVersion, T>(
        IQueryable<TVersion> versions, Guid recordId, Guid versionId, AgreementContent<T> content, CancellationToken ct)
        where TVersion : AgreementVersion
    {
        var version = await versions.AsNoTracking().Where(v => v.PlanId == recordId).GetAsync(versionId, ct);
        var previous = await versions.AsNoTracking().Where(v => v.PlanId == recordId && v.Number < version.Number)
            .OrderByDescending(v => v.Number).Select(v => v.Snapshot).FirstOrDefaultAsync(ct);
        var kept = content.Read(version.Snapshot);
        return (ToDto(version), kept, content.ChangesSince(previous, kept));
    }

    public static async Task<List<PlanReviewDto>> ReviewsAsync<TReview>(IQueryable<TReview> reviews, Guid recordId, CancellationToken ct)
        where TReview : AgreementReview =>
        (await reviews.AsNoTracking().Where(r => r.PlanId == recordId).OrderByDescending(r => r.Time).ThenByDescending(r => r.Id)
            .ToListAsync(ct))
        .Select(ToDto).ToList();

    /// <summary>What the author changed since the last review: the reviewer reads only that on a resubmitted record.</summary>
    public static async Task<PlanChangesSinceReviewDto> ChangesSinceLastReviewAsync<TReview, T>(IQueryable<TReview> reviews, Guid recordId,
        int currentRevision, T current, AgreementContent<T> content, CancellationToken ct)
        where TReview : AgreementReview
    {
        var last = await reviews.AsNoTracking().Where(r => r.PlanId == recordId)
            .OrderByDescending(r => r.Time).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        return new PlanChangesSinceReviewDto(
            last is null ? null : ToDto(last),
            currentRevision,
            content.ChangesSince(last?.Snapshot, current));
    }

    /// <summary>The number the record's next version takes.</summary>
    public static async Task<int> NextVersionNumberAsync<TVersion>(IQueryable<TVersion> versions, Guid recordId, CancellationToken ct)
        where TVersion : AgreementVersion =>
        (await versions.Where(v => v.PlanId == recordId).MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;

    public static PlanVersionDto ToDto(AgreementVersion v) =>
        new(v.Id, v.Number, v.Kind, v.Status, v.Revision, v.Reason, v.AuthorUserId, v.AuthorName, v.Time);

    public static PlanReviewDto ToDto(AgreementReview r) =>
        new(r.Id, r.Decision, r.Comment, r.Revision, r.ReviewerUserId, r.ReviewerName, r.Time);

    public static PlanChangeDto ToDto(PlanContentChange c) => new(c.Area, c.EntryId, c.Field, c.Kind, c.OldValue, c.NewValue);
}
