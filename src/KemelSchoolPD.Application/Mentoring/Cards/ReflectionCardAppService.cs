using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The novice's weekly reflection card and the year-end card (seed 004, Case 2). The teacher alone writes her cards; she,
/// her active mentors and tutors and whoever she shares a card with read it (<see cref="ReflectionCardReadAccess"/>); a card
/// the caller may not read is answered like one that does not exist. The weekly question to the mentor or a deputy is read
/// and answered by its addressee through <see cref="GetQuestionsAsync"/> and <see cref="AnswerQuestionAsync"/>.
/// </summary>
public sealed class ReflectionCardAppService(
    IKemelSchoolPDDbContext db,
    ReflectionCardReadAccess access,
    MentoringRelations relations,
    CurrentStaffMember currentStaff,
    TimeProvider clock)
{
    /// <summary>A card's questions in the reader's language (the seed's Kazakh and the Russian side by side).</summary>
    public ReflectionCardFormDto GetForm(ReflectionCardKind kind)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var title = Localization.KemelSchoolPDLocalization.Store.Find($"MentoringPlans:Card.{kind}", CultureInfo.CurrentUICulture)
            ?? kind.ToString();
        return new ReflectionCardFormDto(kind, title, ReflectionCardQuestions.Of(Check.Defined(kind, nameof(kind))).Select(q =>
            new ReflectionCardQuestionDto(
                q.Key,
                q.Kind,
                q.Block,
                q.Number,
                q.Text(culture),
                q.Kk,
                q.Ru,
                q.HasScore,
                q.IsQuestionToAddressee)).ToList());
    }

    public async Task<PagedResultDto<ReflectionCardListItemDto>> GetListAsync(
        GetReflectionCardListInput input,
        CancellationToken ct = default)
    {
        var query =
            from c in (await access.CardsAsync(ct)).AsNoTracking()
            join t in db.StaffMembers on c.TeacherStaffMemberId equals t.Id
            select new { Card = c, TeacherName = t.FullName };
        query = query
            .WhereIf(input.Kind.HasValue, x => x.Card.Kind == input.Kind)
            .WhereIf(input.TeacherStaffMemberId.HasValue, x => x.Card.TeacherStaffMemberId == input.TeacherStaffMemberId)
            .WhereIf(input.AcademicYear.HasValue, x => x.Card.AcademicYear == input.AcademicYear);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.Card.AcademicYear).ThenByDescending(x => x.Card.PeriodKey)
            .ThenBy(x => x.TeacherName)
            .PageBy(input)
            .ToListAsync(ct);
        return new PagedResultDto<ReflectionCardListItemDto>(total, page.Select(x => new ReflectionCardListItemDto(
            x.Card.Id, x.Card.Kind, x.Card.TeacherStaffMemberId, x.TeacherName, x.Card.AcademicYear, x.Card.WeekYear, x.Card.Week, x.Card
                .WeekStart,
            x.Card.Score, x.Card.AddresseeStaffMemberId is not null && x.Card.Question is not null, x.Card.QuestionAnswer is not null,
            x.Card.CreationTime, x.Card.LastModificationTime)).ToList());
    }

    public async Task<ReflectionCardDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var card = await (await access.CardsAsync(ct)).AsNoTracking().Include(c => c.Shares).GetAsync(id, ct);
        return await ToDtoAsync(card, ct);
    }

    /// <summary>The caller's weekly card (by default for the current ISO week); one per teacher and week (409).</summary>
    public async Task<ReflectionCardDto> CreateWeeklyAsync(CreateWeeklyCardDto input, CancellationToken ct = default)
    {
        var me = await MeAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var weekYear = input.WeekYear ?? ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue));
        var week = input.Week ?? ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue));
        var card = ReflectionCard.Weekly(Guid.CreateVersion7(), me, input.TeacherStaffMemberId ?? me, weekYear, week);
        if (await db.ReflectionCards
            .AnyAsync(c => c.TeacherStaffMemberId == me && c.Kind == ReflectionCardKind.Weekly && c.PeriodKey == card.PeriodKey, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.MentoringPlans.WeeklyCardExists);
        await FillAsync(card, me, input, ct);
        db.ReflectionCards.Add(card);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(card, ct);
    }

    /// <summary>The caller's year-end card (Table 15), while the school's campaign for that year is open; one per teacher and year
    /// (409).</summary>
    public async Task<ReflectionCardDto> CreateYearEndAsync(CreateYearEndCardDto input, CancellationToken ct = default)
    {
        var me = await MeAsync(ct);
        var card = ReflectionCard.YearEnd(Guid.CreateVersion7(), me, input.TeacherStaffMemberId ?? me, input.AcademicYear);
        if (!await db.YearEndCampaigns.AnyAsync(c => c.AcademicYear == input.AcademicYear && c.Status == YearEndCampaignStatus.Open, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.MentoringPlans.CampaignNotOpen);
        if (await db.ReflectionCards.AnyAsync(
            c => c.TeacherStaffMemberId == me && c.Kind == ReflectionCardKind.YearEnd && c.AcademicYear == input.AcademicYear,
            ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.MentoringPlans.YearEndCardExists);
        await FillAsync(card, me, input, ct);
        db.ReflectionCards.Add(card);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(card, ct);
    }

    /// <summary>The teacher changes her card; a mentor or a colleague it is shared with reads it but is refused a change (403 with the
    /// code).</summary>
    public async Task<ReflectionCardDto> UpdateAsync(Guid id, UpdateReflectionCardDto input, CancellationToken ct = default)
    {
        var card = await (await access.CardsAsync(ct)).Include(c => c.Shares).GetAsync(id, ct);
        var me = await currentStaff.GetIdAsync(ct) ?? Guid.Empty;
        card.EnsureTeacher(me);
        db.ExpectConcurrencyStamp(card, input.ConcurrencyStamp);
        await FillAsync(card, me, input, ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(card, ct);
    }

    /// <summary>The colleagues the teacher shares her card with (replaces the list).</summary>
    public async Task<ReflectionCardDto> ShareAsync(Guid id, ShareReflectionCardDto input, CancellationToken ct = default)
    {
        var card = await (await access.CardsAsync(ct)).Include(c => c.Shares).GetAsync(id, ct);
        var me = await currentStaff.GetIdAsync(ct) ?? Guid.Empty;
        card.EnsureTeacher(me);
        db.ExpectConcurrencyStamp(card, input.ConcurrencyStamp);
        var ids = input.StaffMemberIds.Distinct().ToList();
        if (await db.StaffMembers.CountAsync(s => ids.Contains(s.Id) && !s.IsArchived, ct) != ids.Count)
            throw new InputValidationException("staffMemberIds", KemelSchoolPDErrorCodes.MentoringPlans.ShareMustBeActiveStaff);
        card.ShareWith(me, ids);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(card, ct);
    }

    /// <summary>Questions teachers asked the caller on their weekly cards (the question only, not the card), unanswered first.</summary>
    public async Task<List<CardQuestionDto>> GetQuestionsAsync(bool? answered, CancellationToken ct = default)
    {
        var me = await MeAsync(ct);
        var rows = await (from c in db.ReflectionCards.AsNoTracking().Where(c => c.AddresseeStaffMemberId == me)
                          join t in db.StaffMembers on c.TeacherStaffMemberId equals t.Id
                          select new { Card = c, TeacherName = t.FullName }).ToListAsync(ct);
        return rows.Where(x => x.Card.Question is not null && (answered is null || (x.Card.QuestionAnswer is not null) == answered))
            .OrderBy(x => x.Card.QuestionAnswer is not null).ThenByDescending(x => x.Card.PeriodKey)
            .Select(x => ToQuestion(x.Card, x.TeacherName)).ToList();
    }

    /// <summary>The addressee answers a question (again to correct it); the teacher is told and reads the answer on her card.</summary>
    public async Task<CardQuestionDto> AnswerQuestionAsync(Guid id, AnswerCardQuestionDto input, CancellationToken ct = default)
    {
        var me = await currentStaff.GetIdAsync(ct) ?? Guid.Empty;
        var card = await db.ReflectionCards.Where(c => c.AddresseeStaffMemberId == me).GetAsync(id, ct);
        card.AnswerQuestion(me, input.Answer, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        var teacher = await db.StaffMembers.AsNoTracking().Where(s => s.Id == card.TeacherStaffMemberId).Select(s => s.FullName)
            .FirstAsync(ct);
        return ToQuestion(card, teacher);
    }

    /// <summary>Who the caller may send the weekly question to: her active mentors and tutors, and the deputies.</summary>
    public async Task<List<CardAddresseeOptionDto>> GetAddresseeOptionsAsync(CancellationToken ct = default)
    {
        var me = await MeAsync(ct);
        var mentors = await relations.ActiveMentorIdsAsync(me, ct);
        var deputies = await access.DeputyStaffIds().Where(id => id != me).Distinct().ToListAsync(ct);
        var ids = mentors.Concat(deputies).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id) && !s.IsArchived)
            .ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        return mentors.Where(names.ContainsKey).Select(id => new CardAddresseeOptionDto(id, names[id], CardQuestionAddressee.Mentor))
            .Concat(deputies.Where(id => names.ContainsKey(id) && !mentors.Contains(id))
                .Select(id => new CardAddresseeOptionDto(id, names[id], CardQuestionAddressee.Deputy)))
            .OrderBy(o => o.Kind).ThenBy(o => o.FullName).ToList();
    }

    /// <summary>
    /// Confidence over the weeks for the chart: the weekly scores of one teacher (the caller by default; a mentor's mentee; a
    /// colleague's shared cards), as far as the caller may read them. An unknown teacher is 404.
    /// </summary>
    public async Task<ConfidenceSeriesDto> GetConfidenceSeriesAsync(
        Guid? teacherStaffMemberId,
        int? academicYear,
        CancellationToken ct = default)
    {
        var me = await MeAsync(ct);
        var teacherId = teacherStaffMemberId ?? me;
        var teacher = await db.StaffMembers.AsNoTracking().Where(s => s.Id == teacherId).Select(s => s.FullName).FirstOrDefaultAsync(ct)
                      ?? throw new EntityNotFoundException(typeof(StaffMember), teacherId);
        var cards = await (await access.CardsAsync(ct)).AsNoTracking()
            .Where(c => c.TeacherStaffMemberId == teacherId && c.Kind == ReflectionCardKind.Weekly)
            .WhereIf(academicYear.HasValue, c => c.AcademicYear == academicYear)
            .OrderByDescending(c => c.PeriodKey).Take(ReflectionCardConsts.MaxWeeksInSeries)
            .Select(c => new { c.Id, c.WeekYear, c.Week, c.Score }).ToListAsync(ct);
        return new ConfidenceSeriesDto(teacherId, teacher, cards.OrderBy(c => c.WeekYear).ThenBy(c => c.Week)
            .Select(c => new ConfidencePointDto(
                c.WeekYear!.Value, c.Week!.Value, DateOnly.FromDateTime(
                    ISOWeek.ToDateTime(c.WeekYear.Value, c.Week.Value, DayOfWeek.Monday)), c
                .Score, c.Id))
            .ToList());
    }

    private async Task<Guid> MeAsync(CancellationToken ct) =>
        await currentStaff.GetIdAsync(ct) ?? throw new BusinessException(KemelSchoolPDErrorCodes.MentoringPlans.NoStaffRecord);

    /// <summary>The addressee of the weekly question: one of her active mentors or tutors, or a deputy director (400 otherwise).</summary>
    private async Task FillAsync(ReflectionCard card, Guid me, ReflectionCardContentInput input, CancellationToken ct)
    {
        CardQuestionAddressee? kind = null;
        if (input.AddresseeStaffMemberId is { } addressee && addressee != me)
        {
            if (await relations.IsActiveMentorOfAsync(addressee, card.TeacherStaffMemberId, ct)) kind = CardQuestionAddressee.Mentor;
            else if (await access.DeputyStaffIds().AnyAsync(id => id == addressee, ct)) kind = CardQuestionAddressee.Deputy;
            else throw new InputValidationException("addresseeStaffMemberId", KemelSchoolPDErrorCodes.MentoringPlans.AddresseeNotDeputy);
        }
        card.Fill(me, input.Answers.Select(a => new ReflectionCardAnswer(a.Key, a.Text)), input.Score, input.AddresseeStaffMemberId, kind);
    }

    private async Task<ReflectionCardDto> ToDtoAsync(ReflectionCard card, CancellationToken ct)
    {
        var me = await currentStaff.GetIdAsync(ct);
        var ids = card.Shares.Select(s => s.StaffMemberId).Append(card.TeacherStaffMemberId).ToList();
        if (card.AddresseeStaffMemberId is { } a) ids.Add(a);
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        var own = card.TeacherStaffMemberId == me;
        return new ReflectionCardDto(card.Id, card.Kind, card.TeacherStaffMemberId, names.GetValueOrDefault(
            card.TeacherStaffMemberId,
            ""), card.AcademicYear,
            AcademicYears.Label(card.AcademicYear), card.WeekYear, card.Week, card.WeekStart,
            card.Answers.Select(x => new ReflectionCardAnswerDto(x.Key, x.Text)).ToList(), card.Score,
            card.AddresseeStaffMemberId is { } addressee
                ? new StaffRefDto(addressee, names.GetValueOrDefault(addressee, ""))
                : null, card.AddresseeKind,
            card.QuestionAnswer, card.QuestionAnsweredAt,
            card.Shares.Select(s => new StaffRefDto(s.StaffMemberId, names.GetValueOrDefault(s.StaffMemberId, ""))).OrderBy(s => s.FullName)
                .ToList(),
            new ReflectionCardAbilities(own, own), card.CreationTime, card.LastModificationTime, card.ConcurrencyStamp);
    }

    private static CardQuestionDto ToQuestion(ReflectionCard c, string teacherName) =>
        new(c.Id, c.TeacherStaffMemberId, teacherName, c.WeekYear, c.Week, c.WeekStart, c.AddresseeKind, c.Question ?? "", c.QuestionAnswer,
            c.QuestionAnsweredAt, c.LastModificationTime ?? c.CreationTime);
}
