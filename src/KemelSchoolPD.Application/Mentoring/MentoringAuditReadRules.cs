using KemelSchoolPD.Auditing;

namespace KemelSchoolPD.Mentoring;

/// <summary>The audit log shows a pair's entries only to those who may read the pair.</summary>
public sealed class MentoringPairAuditReadRule(MentoringReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(MentoringPair);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default) => (await access.PairsAsync(ct)).Select(p => p.Id);
}

/// <summary>A meeting's entries: to the pair's mentor and mentee and to readers of every pair.</summary>
public sealed class MentoringMeetingAuditReadRule(MentoringReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(MentoringMeeting);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.MeetingsAsync(ct)).Select(m => m.Id);
}

/// <summary>The shared note's entries: to whoever reads its meeting. (Private notes are never audited: only their author reads
/// them.)</summary>
public sealed class MentoringSharedNoteAuditReadRule(MentoringReadAccess access, Data.IKemelSchoolPDDbContext db) : IAuditedRecordReadRule
{
    public string EntityType => nameof(MentoringSharedNote);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
    {
        var meetings = await access.MeetingsAsync(ct);
        return db.MentoringSharedNotes.Where(n => meetings.Any(m => m.Id == n.MeetingId)).Select(n => n.Id);
    }
}

/// <summary>A next step's entries: to whoever reads its meeting.</summary>
public sealed class MentoringNextStepAuditReadRule(MentoringReadAccess access, Data.IKemelSchoolPDDbContext db) : IAuditedRecordReadRule
{
    public string EntityType => nameof(MentoringNextStep);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
    {
        var meetings = await access.MeetingsAsync(ct);
        return db.MentoringNextSteps.Where(s => meetings.Any(m => m.Id == s.MeetingId)).Select(s => s.Id);
    }
}
