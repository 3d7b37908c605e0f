using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Localization;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// One turn of a participant's horizontal growth cycle (action → analysis → reflection → design → approbation) in an academic
/// year, with its focus (the growth zone and the competences of the standard it concerns). Stages are passed in order;
/// going back needs a reason; the cycle records every move itself in <see cref="StageHistory"/> (who, when, which way, why).
/// A cycle is opened by <see cref="GrowthCycleManager"/>, which keeps the rules that need other cycles.
/// </summary>
public sealed class GrowthCycle : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who may read a cycle: with ViewAll (or Manage) everyone's; otherwise one's own and one's mentees' (a mentor sees only the
    /// artefacts shared). Every reader (its pages, the audit log, derived views) uses this rule.</summary>
    public static Expression<Func<GrowthCycle, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return c => viewAll || (staffId != null && (c.ParticipantStaffMemberId == me || c.MentorStaffMemberId == me));
    }

    private readonly List<GrowthCycleStageEntry> _stageHistory = [];

    public Guid TenantId { get; private set; }
    public Guid ParticipantStaffMemberId { get; private set; }
    public GrowthParticipantKind ParticipantKind { get; private set; }
    public int AcademicYear { get; private set; }
    public string? PeriodLabel { get; private set; }
    public string GrowthZone { get; private set; } = null!;
    public IReadOnlyList<string> CompetenceCodes { get; private set; } = [];
    public GrowthCycleStatus Status { get; private set; }
    public GrowthCycleStage CurrentStage { get; private set; }
    /// <summary>1 for the participant's first cycle, then 2, 3…</summary>
    public int Number { get; private set; }
    public Guid? PreviousCycleId { get; private set; }
    public Guid? NextCycleId { get; private set; }
    public Guid? MentorStaffMemberId { get; private set; }
    /// <summary>The diagnostic this cycle starts from: its own entry diagnostic, or the previous cycle's repeat diagnostic.</summary>
    public Guid? BaselineArtefactId { get; private set; }
    /// <summary>SMART goals of the previous cycle that were not achieved.</summary>
    public IReadOnlyList<SmartGoal> CarriedOverGoals { get; private set; } = [];
    public DateTime? CompletedAt { get; private set; }
    /// <summary>Every entry into a stage, oldest first (load it with the cycle to move, complete or cancel it).</summary>
    public IReadOnlyCollection<GrowthCycleStageEntry> StageHistory => _stageHistory.AsReadOnly();

    private GrowthCycle() { }

    /// <summary>A new cycle at Action, its opening recorded. Use <see cref="GrowthCycleManager"/> (it numbers and links cycles).</summary>
    internal GrowthCycle(
        Guid id,
        Guid participantStaffMemberId,
        GrowthParticipantKind participantKind,
        int academicYear,
        string? periodLabel,
        string growthZone,
        IEnumerable<string> competenceCodes,
        int number,
        Guid? mentorStaffMemberId,
        GrowthActor openedBy,
        DateTime openedAt,
        GrowthCycle? previous = null,
        IEnumerable<SmartGoal>? carriedOverGoals = null) : base(id)
    {
        if (!AcademicYears.IsValid(academicYear)) throw new InputValidationException(
            nameof(AcademicYear),
            ValidationCodes.Range,
            AcademicYears.Min,
            AcademicYears.Max);
        ParticipantStaffMemberId = participantStaffMemberId;
        ParticipantKind = Check.Defined(participantKind, nameof(ParticipantKind));
        AcademicYear = academicYear;
        PeriodLabel = Check.NullIfEmpty(periodLabel, nameof(PeriodLabel), GrowthCycleConsts.MaxPeriodLabelLength);
        SetFocus(growthZone, competenceCodes);
        Number = number;
        MentorStaffMemberId = mentorStaffMemberId;
        PreviousCycleId = previous?.Id;
        CarriedOverGoals = carriedOverGoals?.ToList() ?? [];
        Status = GrowthCycleStatus.Active;
        CurrentStage = GrowthCycleStage.Action;
        Record(GrowthStageMove.Opened, null, openedBy, openedAt);
    }

    public bool IsActive => Status == GrowthCycleStatus.Active;

    public GrowthCycle SetFocus(string growthZone, IEnumerable<string> competenceCodes)
    {
        GrowthZone = Check.NotNullOrWhiteSpace(growthZone, nameof(GrowthZone), GrowthCycleConsts.MaxGrowthZoneLength);
        CompetenceCodes = competenceCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        return this;
    }

    public GrowthCycle SetMentor(Guid? mentorStaffMemberId)
    {
        EnsureActive();
        MentorStaffMemberId = mentorStaffMemberId;
        return this;
    }

    public GrowthCycle SetBaseline(Guid? artefactId)
    {
        BaselineArtefactId = artefactId;
        return this;
    }

    public void EnsureActive()
    {
        if (!IsActive) throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.NotActive);
    }

    /// <summary>
    /// Moves to <paramref name="target"/>: forward only to the next stage and only when every required kind of the current
    /// stage is present (<paramref name="missingRequired"/>: what the school's settings require and the cycle lacks); back to any
    /// earlier stage with a reason. The move is recorded; returns the direction taken.
    /// </summary>
    public GrowthStageMove MoveTo(
        GrowthCycleStage target,
        IReadOnlyCollection<GrowthArtefactKind> missingRequired,
        string? reason,
        GrowthActor by,
        DateTime at)
    {
        EnsureActive();
        Check.Defined(target, nameof(target));
        if (target == CurrentStage) throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.AlreadyInStage);
        GrowthStageMove move;
        if (target < CurrentStage)
        {
            Check.NotNullOrWhiteSpace(reason, "Reason", GrowthCycleConsts.MaxReasonLength);
            move = GrowthStageMove.Back;
        }
        else
        {
            if (target != CurrentStage + 1)
                throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.CannotSkipStage).WithData(
                    "Stage",
                    LocalizableValue.Enum(CurrentStage + 1));
            EnsureComplete(missingRequired);
            move = GrowthStageMove.Forward;
            reason = null;
        }
        CloseOpenEntry(at, completed: move == GrowthStageMove.Forward);
        CurrentStage = target;
        Record(move, reason, by, at);
        return move;
    }

    /// <summary>
    /// Completing Approbation closes the cycle (its last stage recorded as completed). The next cycle is opened in the same
    /// transaction by <see cref="GrowthCycleManager.CompleteAndOpenNextAsync"/>, which calls this.
    /// </summary>
    public GrowthCycle Complete(IReadOnlyCollection<GrowthArtefactKind> missingRequired, Guid nextCycleId, DateTime now)
    {
        EnsureCanComplete(missingRequired);
        Status = GrowthCycleStatus.Completed;
        CompletedAt = now;
        NextCycleId = nextCycleId;
        CloseOpenEntry(now, completed: true);
        return this;
    }

    /// <summary>Active, at Approbation, with every required kind of it present.</summary>
    public void EnsureCanComplete(IReadOnlyCollection<GrowthArtefactKind> missingRequired)
    {
        EnsureActive();
        if (CurrentStage != GrowthCycleStage.Approbation) throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.NotInFinalStage);
        EnsureComplete(missingRequired);
    }

    /// <summary>Cancelling leaves the current stage uncompleted and records who cancelled and why.</summary>
    public GrowthCycle Cancel(string? reason, GrowthActor by, DateTime now)
    {
        EnsureActive();
        Status = GrowthCycleStatus.Cancelled;
        CompletedAt = now;
        CloseOpenEntry(now, completed: false);
        Record(GrowthStageMove.Cancelled, reason, by, now);
        return this;
    }

    // ── Artefacts (their own aggregate; the cycle decides what it may collect) ─────────────────────────────────────

    /// <summary>
    /// A new artefact of the current stage: the kind must be one this participant collects, in this stage; the content is
    /// checked against the kind's form (<see cref="GrowthArtefactRules"/>).
    /// </summary>
    public GrowthCycleArtefact CollectArtefact(
        Guid id,
        GrowthArtefactKind kind,
        GrowthArtefactContent content,
        bool sharedWithMentor,
        Func<string, bool> isKnownCompetence)
    {
        EnsureActive();
        if (!GrowthStageRules.IsAllowedAnywhere(ParticipantKind, kind))
            throw new InputValidationException("Kind", KemelSchoolPDErrorCodes.GrowthCycles.KindNotForParticipant);
        if (!GrowthStageRules.Allowed(ParticipantKind, CurrentStage).Contains(kind))
            throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.KindNotAllowedInStage)
                .WithData("Kind", LocalizableValue.Enum(kind)).WithData("Stage", LocalizableValue.Enum(CurrentStage));
        return new GrowthCycleArtefact(
            id,
            Id,
            CurrentStage,
            kind,
            GrowthArtefactRules.Normalize(kind, content, isKnownCompetence),
            sharedWithMentor);
    }

    /// <summary>An artefact of any stage stays editable while the cycle is active (goals are marked achieved at Approbation).</summary>
    public GrowthCycleArtefact EditArtefact(
        GrowthCycleArtefact artefact,
        GrowthArtefactContent content,
        bool sharedWithMentor,
        Func<string, bool> isKnownCompetence)
    {
        EnsureOwn(artefact);
        return artefact.Update(GrowthArtefactRules.Normalize(artefact.Kind, content, isKnownCompetence), sharedWithMentor);
    }

    /// <summary>Any artefact but the entry diagnostic (the cycle's baseline) may be removed while the cycle is active.</summary>
    public void EnsureCanRemove(GrowthCycleArtefact artefact)
    {
        EnsureOwn(artefact);
        if (artefact.Kind == GrowthArtefactKind.EntryDiagnostic) throw new ConflictException(
            KemelSchoolPDErrorCodes.GrowthCycles.ArtefactNotEditable);
    }

    private void EnsureOwn(GrowthCycleArtefact artefact)
    {
        EnsureActive();
        if (artefact.CycleId != Id) throw new EntityNotFoundException(typeof(GrowthCycleArtefact), artefact.Id);
    }

    private static void EnsureComplete(IReadOnlyCollection<GrowthArtefactKind> missingRequired)
    {
        if (missingRequired.Count > 0)
            throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.RequiredArtefactsMissing).WithData(
                "Kinds",
                LocalizableValue.Enums(missingRequired));
    }

    private void Record(GrowthStageMove move, string? reason, GrowthActor by, DateTime at) =>
        _stageHistory.Add(new GrowthCycleStageEntry(Id, CurrentStage, move, reason, at, by.UserId, by.Name));

    /// <summary>The entry of the stage the cycle is in (the latest); leaving it forward, or closing the cycle, completes it.</summary>
    private void CloseOpenEntry(DateTime at, bool completed) =>
        _stageHistory.OrderByDescending(e => e.EnteredAt).ThenByDescending(e => e.Id).FirstOrDefault()?.Close(at, completed);
}

/// <summary>Who did something to a cycle (the signed-in user; none for seeded data), as its history shows them.</summary>
public sealed record GrowthActor(Guid? UserId, string? Name)
{
    public static readonly GrowthActor System = new(null, null);
}

/// <summary>One entry into a stage: when, by whom, in which direction, why (going back or cancelling), and when it was completed. Written
/// only by its <see cref="GrowthCycle"/>.</summary>
public sealed class GrowthCycleStageEntry : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid CycleId { get; private set; }
    public GrowthCycleStage Stage { get; private set; }
    public GrowthStageMove Move { get; private set; }
    public string? Reason { get; private set; }
    public DateTime EnteredAt { get; private set; }
    public Guid? EnteredByUserId { get; private set; }
    public string? EnteredByName { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    private GrowthCycleStageEntry() { }

    internal GrowthCycleStageEntry(
        Guid cycleId,
        GrowthCycleStage stage,
        GrowthStageMove move,
        string? reason,
        DateTime at,
        Guid? userId,
        string? userName)
        : base(Guid.CreateVersion7())
    {
        CycleId = cycleId;
        Stage = stage;
        Move = move;
        Reason = Check.NullIfEmpty(reason, nameof(Reason), GrowthCycleConsts.MaxReasonLength);
        EnteredAt = at;
        EnteredByUserId = userId;
        EnteredByName = userName is { Length: > GrowthCycleConsts.MaxActorNameLength }
            ? userName[..GrowthCycleConsts.MaxActorNameLength]
            : userName;
    }

    internal void Close(DateTime at, bool completed)
    {
        // Leaving a stage backwards does not complete it: only a forward move (or closing the cycle) does.
        if (completed && CompletedAt is null) CompletedAt = at;
    }
}

/// <summary>An artefact a stage collected (a lesson, results, a reflection form, goals, evidence…), shared with the mentor or
/// not.</summary>
public sealed class GrowthCycleArtefact : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public Guid CycleId { get; private set; }
    public GrowthCycleStage Stage { get; private set; }
    public GrowthArtefactKind Kind { get; private set; }
    public bool SharedWithMentor { get; private set; }
    public GrowthArtefactContent Content { get; private set; } = new();

    private GrowthCycleArtefact() { }

    public GrowthCycleArtefact(
        Guid id,
        Guid cycleId,
        GrowthCycleStage stage,
        GrowthArtefactKind kind,
        GrowthArtefactContent content,
        bool sharedWithMentor) : base(id)
    {
        CycleId = cycleId;
        Stage = stage;
        Kind = kind;
        Update(content, sharedWithMentor);
    }

    public GrowthCycleArtefact Update(GrowthArtefactContent content, bool sharedWithMentor)
    {
        Content = content;
        SharedWithMentor = sharedWithMentor;
        return this;
    }
}

/// <summary>The school's own choice of required artefact kinds for one stage of one participant kind (overrides the default
/// table).</summary>
public sealed class GrowthStageSetting : AggregateRoot<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public GrowthParticipantKind ParticipantKind { get; private set; }
    public GrowthCycleStage Stage { get; private set; }
    public IReadOnlyList<GrowthArtefactKind> RequiredKinds { get; private set; } = [];

    private GrowthStageSetting() { }

    public GrowthStageSetting(Guid id, GrowthParticipantKind participantKind, GrowthCycleStage stage) : base(id)
    {
        ParticipantKind = participantKind;
        Stage = stage;
    }

    public GrowthStageSetting SetRequired(IEnumerable<GrowthArtefactKind> kinds)
    {
        var allowed = GrowthStageRules.Allowed(ParticipantKind, Stage);
        var list = kinds.Distinct().ToList();
        var notAllowed = list.Where(k => !allowed.Contains(k)).ToList();
        if (notAllowed.Count > 0)
            throw new InputValidationException(nameof(RequiredKinds), KemelSchoolPDErrorCodes.GrowthCycles.RequiredKindNotInStage);
        RequiredKinds = list;
        return this;
    }
}

/// <summary>A school-added guidance row: what a stage means at a category (teacher) or for the administration.</summary>
public sealed class GrowthStageGuidance : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public GrowthCycleStage Stage { get; private set; }
    public GrowthParticipantKind ParticipantKind { get; private set; }
    /// <summary>The teacher's category it applies to; null: every category (and always null for the administration).</summary>
    public Staff.QualificationCategory? Category { get; private set; }
    public string TextKk { get; private set; } = null!;
    public string TextRu { get; private set; } = null!;

    private GrowthStageGuidance() { }

    public GrowthStageGuidance(
        Guid id,
        GrowthCycleStage stage,
        GrowthParticipantKind participantKind,
        Staff.QualificationCategory? category,
        string textKk,
        string textRu) : base(id)
    {
        Stage = Check.Defined(stage, nameof(Stage));
        ParticipantKind = Check.Defined(participantKind, nameof(ParticipantKind));
        Category = participantKind == GrowthParticipantKind.Administrator ? null : category;
        TextKk = Check.NotNullOrWhiteSpace(textKk, nameof(TextKk), GrowthCycleConsts.MaxShortTextLength);
        TextRu = Check.NotNullOrWhiteSpace(textRu, nameof(TextRu), GrowthCycleConsts.MaxShortTextLength);
    }
}

/// <summary>A school-added competence (beside the professional standard's built-in ones), usable in focus and self-assessment.</summary>
public sealed class GrowthCompetence : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public string Code { get; private set; } = null!;
    public string FunctionCode { get; private set; } = null!;
    public string NameKk { get; private set; } = null!;
    public string NameRu { get; private set; } = null!;
    /// <summary>The professional standard's competence group it belongs to, if the school says.</summary>
    public CompetenceGroup? Group { get; private set; }

    private GrowthCompetence() { }

    public GrowthCompetence SetGroup(CompetenceGroup? group)
    {
        Group = group is { } g ? Check.Defined(g, nameof(Group)) : null;
        return this;
    }

    public GrowthCompetence(Guid id, string code, string functionCode, string nameKk, string nameRu) : base(id)
    {
        Code = Check.NotNullOrWhiteSpace(code, nameof(Code), GrowthCycleConsts.MaxCompetenceCodeLength).Trim();
        FunctionCode = Check.NotNullOrWhiteSpace(functionCode, nameof(FunctionCode), GrowthCycleConsts.MaxCompetenceCodeLength).Trim();
        NameKk = Check.NotNullOrWhiteSpace(nameKk, nameof(NameKk), GrowthCycleConsts.MaxShortTextLength);
        NameRu = Check.NotNullOrWhiteSpace(nameRu, nameof(NameRu), GrowthCycleConsts.MaxShortTextLength);
    }
}
