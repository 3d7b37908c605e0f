using System.Globalization;
using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// A teacher's reflection card: the novice's weekly card (one per ISO week) or the year-end card of Table 15 (one per
/// academic year, filled during the school's May campaign). Only the teacher writes it. It is private to her, her active
/// mentor or tutor and the colleagues she shares it with: the director does not read it by default. The weekly card's
/// Әрекет 2 is a question to her mentor or to a deputy, who answers it; that person reads the question, not the card.
/// </summary>
public sealed class ReflectionCard : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>
    /// Who may read a card: its teacher, the teacher's active mentors and tutors (<paramref name="menteeIds"/>: the caller's
    /// active mentees, from the mentoring pairs) and whoever she shared it with. No permission widens it. Every reader (its
    /// pages, the audit log, the confidence series, notifications) uses this rule.
    /// </summary>
    public static Expression<Func<ReflectionCard, bool>> VisibleTo(Guid? staffId, IReadOnlyCollection<Guid> menteeIds)
    {
        var me = staffId ?? Guid.Empty;
        return c => staffId != null
            && (c.TeacherStaffMemberId == me || menteeIds.Contains(c.TeacherStaffMemberId) || c.Shares.Any(s => s.StaffMemberId == me));
    }

    private readonly List<ReflectionCardShare> _shares = [];

    public Guid TenantId { get; private set; }
    public ReflectionCardKind Kind { get; private set; }
    public Guid TeacherStaffMemberId { get; private set; }
    public int AcademicYear { get; private set; }
    /// <summary>Weekly card: the ISO week-numbering year and week (1–53).</summary>
    public int? WeekYear { get; private set; }
    public int? Week { get; private set; }
    /// <summary>What makes a card unique for its teacher and kind: year × 100 + week for a weekly card, the academic year for a year-end
    /// one.</summary>
    public int PeriodKey { get; private set; }
    public IReadOnlyList<ReflectionCardAnswer> Answers { get; private set; } = [];
    /// <summary>The 0–10 scale of Қорытынды 1: confidence (weekly) or satisfaction with the year (year-end).</summary>
    public int? Score { get; private set; }
    /// <summary>Who the weekly question (Әрекет 2) goes to, when it is asked.</summary>
    public Guid? AddresseeStaffMemberId { get; private set; }
    public CardQuestionAddressee? AddresseeKind { get; private set; }
    public string? QuestionAnswer { get; private set; }
    public DateTime? QuestionAnsweredAt { get; private set; }
    public Guid? QuestionAnsweredByStaffId { get; private set; }
    public IReadOnlyCollection<ReflectionCardShare> Shares => _shares.AsReadOnly();

    public string? Question => Answers.FirstOrDefault(a => a.Key == ReflectionCardQuestions.AddresseeQuestion.Key)?.Text;
    public DateOnly? WeekStart
        => WeekYear is { } y && Week is { } w ? DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday)) : null;

    private ReflectionCard() { }

    /// <summary>A weekly card for an ISO week (the academic year is that of the week's Monday).</summary>
    public static ReflectionCard Weekly(Guid id, Guid writerStaffId, Guid teacherStaffMemberId, int weekYear, int week)
    {
        EnsureSelf(writerStaffId, teacherStaffMemberId);
        if (weekYear is < AcademicYears.Min or > AcademicYears.Max + 1 || week < 1 || week > ISOWeek.GetWeeksInYear(weekYear))
            throw new InputValidationException(nameof(Week), KemelSchoolPDErrorCodes.MentoringPlans.InvalidWeek);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday));
        return new ReflectionCard(id, ReflectionCardKind.Weekly, teacherStaffMemberId, AcademicYears.Of(monday))
        {
            WeekYear = weekYear, Week = week, PeriodKey = weekYear * 100 + week,
        };
    }

    /// <summary>The year-end card (Table 15) for an academic year.</summary>
    public static ReflectionCard YearEnd(Guid id, Guid writerStaffId, Guid teacherStaffMemberId, int academicYear)
    {
        EnsureSelf(writerStaffId, teacherStaffMemberId);
        return new ReflectionCard(id, ReflectionCardKind.YearEnd, teacherStaffMemberId, academicYear) { PeriodKey = academicYear };
    }

    private ReflectionCard(Guid id, ReflectionCardKind kind, Guid teacherStaffMemberId, int academicYear) : base(id)
    {
        if (!AcademicYears.IsValid(academicYear)) throw new InputValidationException(
            nameof(AcademicYear),
            ValidationCodes.Range,
            AcademicYears.Min,
            AcademicYears.Max);
        Kind = kind;
        TeacherStaffMemberId = teacherStaffMemberId;
        AcademicYear = academicYear;
    }

    /// <summary>
    /// The teacher's answers (only the card's questions, each once) and score. The weekly question goes to the addressee
    /// chosen (the application has checked that it is her active mentor or a deputy); a new question clears an old answer.
    /// </summary>
    public ReflectionCard Fill(
        Guid writerStaffId,
        IEnumerable<ReflectionCardAnswer> answers,
        int? score,
        Guid? addresseeStaffId,
        CardQuestionAddressee? addresseeKind)
    {
        EnsureTeacher(writerStaffId);
        var list = new List<ReflectionCardAnswer>();
        foreach (var answer in answers)
        {
            var question = ReflectionCardQuestions.Find(Kind, answer.Key)
                           ?? throw new InputValidationException(
                               "answers",
                               KemelSchoolPDErrorCodes.MentoringPlans.UnknownQuestion,
                               answer.Key);
            if (list.Any(a => a.Key == question
                .Key)) throw new InputValidationException("answers", KemelSchoolPDErrorCodes.MentoringPlans.UnknownQuestion, answer.Key);
            var text = Check.NullIfEmpty(answer.Text, "answers", ReflectionCardConsts.MaxAnswerLength);
            if (text is not null) list.Add(new ReflectionCardAnswer(question.Key, text));
        }
        var order = ReflectionCardQuestions.Of(Kind).Select(q => q.Key).ToList();
        var previousQuestion = Question;
        Answers = list.OrderBy(a => order.IndexOf(a.Key)).ToList();
        Score = score is { } s ? Check.Range(s, nameof(Score), ReflectionCardConsts.MinScore, ReflectionCardConsts.MaxScore) : null;

        if (Kind == ReflectionCardKind.Weekly && Question is not null && addresseeStaffId is { } addressee)
        {
            if (addressee == TeacherStaffMemberId) throw new InputValidationException(
                "addresseeStaffMemberId",
                KemelSchoolPDErrorCodes.MentoringPlans.ShareWithSelf);
            if (addressee != AddresseeStaffMemberId || Question != previousQuestion) ClearQuestionAnswer();
            AddresseeStaffMemberId = addressee;
            AddresseeKind = Check.Defined(addresseeKind ?? CardQuestionAddressee.Mentor, "addresseeKind");
        }
        else if (Kind == ReflectionCardKind.Weekly && addresseeStaffId is not null)
            throw new InputValidationException("answers", KemelSchoolPDErrorCodes.MentoringPlans.QuestionRequired);
        else
        {
            AddresseeStaffMemberId = null;
            AddresseeKind = null;
            ClearQuestionAnswer();
        }
        return this;
    }

    /// <summary>The addressee answers the question (and may correct the answer); the teacher reads it on her card.</summary>
    public ReflectionCard AnswerQuestion(Guid answererStaffId, string answer, DateTime now)
    {
        if (AddresseeStaffMemberId != answererStaffId || Question is null) throw new ForbiddenException(
            KemelSchoolPDErrorCodes.MentoringPlans.NotAddressee);
        QuestionAnswer = Check.NotNullOrWhiteSpace(answer, "answer", ReflectionCardConsts.MaxQuestionAnswerLength);
        QuestionAnsweredAt = now;
        QuestionAnsweredByStaffId = answererStaffId;
        return this;
    }

    /// <summary>The colleagues the teacher shares the card with (the application has checked they are active staff of the
    /// school).</summary>
    public ReflectionCard ShareWith(Guid writerStaffId, IEnumerable<Guid> staffIds)
    {
        EnsureTeacher(writerStaffId);
        var ids = staffIds.Distinct().ToList();
        if (ids.Contains(TeacherStaffMemberId)) throw new InputValidationException(
            "staffMemberIds",
            KemelSchoolPDErrorCodes.MentoringPlans.ShareWithSelf);
        if (ids.Count > ReflectionCardConsts
            .MaxShares) throw new InputValidationException("staffMemberIds", ValidationCodes.Range, 0, ReflectionCardConsts.MaxShares);
        _shares.RemoveAll(s => !ids.Contains(s.StaffMemberId));
        foreach (var id in ids.Where(id => _shares.All(s => s.StaffMemberId != id))) _shares.Add(new ReflectionCardShare(Id, id));
        return this;
    }

    /// <summary>Only the teacher writes her card: anyone else is refused with a code (a card for someone else).</summary>
    public void EnsureTeacher(Guid writerStaffId) => EnsureSelf(writerStaffId, TeacherStaffMemberId);

    private static void EnsureSelf(Guid writerStaffId, Guid teacherStaffMemberId)
    {
        if (writerStaffId != teacherStaffMemberId) throw new ForbiddenException(KemelSchoolPDErrorCodes.MentoringPlans.CardForSomeoneElse);
    }

    private void ClearQuestionAnswer()
    {
        QuestionAnswer = null;
        QuestionAnsweredAt = null;
        QuestionAnsweredByStaffId = null;
    }
}

public sealed record ReflectionCardAnswer(string Key, string? Text);

/// <summary>A colleague the teacher shared a card with: a row of its own so that the read rule is a query.</summary>
public sealed class ReflectionCardShare : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid CardId { get; private set; }
    public Guid StaffMemberId { get; private set; }

    private ReflectionCardShare() { }

    internal ReflectionCardShare(Guid cardId, Guid staffMemberId) : base(Guid.CreateVersion7())
    {
        CardId = cardId;
        StaffMemberId = staffMemberId;
    }
}
