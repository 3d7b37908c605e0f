using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// A meeting of a pair: when, how long, where (a place or an online link), its agenda with checkboxes, the observation it
/// discusses, whether it was held, and the mentee's short feedback. Its shared note, the private notes and the next steps are
/// their own records (<see cref="MentoringSharedNote"/>, <see cref="MentoringPrivateNote"/>, <see cref="MentoringNextStep"/>), so
/// each is saved as typed without clashing with the others.
/// </summary>
public sealed class MentoringMeeting : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who may read a meeting (never its private notes): with ViewAll every meeting of the school; otherwise the pair's mentor and
    /// mentee.</summary>
    public static Expression<Func<MentoringMeeting, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return m => viewAll || (staffId != null && (m.MentorStaffMemberId == me || m.MenteeStaffMemberId == me));
    }

    public Guid TenantId { get; private set; }
    public Guid PairId { get; private set; }
    /// <summary>The pair's people, copied when the meeting is planned (a pair never changes them).</summary>
    public Guid MentorStaffMemberId { get; private set; }
    public Guid MenteeStaffMemberId { get; private set; }
    public DateTime StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? Topic { get; private set; }
    public string? Place { get; private set; }
    public string? OnlineLink { get; private set; }
    public MentoringMeetingStatus Status { get; private set; }
    public DateTime? HeldAt { get; private set; }
    public string? CancelReason { get; private set; }
    public IReadOnlyList<MentoringAgendaItem> Agenda { get; private set; } = [];
    /// <summary>A lesson observation of the mentee that the meeting discusses.</summary>
    public Guid? ObservationId { get; private set; }
    /// <summary>The mentee's feedback: how useful the meeting was (1–5) and one line.</summary>
    public int? FeedbackUsefulness { get; private set; }
    public string? FeedbackComment { get; private set; }
    public DateTime? FeedbackAt { get; private set; }

    private MentoringMeeting() { }

    /// <summary>A meeting planned in an active pair.</summary>
    public MentoringMeeting(Guid id, MentoringPair pair, MentoringMeetingSchedule schedule) : base(id)
    {
        pair.EnsureActive();
        PairId = pair.Id;
        MentorStaffMemberId = pair.MentorStaffMemberId;
        MenteeStaffMemberId = pair.MenteeStaffMemberId;
        Status = MentoringMeetingStatus.Scheduled;
        Apply(schedule);
    }

    public bool IsParty(Guid? staffId) => staffId is { } id && (id == MentorStaffMemberId || id == MenteeStaffMemberId);

    /// <summary>Time, length, place and topic change while the meeting is scheduled.</summary>
    public MentoringMeeting Reschedule(MentoringMeetingSchedule schedule)
    {
        EnsureScheduled();
        Apply(schedule);
        return this;
    }

    /// <summary>The agenda as a whole (items kept by id, new ones added, missing ones removed); ticked during and after the
    /// meeting.</summary>
    public MentoringMeeting SetAgenda(IReadOnlyList<MentoringAgendaItem> items)
    {
        if (Status == MentoringMeetingStatus.Cancelled) throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.MeetingNotScheduled);
        if (items.Count > MentoringConsts
            .MaxAgendaItems) throw new InputValidationException(nameof(Agenda), ValidationCodes.Range, 0, MentoringConsts.MaxAgendaItems);
        Agenda = items.Select((item, i) => new MentoringAgendaItem(item.Id == Guid.Empty ? Guid.CreateVersion7() : item.Id,
                Check.NotNullOrWhiteSpace(item.Text, $"agenda[{i}].text", MentoringConsts.MaxAgendaTextLength), item.Done))
            .DistinctBy(item => item.Id).ToList();
        return this;
    }

    /// <summary>Held: the meeting took place (its real length, if it differs from the planned one).</summary>
    public MentoringMeeting MarkHeld(DateTime at, int? durationMinutes)
    {
        EnsureScheduled();
        if (durationMinutes is { } minutes) DurationMinutes = Duration(minutes);
        Status = MentoringMeetingStatus.Held;
        HeldAt = at;
        return this;
    }

    public MentoringMeeting Cancel(string? reason)
    {
        EnsureScheduled();
        CancelReason = Check.NullIfEmpty(reason, nameof(CancelReason), MentoringConsts.MaxReasonLength);
        Status = MentoringMeetingStatus.Cancelled;
        return this;
    }

    /// <summary>Only the mentee rates a held meeting (1–5, one line); they may change it.</summary>
    public MentoringMeeting GiveFeedback(Guid? byStaffId, int usefulness, string? comment, DateTime at)
    {
        if (byStaffId != MenteeStaffMemberId) throw new ForbiddenException(KemelSchoolPDErrorCodes.Mentoring.OnlyMenteeGivesFeedback);
        if (Status != MentoringMeetingStatus.Held) throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.MeetingNotHeld);
        FeedbackUsefulness = Check.Range(
            usefulness,
            nameof(FeedbackUsefulness),
            MentoringConsts.MinUsefulness,
            MentoringConsts.MaxUsefulness);
        FeedbackComment = Check.NullIfEmpty(comment, nameof(FeedbackComment), MentoringConsts.MaxFeedbackCommentLength);
        FeedbackAt = at;
        return this;
    }

    /// <summary>Links a lesson observation (the application checks it is the mentee's and readable by the one linking it).</summary>
    public MentoringMeeting LinkObservation(Guid? observationId)
    {
        if (Status == MentoringMeetingStatus.Cancelled) throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.MeetingNotScheduled);
        ObservationId = observationId;
        return this;
    }

    public void EnsureNotCancelled()
    {
        if (Status == MentoringMeetingStatus.Cancelled) throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.MeetingNotScheduled);
    }

    private void EnsureScheduled()
    {
        if (Status != MentoringMeetingStatus.Scheduled) throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.MeetingNotScheduled);
    }

    private void Apply(MentoringMeetingSchedule schedule)
    {
        StartsAt = schedule.StartsAt.Kind == DateTimeKind.Utc ? schedule.StartsAt : schedule.StartsAt.ToUniversalTime();
        DurationMinutes = Duration(schedule.DurationMinutes);
        Topic = Check.NullIfEmpty(schedule.Topic, nameof(Topic), MentoringConsts.MaxAgendaTextLength);
        Place = Check.NullIfEmpty(schedule.Place, nameof(Place), MentoringConsts.MaxPlaceLength);
        OnlineLink = Check.NullIfEmpty(schedule.OnlineLink, nameof(OnlineLink), MentoringConsts.MaxOnlineLinkLength);
        if (OnlineLink is not null && !(Uri.TryCreate(OnlineLink, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            throw new InputValidationException(nameof(OnlineLink), ValidationCodes.Invalid);
    }

    /// <summary>1 minute to 12 hours: a negative or longer meeting is a typing mistake.</summary>
    private static int Duration(int minutes) =>
        Check.Range(minutes, nameof(DurationMinutes), MentoringConsts.MinDurationMinutes, MentoringConsts.MaxDurationMinutes);
}

public sealed record MentoringMeetingSchedule(DateTime StartsAt, int DurationMinutes, string? Topic, string? Place, string? OnlineLink);

/// <summary>One point of a meeting's agenda and whether it was covered.</summary>
public sealed record MentoringAgendaItem(Guid Id, string Text, bool Done);

/// <summary>
/// The meeting's shared note: the mentor and the mentee both read and write it (the whole text at once, saved as typed; a
/// stale write is refused by the concurrency stamp).
/// </summary>
public sealed class MentoringSharedNote : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public Guid MeetingId { get; private set; }
    public string Text { get; private set; } = "";
    public Guid? LastEditedByStaffMemberId { get; private set; }

    private MentoringSharedNote() { }

    public MentoringSharedNote(Guid id, MentoringMeeting meeting) : base(id)
    {
        meeting.EnsureNotCancelled();
        MeetingId = meeting.Id;
    }

    public MentoringSharedNote Write(string? text, Guid? byStaffId)
    {
        Text = Check.Length(text ?? "", nameof(Text), MentoringConsts.MaxNoteLength)!;
        LastEditedByStaffMemberId = byStaffId;
        return this;
    }
}

/// <summary>
/// A private note of one person about one meeting. Only its author ever reads it: it has no read rule for anyone else, is not
/// written to the audit log (not an <see cref="IAuditedEntity"/>), and no list, notification, "my work" item or document reads it.
/// </summary>
public sealed class MentoringPrivateNote : AggregateRoot<Guid>, IMultiTenant
{
    public static Expression<Func<MentoringPrivateNote, bool>> OwnedBy(Guid? staffId)
    {
        var me = staffId ?? Guid.Empty;
        return n => staffId != null && n.AuthorStaffMemberId == me;
    }

    public Guid TenantId { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid AuthorStaffMemberId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    private MentoringPrivateNote() { }

    /// <summary>Only the pair's mentor or mentee keeps a private note about its meeting.</summary>
    public MentoringPrivateNote(Guid id, MentoringMeeting meeting, Guid authorStaffMemberId) : base(id)
    {
        if (!meeting.IsParty(authorStaffMemberId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.Mentoring.NotAPartyOfPair);
        MeetingId = meeting.Id;
        AuthorStaffMemberId = authorStaffMemberId;
    }

    public MentoringPrivateNote Write(string? text, Guid byStaffId, DateTime at)
    {
        if (byStaffId != AuthorStaffMemberId) throw new ForbiddenException(KemelSchoolPDErrorCodes.Mentoring.NotAPartyOfPair);
        Text = Check.Length(text ?? "", nameof(Text), MentoringConsts.MaxNoteLength)!;
        UpdatedAt = at;
        return this;
    }
}

/// <summary>An agreed next step: what, who of the pair does it, by when, and whether it is done. Appears in its owner's "my
/// work".</summary>
public sealed class MentoringNextStep : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid PairId { get; private set; }
    public string Text { get; private set; } = null!;
    public MentoringStepOwner Owner { get; private set; }
    public Guid OwnerStaffMemberId { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public DateTime? DoneAt { get; private set; }

    private MentoringNextStep() { }

    public MentoringNextStep(Guid id, MentoringMeeting meeting, string text, MentoringStepOwner owner, DateOnly? dueOn) : base(id)
    {
        meeting.EnsureNotCancelled();
        MeetingId = meeting.Id;
        PairId = meeting.PairId;
        Update(meeting, text, owner, dueOn);
    }

    public MentoringNextStep Update(MentoringMeeting meeting, string text, MentoringStepOwner owner, DateOnly? dueOn)
    {
        if (meeting.Id != MeetingId) throw new EntityNotFoundException(typeof(MentoringNextStep), Id);
        Text = Check.NotNullOrWhiteSpace(text, nameof(Text), MentoringConsts.MaxStepTextLength);
        Owner = Check.Defined(owner, nameof(Owner));
        OwnerStaffMemberId = owner == MentoringStepOwner.Mentor ? meeting.MentorStaffMemberId : meeting.MenteeStaffMemberId;
        DueOn = dueOn;
        return this;
    }

    public MentoringNextStep SetDone(bool done, DateTime at)
    {
        DoneAt = done ? DoneAt ?? at : null;
        return this;
    }
}
