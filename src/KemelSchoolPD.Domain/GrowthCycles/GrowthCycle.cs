using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// One turn of a participant's horizontal growth cycle (action → analysis → reflection → design → approbation) in an academic
/// year, with its focus (the growth zone and the competences of the standard it concerns). Stages are passed in order;
/// going back needs a reason; every move is kept in <see cref="GrowthCycleStageEntry"/> rows.
/// </summary>
public sealed class GrowthCycle : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who may read a cycle: with ViewAll (or Manage) everyone's; otherwise one's own and one's mentees' (a mentor sees only the artefacts shared). Every reader (its pages, the audit log, derived views) uses this rule.</summary>
    public static Expression<Func<GrowthCycle, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return c => viewAll || (staffId != null && (c.ParticipantStaffMemberId == me || c.MentorStaffMemberId == me));
    }

    public Guid TenantId { get; private set; }
    public Guid ParticipantStaffMemberId { get; private set; }
    public GrowthParticipantKind ParticipantKind { get; private set; }
    public int AcademicYear { get; private set; }
    public string? PeriodLabel { get; private set; }
    public string GrowthZone { get; private set; } = null!;
    public List<string> CompetenceCodes { get; private set; } = [];
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
    public List<SmartGoal> CarriedOverGoals { get; private set; } = [];
    public DateTime? CompletedAt { get; private set; }

    private GrowthCycle() { }

    public GrowthCycle(Guid id, Guid participantStaffMemberId, GrowthParticipantKind participantKind, int academicYear, string? periodLabel,
        string growthZone, IEnumerable<string> competenceCodes, int number, Guid? mentorStaffMemberId, GrowthCycle? previous = null,
        IEnumerable<SmartGoal>? carriedOverGoals = null) : base(id)
    {
        if (!AcademicYears.IsValid(academicYear)) throw new InputValidationException(nameof(AcademicYear), ValidationCodes.Range, AcademicYears.Min, AcademicYears.Max);
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
    /// Moves to <paramref name="target"/>: forward only to the next stage and only when every required kind is present;
    /// back to any earlier stage with a reason. Returns the direction taken.
    /// </summary>
    public GrowthStageMove MoveTo(GrowthCycleStage target, IReadOnlyCollection<GrowthArtefactKind> missingRequired, string? reason)
    {
        EnsureActive();
        Check.Defined(target, nameof(target));
        if (target == CurrentStage) throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.AlreadyInStage);
        if (target < CurrentStage)
        {
            Check.NotNullOrWhiteSpace(reason, "Reason", GrowthCycleConsts.MaxReasonLength);
            CurrentStage = target;
            return GrowthStageMove.Back;
        }
        if (target != CurrentStage + 1)
            throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.CannotSkipStage).WithData("Stage", $"Enum:GrowthCycleStage.{CurrentStage + 1}");
        EnsureComplete(missingRequired);
        CurrentStage = target;
        return GrowthStageMove.Forward;
    }

    /// <summary>Completing Approbation closes the cycle; the caller opens the next one in the same transaction.</summary>
    public GrowthCycle Complete(IReadOnlyCollection<GrowthArtefactKind> missingRequired, Guid nextCycleId, DateTime now)
    {
        EnsureActive();
        if (CurrentStage != GrowthCycleStage.Approbation) throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.NotInFinalStage);
        EnsureComplete(missingRequired);
        Status = GrowthCycleStatus.Completed;
        CompletedAt = now;
        NextCycleId = nextCycleId;
        return this;
    }

    public GrowthCycle Cancel(DateTime now)
    {
        EnsureActive();
        Status = GrowthCycleStatus.Cancelled;
        CompletedAt = now;
        return this;
    }

    private static void EnsureComplete(IReadOnlyCollection<GrowthArtefactKind> missingRequired)
    {
        if (missingRequired.Count > 0)
            throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.RequiredArtefactsMissing)
                .WithData("Kinds", string.Join(", ", missingRequired.Select(k => $"{k}")));
    }
}

/// <summary>One entry into a stage: when, by whom, in which direction, why (going back), and when it was completed.</summary>
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

    public GrowthCycleStageEntry(Guid cycleId, GrowthCycleStage stage, GrowthStageMove move, string? reason, DateTime at, Guid? userId, string? userName)
        : base(Guid.CreateVersion7())
    {
        CycleId = cycleId;
        Stage = stage;
        Move = move;
        Reason = Check.NullIfEmpty(reason, nameof(Reason), GrowthCycleConsts.MaxReasonLength);
        EnteredAt = at;
        EnteredByUserId = userId;
        EnteredByName = userName;
    }

    public void Close(DateTime at, bool completed)
    {
        // Leaving a stage backwards does not complete it: only a forward move (or closing the cycle) does.
        if (completed) CompletedAt = at;
    }
}

/// <summary>An artefact a stage collected (a lesson, results, a reflection form, goals, evidence…), shared with the mentor or not.</summary>
public sealed class GrowthCycleArtefact : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public Guid CycleId { get; private set; }
    public GrowthCycleStage Stage { get; private set; }
    public GrowthArtefactKind Kind { get; private set; }
    public bool SharedWithMentor { get; private set; }
    public GrowthArtefactContent Content { get; private set; } = new();

    private GrowthCycleArtefact() { }

    public GrowthCycleArtefact(Guid id, Guid cycleId, GrowthCycleStage stage, GrowthArtefactKind kind, GrowthArtefactContent content, bool sharedWithMentor) : base(id)
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

/// <summary>The school's own choice of required artefact kinds for one stage of one participant kind (overrides the default table).</summary>
public sealed class GrowthStageSetting : AggregateRoot<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public GrowthParticipantKind ParticipantKind { get; private set; }
    public GrowthCycleStage Stage { get; private set; }
    public List<GrowthArtefactKind> RequiredKinds { get; private set; } = [];

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

    public GrowthStageGuidance(Guid id, GrowthCycleStage stage, GrowthParticipantKind participantKind, Staff.QualificationCategory? category, string textKk, string textRu) : base(id)
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

    private GrowthCompetence() { }

    public GrowthCompetence(Guid id, string code, string functionCode, string nameKk, string nameRu) : base(id)
    {
        Code = Check.NotNullOrWhiteSpace(code, nameof(Code), GrowthCycleConsts.MaxCompetenceCodeLength).Trim();
        FunctionCode = Check.NotNullOrWhiteSpace(functionCode, nameof(FunctionCode), GrowthCycleConsts.MaxCompetenceCodeLength).Trim();
        NameKk = Check.NotNullOrWhiteSpace(nameKk, nameof(NameKk), GrowthCycleConsts.MaxShortTextLength);
        NameRu = Check.NotNullOrWhiteSpace(nameRu, nameof(NameRu), GrowthCycleConsts.MaxShortTextLength);
    }
}
