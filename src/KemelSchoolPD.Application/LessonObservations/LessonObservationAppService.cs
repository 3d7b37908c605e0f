using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.LessonObservations;

/// <summary>
/// Lesson observations. Developmental ones are seen by the teacher, the observer and whom the teacher shares them with;
/// evaluation ones by the teacher, the observer and the administration. Anything else is answered as if it did not exist.
/// </summary>
public sealed class LessonObservationAppService(
    IKemelSchoolPDDbContext db,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    CurrentStaffMember currentStaff,
    TimeProvider clock)
{
    private sealed record Caller(Guid? StaffId, bool ViewEvaluations, bool Evaluate, bool Reopen);

    private Caller? _caller;

    public async Task<PagedResultDto<LessonObservationListItemDto>> GetListAsync(
        GetLessonObservationListInput input,
        CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var me = caller.StaffId ?? Guid.Empty;
        var query =
            from o in Visible(caller).AsNoTracking()
                .WhereIf(input.StaffMemberId.HasValue, o => o.ObservedStaffMemberId == input.StaffMemberId)
                .WhereIf(input.Role == ObservationRole.ObservedMe, o => o.ObservedStaffMemberId == me)
                .WhereIf(input.Role == ObservationRole.ObservedByMe, o => o.ObserverStaffMemberId == me)
                .WhereIf(input.Purpose.HasValue, o => o.Purpose == input.Purpose)
                .WhereIf(input.Status.HasValue, o => o.Status == input.Status)
                .WhereIf(input.From.HasValue, o => o.LessonDate >= input.From)
                .WhereIf(input.To.HasValue, o => o.LessonDate <= input.To)
            join observed in db.StaffMembers on o.ObservedStaffMemberId equals observed.Id
            join observer in db.StaffMembers on o.ObserverStaffMemberId equals observer.Id
            select new { o, ObservedName = observed.FullName, ObserverName = observer.FullName };
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.o.LessonDate).ThenByDescending(x => x.o.CreationTime).PageBy(input).ToListAsync(ct);
        return new PagedResultDto<LessonObservationListItemDto>(total, page.Select(x => new LessonObservationListItemDto(
            x.o.Id, x.o.ObservedStaffMemberId, x.ObservedName, x.o.ObserverStaffMemberId, x.ObserverName, x.o.Purpose, x.o.Status,
            x.o.LessonDate, x.o.Lesson.ClassName, x.o.Lesson.Subject, x.o.Lesson.Topic, x.o.Focus, x.o.ObjectivesMatched,
            x.o.TeacherReply is not null, x.o.CreationTime)).ToList());
    }

    public async Task<LessonObservationDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        return await ToDtoAsync(await Visible(caller).AsNoTracking().GetAsync(id, ct), caller, ct);
    }

    public async Task<LessonObservationDto> CreateAsync(CreateLessonObservationDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var observer = caller.StaffId ?? throw new BusinessException(KemelSchoolPDErrorCodes.LessonObservations.NoStaffRecord);
        if (input.Purpose == ObservationPurpose.Evaluation && !caller.Evaluate) throw new ForbiddenException();
        var observedId = input.ObservedStaffMemberId!.Value;
        if (!await db.StaffMembers.AnyAsync(s => s.Id == observedId && !s.IsArchived, ct))
            throw new InputValidationException(
                nameof(input.ObservedStaffMemberId),
                KemelSchoolPDErrorCodes.LessonObservations.UnknownStaffMember);

        var observation = new LessonObservation(observedId, observer, input.Purpose);
        await RecordAsync(observation, input, ct);
        db.LessonObservations.Add(observation);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(observation, caller, ct);
    }

    public async Task<LessonObservationDto> UpdateAsync(Guid id, UpdateLessonObservationDto input, CancellationToken ct = default)
    {
        var (observation, caller) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        if (observation.ObserverStaffMemberId != caller
            .StaffId) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonObservations.OnlyObserverCanEdit);
        await RecordAsync(observation, input, ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(observation, caller, ct);
    }

    public async Task<LessonObservationDto> SignAsync(Guid id, ObservationStampDto input, CancellationToken ct = default)
    {
        var (observation, caller) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        if (observation.ObserverStaffMemberId != caller
            .StaffId) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonObservations.OnlyObserverCanEdit);
        observation.Sign(currentUser.Id!.Value, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(observation, caller, ct);
    }

    public async Task<LessonObservationDto> ReplyAsync(Guid id, ReplyToObservationDto input, CancellationToken ct = default)
    {
        var (observation, caller) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        if (observation.ObservedStaffMemberId != caller
            .StaffId) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonObservations.OnlyTeacherCanReply);
        observation.Reply(input.Text.Trim(), currentUser.Id!.Value, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(observation, caller, ct);
    }

    public async Task<LessonObservationDto> ShareAsync(Guid id, ShareObservationDto input, CancellationToken ct = default)
    {
        var (observation, caller) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        if (observation.ObservedStaffMemberId != caller
            .StaffId) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonObservations.OnlyTeacherCanShare);
        var ids = input.StaffMemberIds.Distinct().ToList();
        if (await db.StaffMembers.CountAsync(s => ids.Contains(s.Id) && !s.IsArchived, ct) != ids.Count)
            throw new InputValidationException(nameof(input.StaffMemberIds), KemelSchoolPDErrorCodes.LessonObservations.UnknownStaffMember);
        observation.ShareWith(ids);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(observation, caller, ct);
    }

    /// <summary>Only a director reopens a signed observation, and the reason stays in its history.</summary>
    public async Task<LessonObservationDto> ReopenAsync(Guid id, ReopenObservationDto input, CancellationToken ct = default)
    {
        var (observation, caller) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        if (!caller.Reopen) throw new ForbiddenException();
        observation.Reopen(currentUser.Id!.Value, Now, input.Reason.Trim());
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(observation, caller, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<(LessonObservation, Caller)> LoadAsync(Guid id, string stamp, CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        var observation = await Visible(caller).GetAsync(id, ct);
        db.ExpectConcurrencyStamp(observation, stamp);
        return (observation, caller);
    }

    private IQueryable<LessonObservation> Visible(Caller caller) =>
        db.LessonObservations.Where(LessonObservation.VisibleTo(caller.StaffId, caller.ViewEvaluations));

    private async Task RecordAsync(LessonObservation observation, LessonObservationContentDto input, CancellationToken ct)
    {
        var scores = input.Scores.Select(s => new CriterionScore(s.CriterionKey.Trim(), s.Score)).ToList();
        // Scores mean something only against a sheet's criteria and scale; without one they would be silently lost.
        if (input.FormId is null && scores.Count > 0)
            throw new InputValidationException(nameof(input.FormId), KemelSchoolPDErrorCodes.LessonObservations.ScoresNeedForm);
        if (input.FormId is { } formId)
        {
            var form = await db.ObservationForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == formId, ct)
                       ?? throw new InputValidationException(nameof(input.FormId), KemelSchoolPDErrorCodes.LessonObservations.UnknownForm);
            var errors = scores.Select((s, i) =>
                    form.Criteria.All(c => c.Key != s.CriterionKey)
                        ? new FieldError($"scores[{i}].criterionKey", KemelSchoolPDErrorCodes.LessonObservations.UnknownCriterion)
                        : s.Score < form.ScaleMin || s.Score > form.ScaleMax ? new FieldError(
                        $"scores[{i}].score",
                        KemelSchoolPDErrorCodes.LessonObservations.ScoreOutOfScale,
                        form.ScaleMin,
                        form.ScaleMax)
                    : scores.Take(i).Any(p => p.CriterionKey == s.CriterionKey)
                        ? new FieldError($"scores[{i}].criterionKey", KemelSchoolPDErrorCodes.LessonObservations.DuplicateCriterion)
                        : null)
                .OfType<FieldError>().ToList();
            if (errors.Count > 0) throw new InputValidationException(errors);
        }
        observation.Record(
            input.LessonDate!.Value, new LessonDetails(
                input.ClassName.Trim(),
                input.Subject.Trim(),
                Clean(input.Topic),
                Clean(input.LearningObjectives)),
            Clean(input.Focus), input.Notes.Select(n => new ObservationNote(n.Minute, n.Text.Trim())), Clean(input
                .Strengths), Clean(input.GrowthPoints),
            input.ObjectivesMatched, input.FormId, scores, input.GrowthCycleId);
    }

    private async Task<LessonObservationDto> ToDtoAsync(LessonObservation o, Caller caller, CancellationToken ct)
    {
        var staffIds = o.Shares.Select(s => s.StaffMemberId).Append(o.ObservedStaffMemberId).Append(o.ObserverStaffMemberId).ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        var userIds = o.Events.Select(e => e.UserId).Distinct().ToList();
        var userNames = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var form = o.FormId is null ? null : await db.ObservationForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == o.FormId, ct);
        var isObserver = o.ObserverStaffMemberId == caller.StaffId;
        var isTeacher = o.ObservedStaffMemberId == caller.StaffId;
        return new LessonObservationDto(
            o.Id, o.ObservedStaffMemberId, names.GetValueOrDefault(o.ObservedStaffMemberId, ""), o.ObserverStaffMemberId,
            names.GetValueOrDefault(o.ObserverStaffMemberId, ""), o.Purpose, o.Status, o.IsLocked,
            o.LessonDate, o.Lesson.ClassName, o.Lesson.Subject, o.Lesson.Topic, o.Lesson.LearningObjectives, o.Focus,
            o.Notes.Select(n => new ObservationNoteDto { Minute = n.Minute, Text = n.Text }).ToList(), o.Strengths, o.GrowthPoints, o
                .ObjectivesMatched,
            o.FormId, form?.Name, o.Scores.Select(s => new CriterionScoreDto { CriterionKey = s.CriterionKey, Score = s.Score }).ToList(),
            form is null ? null : o.Scores.Sum(s => s.Score), form is null ? null : form.Criteria.Count * form.ScaleMax,
            o.TeacherReply, o.RepliedAt,
            o.Shares.Select(s => new StaffReferenceDto(s.StaffMemberId, names.GetValueOrDefault(s.StaffMemberId, ""))).ToList(),
            o.Events.Select(e => new ObservationEventDto(e.Kind, userNames.GetValueOrDefault(e.UserId), e.Time, e.Reason)).ToList(),
            o.GrowthCycleId,
            new ObservationAbilitiesDto(
                CanEdit: isObserver && !o.IsLocked, CanSign: isObserver && o.Status == ObservationStatus.Draft, CanReply: isTeacher,
                CanShare: isTeacher && o.Purpose == ObservationPurpose.Developmental, CanReopen: caller.Reopen
                    && o.Status == ObservationStatus.Signed),
            o.CreationTime, o.ConcurrencyStamp);
    }

    private async Task<Caller> CallerAsync(CancellationToken ct)
    {
        if (_caller is not null) return _caller;
        var staffId = await currentStaff.GetIdAsync(ct);
        var granted = await permissions.GetGrantedAsync(ct);
        return _caller = new Caller(staffId, granted.Contains(KemelSchoolPDPermissions.LessonObservations.ViewEvaluations),
            granted.Contains(KemelSchoolPDPermissions.LessonObservations.Evaluate), granted.Contains(
                KemelSchoolPDPermissions.LessonObservations.Reopen));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
