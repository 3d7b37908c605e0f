using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>What is asked of a new cycle (the participant and the caller's rights are the application's to check).</summary>
public sealed record GrowthCycleOpening(
    Guid ParticipantStaffMemberId,
    GrowthParticipantKind ParticipantKind,
    int AcademicYear,
    string? PeriodLabel,
    string? GrowthZone,
    IReadOnlyCollection<string> CompetenceCodes,
    Guid? MentorStaffMemberId,
    GrowthArtefactContent? EntryDiagnostic);

/// <summary>A cycle just opened and, when one was given, its entry diagnostic (the cycle's baseline); neither is saved yet.</summary>
public sealed record OpenedGrowthCycle(GrowthCycle Cycle, GrowthCycleArtefact? EntryDiagnostic);

/// <summary>
/// The rules of growth cycles that need more than one cycle (ABP's *Manager): one active cycle per participant and year,
/// numbering and linking a participant's cycles, the baseline and goals a cycle takes from the one before, and completing a
/// cycle together with opening the next. The unique index IX_GrowthCycles_OneActive stays the guarantee under concurrency;
/// the check here gives the friendly 409 with the same code. Nothing is saved here: the application service adds the
/// returned aggregates and saves once.
/// </summary>
public sealed class GrowthCycleManager(IGrowthCycleRepository cycles)
{
    private static readonly GrowthArtefactKind[] RepeatDiagnostic = [GrowthArtefactKind.RepeatDiagnostic];
    private static readonly GrowthArtefactKind[] CarriedOver
        = [GrowthArtefactKind.RepeatDiagnostic, GrowthArtefactKind.GoalSetting, GrowthArtefactKind.PlanAgreement];

    /// <summary>
    /// Opens a participant's cycle for a year. A first cycle needs its entry diagnostic; a later one may start from the
    /// previous cycle's repeat diagnostic instead (its growth zone and baseline). The growth zone is the one asked for, else
    /// the diagnostic's first zone.
    /// </summary>
    public async Task<OpenedGrowthCycle> OpenAsync(
        GrowthCycleOpening request,
        Func<string, bool> isKnownCompetence,
        GrowthActor by,
        DateTime now,
        CancellationToken ct = default)
    {
        await EnsureNoActiveCycleAsync(request.ParticipantStaffMemberId, request.AcademicYear, null, ct);
        var previous = await cycles.FindLatestAsync(request.ParticipantStaffMemberId, ct);
        var entry = request.EntryDiagnostic is null ? null
            : GrowthArtefactRules.Normalize(GrowthArtefactKind.EntryDiagnostic, request.EntryDiagnostic, isKnownCompetence);
        if (entry is null && previous is null)
            throw new InputValidationException(
                nameof(request.EntryDiagnostic),
                KemelSchoolPDErrorCodes.GrowthCycles.EntryDiagnosticRequired);
        var previousDiagnostic = previous is null || entry is not null ? null
            : (await cycles.GetArtefactsAsync(previous.Id, RepeatDiagnostic, ct)).LastOrDefault();

        var zone = FirstNonEmpty(
            request.GrowthZone,
            entry?.GrowthZones.FirstOrDefault(),
            previousDiagnostic?.Content.GrowthZones.FirstOrDefault())
                   ?? throw new InputValidationException(nameof(request.GrowthZone), ValidationCodes.Required);
        var cycle = new GrowthCycle(Guid.CreateVersion7(), request.ParticipantStaffMemberId, request.ParticipantKind, request.AcademicYear,
            request.PeriodLabel, zone, request.CompetenceCodes, (previous?.Number ?? 0) + 1, request
                .MentorStaffMemberId, by, now, previous);
        if (entry is null)
        {
            cycle.SetBaseline(previousDiagnostic?.Id);
            return new OpenedGrowthCycle(cycle, null);
        }
        var artefact = new GrowthCycleArtefact(
            Guid.CreateVersion7(),
            cycle.Id,
            GrowthCycleStage.Action,
            GrowthArtefactKind.EntryDiagnostic,
            entry,
            sharedWithMentor: true);
        cycle.SetBaseline(artefact.Id);
        return new OpenedGrowthCycle(cycle, artefact);
    }

    /// <summary>
    /// Completes <paramref name="cycle"/> (at Approbation, nothing required missing) and opens the next one: same participant
    /// and kind, number + 1, in the cycle's year or the current one if later, the unachieved SMART goals carried over, the
    /// growth zone asked for or else the repeat diagnostic's, which becomes the new baseline.
    /// </summary>
    public async Task<GrowthCycle> CompleteAndOpenNextAsync(
        GrowthCycle cycle,
        IReadOnlyCollection<GrowthArtefactKind> missingRequired,
        string? nextGrowthZone,
        int currentAcademicYear,
        GrowthActor by,
        DateTime now,
        CancellationToken ct = default)
    {
        var year = Math.Max(cycle.AcademicYear, currentAcademicYear);
        cycle.EnsureCanComplete(missingRequired);
        await EnsureNoActiveCycleAsync(cycle.ParticipantStaffMemberId, year, cycle.Id, ct);
        var nextId = Guid.CreateVersion7();
        cycle.Complete(missingRequired, nextId, now);

        var artefacts = await cycles.GetArtefactsAsync(cycle.Id, CarriedOver, ct);
        var diagnostic = artefacts.LastOrDefault(a => a.Kind == GrowthArtefactKind.RepeatDiagnostic);
        var unachieved = artefacts.Where(a => a.Kind is GrowthArtefactKind.GoalSetting or GrowthArtefactKind.PlanAgreement)
            .SelectMany(a => a.Content.Goals).Where(g => !g.Achieved).ToList();
        var zone = FirstNonEmpty(nextGrowthZone, diagnostic?.Content.GrowthZones.FirstOrDefault()) ?? cycle.GrowthZone;
        return new GrowthCycle(nextId, cycle.ParticipantStaffMemberId, cycle.ParticipantKind, year, null, zone, cycle.CompetenceCodes,
            cycle.Number + 1, cycle.MentorStaffMemberId, by, now, cycle, unachieved).SetBaseline(diagnostic?.Id);
    }

    private async Task EnsureNoActiveCycleAsync(Guid participantId, int year, Guid? except, CancellationToken ct)
    {
        if (await cycles.HasActiveCycleAsync(participantId, year, except, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.ActiveCycleExists);
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
