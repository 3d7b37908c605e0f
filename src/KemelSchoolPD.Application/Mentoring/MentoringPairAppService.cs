using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// Mentoring pairs: the director or a deputy pairs a mentor, tutor or curator with a mentee and ends the pair (its history
/// stays); the pair's mentor and mentee read their own pairs. When a mentor pair starts or ends, the mentee's open growth
/// cycles and development plans take the pair's mentor (or lose the former one), so what the mentee shares "with my mentor"
/// follows the pair. A pair the caller may not see is answered exactly like one that does not exist.
/// </summary>
public sealed class MentoringPairAppService(
    IKemelSchoolPDDbContext db,
    MentoringReadAccess access,
    MentoringManager manager,
    MentoringSettingsAppService settings,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<PagedResultDto<MentoringPairDto>> GetListAsync(GetMentoringPairListInput input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var mine = input.Mine == true || !caller.ViewAll;
        var query =
            from p in (await access.PairsAsync(ct)).AsNoTracking()
            join mentor in db.StaffMembers on p.MentorStaffMemberId equals mentor.Id
            join mentee in db.StaffMembers on p.MenteeStaffMemberId equals mentee.Id
            select new { Pair = p, Mentor = mentor, Mentee = mentee };
        var pattern = SearchText.ContainsPattern(input.Filter);
        query = query
            .WhereIf(mine, x => x.Pair.MentorStaffMemberId == caller.StaffId || x.Pair.MenteeStaffMemberId == caller.StaffId)
            .WhereIf(input.Kind.HasValue, x => x.Pair.Kind == input.Kind)
            .WhereIf(input.Active == true, x => x.Pair.EndedOn == null)
            .WhereIf(input.Active == false, x => x.Pair.EndedOn != null)
            .WhereIf(input.MentorStaffMemberId.HasValue, x => x.Pair.MentorStaffMemberId == input.MentorStaffMemberId)
            .WhereIf(input.MenteeStaffMemberId.HasValue, x => x.Pair.MenteeStaffMemberId == input.MenteeStaffMemberId)
            .WhereIf(
                pattern is not null,
                x => EF.Functions.Like(x.Mentor.SearchText, pattern!, @"\") || EF.Functions.Like(x.Mentee.SearchText, pattern!, @"\"));
        var total = await query.LongCountAsync(ct);
        var ids = await query
            .OrderBy(x => x.Pair.EndedOn != null).ThenBy(x => x.Mentee.FullName).ThenBy(x => x.Pair
                .Kind).ThenByDescending(x => x.Pair.StartsOn)
            .PageBy(input).Select(x => x.Pair.Id).ToListAsync(ct);
        return new PagedResultDto<MentoringPairDto>(total, await ToDtosAsync(ids, caller, ct));
    }

    public async Task<MentoringPairDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var pair = await (await access.PairsAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return (await ToDtosAsync([pair.Id], caller, ct)).Single();
    }

    public async Task<MentoringPairDto> CreateAsync(CreateMentoringPairDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        if (!caller.Manage) throw new ForbiddenException();
        var rules = await settings.RulesAsync(ct);
        var pair = await manager.CreatePairAsync(new MentoringPairRequest(input.Kind, input.MentorStaffMemberId, input.MenteeStaffMemberId,
            input.StartsOn ?? Today, input.EndsOn), rules, currentUser.Id, ct);
        db.MentoringPairs.Add(pair);
        if (pair.Kind == MentoringPairKind.Mentor) await FollowMentorAsync(pair.MenteeStaffMemberId, null, pair.MentorStaffMemberId, ct);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([pair.Id], caller, ct)).Single();
    }

    /// <summary>Moves the planned end of an active pair.</summary>
    public async Task<MentoringPairDto> UpdateAsync(Guid id, UpdateMentoringPairDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var pair = await (await access.PairsAsync(ct)).GetAsync(id, ct);
        if (!caller.Manage) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(pair, input.ConcurrencyStamp);
        pair.SetPlannedEnd(input.EndsOn);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([pair.Id], caller, ct)).Single();
    }

    /// <summary>Ends the pair (its meetings, notes and steps stay as its history); a mentor pair's mentor stops reading the mentee's cycle
    /// and plan.</summary>
    public async Task<MentoringPairDto> EndAsync(Guid id, EndMentoringPairDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var pair = await (await access.PairsAsync(ct)).GetAsync(id, ct);
        if (!caller.Manage) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(pair, input.ConcurrencyStamp);
        pair.End(input.EndedOn ?? Today, input.Reason);
        if (pair.Kind == MentoringPairKind.Mentor) await FollowMentorAsync(pair.MenteeStaffMemberId, pair.MentorStaffMemberId, null, ct);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([pair.Id], caller, ct)).Single();
    }

    /// <summary>
    /// Colleagues who could mentor the mentee, best first: same subject, category педагог-сарапшы or above (seed 004: moderators
    /// and experts mentor педагог-level teachers), load under the school's capacity, same methodological association. Each
    /// comes with the reasons that ranked them; people already in an active pair of that kind with the mentee are left out.
    /// </summary>
    public async Task<IReadOnlyList<MentorSuggestionDto>> GetSuggestionsAsync(
        Guid menteeId,
        GetMentorSuggestionsInput input,
        CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        if (!caller.Manage) throw new ForbiddenException();
        var mentee = await db.StaffMembers.AsNoTracking().Where(s => !s.IsArchived).GetAsync(menteeId, ct);
        var kind = input.Kind ?? MentoringPairKind.Mentor;
        var capacity = (await settings.RulesAsync(ct)).MentorCapacity;
        var loads = await db.MentoringPairs.Where(MentoringPair.Active).GroupBy(p => p.MentorStaffMemberId)
            .Select(g => new { MentorId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.MentorId, x => x.Count, ct);
        var current = await db.MentoringPairs.Where(MentoringPair.Active).Where(p => p.MenteeStaffMemberId == mentee.Id && p.Kind == kind)
            .Select(p => p.MentorStaffMemberId).ToListAsync(ct);
        var candidates = await (
                from s in db.StaffMembers.AsNoTracking()
                where !s.IsArchived && s.Id != mentee.Id && !current.Contains(s.Id)
                join a in db.MethodologicalAssociations on s.MethodologicalAssociationId equals a.Id into associations
                from a in associations.DefaultIfEmpty()
                select new { Staff = s, AssociationName = a == null ? null : a.Name })
            .ToListAsync(ct);
        var subjects = mentee.Subjects.Select(Normalize).ToHashSet();
        return candidates
            .Where(c => !c.Staff.IsYoungSpecialist)
            .Select(c =>
            {
                var load = loads.GetValueOrDefault(c.Staff.Id);
                var reasons = new List<MentorSuggestionReason>();
                if (c.Staff.Subjects.Any(x => subjects.Contains(Normalize(x)))) reasons.Add(MentorSuggestionReason.SameSubject);
                if (c.Staff.Category >= QualificationCategory.Expert) reasons.Add(MentorSuggestionReason.SeniorCategory);
                if (load < capacity) reasons.Add(MentorSuggestionReason.UnderCapacity);
                if (mentee.MethodologicalAssociationId is { } association && c.Staff.MethodologicalAssociationId == association)
                    reasons.Add(MentorSuggestionReason.SameAssociation);
                var score = reasons.Sum(r => r switch
                {
                    MentorSuggestionReason.SameSubject => 8,
                    MentorSuggestionReason.SeniorCategory => 4,
                    MentorSuggestionReason.UnderCapacity => 2,
                    _ => 1,
                });
                return new MentorSuggestionDto(c.Staff.Id, c.Staff.FullName, c.Staff.Position, c.Staff.Category, c.Staff.Subjects,
                    c.Staff.MethodologicalAssociationId, c.AssociationName, load, capacity, score, reasons);
            })
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.Category).ThenBy(s => s
                .ActivePairs).ThenBy(s => s.FullName, StringComparer.CurrentCulture)
            .Take(input.MaxResultCount ?? 10)
            .ToList();
    }

    private static string Normalize(string subject) => subject.Trim().ToLowerInvariant();

    /// <summary>
    /// The mentee's open growth cycles and development plans follow the mentor pair: they take the new mentor, or lose the
    /// former one (only where that former mentor is still the one recorded).
    /// </summary>
    private async Task FollowMentorAsync(Guid menteeId, Guid? formerMentorId, Guid? newMentorId, CancellationToken ct)
    {
        var cycles = await db.GrowthCycles.Where(c => c.ParticipantStaffMemberId == menteeId && c.Status == GrowthCycleStatus.Active)
            .WhereIf(formerMentorId.HasValue, c => c.MentorStaffMemberId == formerMentorId).ToListAsync(ct);
        foreach (var cycle in cycles) cycle.SetMentor(newMentorId);
        var plans = await db.DevelopmentPlans.Where(p => p.TeacherStaffMemberId == menteeId && p.Status != DevelopmentPlanStatus.Completed)
            .WhereIf(formerMentorId.HasValue, p => p.MentorStaffMemberId == formerMentorId).ToListAsync(ct);
        foreach (var plan in plans) plan.AssignMentor(newMentorId);
    }

    internal async Task<List<MentoringPairDto>> ToDtosAsync(
        IReadOnlyCollection<Guid> ids,
        MentoringReadAccess.Caller caller,
        CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var idList = ids.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (
                from p in db.MentoringPairs.AsNoTracking()
                where idList.Contains(p.Id)
                join mentor in db.StaffMembers on p.MentorStaffMemberId equals mentor.Id
                join mentee in db.StaffMembers on p.MenteeStaffMemberId equals mentee.Id
                select new
                {
                    Pair = p, MentorName = mentor.FullName, MentorCategory = mentor.Category,
                    MenteeName = mentee.FullName, MenteeCategory = mentee.Category, mentee.IsYoungSpecialist,
                })
            .ToListAsync(ct);
        var meetings = await db.MentoringMeetings.AsNoTracking()
            .Where(m => idList.Contains(m.PairId) && m.Status != MentoringMeetingStatus.Cancelled)
            .Select(m => new { m.PairId, m.Status, m.StartsAt, m.DurationMinutes }).ToListAsync(ct);
        var byPair = meetings.ToLookup(m => m.PairId);
        var order = idList.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return rows.OrderBy(r => order[r.Pair.Id]).Select(r =>
        {
            var p = r.Pair;
            var own = byPair[p.Id].ToList();
            var held = own.Where(m => m.Status == MentoringMeetingStatus.Held).ToList();
            var isMentor = caller.StaffId == p.MentorStaffMemberId;
            var isMentee = caller.StaffId == p.MenteeStaffMemberId;
            return new MentoringPairDto(p.Id, p.Kind, p.MentorStaffMemberId, r.MentorName, r.MentorCategory,
                p.MenteeStaffMemberId, r.MenteeName, r.MenteeCategory, r.IsYoungSpecialist,
                p.StartsOn, p.EndsOn, p.EndedOn, p.EndReason, p.IsActive,
                held.Count == 0 ? null : held.Max(m => m.StartsAt),
                own.Where(m => m.Status == MentoringMeetingStatus.Scheduled && m.StartsAt >= now).Select(m => (DateTime?)m.StartsAt).Min(),
                held.Sum(m => m.DurationMinutes), p.EvidenceConsentAt,
                new MentoringPairAbilities(p.IsActive && caller.Manage, p.IsActive && (isMentor || isMentee), isMentor, isMentee, isMentee),
                p.CreationTime, p.ConcurrencyStamp);
        }).ToList();
    }
}
