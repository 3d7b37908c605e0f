using KemelSchoolPD.Auditing;

namespace KemelSchoolPD.LessonStudy;

/// <summary>The audit log shows a group's entries only to those who read the group (its members, the director and deputies).</summary>
public sealed class LessonStudyGroupAuditReadRule(LessonStudyReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(LessonStudyGroup);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.GroupsAsync(ct)).Select(g => g.Id);
}

/// <summary>A round's entries (its case pupils' pseudonyms included): to whoever reads its group.</summary>
public sealed class ResearchLessonAuditReadRule(LessonStudyReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(ResearchLesson);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.LessonsAsync(ct)).Select(l => l.Id);
}

/// <summary>An observation note's entries: to whoever reads its group.</summary>
public sealed class ResearchLessonNoteAuditReadRule(LessonStudyReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(ResearchLessonNote);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default) => (await access.NotesAsync(ct)).Select(n => n.Id);
}

/// <summary>A library item's entries: every reader of the school's library (it holds nothing about a pupil).</summary>
public sealed class PracticeLibraryItemAuditReadRule(Data.IKemelSchoolPDDbContext db) : IAuditedRecordReadRule
{
    public string EntityType => nameof(PracticeLibrary.PracticeLibraryItem);

    public Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => Task.FromResult(db.PracticeLibraryItems.Select(i => i.Id));
}
