using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// A mentor (or tutor, or the informal curator of the two-level form) paired with a mentee for a period. A pair is active
/// until it is ended; ending keeps it, with the day and the reason, as the pair's history. Pairs are made by
/// <see cref="MentoringManager"/>, which keeps the rules that need other pairs (one active pair of each kind per mentee, the
/// mentor's capacity).
/// </summary>
public sealed class MentoringPair : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who may read a pair: with ViewAll (or Manage) every pair of the school; otherwise the pair's mentor and mentee. Every
    /// reader (its pages, meetings, the audit log, "my work") uses this rule.</summary>
    public static Expression<Func<MentoringPair, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return p => viewAll || (staffId != null && (p.MentorStaffMemberId == me || p.MenteeStaffMemberId == me));
    }

    /// <summary>Active: not ended (the database's unique index uses the same condition).</summary>
    public static Expression<Func<MentoringPair, bool>> Active => p => p.EndedOn == null;

    /// <summary>
    /// Active and guiding: a mentor or a tutor, who read what the mentee keeps for them (her reflection cards, seed 004
    /// L10753–10832: "visible to the mentor or tutor"); an informal curator supports without reading them.
    /// </summary>
    public static Expression<Func<MentoringPair, bool>> Guiding =>
        p => p.EndedOn == null && (p.Kind == MentoringPairKind.Mentor || p.Kind == MentoringPairKind.Tutor);

    /// <summary>
    /// A young specialist still at work with no active mentor pair (a tutor or curator does not count): the administration must
    /// pair them. One rule for the staff list, its filter, "my work" and the indicators; <paramref name="pairs"/> is the pairs' table.
    /// </summary>
    public static Expression<Func<StaffMember, bool>> YoungSpecialistWithoutMentor(IQueryable<MentoringPair> pairs) =>
        s => s.IsYoungSpecialist && !s.IsArchived
             && !pairs.Any(p => p.MenteeStaffMemberId == s.Id && p.Kind == MentoringPairKind.Mentor && p.EndedOn == null);

    public Guid TenantId { get; private set; }
    public MentoringPairKind Kind { get; private set; }
    public Guid MentorStaffMemberId { get; private set; }
    public Guid MenteeStaffMemberId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    /// <summary>The planned end of the period (for example the end of the first year); informative, the pair stays active until
    /// ended.</summary>
    public DateOnly? EndsOn { get; private set; }
    /// <summary>The day the pair actually ended; null while it is active.</summary>
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    /// <summary>The user who made the pair (the director or a deputy); null for seeded data.</summary>
    public Guid? CreatedByUserId { get; private set; }
    /// <summary>
    /// Since when the mentee consents to the content of the pair's meetings (topics, their feedback) entering the mentor's own
    /// evidence (her growth cycle); null: no consent (the pair then counts only in the mentor's totals). Revocable at any time.
    /// </summary>
    public DateTime? EvidenceConsentAt { get; private set; }

    public bool IsActive => EndedOn is null;

    private MentoringPair() { }

    internal MentoringPair(
        Guid id,
        MentoringPairKind kind,
        Guid mentorStaffMemberId,
        Guid menteeStaffMemberId,
        DateOnly startsOn,
        DateOnly? endsOn,
        Guid? createdByUserId) : base(id)
    {
        Kind = Check.Defined(kind, nameof(Kind));
        if (mentorStaffMemberId == menteeStaffMemberId) throw new BusinessException(KemelSchoolPDErrorCodes.Mentoring.SelfPair);
        if (endsOn is { } end && end < startsOn) throw new InputValidationException(
            nameof(EndsOn),
            KemelSchoolPDErrorCodes.Mentoring.EndBeforeStart);
        MentorStaffMemberId = mentorStaffMemberId;
        MenteeStaffMemberId = menteeStaffMemberId;
        StartsOn = startsOn;
        EndsOn = endsOn;
        CreatedByUserId = createdByUserId;
    }

    /// <summary>Whether the staff member is the pair's mentor or mentee.</summary>
    public bool IsParty(Guid? staffId) => staffId is { } id && (id == MentorStaffMemberId || id == MenteeStaffMemberId);

    public MentoringPair EnsureActive()
    {
        if (!IsActive) throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.PairEnded);
        return this;
    }

    /// <summary>Ends the pair on a day not before its start; the pair and everything recorded in it stay as its history.</summary>
    public MentoringPair End(DateOnly endedOn, string? reason)
    {
        EnsureActive();
        if (endedOn < StartsOn) throw new InputValidationException(nameof(EndedOn), KemelSchoolPDErrorCodes.Mentoring.EndBeforeStart);
        EndReason = Check.NullIfEmpty(reason, nameof(EndReason), MentoringConsts.MaxReasonLength);
        EndedOn = endedOn;
        return this;
    }

    /// <summary>Only the mentee gives or withdraws consent to the pair's meetings entering the mentor's evidence, during the pair or after
    /// it.</summary>
    public MentoringPair SetEvidenceConsent(Guid? byStaffId, bool consent, DateTime at)
    {
        if (byStaffId is null || byStaffId != MenteeStaffMemberId) throw new ForbiddenException(
            KemelSchoolPDErrorCodes.Mentoring.OnlyMenteeConsents);
        EvidenceConsentAt = consent ? EvidenceConsentAt ?? at : null;
        return this;
    }

    /// <summary>The planned end may move while the pair is active (a second year of support, an earlier end).</summary>
    public MentoringPair SetPlannedEnd(DateOnly? endsOn)
    {
        EnsureActive();
        if (endsOn is { } end && end < StartsOn) throw new InputValidationException(
            nameof(EndsOn),
            KemelSchoolPDErrorCodes.Mentoring.EndBeforeStart);
        EndsOn = endsOn;
        return this;
    }
}

/// <summary>
/// A summary of a mentor's mentoring over a period attached to her own growth cycle as a <c>MentoringActivity</c> artefact:
/// the link remembers the period and the language it was written in, so the mentoring module rewrites the artefact's text when a
/// mentee gives or withdraws consent (a mentee's meetings enter it only with their consent). Removing the artefact removes the link.
/// </summary>
public sealed class MentoringEvidence : AggregateRoot<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid MentorStaffMemberId { get; private set; }
    public Guid CycleId { get; private set; }
    public Guid ArtefactId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    /// <summary>The language the summary is written in (kk, ru or en).</summary>
    public string Culture { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }

    private MentoringEvidence() { }

    public MentoringEvidence(
        Guid id,
        Guid mentorStaffMemberId,
        Guid cycleId,
        Guid artefactId,
        MentoringEvidencePeriod period,
        string culture,
        DateTime at) : base(id)
    {
        MentorStaffMemberId = mentorStaffMemberId;
        CycleId = cycleId;
        ArtefactId = artefactId;
        (From, To) = (period.From, period.To);
        Culture = culture;
        CreatedAt = at;
    }

    public MentoringEvidencePeriod Period => new(From, To);
}

/// <summary>A period of a mentor's evidence: its first and last day (the school's calendar), at most a year.</summary>
public sealed record MentoringEvidencePeriod
{
    public DateOnly From { get; }
    public DateOnly To { get; }

    public MentoringEvidencePeriod(DateOnly from, DateOnly to)
    {
        if (from > to || to.DayNumber - from.DayNumber > 366)
            throw new InputValidationException(nameof(To), KemelSchoolPDErrorCodes.Mentoring.EvidencePeriodInvalid);
        (From, To) = (from, to);
    }
}

/// <summary>
/// The school's mentoring rules: how many mentees a mentor carries at most, the expected rhythm of meetings (so many meetings
/// every so many days) and whether first-year young specialists fill a weekly card. One row per school; until the school saves
/// its own, <see cref="MentoringRules.Default"/> applies.
/// </summary>
public sealed class MentoringSettings : AggregateRoot<Guid>, ISchoolSettings<MentoringSettings, MentoringRules>
{
    public Guid TenantId { get; private set; }
    public int MentorCapacity { get; private set; }
    public int CadenceMeetings { get; private set; }
    public int CadenceDays { get; private set; }
    public bool WeeklyCardInFirstYear { get; private set; }
    /// <summary>The school's IANA time zone: meeting times are shown and typed in it, and stored as UTC.</summary>
    public string TimeZone { get; private set; } = MentoringConsts.DefaultTimeZone;

    private MentoringSettings() { }

    public MentoringSettings(Guid id, MentoringRules rules) : base(id) => Update(rules);

    public static MentoringRules Defaults => MentoringRules.Default;

    public static MentoringSettings Create(Guid id, MentoringRules rules) => new(id, rules);

    public MentoringSettings Update(MentoringRules rules)
    {
        MentorCapacity = Check.Range(
            rules.MentorCapacity,
            nameof(MentorCapacity),
            MentoringConsts.MinMentorCapacity,
            MentoringConsts.MaxMentorCapacity);
        CadenceMeetings = Check.Range(
            rules.CadenceMeetings,
            nameof(CadenceMeetings),
            MentoringConsts.MinCadenceMeetings,
            MentoringConsts.MaxCadenceMeetings);
        CadenceDays = Check.Range(rules.CadenceDays, nameof(CadenceDays), MentoringConsts.MinCadenceDays, MentoringConsts.MaxCadenceDays);
        WeeklyCardInFirstYear = rules.WeeklyCardInFirstYear;
        TimeZone = SchoolTimeZone.Known(rules.TimeZone);
        return this;
    }

    public MentoringRules ToRules() => new(MentorCapacity, CadenceMeetings, CadenceDays, WeeklyCardInFirstYear, TimeZone);
}

/// <summary>A school's mentoring rules as values (its settings, or the defaults).</summary>
public sealed record MentoringRules(int MentorCapacity, int CadenceMeetings, int CadenceDays, bool WeeklyCardInFirstYear,
    string TimeZone = MentoringConsts.DefaultTimeZone)
{
    public static readonly MentoringRules Default = new(MentoringConsts.DefaultMentorCapacity, MentoringConsts.DefaultCadenceMeetings,
        MentoringConsts.DefaultCadenceDays, true);

    /// <summary>
    /// When a pair is next due to meet under the rhythm (so many meetings every so many days): one interval after the latest held
    /// meeting, or after the pair's start when none was held yet.
    /// </summary>
    public TimeZoneInfo Zone => SchoolTimeZone.Find(TimeZone);

    public DateOnly NextMeetingDue(DateOnly startsOn, DateOnly? lastHeld)
        => (lastHeld ?? startsOn).AddDays(Math.Max(1, CadenceDays / CadenceMeetings));
}

/// <summary>
/// A school's time zone: an IANA id this machine knows (default Asia/Almaty: Kazakhstan keeps UTC+5 since 2024). Times are
/// stored as UTC; a time typed without an offset is the school's wall-clock time.
/// </summary>
public static class SchoolTimeZone
{
    /// <summary>The zone of the id; a fixed UTC+5 if this machine's time-zone data does not know the default.</summary>
    public static TimeZoneInfo Find(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(MentoringConsts.DefaultTimeZone, out var almaty)
            ? almaty
            : TimeZoneInfo.CreateCustomTimeZone("UTC+05", TimeSpan.FromHours(5), "UTC+05:00", "UTC+05:00");
    }

    /// <summary>The id itself when it names a known IANA zone; otherwise 400 with Mentoring:UnknownTimeZone.</summary>
    public static string Known(string? id)
    {
        var value = string.IsNullOrWhiteSpace(id) ? MentoringConsts.DefaultTimeZone : id.Trim();
        if (value == MentoringConsts.DefaultTimeZone) return value;
        if (value.Length > MentoringConsts.MaxTimeZoneLength || !TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone)
            || !zone.HasIanaId)
            throw new InputValidationException(nameof(MentoringSettings.TimeZone), KemelSchoolPDErrorCodes.Mentoring.UnknownTimeZone);
        return value;
    }

    /// <summary>UTC as it is; a time with an offset (read as the server's local time) to UTC; a time without one is the school's wall
    /// clock.</summary>
    public static DateTime ToUtc(DateTime value, TimeZoneInfo zone) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), zone),
    };

    /// <summary>The school's wall-clock time of a UTC moment.</summary>
    public static DateTime ToSchool(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
