using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.PracticeLibrary;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.LessonStudy;

/// <summary>
/// Lesson Study groups: a teacher forms a group they take part in (the director and deputies may form one for others), members
/// edit it, each member records their own consent, and the facilitator asks for consent and publishes the report to the library
/// of practice once every member consented. A group the caller may not read is answered exactly like one that does not exist.
/// </summary>
public sealed class LessonStudyGroupAppService(
    IKemelSchoolPDDbContext db,
    LessonStudyReadAccess access,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedResultDto<LessonStudyGroupListItemDto>> GetListAsync(
        GetLessonStudyGroupListInput input,
        CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var me = caller.StaffId ?? Guid.Empty;
        var mine = input.Mine == true || !caller.ViewAll;
        var query = (await access.GroupsAsync(ct)).AsNoTracking()
            .WhereIf(mine, g => g.Members.Any(m => m.StaffMemberId == me))
            .WhereIf(input.AcademicYear.HasValue, g => g.AcademicYear == input.AcademicYear)
            .WhereSearchMatches(g => g.SearchText, input.Filter);
        var total = await query.LongCountAsync(ct);
        var page = await (
                from g in query.OrderByDescending(g => g.AcademicYear).ThenByDescending(g => g.CreationTime).ThenBy(g => g.Id).PageBy(input)
                join f in db.StaffMembers on g.FacilitatorStaffMemberId equals f.Id
                select new
                {
                    g.Id, g.Theme, g.ResearchQuestion, g.Subject, g.Grade, g.AcademicYear, g.Origin, g
                        .FacilitatorStaffMemberId, FacilitatorName = f.FullName,
                    Members = g.Members.Count, IsMember = g.Members.Any(m => m.StaffMemberId == me), g.LibraryItemId,
                    Rounds = db.ResearchLessons.Count(l => l.GroupId == g.Id),
                    Discussed = db.ResearchLessons.Count(l => l.GroupId == g.Id && l.Status == ResearchLessonStatus.Discussed),
                })
            .ToListAsync(ct);
        return new PagedResultDto<LessonStudyGroupListItemDto>(total, page
            .Select(g => new LessonStudyGroupListItemDto(g.Id, g.Theme, g.ResearchQuestion,
                g.Subject, g.Grade, g.AcademicYear, AcademicYears.Label(g.AcademicYear), g.Origin, g.FacilitatorStaffMemberId, g
                .FacilitatorName, g.Members,
                g.Rounds, g.Discussed, g.IsMember, g.LibraryItemId != null))
            .ToList());
    }

    public async Task<LessonStudyGroupDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var group = await (await access.GroupsAsync(ct)).AsNoTracking().Include(g => g.Members).GetAsync(id, ct);
        return await ToDtoAsync(group, caller, ct);
    }

    /// <summary>A teacher forms a group they are a member of; the director and deputies (ViewAll) may form one for others.</summary>
    public async Task<LessonStudyGroupDto> CreateAsync(CreateLessonStudyGroupDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        if (!caller.ViewAll && (caller.StaffId is not { } me || !input.MemberStaffMemberIds.Contains(me)))
            throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonStudy.CreatorNotMember);
        var (data, members) = await ReadInputAsync(input, ct);
        var group = new LessonStudyGroup(Guid.CreateVersion7(), data, members);
        db.LessonStudyGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(group, caller, ct);
    }

    /// <summary>Members edit the group (its description and members).</summary>
    public async Task<LessonStudyGroupDto> UpdateAsync(Guid id, UpdateLessonStudyGroupDto input, CancellationToken ct = default)
    {
        var (group, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        var (data, members) = await ReadInputAsync(input, ct);
        group.Update(data, members);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(group, caller, ct);
    }

    /// <summary>The caller's own consent to publishing the report (and to sharing it with every school).</summary>
    public async Task<LessonStudyGroupDto> ConsentAsync(Guid id, LessonStudyConsentDto input, CancellationToken ct = default)
    {
        var (group, caller) = await LoadForEditAsync(id, null, ct);
        group.RecordConsent(caller.StaffId, input.Publish, input.ShareWithAllSchools, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(group, caller, ct);
    }

    /// <summary>The facilitator asks every member for consent to publish (each sees it in "my work").</summary>
    public async Task<LessonStudyGroupDto> RequestConsentAsync(Guid id, CancellationToken ct = default)
    {
        var (group, caller) = await LoadForEditAsync(id, null, ct);
        if (!await db.ResearchLessons.AnyAsync(l => l.GroupId == group.Id && l.Status == ResearchLessonStatus.Discussed, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.NothingToPublish);
        group.RequestConsent(caller.StaffId, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(group, caller, ct);
    }

    /// <summary>
    /// The facilitator publishes the report to the school's library of practice (and, if asked, to every school) once every member
    /// consented (409 otherwise). The item carries the context, the question, the method, the conclusions and the changes in
    /// practice of the discussed rounds, never the case pupils; their pseudonyms are taken out of every text.
    /// </summary>
    public async Task<PracticeLibraryItemDto> PublishAsync(Guid id, PublishLessonStudyDto input, CancellationToken ct = default)
    {
        var (group, caller) = await LoadForEditAsync(id, null, ct);
        group.EnsureCanPublish(caller.StaffId, input.ShareWithAllSchools);
        var rounds = await db.ResearchLessons.AsNoTracking().Where(l => l.GroupId == group.Id).OrderBy(l => l.RoundNumber).ToListAsync(ct);
        var discussed = rounds.Where(r => r.IsDiscussed).ToList();
        if (discussed.Count == 0) throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.NothingToPublish);
        var memberIds = group.Members.Select(m => m.StaffMemberId).ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => memberIds.Contains(s.Id)).OrderBy(s => s.FullName)
            .Select(s => s.FullName)
            .ToListAsync(ct);
        var classes = string.Join(", ", rounds.Select(r => r.ClassName).Distinct());
        var content = new PracticeLibraryContent(
            group.Theme, group.Subject, group.Grade, group.AcademicYear,
            Context: string.Join("\n", new[] { group.Theme, group.Subject, group.Grade is { } grade ? $"{grade}" : null, classes }.Where(
                s => !string.IsNullOrWhiteSpace(s))),
            ResearchQuestion: group.ResearchQuestion,
            Method: string.Join(
                "\n",
                discussed.Select(
                    r => $"{r.RoundNumber}. {r.LessonDate:yyyy-MM-dd}, {r.ClassName}: {r.ObservationFocus}".TrimEnd(' ', ':'))),
            Conclusions: string.Join(
                "\n",
                discussed.Where(r => r.Conclusions is not null).Select(r => $"{r.RoundNumber}. {r.Conclusions}")),
            ChangesInPractice: string.Join(
                "\n",
                discussed.Where(r => r.AgreedChanges is not null).Select(r => $"{r.RoundNumber}. {r.AgreedChanges}")),
            Authors: string.Join(", ", names));
        var item = group.LibraryItemId is { } itemId ? await db.PracticeLibraryItems.FirstOrDefaultAsync(i => i.Id == itemId, ct) : null;
        if (item is null)
        {
            item = new PracticeLibraryItem(Guid.CreateVersion7(), PracticeSourceKind.LessonStudy, group.Id);
            db.PracticeLibraryItems.Add(item);
        }
        item.Publish(
            content,
            rounds.SelectMany(r => r.CasePupils.Select(p => p.Pseudonym)),
            input.ShareWithAllSchools,
            caller.StaffId,
            Now);
        group.MarkPublished(item.Id);
        await db.SaveChangesAsync(ct);
        return PracticeLibraryAppService.ToDto(item, null);
    }

    /// <summary>
    /// Takes the group's report back out of the school's library (and the shared catalogue): the group's facilitator, the one who
    /// published it if still a reader of the group, or whoever keeps the library (the director) may (403 otherwise; 404 to one who
    /// does not read the group); 409 when it is not published. The group's audit entry records who took it out and when; the
    /// members' consents stay, so the facilitator may publish it again.
    /// </summary>
    public async Task<LessonStudyGroupDto> UnpublishAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var group = await (await access.GroupsAsync(ct)).Include(g => g.Members).GetAsync(id, ct);
        var item = group.LibraryItemId is { } itemId ? await db.PracticeLibraryItems.FirstOrDefaultAsync(i => i.Id == itemId, ct) : null;
        item?.EnsureMayUnpublish(
            caller.StaffId,
            caller.KeepsLibrary,
            group.FacilitatorStaffMemberId,
            KemelSchoolPDErrorCodes.LessonStudy.CannotUnpublish);
        if (item is null && !group.IsMember(caller.StaffId) && !caller.KeepsLibrary)
            throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonStudy.CannotUnpublish);
        group.Unpublish();
        if (item is not null) db.PracticeLibraryItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(group, caller, ct);
    }

    // ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Members change a group; readers of every group only read it (403); others do not see it (404).</summary>
    private async Task<(LessonStudyGroup, LessonStudyReadAccess.Caller)> LoadForEditAsync(Guid id, string? stamp, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var group = await (await access.GroupsAsync(ct)).Include(g => g.Members).GetAsync(id, ct);
        group.EnsureMember(caller.StaffId);
        if (stamp is not null) db.ExpectConcurrencyStamp(group, stamp);
        return (group, caller);
    }

    /// <summary>The members are active staff of the school (400 otherwise), read with their categories; so is the association.</summary>
    private async Task<(LessonStudyGroupData, IReadOnlyDictionary<Guid, QualificationCategory>)> ReadInputAsync(
        LessonStudyGroupInput input,
        CancellationToken ct)
    {
        var ids = input.MemberStaffMemberIds.Distinct().ToList();
        var members = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id) && !s.IsArchived)
            .ToDictionaryAsync(s => s.Id, s => s.Category, ct);
        if (members.Count != ids.Count)
            throw new InputValidationException(nameof(input.MemberStaffMemberIds), KemelSchoolPDErrorCodes.LessonStudy.UnknownStaffMember);
        if (input.Origin == LessonStudyGroupOrigin.Association && input.MethodologicalAssociationId is { } associationId
            && !await db.MethodologicalAssociations.AnyAsync(a => a.Id == associationId, ct))
            throw new InputValidationException(nameof(input.MethodologicalAssociationId), ValidationCodes.Invalid);
        var data = new LessonStudyGroupData(
            input.Theme,
            input.ResearchQuestion,
            input.Subject,
            input.Grade,
            input.AcademicYear ?? AcademicYears.Current(clock),
            input.Origin,
            input.MethodologicalAssociationId,
            input.FacilitatorStaffMemberId,
            input.KnowledgeableOtherName,
            input
                .KnowledgeableOtherOrganisation);
        return (data, members);
    }

    private async Task<LessonStudyGroupDto> ToDtoAsync(LessonStudyGroup group, LessonStudyReadAccess.Caller caller, CancellationToken ct)
    {
        var memberIds = group.Members.Select(m => m.StaffMemberId).ToList();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => memberIds.Contains(s.Id))
            .Select(s => new { s.Id, s.FullName, s.Category }).ToDictionaryAsync(s => s.Id, ct);
        var association = group.MethodologicalAssociationId is { } associationId
            ? await db.MethodologicalAssociations.AsNoTracking().Where(a => a.Id == associationId).Select(a => a.Name)
                .FirstOrDefaultAsync(ct)
            : null;
        var groupId = group.Id;
        var rounds = await (
                from l in db.ResearchLessons.AsNoTracking()
                where l.GroupId == groupId
                join t in db.StaffMembers on l.TeacherStaffMemberId equals t.Id
                orderby l.RoundNumber
                select new { Lesson = l, TeacherName = t.FullName, Notes = db.ResearchLessonNotes.Count(n => n.LessonId == l.Id) })
            .ToListAsync(ct);
        var members = group.Members
            .Select(m => new LessonStudyMemberDto(m.StaffMemberId, staff.GetValueOrDefault(m.StaffMemberId)?.FullName ?? "",
                staff.GetValueOrDefault(m.StaffMemberId)?.Category ?? QualificationCategory.Pedagogue, m.StaffMemberId == group
                    .FacilitatorStaffMemberId,
                m.PublishConsentAt, m.ShareConsentAt))
            .OrderByDescending(m => m.IsFacilitator).ThenBy(m => m.FullName, StringComparer.CurrentCulture).ToList();
        var isMember = group.IsMember(caller.StaffId);
        var isFacilitator = group.IsFacilitator(caller.StaffId);
        var last = rounds.LastOrDefault()?.Lesson;
        var item = group.LibraryItemId is { } itemId
            ? await db.PracticeLibraryItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct)
            : null;
        var canUnpublish = item?.MayUnpublish(caller.StaffId, caller.KeepsLibrary, group.FacilitatorStaffMemberId) == true;
        return new LessonStudyGroupDto(group.Id, group.Theme, group.ResearchQuestion, group.Subject, group.Grade, group.AcademicYear,
            AcademicYears.Label(group.AcademicYear), group.Origin, group.MethodologicalAssociationId, association, group
                .FacilitatorStaffMemberId,
            staff.GetValueOrDefault(group.FacilitatorStaffMemberId)?.FullName ?? "", group.KnowledgeableOtherName, group
                .KnowledgeableOtherOrganisation, members,
            rounds.Select(r => new ResearchLessonSummaryDto(
                r.Lesson.Id,
                r.Lesson.RoundNumber,
                r.Lesson.TeacherStaffMemberId,
                r.TeacherName,
                r.Lesson.ClassName,
                r.Lesson.LessonDate,
                r.Lesson.Status,
                r.Lesson.CasePupils.Count,
                r.Notes)).ToList(),
            group.ConsentRequestedAt, group.LibraryItemId,
            new LessonStudyGroupAbilities(isMember, isFacilitator, isMember, isMember && (last is null || last.IsDiscussed),
                isFacilitator && rounds.Any(r => r.Lesson.IsDiscussed) && group.Members.All(m => m.PublishConsentAt != null), canUnpublish),
            group.CreationTime, group.ConcurrencyStamp);
    }
}
