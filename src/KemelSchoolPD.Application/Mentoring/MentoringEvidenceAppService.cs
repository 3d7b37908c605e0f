using System.Globalization;
using System.Text;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Localization;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// A mentor's work as evidence in her own growth cycle. The summary (pairs she leads, meetings held, hours in a period) counts
/// every pair; the content of a pair's meetings (their topics, the mentee's ratings) enters it only while that pair's mentee
/// consents. The mentee gives or withdraws consent per pair at any time, and every summary already attached is rewritten at once
/// (<see cref="MentoringEvidence"/> remembers each). Private notes, shared notes and the mentee's comments never enter it. The
/// artefact itself is the growth cycle's: its read rule (the mentor, readers of every cycle, her own mentor if she shares it) applies.
/// </summary>
public sealed class MentoringEvidenceAppService(
    IKemelSchoolPDDbContext db,
    MentoringReadAccess access,
    GrowthCycleReadAccess cycles,
    MentoringSchoolTime schoolTime,
    MentoringPairAppService pairs,
    IPermissionChecker permissions,
    TimeProvider clock)
{
    /// <summary>At most so many meetings of one pair are listed (the totals count them all).</summary>
    private const int MaxMeetingLines = 40;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>What would be attached for the period: the caller's own mentoring only.</summary>
    public async Task<MentoringEvidenceDto> PreviewAsync(GetMentoringEvidenceInput input, CancellationToken ct = default)
    {
        var me = await MeAsync(ct);
        var today = await schoolTime.TodayAsync(ct);
        var to = input.To ?? today;
        var from = input.From ?? AcademicYears.FirstDay(AcademicYears.Of(to));
        return await ComposeAsync(me, Period(from, to), CultureName(), null, ct);
    }

    /// <summary>Attaches the summary to the caller's own active growth cycle as a MentoringActivity artefact of its current
    /// stage.</summary>
    public async Task<MentoringEvidenceDto> AttachAsync(AttachMentoringEvidenceDto input, CancellationToken ct = default)
    {
        var period = Period(input.From, input.To);
        if (!(await permissions.GetGrantedAsync(ct)).Contains(
            KemelSchoolPDPermissions.GrowthCycles.Default)) throw new ForbiddenException();
        var cycle = await (await cycles.CyclesAsync(ct)).GetAsync(input.CycleId, ct);
        var me = await MeAsync(ct);
        if (cycle.ParticipantStaffMemberId != me) throw new ForbiddenException(KemelSchoolPDErrorCodes.Mentoring.EvidenceNotOwnCycle);
        var culture = CultureName();
        var summary = await ComposeAsync(me, period, culture, null, ct);
        var artefact = cycle.CollectArtefact(
            Guid.CreateVersion7(),
            GrowthArtefactKind.MentoringActivity,
            Content(summary),
            input.SharedWithMentor,
            _ => false);
        db.GrowthCycleArtefacts.Add(artefact);
        db.MentoringEvidence.Add(new MentoringEvidence(Guid.CreateVersion7(), me, cycle.Id, artefact.Id, period, culture, Now));
        await db.SaveChangesAsync(ct);
        return summary with { ArtefactId = artefact.Id, CycleId = cycle.Id };
    }

    /// <summary>
    /// The pair's mentee gives or withdraws consent; every summary of the pair's mentor is rewritten in the same transaction, so
    /// a withdrawn pair's meetings leave her evidence at once (and a consenting pair's enter it). A withdrawal also empties the
    /// summaries' earlier texts in the audit log (their entries, the rewrite's included, keep who changed them and when), so
    /// that the pair's names and topics do not stay readable there.
    /// </summary>
    public async Task<MentoringPairDto> SetConsentAsync(Guid pairId, SetMentoringEvidenceConsentDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var pair = await (await access.PairsAsync(ct)).GetAsync(pairId, ct);
        db.ExpectConcurrencyStamp(pair, input.ConcurrencyStamp);
        pair.SetEvidenceConsent(caller.StaffId, input.Consent, Now);
        var links = await db.MentoringEvidence.Where(e => e.MentorStaffMemberId == pair.MentorStaffMemberId).ToListAsync(ct);
        var rewritten = new List<Guid>();
        foreach (var link in links)
        {
            var artefact = await db.GrowthCycleArtefacts.FirstOrDefaultAsync(a => a.Id == link.ArtefactId, ct);
            if (artefact is null) continue;
            var summary = await ComposeAsync(link.MentorStaffMemberId, link.Period, link.Culture, (pair.Id, input.Consent), ct);
            // Rewritten whatever the cycle's state: a withdrawn consent is honoured in a completed cycle too.
            artefact.Update(GrowthArtefactRules.Normalize(artefact.Kind, Content(summary), _ => false), artefact.SharedWithMentor);
            rewritten.Add(artefact.Id);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (!input.Consent && rewritten.Count > 0) await ForgetEarlierSummariesAsync(rewritten, ct);
        await transaction.CommitAsync(ct);
        return await pairs.GetAsync(pair.Id, ct);
    }

    /// <summary>The audit entries of the summaries keep that their contents changed, not what they said.</summary>
    private async Task ForgetEarlierSummariesAsync(List<Guid> artefactIds, CancellationToken ct)
    {
        var entries = await db.AuditLogs
            .Where(a => a.EntityType == nameof(GrowthCycleArtefact) && a.EntityGuid != null && artefactIds.Contains(a.EntityGuid.Value))
            .ToListAsync(ct);
        foreach (var entry in entries) entry.WithholdValues(nameof(GrowthCycleArtefact.Content));
        await db.SaveChangesAsync(ct);
    }

    private async Task<Guid> MeAsync(CancellationToken ct) =>
        (await access.CallerAsync(ct)).StaffId ?? throw new ForbiddenException(KemelSchoolPDErrorCodes.Mentoring.NoStaffRecord);

    private static MentoringEvidencePeriod Period(DateOnly? from, DateOnly? to) =>
        new(
            from ?? throw new InputValidationException("from", ValidationCodes.Required),
            to ?? throw new InputValidationException("to", ValidationCodes.Required));

    private static string CultureName()
    {
        var name = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return name is "kk" or "ru" or "en" ? name : "kk";
    }

    private static GrowthArtefactContent Content(MentoringEvidenceDto summary) => new()
    {
        Title = Truncate(summary.Title, GrowthCycleConsts.MaxShortTextLength), Date = summary
            .To, Text = Truncate(summary.Text, GrowthCycleConsts.MaxTextLength),
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>
    /// The mentor's pairs that overlap the period and their meetings held in it (the school's calendar days). Reads only pairs,
    /// held meetings' time, length and topic, and the mentee's 1–5 rating; <paramref name="consentOverride"/> is a consent being saved.
    /// </summary>
    private async Task<MentoringEvidenceDto> ComposeAsync(
        Guid mentorId,
        MentoringEvidencePeriod period,
        string cultureName,
        (Guid PairId, bool Consent)? consentOverride,
        CancellationToken ct)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var zone = await schoolTime.ZoneAsync(ct);
        var start = SchoolTimeZone.ToUtc(period.From.ToDateTime(TimeOnly.MinValue), zone);
        var end = SchoolTimeZone.ToUtc(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var pairRows = await (
                from p in db.MentoringPairs.AsNoTracking()
                where p.MentorStaffMemberId == mentorId && p.StartsOn <= period.To && (p.EndedOn == null || p.EndedOn >= period.From)
                join mentee in db.StaffMembers on p.MenteeStaffMemberId equals mentee.Id
                select new { p.Id, p.Kind, p.MenteeStaffMemberId, MenteeName = mentee.FullName, p.EvidenceConsentAt })
            .ToListAsync(ct);
        var pairIds = pairRows.Select(p => p.Id).ToList();
        var meetings = await db.MentoringMeetings.AsNoTracking()
            .Where(m => pairIds.Contains(m.PairId) && m.Status == MentoringMeetingStatus.Held && m.StartsAt >= start && m.StartsAt < end)
            .Select(m => new { m.PairId, m.StartsAt, m.DurationMinutes, m.Topic, m.FeedbackUsefulness })
            .ToListAsync(ct);
        var byPair = meetings.GroupBy(m => m.PairId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.StartsAt).ToList());
        bool Consents(Guid id, DateTime? at) => consentOverride is { } o && o.PairId == id ? o.Consent : at != null;
        var details = pairRows
            .Select(p =>
            {
                var own = byPair.GetValueOrDefault(p.Id) ?? [];
                var minutes = own.Sum(m => m.DurationMinutes);
                return new MentoringEvidencePairDto(
                    p.Id,
                    p.Kind,
                    p.MenteeStaffMemberId,
                    p.MenteeName,
                    Consents(p.Id, p.EvidenceConsentAt),
                    own.Count,
                    minutes,
                    Hours(minutes));
            })
            .OrderBy(p => p.MenteeName, StringComparer.Create(culture, false)).ThenBy(p => p.PairId).ToList();
        var totalMinutes = meetings.Sum(m => m.DurationMinutes);

        string T(string key, params object[] args) =>
            string.Format(culture, KemelSchoolPDLocalization.Store.Find("Mentoring:Evidence." + key, culture) ?? key, args);
        string Day(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(T("Totals", details.Count, meetings.Count, Hours(totalMinutes).ToString("0.##", culture)));
        foreach (var pair in details.Where(p => p.Consent))
        {
            var kind = KemelSchoolPDLocalization.Store.Find($"Enum:MentoringPairKind.{pair.Kind}", culture) ?? pair.Kind.ToString();
            text.AppendLine(T("Pair", pair.MenteeName, kind, pair.Meetings, pair.Hours.ToString("0.##", culture)));
            var own = byPair.GetValueOrDefault(pair.PairId) ?? [];
            foreach (var m in own.Take(MaxMeetingLines))
                text.AppendLine(
                    T("Meeting", Day(DateOnly.FromDateTime(SchoolTimeZone.ToSchool(m.StartsAt, zone))), m.DurationMinutes, m.Topic ?? "—"));
            var ratings = own.Where(m => m.FeedbackUsefulness != null).Select(m => m.FeedbackUsefulness!.Value).ToList();
            if (ratings.Count > 0) text.AppendLine(T("Usefulness", Math.Round((decimal)ratings.Average(), 1).ToString("0.#", culture)));
        }
        var withoutConsent = details.Count(p => !p.Consent);
        if (withoutConsent > 0) text.AppendLine(T("WithoutConsent", withoutConsent));
        return new MentoringEvidenceDto(period.From, period.To, details.Count, meetings.Count, totalMinutes, Hours(totalMinutes), details,
            T("Title", Day(period.From), Day(period.To)), text.ToString().TrimEnd(), null, null);
    }

    private static decimal Hours(int minutes) => Math.Round(minutes / 60m, 2);
}
