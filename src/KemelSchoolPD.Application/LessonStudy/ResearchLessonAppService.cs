using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.PracticeLibrary;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.LessonStudy;

/// <summary>
/// The rounds of a Lesson Study: members plan a research lesson (plan, case pupils, predictions), observe it (notes saved from
/// each observer's phone in batches that are safe to resend), interview the case pupils, discuss it and re-teach it as the next
/// round once the facilitator marked it discussed. Readers of every group read the rounds and change nothing.
/// </summary>
public sealed class ResearchLessonAppService(
    IKemelSchoolPDDbContext db,
    LessonStudyReadAccess access,
    GrowthCycleAppService growthCycles,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ResearchLessonDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var lesson = await (await access.LessonsAsync(ct)).AsNoTracking().GetAsync(id, ct);
        var group = await db.LessonStudyGroups.AsNoTracking().Include(g => g.Members).FirstAsync(g => g.Id == lesson.GroupId, ct);
        return await ToDtoAsync(lesson, group, caller, ct);
    }

    /// <summary>A member plans the group's next round: the first, or a re-teach once the latest round was discussed (409
    /// otherwise).</summary>
    public async Task<ResearchLessonDto> CreateAsync(Guid groupId, CreateResearchLessonDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var group = await (await access.GroupsAsync(ct)).Include(g => g.Members).GetAsync(groupId, ct);
        group.EnsureMember(caller.StaffId);
        var previous = await db.ResearchLessons.Where(l => l.GroupId == group.Id).OrderByDescending(l => l.RoundNumber)
            .FirstOrDefaultAsync(ct);
        var lesson = new ResearchLesson(Guid.CreateVersion7(), group, previous, Data(input));
        db.ResearchLessons.Add(lesson);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(lesson, group, caller, ct);
    }

    public async Task<ResearchLessonDto> UpdateAsync(Guid id, UpdateResearchLessonDto input, CancellationToken ct = default)
    {
        var (lesson, group, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        lesson.Replan(group, Data(input));
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(lesson, group, caller, ct);
    }

    // ── Observation notes ──────────────────────────────────────────────────────────────────────────────────────────

    public async Task<List<LessonStudyNoteDto>> GetNotesAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var lesson = await (await access.LessonsAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return await NoteDtosAsync(lesson.Id, caller, ct);
    }

    /// <summary>
    /// The caller's notes as a batch, each with the id its device made: a new id adds a note, an id the caller sent before updates
    /// it, an id of another observer's note is refused (409) and nothing of the batch is saved. Another observer's notes are never
    /// touched. Only members observe (403); a note is about one of the lesson's case pupils and stages (400).
    /// </summary>
    public async Task<SaveLessonStudyNotesResultDto> SaveNotesAsync(Guid id, SaveLessonStudyNotesDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var lesson = await (await access.LessonsAsync(ct)).GetAsync(id, ct);
        var group = await db.LessonStudyGroups.Include(g => g.Members).FirstAsync(g => g.Id == lesson.GroupId, ct);
        if (!group.IsMember(caller.StaffId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonStudy.ObserverNotMember);
        lesson.EnsureOpen();
        var ids = input.Notes.Select(n => n.Id).Distinct().ToList();
        // Ids are global: one made by a device of another school or lesson is somebody else's note.
        var existing = await db.ResearchLessonNotes.IgnoreQueryFilters().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct);
        var saved = new List<Guid>();
        for (var i = 0; i < input.Notes.Count; i++)
        {
            var n = input.Notes[i];
            if (saved.Contains(n.Id)) continue;
            if (!existing.TryGetValue(n.Id, out var note))
            {
                note = new ResearchLessonNote(n.Id, group, lesson, caller.StaffId);
                db.ResearchLessonNotes.Add(note);
            }
            else if (note.TenantId != lesson.TenantId || note.LessonId != lesson.Id || note.ObserverStaffMemberId != caller.StaffId)
            {
                throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.NoteOfAnotherObserver);
            }
            note.Write(lesson, caller.StaffId, n.PupilId, n.StageId, n.ObservedAt, n.Text, $"notes[{i}]");
            saved.Add(n.Id);
        }
        await db.SaveChangesAsync(ct);
        return new SaveLessonStudyNotesResultDto(saved, await db.ResearchLessonNotes.CountAsync(x => x.LessonId == lesson.Id, ct));
    }

    // ── Interviews and discussion ──────────────────────────────────────────────────────────────────────────────────

    public async Task<ResearchLessonDto> SaveInterviewsAsync(Guid id, SavePupilInterviewsDto input, CancellationToken ct = default)
    {
        var (lesson, group, caller) = await LoadForEditAsync(id, null, ct);
        lesson.SetInterviews(input.Interviews.Select(i => new PupilInterview(i.PupilId, i.Learned, i.Difficult, i.Helped)).ToList());
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(lesson, group, caller, ct);
    }

    /// <summary>The discussion's read model: for each case pupil and stage, the prediction beside every observer's notes; then the
    /// record.</summary>
    public async Task<ResearchLessonDiscussionDto> GetDiscussionAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var lesson = await (await access.LessonsAsync(ct)).AsNoTracking().GetAsync(id, ct);
        var notes = await NoteDtosAsync(lesson.Id, caller, ct);
        var pupils = lesson.CasePupils.Select(p =>
        {
            var cells = lesson.Plan.Stages.Select(s => new DiscussionCellDto(s.Id, s.Title,
                    lesson.Predictions.FirstOrDefault(x => x.PupilId == p.Id && x.StageId == s.Id)?.Text,
                    notes.Where(n => n.PupilId == p.Id && n.StageId == s.Id).ToList()))
                .ToList();
            var loose = notes.Where(n => n.PupilId == p.Id && (n.StageId is null || lesson.Plan.Stages.All(s => s.Id != n.StageId)))
                .ToList();
            if (loose.Count > 0) cells.Add(new DiscussionCellDto(null, null, null, loose));
            var interview = lesson.Interviews.FirstOrDefault(r => r.PupilId == p.Id);
            return new DiscussionPupilDto(new CasePupilDto(p.Id, p.Pseudonym, p.Reason, p.ReasonNote), cells,
                interview is null
                    ? null
                    : new PupilInterviewDto(interview.PupilId, interview.Learned, interview.Difficult, interview.Helped));
        }).ToList();
        return new ResearchLessonDiscussionDto(lesson.Id, lesson.RoundNumber, lesson.ObservationFocus, pupils,
            notes.Select(n => n.ObserverName).Distinct().Order(StringComparer.CurrentCulture).ToList(),
            lesson.Surprises, lesson.Teaching, lesson.Conclusions, lesson.AgreedChanges, lesson.Status);
    }

    public async Task<ResearchLessonDiscussionDto> SaveDiscussionAsync(Guid id, SaveDiscussionDto input, CancellationToken ct = default)
    {
        var (lesson, _, _) = await LoadForEditAsync(id, null, ct);
        lesson.RecordDiscussion(input.Surprises, input.Teaching, input.Conclusions, input.AgreedChanges);
        await db.SaveChangesAsync(ct);
        return await GetDiscussionAsync(id, ct);
    }

    /// <summary>The facilitator closes the discussion (its conclusions written); the group may then re-teach.</summary>
    public async Task<ResearchLessonDto> MarkDiscussedAsync(Guid id, CancellationToken ct = default)
    {
        var (lesson, group, caller) = await LoadForEditAsync(id, null, ct);
        lesson.MarkDiscussed(group, caller.StaffId, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(lesson, group, caller, ct);
    }

    /// <summary>
    /// A member attaches a discussed round as evidence to their own active growth cycle: at Reflection a reflective note, at
    /// Approbation a trial of a change by Lesson Study (the cycle's own rule refuses other stages). The artefact carries the
    /// theme, the question, the conclusions and the agreed changes, never a pupil.
    /// </summary>
    public async Task<LessonStudyEvidenceDto> AttachEvidenceAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var lesson = await (await access.LessonsAsync(ct)).AsNoTracking().GetAsync(id, ct);
        var group = await db.LessonStudyGroups.AsNoTracking().Include(g => g.Members).FirstAsync(g => g.Id == lesson.GroupId, ct);
        group.EnsureMember(caller.StaffId);
        if (!lesson.IsDiscussed) throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.RoundNotDiscussed);
        var cycle = await db.GrowthCycles.AsNoTracking()
            .Where(c => c.ParticipantStaffMemberId == caller.StaffId && c.Status == GrowthCycleStatus.Active)
            .OrderByDescending(c => c.AcademicYear).FirstOrDefaultAsync(ct)
            ?? throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.NoActiveCycle);
        var text = new PracticeLibraryContent(group.Theme, null, null, group.AcademicYear, "", group.ResearchQuestion, "",
                lesson.Conclusions ?? "", lesson.AgreedChanges ?? "", "")
            .WithoutNames(lesson.CasePupils.Select(p => p.Pseudonym));
        var memberIds = group.Members.Select(m => m.StaffMemberId).ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => memberIds.Contains(s.Id)).OrderBy(s => s.FullName)
            .Select(s => s.FullName)
            .ToListAsync(ct);
        var content = new GrowthArtefactContent
        {
            Title = $"Lesson Study: {text.Title} ({lesson.RoundNumber})",
            Text = string.Join(
                "\n\n",
                new[] { text.ResearchQuestion, text.Conclusions, text.ChangesInPractice }.Where(s => !string.IsNullOrWhiteSpace(s))),
            Date = lesson.LessonDate,
            ClassName = lesson.ClassName,
            Subject = group.Subject,
            Participants = string.Join(", ", names),
            EvidenceType = GrowthEvidenceType.LessonStudy,
        };
        var kind = cycle.CurrentStage == GrowthCycleStage.Reflection ? GrowthArtefactKind.ReflectiveNote : GrowthArtefactKind.ChangeTrial;
        var artefact = await growthCycles.AddArtefactAsync(cycle.Id, new CreateGrowthArtefactDto { Kind = kind, Content = content }, ct);
        return new LessonStudyEvidenceDto(cycle.Id, artefact.Id);
    }

    // ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

    private static ResearchLessonData Data(ResearchLessonInput input) => new(
        input.TeacherStaffMemberId, input.ClassName, input.LessonDate, input.ObservationFocus,
        new LessonPlan(
            input.Plan.Objectives,
            input.Plan.Stages.Select(s => new LessonStage(s.Id ?? Guid.Empty, s.Title, s.Minutes, s.Tasks)).ToList()),
        input.CasePupils.Select(p => new CasePupil(p.Id ?? Guid.Empty, p.Pseudonym, p.Reason, p.ReasonNote)).ToList(),
        input.CasePupils.SelectMany((p, i) => p.Predictions.Select(x => new PredictionByPosition(i, x.StageIndex, x.Text))).ToList());

    /// <summary>Members change a round; readers of every group only read it (403); others do not see it (404).</summary>
    private async Task<(ResearchLesson, LessonStudyGroup, LessonStudyReadAccess.Caller)> LoadForEditAsync(
        Guid id,
        string? stamp,
        CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var lesson = await (await access.LessonsAsync(ct)).GetAsync(id, ct);
        var group = await db.LessonStudyGroups.Include(g => g.Members).FirstAsync(g => g.Id == lesson.GroupId, ct);
        group.EnsureMember(caller.StaffId);
        if (stamp is not null) db.ExpectConcurrencyStamp(lesson, stamp);
        return (lesson, group, caller);
    }

    private async Task<List<LessonStudyNoteDto>> NoteDtosAsync(Guid lessonId, LessonStudyReadAccess.Caller caller, CancellationToken ct) =>
        (await (from n in db.ResearchLessonNotes.AsNoTracking()
                where n.LessonId == lessonId
                join o in db.StaffMembers on n.ObserverStaffMemberId equals o.Id
                orderby n.ObservedAt, n.Id
                select new { Note = n, o.FullName }).ToListAsync(ct))
        .Select(x => new LessonStudyNoteDto(
            x.Note.Id,
            x.Note.ObserverStaffMemberId,
            x.FullName,
            x.Note.PupilId,
            x.Note.StageId,
            x.Note.ObservedAt,
            x.Note.Text,
            x.Note.ObserverStaffMemberId == caller.StaffId))
        .ToList();

    private async Task<ResearchLessonDto> ToDtoAsync(
        ResearchLesson lesson,
        LessonStudyGroup group,
        LessonStudyReadAccess.Caller caller,
        CancellationToken ct)
    {
        var teacher = await db.StaffMembers.AsNoTracking().Where(s => s.Id == lesson.TeacherStaffMemberId).Select(s => s.FullName)
            .FirstOrDefaultAsync(ct) ?? "";
        var previous = lesson.RoundNumber > 1
            ? await db.ResearchLessons.AsNoTracking().Where(l => l.GroupId == lesson.GroupId && l.RoundNumber == lesson.RoundNumber - 1)
                .FirstOrDefaultAsync(ct)
            : null;
        var isMember = group.IsMember(caller.StaffId);
        return new ResearchLessonDto(lesson.Id, lesson.GroupId, group.Theme, group.ResearchQuestion, lesson.RoundNumber, lesson
            .TeacherStaffMemberId, teacher,
            lesson.ClassName, lesson.LessonDate, lesson.ObservationFocus, PlanDto(lesson.Plan),
            lesson.CasePupils.Select(p => new CasePupilDto(p.Id, p.Pseudonym, p.Reason, p.ReasonNote)).ToList(),
            lesson.Predictions.Select(p => new PupilPredictionDto(p.PupilId, p.StageId, p.Text)).ToList(),
            lesson.Interviews.Select(i => new PupilInterviewDto(i.PupilId, i.Learned, i.Difficult, i.Helped)).ToList(),
            lesson.Surprises, lesson.Teaching, lesson.Conclusions, lesson.AgreedChanges, lesson.Status, lesson.DiscussedAt, previous?.Id,
            previous is null ? [] : LessonPlanDiff.Between(previous.Plan, lesson.Plan),
            new ResearchLessonAbilities(isMember && !lesson.IsDiscussed, isMember && !lesson.IsDiscussed,
                group.IsFacilitator(caller.StaffId) && !lesson.IsDiscussed, isMember && lesson.IsDiscussed),
            lesson.ConcurrencyStamp);
    }

    private static LessonPlanDto PlanDto(LessonPlan plan) =>
        new(
            plan.Objectives,
            plan.Stages.Select(s => new LessonStageDto(s.Id, s.Title, s.Minutes, s.Tasks)).ToList(),
            plan.Stages.Sum(s => s.Minutes));
}

/// <summary>The differences between two versions of a lesson plan: objectives added or removed, stages added, removed or changed.</summary>
public static class LessonPlanDiff
{
    public static List<LessonPlanChangeDto> Between(LessonPlan before, LessonPlan after)
    {
        var changes = new List<LessonPlanChangeDto>();
        foreach (var o in before.Objectives.Where(o => !after.Objectives.Contains(o))) changes.Add(
            new LessonPlanChangeDto("objective", LessonPlanChangeKind.Removed, o, null));
        foreach (var o in after.Objectives.Where(o => !before.Objectives.Contains(o))) changes.Add(
            new LessonPlanChangeDto("objective", LessonPlanChangeKind.Added, null, o));
        static string Describe(LessonStage s) => $"{s.Title} ({s.Minutes}′){(s.Tasks is null ? "" : ": " + s.Tasks)}";
        var matched = new HashSet<Guid>();
        foreach (var stage in after.Stages)
        {
            var old = before.Stages.FirstOrDefault(s => s.Id == stage.Id)
                ?? before.Stages.FirstOrDefault(s => s.Title == stage.Title && !matched.Contains(s.Id));
            if (old is null)
            {
                changes.Add(new LessonPlanChangeDto("stage", LessonPlanChangeKind.Added, null, Describe(stage)));
                continue;
            }
            matched.Add(old.Id);
            if (Describe(old) != Describe(stage)) changes.Add(
                new LessonPlanChangeDto("stage", LessonPlanChangeKind.Changed, Describe(old), Describe(stage)));
        }
        foreach (var stage in before.Stages.Where(s => !matched.Contains(s.Id))) changes.Add(
            new LessonPlanChangeDto("stage", LessonPlanChangeKind.Removed, Describe(stage), null));
        return changes;
    }
}
