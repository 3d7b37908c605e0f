using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Mentoring;

/// <summary>The cards' kinds of "my work" items and notifications (stable codes), and the record types they point to.</summary>
public static class ReflectionCardWorkKinds
{
    /// <summary>Item for the addressee: a teacher's weekly question (Әрекет 2) waits for an answer (due a week after it was
    /// asked).</summary>
    public const string CardQuestion = "MentoringPlans.CardQuestion";
    /// <summary>Item for every teacher without a year-end card while the school's campaign is open (due at its deadline).</summary>
    public const string YearEndCardDue = "MentoringPlans.YearEndCardDue";
    /// <summary>
    /// Item for a mentee in the first year of a mentor or tutor pair, when the school expects a weekly card: this week's card is
    /// not filled (due on the week's Sunday).
    /// </summary>
    public const string WeeklyCardDue = "MentoringPlans.WeeklyCardDue";
    /// <summary>Event for the addressee: a question was asked.</summary>
    public const string CardQuestionAsked = "MentoringPlans.CardQuestionAsked";
    /// <summary>Event for the teacher: her question was answered.</summary>
    public const string CardQuestionAnswered = "MentoringPlans.CardQuestionAnswered";

    /// <summary>The question of a card as a record: its addressee reads it (not the card), besides the card's own readers.</summary>
    public const string QuestionRecord = "ReflectionCardQuestion";

    public const string Module = "MentoringPlans";

    public const int QuestionAnswerDays = 7;

    public static string CardLink(Guid cardId) => $"/mentoring/cards/{cardId}";

    public static string QuestionsLink(Guid cardId) => $"/mentoring/card-questions?card={cardId}";

    public const string NewWeeklyCardLink = "/mentoring/cards/new";

    public static string CampaignLink(int academicYear) => $"/mentoring/cards/year-end/{academicYear}";

    /// <summary>The week as people read it: "01.12–07.12.2026".</summary>
    public static string WeekLabel(int? weekYear, int? week)
    {
        if (weekYear is not { } y || week is not { } w) return "";
        var monday = ISOWeek.ToDateTime(y, w, DayOfWeek.Monday);
        return $"{monday:dd.MM}–{monday.AddDays(6):dd.MM.yyyy}";
    }

    public static IServiceCollection AddReflectionCardMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, ReflectionCardMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, ReflectionCardNotifier>()
        .AddScoped<IRecordReadCheck, ReflectionCardReadCheck>()
        .AddScoped<IRecordReadCheck, ReflectionCardQuestionReadCheck>()
        .AddScoped<IRecordReadCheck, YearEndCampaignReadCheck>()
        .AddNotificationKinds(Module, k => k
            .Immediate(CardQuestionAsked, CardQuestionAnswered).Reminders(CardQuestion, YearEndCardDue, WeeklyCardDue));
}

/// <summary>
/// Unanswered weekly questions (their addressee's) and, while a year-end campaign is open, the teachers who have not filled
/// the card (each one's own). Neither item carries a card's text: only the teacher's name and the week or year.
/// </summary>
public sealed class ReflectionCardMyWorkSource(IKemelSchoolPDDbContext db, MentoringSettingsAppService settings) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; } =
        [ReflectionCardWorkKinds.CardQuestion, ReflectionCardWorkKinds.YearEndCardDue, ReflectionCardWorkKinds.WeeklyCardDue];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var caller = query.Caller;
        var me = caller?.StaffId ?? Guid.Empty;
        var entries = new List<MyWorkEntry>();
        if (caller is not null && caller.StaffId is null) return entries;

        // Questions: only ever the addressee's (a caller's school list shows only questions addressed to the caller too: the card is
        // private).
        var questions = await (
            from c in query.Schools(db.ReflectionCards.AsNoTracking())
            where c.AddresseeStaffMemberId != null && c.QuestionAnswer == null && (caller == null || c.AddresseeStaffMemberId == me)
            join t in query.Schools(db.StaffMembers) on c.TeacherStaffMemberId equals t.Id
            where !t.IsArchived
            select new
            {
                c.Id, c.TenantId, c.TeacherStaffMemberId, TeacherName = t.FullName, Addressee = c.AddresseeStaffMemberId!.Value, c
                .WeekYear, c.Week, c.CreationTime, c.LastModificationTime
            })
            .ToListAsync(ct);
        foreach (var q in questions)
        {
            var due = DateOnly.FromDateTime(q.LastModificationTime ?? q.CreationTime).AddDays(ReflectionCardWorkKinds.QuestionAnswerDays);
            entries.Add(new MyWorkEntry(q.TenantId, ReflectionCardWorkKinds.CardQuestion,
                new NotificationRecord(ReflectionCardWorkKinds.QuestionRecord, q.Id, ReflectionCardWorkKinds.QuestionsLink(q.Id), due),
                MyWorkRole.Mentor, q.Addressee, null, q.TeacherStaffMemberId, q.TeacherName, MyWorkAudience.Person(q.Addressee),
                new Dictionary<string, string>
                {
                    ["Teacher"] = q.TeacherName,
                    ["Week"] = ReflectionCardWorkKinds.WeekLabel(q.WeekYear, q.Week)
                }));
        }

        entries.AddRange(await WeeklyCardsDueAsync(query, me, ct));

        // The year-end campaign: each teacher without a card, due at the deadline (on one's own list, only one's own item).
        var campaigns = await query.Schools(db.YearEndCampaigns.AsNoTracking()).Where(c => c.Status == YearEndCampaignStatus.Open)
            .Select(c => new { c.Id, c.TenantId, c.AcademicYear, c.Deadline }).ToListAsync(ct);
        if (campaigns.Count == 0) return entries;
        var tenantIds = campaigns.Select(c => c.TenantId).Distinct().ToList();
        var years = campaigns.Select(c => c.AcademicYear).Distinct().ToList();
        var mine = query.Mine;
        var pending = await query.Schools(db.StaffMembers.AsNoTracking())
            .Where(s => !s.IsArchived && tenantIds.Contains(s.TenantId) && (!mine || s.Id == me))
            .Select(s => new { s.Id, s.TenantId, s.FullName }).ToListAsync(ct);
        // The cards already filled: a second statement (a correlated list would need APPLY).
        var filled = (await query.Schools(db.ReflectionCards.AsNoTracking())
                .Where(c => c.Kind == ReflectionCardKind.YearEnd && tenantIds.Contains(c.TenantId) && years.Contains(c.AcademicYear)
                    && (!mine || c.TeacherStaffMemberId == me))
                .Select(c => new { c.TeacherStaffMemberId, c.AcademicYear }).ToListAsync(ct))
            .Select(c => (c.TeacherStaffMemberId, c.AcademicYear)).ToHashSet();
        foreach (var campaign in campaigns)
            foreach (var s in pending.Where(s => s.TenantId == campaign.TenantId && !filled.Contains((s.Id, campaign.AcademicYear))))
                entries.Add(new MyWorkEntry(campaign.TenantId, ReflectionCardWorkKinds.YearEndCardDue,
                    new NotificationRecord(
                        nameof(YearEndCampaign),
                        campaign.Id,
                        ReflectionCardWorkKinds.CampaignLink(campaign.AcademicYear),
                        campaign.Deadline),
                    MyWorkRole.Teacher, s.Id, s.FullName, s.Id, s.FullName, MyWorkAudience.Person(s.Id),
                    new Dictionary<string, string> { ["Teacher"] = s.FullName, ["Year"] = AcademicYears.Label(campaign.AcademicYear) }));
        return entries;
    }

    /// <summary>
    /// The weekly card of seed 004 ("осы аптада… келесі аптада… 7 күнге"), expected while the school asks for one a week in the
    /// first year of a mentor or tutor pair: each mentee without this ISO week's card has an item of her own, due on Sunday.
    /// </summary>
    private async Task<IReadOnlyList<MyWorkEntry>> WeeklyCardsDueAsync(MyWorkQuery query, Guid me, CancellationToken ct)
    {
        var today = query.Today.ToDateTime(TimeOnly.MinValue);
        var (weekYear, week) = (ISOWeek.GetYear(today), ISOWeek.GetWeekOfYear(today));
        var sunday = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Sunday));
        var yearAgo = query.Today.AddYears(-1);
        var mine = query.Mine;
        var mentees = (await (
                from p in query.Schools(db.MentoringPairs.AsNoTracking()).Where(MentoringPair.Guiding)
                where p.StartsOn > yearAgo && p.StartsOn <= query.Today && (!mine || p.MenteeStaffMemberId == me)
                join s in db.StaffMembers on p.MenteeStaffMemberId equals s.Id
                where !s.IsArchived
                where !db.ReflectionCards.Any(c => c.TeacherStaffMemberId == p.MenteeStaffMemberId && c.Kind == ReflectionCardKind.Weekly
                                                   && c.WeekYear == weekYear && c.Week == week)
                select new { PairId = p.Id, p.TenantId, p.StartsOn, MenteeId = s.Id, s.FullName })
            .ToListAsync(ct))
            .GroupBy(m => m.MenteeId).Select(g => g.OrderBy(m => m.StartsOn).First()).ToList();
        if (mentees.Count == 0) return [];
        var rulesOf = await settings.RulesForAsync(query.Caller is null, mentees.Select(m => m.TenantId).Distinct().ToList(), ct);
        return mentees
            .Where(
                m => rulesOf(m.TenantId).WeeklyCardInFirstYear
                    && query.RulesOf(m.TenantId).StateOf(sunday, query.Today) != MyWorkState.Open)
            .Select(m => new MyWorkEntry(m.TenantId, ReflectionCardWorkKinds.WeeklyCardDue,
                new NotificationRecord(nameof(MentoringPair), m.PairId, ReflectionCardWorkKinds.NewWeeklyCardLink, sunday),
                MyWorkRole.Teacher, m.MenteeId, m.FullName, m.MenteeId, m.FullName, MyWorkAudience.Person(m.MenteeId),
                new Dictionary<string, string> { ["Teacher"] = m.FullName, ["Week"] = ReflectionCardWorkKinds.WeekLabel(weekYear, week) }))
            .ToList();
    }
}

/// <summary>A question asked (a new card with one, a new question or addressee) → the addressee; an answer → the teacher.</summary>
public sealed class ReflectionCardNotifier(IKemelSchoolPDDbContext db) : RecordNotifier(db)
{
    protected override IEnumerable<RecordNotice> Find(RecordChangeSet changes)
    {
        foreach (var e in changes.Entries<ReflectionCard>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var card = e.Entity;
            var week = new Dictionary<string, string> { ["Week"] = ReflectionCardWorkKinds.WeekLabel(card.WeekYear, card.Week) };
            if (card.AddresseeStaffMemberId is { } addressee && card.Question is not null && card.QuestionAnswer is null
                && (e.State == EntityState.Added || e.Property(c => c.AddresseeStaffMemberId).OriginalValue != card.AddresseeStaffMemberId
                    || e.Property(c => c.QuestionAnswer).OriginalValue is not null
                    || QuestionOf(e.Property(c => c.Answers).OriginalValue) != card.Question))
                yield return Notice(ReflectionCardWorkKinds.CardQuestionAsked,
                    new NotificationRecord(ReflectionCardWorkKinds.QuestionRecord, card.Id, ReflectionCardWorkKinds.QuestionsLink(card.Id)),
                    MyWorkAudience.Person(addressee), week, ("Teacher", card.TeacherStaffMemberId));
            if (e.State == EntityState.Modified && card.QuestionAnswer is not null
                && e.Property(c => c.QuestionAnswer).OriginalValue != card.QuestionAnswer)
                yield return Notice(ReflectionCardWorkKinds.CardQuestionAnswered,
                    new NotificationRecord(nameof(ReflectionCard), card.Id, ReflectionCardWorkKinds.CardLink(card.Id)),
                    MyWorkAudience.Person(card.TeacherStaffMemberId), week, ("Answerer", card.QuestionAnsweredByStaffId ?? Guid.Empty));
        }
    }

    private static string? QuestionOf(IReadOnlyList<ReflectionCardAnswer>? answers) =>
        answers?.FirstOrDefault(a => a.Key == ReflectionCardQuestions.AddresseeQuestion.Key)?.Text;
}

/// <summary>The card's read rule (<see cref="ReflectionCard.VisibleTo"/>) for any reader: the teacher, her active mentors, the colleagues
/// she shared it with.</summary>
public sealed class ReflectionCardReadCheck(IKemelSchoolPDDbContext db) : IRecordReadCheck
{
    public string RecordType => nameof(ReflectionCard);

    public Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(
        IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs,
        CancellationToken ct) =>
        ReflectionCardReaders.ReadableAsync(db, pairs, addresseeReads: false, ct);
}

/// <summary>A card's question: its addressee reads it, and so does whoever reads the card.</summary>
public sealed class ReflectionCardQuestionReadCheck(IKemelSchoolPDDbContext db) : IRecordReadCheck
{
    public string RecordType => ReflectionCardWorkKinds.QuestionRecord;

    public Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(
        IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs,
        CancellationToken ct) =>
        ReflectionCardReaders.ReadableAsync(db, pairs, addresseeReads: true, ct);
}

/// <summary>A campaign is the school's: everyone in it reads it.</summary>
public sealed class YearEndCampaignReadCheck(IKemelSchoolPDDbContext db) : IRecordReadCheck
{
    public string RecordType => nameof(YearEndCampaign);

    public async Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(
        IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs,
        CancellationToken ct)
    {
        var ids = pairs.Select(p => p.RecordId).Distinct().ToList();
        var existing = (await db.YearEndCampaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct))
            .ToHashSet();
        return pairs.Where(p => existing.Contains(p.RecordId)).Select(p => (p.Reader.UserId, p.RecordId)).ToHashSet();
    }
}

internal static class ReflectionCardReaders
{
    /// <summary>
    /// <see cref="ReflectionCard.VisibleTo"/> for many readers in three statements: the cards with their shares, and the active
    /// pairs between the readers and the cards' teachers (the mentoring pairs' <see cref="MentoringPair.Active"/>).
    /// </summary>
    public static async Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(IKemelSchoolPDDbContext db,
        IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs, bool addresseeReads, CancellationToken ct)
    {
        var ids = pairs.Select(p => p.RecordId).Distinct().ToList();
        var cards = await db.ReflectionCards.AsNoTracking().Include(c => c.Shares).Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, ct);
        var readers = pairs.Select(p => p.Reader.StaffId).OfType<Guid>().Distinct().ToList();
        var teachers = cards.Values.Select(c => c.TeacherStaffMemberId).Distinct().ToList();
        var mentoring = (await db.MentoringPairs.AsNoTracking().Where(MentoringPair.Guiding)
                .Where(p => readers.Contains(p.MentorStaffMemberId) && teachers.Contains(p.MenteeStaffMemberId))
                .Select(p => new { p.MentorStaffMemberId, p.MenteeStaffMemberId }).ToListAsync(ct))
            .Select(p => (p.MentorStaffMemberId, p.MenteeStaffMemberId)).ToHashSet();
        return pairs.Where(p => cards.TryGetValue(p.RecordId, out var card) && p.Reader.StaffId is { } staff
                                && (card.TeacherStaffMemberId == staff || card.Shares.Any(s => s.StaffMemberId == staff)
                                    || mentoring.Contains((staff, card.TeacherStaffMemberId))
                                    || (addresseeReads && card.AddresseeStaffMemberId == staff)))
            .Select(p => (p.Reader.UserId, p.RecordId)).ToHashSet();
    }
}
