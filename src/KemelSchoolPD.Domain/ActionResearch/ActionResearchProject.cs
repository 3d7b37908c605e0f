using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.ActionResearch;

/// <summary>What a project studies (seed 004 L2753–2800): the problem in one's own class, the research question, the hypothesis, the new
/// strategy and the baseline data.</summary>
public sealed record ActionResearchContent(
    string Title,
    string? Subject,
    string? ClassNames,
    string Problem,
    string ResearchQuestion,
    string Hypothesis,
    string Strategy,
    string? Baseline);

/// <summary>
/// An Action Research project of a teacher or a group (an owner and members): what it studies, its Table 7 research plan (a link to
/// the owner's growth-cycle artefact, not a copy), its state and the members' consent to publication. Its cycles are their own
/// aggregate (<see cref="ActionResearchCycle"/>); <see cref="ActionResearchManager"/> opens the next when one finishes unsolved.
/// </summary>
public sealed class ActionResearchProject : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who may read a project: with ViewAll every project of the school; otherwise its members (the owner is one), and anyone once
    /// it is published.</summary>
    public static Expression<Func<ActionResearchProject, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return p => viewAll || p.PublishedAt != null || (staffId != null && p.Members.Any(m => m.StaffMemberId == me));
    }

    private readonly List<ActionResearchMember> _members = [];

    public Guid TenantId { get; private set; }
    public Guid OwnerStaffMemberId { get; private set; }
    public string Title { get; private set; } = null!;
    public string? Subject { get; private set; }
    public string? ClassNames { get; private set; }
    public string Problem { get; private set; } = null!;
    public string ResearchQuestion { get; private set; } = null!;
    public string Hypothesis { get; private set; } = null!;
    public string Strategy { get; private set; } = null!;
    public string? Baseline { get; private set; }
    /// <summary>Title, subject, classes and question, normalised for search (<see cref="KemelSchoolPD.SearchText"/>).</summary>
    public string SearchText { get; private set; } = "";
    /// <summary>The owner's Table 7 research plan: a growth-cycle artefact of kind ResearchPlan, linked (never copied).</summary>
    public Guid? ResearchPlanArtefactId { get; private set; }
    public int AcademicYear { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public ActionResearchStatus Status { get; private set; }
    /// <summary>The number of the latest cycle (the open one while the project is active).</summary>
    public int CurrentCycleNumber { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public string? ClosingNote { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public IReadOnlyCollection<ActionResearchMember> Members => _members.AsReadOnly();

    private ActionResearchProject() { }

    /// <summary>A new active project; the owner is its first member. Its first cycle is opened by <see
    /// cref="ActionResearchManager"/>.</summary>
    internal ActionResearchProject(Guid id, Guid ownerStaffMemberId, ActionResearchContent content, DateOnly startedOn) : base(id)
    {
        OwnerStaffMemberId = ownerStaffMemberId;
        StartedOn = startedOn;
        AcademicYear = AcademicYears.Of(startedOn);
        Status = ActionResearchStatus.Active;
        Apply(content);
        _members.Add(new ActionResearchMember(Id, ownerStaffMemberId));
    }

    public bool IsActive => Status == ActionResearchStatus.Active;

    public bool IsMember(Guid? staffId) => staffId is { } id && _members.Any(m => m.StaffMemberId == id);

    public bool IsOwner(Guid? staffId) => staffId == OwnerStaffMemberId;

    public void EnsureActive()
    {
        if (!IsActive) throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.ProjectNotActive);
    }

    public ActionResearchProject EnsureMember(Guid? staffId)
    {
        if (!IsMember(staffId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.ActionResearch.NotAMember);
        return this;
    }

    public ActionResearchProject EnsureOwner(Guid? staffId)
    {
        if (!IsOwner(staffId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.ActionResearch.OnlyOwner);
        return this;
    }

    public ActionResearchProject Update(ActionResearchContent content)
    {
        EnsureActive();
        Apply(content);
        return this;
    }

    /// <summary>Links (or unlinks) the research plan; the application checks the caller reads it and that it is a Table 7 plan.</summary>
    public ActionResearchProject LinkResearchPlan(Guid? artefactId)
    {
        EnsureActive();
        ResearchPlanArtefactId = artefactId;
        return this;
    }

    /// <summary>The members as a whole (the owner always stays one); the application checks each is an active staff member of the
    /// school.</summary>
    public ActionResearchProject SetMembers(IReadOnlyCollection<Guid> staffIds)
    {
        EnsureActive();
        var wanted = staffIds.Distinct().ToHashSet();
        if (!wanted.Contains(OwnerStaffMemberId)) throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.OwnerStaysMember);
        if (wanted.Count > ActionResearchConsts.MaxMembers)
            throw new InputValidationException(
                "StaffMemberIds",
                KemelSchoolPDErrorCodes.ActionResearch.TooManyMembers,
                ActionResearchConsts.MaxMembers);
        _members.RemoveAll(m => !wanted.Contains(m.StaffMemberId));
        foreach (var id in wanted.Where(id => _members.All(m => m.StaffMemberId != id)))
            _members.Add(new ActionResearchMember(Id, id));
        return this;
    }

    /// <summary>
    /// A member gives (or withdraws) their consent to publication and, separately, to sharing with every school of the platform
    /// (only with the first). Withdrawing the consent to publish takes a published project back out of publication: nothing is
    /// published without every member's consent (the application stops sharing when a consent to share is withdrawn).
    /// </summary>
    public ActionResearchProject SetConsent(Guid staffId, bool consent, bool shareWithAllSchools, DateTime at)
    {
        var member = _members.FirstOrDefault(m => m.StaffMemberId == staffId)
                     ?? throw new ForbiddenException(KemelSchoolPDErrorCodes.ActionResearch.NotAMember);
        member.SetConsent(consent ? member.ConsentedAt ?? at : null, consent && shareWithAllSchools ? member.ShareConsentedAt ?? at : null);
        if (!consent) PublishedAt = null;
        return this;
    }

    /// <summary>Whether every member consented to sharing the project with all schools.</summary>
    public bool EveryoneConsentedToShare => _members.All(m => m.ShareConsentedAt is not null);

    /// <summary>
    /// Publication: only a finished project (solved or closed), only with the consent of every member (and, to share it with all
    /// schools, every member's consent to that too).
    /// </summary>
    public ActionResearchProject Publish(DateTime at, bool shareWithAllSchools = false)
    {
        if (IsActive) throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.NotFinished);
        if (PublishedAt is not null) throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.AlreadyPublished);
        var missing = _members.Count(m => m.ConsentedAt is null || (shareWithAllSchools && m.ShareConsentedAt is null));
        if (missing > 0) throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.ConsentMissing).WithData("Count", missing);
        PublishedAt = at;
        return this;
    }

    /// <summary>Takes a published project back out of publication (409 when it is not published); the consents stay.</summary>
    public ActionResearchProject Unpublish()
    {
        if (PublishedAt is null) throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.NotPublished);
        PublishedAt = null;
        return this;
    }

    /// <summary>The owner closes an active project (its open cycle is closed with it by the manager).</summary>
    internal ActionResearchProject Close(string? note, DateTime at)
    {
        EnsureActive();
        ClosingNote = Check.NullIfEmpty(note, nameof(ClosingNote), ActionResearchConsts.MaxTextLength);
        Status = ActionResearchStatus.Closed;
        FinishedAt = at;
        return this;
    }

    /// <summary>A cycle finished: solved ends the project; otherwise the next number is taken for the next cycle.</summary>
    internal int? CycleFinished(bool solved, DateTime at)
    {
        EnsureActive();
        if (solved)
        {
            Status = ActionResearchStatus.Solved;
            FinishedAt = at;
            return null;
        }
        return ++CurrentCycleNumber;
    }

    internal int OpenFirstCycle() => CurrentCycleNumber = 1;

    private void Apply(ActionResearchContent c)
    {
        Title = Check.NotNullOrWhiteSpace(c.Title, nameof(Title), ActionResearchConsts.MaxTitleLength);
        Subject = Check.NullIfEmpty(c.Subject, nameof(Subject), ActionResearchConsts.MaxShortTextLength);
        ClassNames = Check.NullIfEmpty(c.ClassNames, nameof(ClassNames), ActionResearchConsts.MaxShortTextLength);
        Problem = Check.NotNullOrWhiteSpace(c.Problem, nameof(Problem), ActionResearchConsts.MaxTextLength);
        ResearchQuestion = Check.NotNullOrWhiteSpace(c.ResearchQuestion, nameof(ResearchQuestion), ActionResearchConsts.MaxTextLength);
        Hypothesis = Check.NotNullOrWhiteSpace(c.Hypothesis, nameof(Hypothesis), ActionResearchConsts.MaxTextLength);
        Strategy = Check.NotNullOrWhiteSpace(c.Strategy, nameof(Strategy), ActionResearchConsts.MaxTextLength);
        Baseline = Check.NullIfEmpty(c.Baseline, nameof(Baseline), ActionResearchConsts.MaxTextLength);
        SearchText = KemelSchoolPD.SearchText.Of(Title, Subject, ClassNames, ResearchQuestion);
    }
}

/// <summary>A member of a project (the owner is one) and their consent to publication. Written only by its <see
/// cref="ActionResearchProject"/>.</summary>
public sealed class ActionResearchMember : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid StaffMemberId { get; private set; }
    public DateTime? ConsentedAt { get; private set; }
    /// <summary>The member's consent to share the published project with every school of the platform.</summary>
    public DateTime? ShareConsentedAt { get; private set; }

    private ActionResearchMember() { }

    internal ActionResearchMember(Guid projectId, Guid staffMemberId) : base(Guid.CreateVersion7())
    {
        ProjectId = projectId;
        StaffMemberId = staffMemberId;
    }

    internal void SetConsent(DateTime? at, DateTime? shareAt)
    {
        ConsentedAt = at;
        ShareConsentedAt = shareAt;
    }
}

/// <summary>One lesson in which the cycle applied the new strategy.</summary>
public sealed record ActionResearchLesson(DateOnly Date, string ClassName, string? Topic, string? Note);

/// <summary>
/// One cycle of a project: apply the strategy in several lessons → collect data → analyse → adjust (seed 004 L2753–2800).
/// Steps are taken in order, each only when it holds what it needs (lessons, data, the analysis, the adjustment); finishing
/// the last step opens the next cycle unless the problem is solved (<see cref="ActionResearchManager.FinishCycle"/>).
/// </summary>
public sealed class ActionResearchCycle : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public Guid ProjectId { get; private set; }
    public int Number { get; private set; }
    public ActionResearchStage Stage { get; private set; }
    public ActionResearchCycleStatus Status { get; private set; }
    /// <summary>When the members plan to finish the current step (a "my work" item for the owner).</summary>
    public DateOnly? StepDueOn { get; private set; }
    public IReadOnlyList<ActionResearchLesson> Lessons { get; private set; } = [];
    public string? Analysis { get; private set; }
    public string? Adjustment { get; private set; }
    public bool? Solved { get; private set; }
    public DateTime? FinishedAt { get; private set; }

    private ActionResearchCycle() { }

    internal ActionResearchCycle(Guid id, Guid projectId, int number) : base(id)
    {
        ProjectId = projectId;
        Number = number;
        Stage = ActionResearchStage.Apply;
        Status = ActionResearchCycleStatus.Open;
    }

    public bool IsOpen => Status == ActionResearchCycleStatus.Open;

    public void EnsureOpen()
    {
        if (!IsOpen) throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.CycleNotOpen);
    }

    public ActionResearchCycle SetLessons(IReadOnlyList<ActionResearchLesson> lessons)
    {
        EnsureOpen();
        if (lessons.Count > ActionResearchConsts.MaxLessons)
            throw new InputValidationException(nameof(Lessons), ValidationCodes.Range, 0, ActionResearchConsts.MaxLessons);
        Lessons = lessons.Select((l, i) => new ActionResearchLesson(l.Date,
                Check.NotNullOrWhiteSpace(l.ClassName, $"lessons[{i}].className", ActionResearchConsts.MaxShortTextLength),
                Check.NullIfEmpty(l.Topic, $"lessons[{i}].topic", ActionResearchConsts.MaxShortTextLength),
                Check.NullIfEmpty(l.Note, $"lessons[{i}].note", ActionResearchConsts.MaxTextLength)))
            .OrderBy(l => l.Date).ToList();
        return this;
    }

    public ActionResearchCycle SetAnalysis(string? analysis, string? adjustment)
    {
        EnsureOpen();
        Analysis = Check.NullIfEmpty(analysis, nameof(Analysis), ActionResearchConsts.MaxTextLength);
        Adjustment = Check.NullIfEmpty(adjustment, nameof(Adjustment), ActionResearchConsts.MaxTextLength);
        return this;
    }

    public ActionResearchCycle SetStepDue(DateOnly? dueOn)
    {
        EnsureOpen();
        StepDueOn = dueOn;
        return this;
    }

    /// <summary>
    /// Moves to the next step only (409 CannotSkipStage otherwise), and only when the current one holds what it needs (409
    /// StageIncomplete): lessons to apply, data collected (<paramref name="dataItems"/>), the analysis written.
    /// </summary>
    public ActionResearchCycle Advance(ActionResearchStage target, int dataItems)
    {
        EnsureOpen();
        Check.Defined(target, nameof(target));
        if (target != Stage + 1)
            throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.CannotSkipStage)
                .WithData("Stage", Localization.LocalizableValue.Enum(Stage == ActionResearchStage.Adjust ? Stage : Stage + 1));
        var complete = Stage switch
        {
            ActionResearchStage.Apply => Lessons.Count > 0,
            ActionResearchStage.Collect => dataItems > 0,
            ActionResearchStage.Analyse => !string.IsNullOrWhiteSpace(Analysis),
            _ => true,
        };
        if (!complete)
            throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.StageIncomplete).WithData(
                "Stage",
                Localization.LocalizableValue.Enum(Stage));
        Stage = target;
        StepDueOn = null;
        return this;
    }

    /// <summary>Finishing needs the last step (Adjust) with the adjustment written.</summary>
    internal ActionResearchCycle Finish(bool solved, DateTime at)
    {
        EnsureOpen();
        if (Stage != ActionResearchStage.Adjust) throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.NotInFinalStage);
        if (string.IsNullOrWhiteSpace(Adjustment))
            throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.StageIncomplete).WithData(
                "Stage",
                Localization.LocalizableValue.Enum(Stage));
        Status = ActionResearchCycleStatus.Finished;
        Solved = solved;
        FinishedAt = at;
        StepDueOn = null;
        return this;
    }

    internal ActionResearchCycle CloseWithProject(DateTime at)
    {
        if (!IsOpen) return this;
        Status = ActionResearchCycleStatus.Closed;
        FinishedAt = at;
        StepDueOn = null;
        return this;
    }
}

/// <summary>A row of learners' results: one indicator, before and after (the growth cycle's row shape).</summary>
public sealed record ActionResearchResultRow(string? ClassName, string Indicator, decimal? Before, decimal? After);

/// <summary>
/// Data a cycle collected: a questionnaire, an observation, pre/post results (rows before and after), learners' work or a lesson
/// analysis, with its summary; files are attached to it (owner type "ActionResearchDataItem").
/// </summary>
public sealed class ActionResearchDataItem : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid CycleId { get; private set; }
    public ActionResearchDataKind Kind { get; private set; }
    public string Title { get; private set; } = null!;
    public DateOnly? CollectedOn { get; private set; }
    public string? Summary { get; private set; }
    public IReadOnlyList<ActionResearchResultRow> Results { get; private set; } = [];

    private ActionResearchDataItem() { }

    public ActionResearchDataItem(Guid id, ActionResearchCycle cycle) : base(id)
    {
        cycle.EnsureOpen();
        ProjectId = cycle.ProjectId;
        CycleId = cycle.Id;
    }

    public ActionResearchDataItem Update(
        ActionResearchCycle cycle,
        ActionResearchDataKind kind,
        string title,
        DateOnly? collectedOn,
        string? summary,
        IReadOnlyList<ActionResearchResultRow> results)
    {
        if (cycle.Id != CycleId) throw new EntityNotFoundException(typeof(ActionResearchDataItem), Id);
        cycle.EnsureOpen();
        Kind = Check.Defined(kind, nameof(Kind));
        Title = Check.NotNullOrWhiteSpace(title, nameof(Title), ActionResearchConsts.MaxTitleLength);
        CollectedOn = collectedOn;
        Summary = Check.NullIfEmpty(summary, nameof(Summary), ActionResearchConsts.MaxTextLength);
        if (results.Count > ActionResearchConsts.MaxResultRows)
            throw new InputValidationException(nameof(Results), ValidationCodes.Range, 0, ActionResearchConsts.MaxResultRows);
        Results = results.Select((r, i) => new ActionResearchResultRow(
            Check.NullIfEmpty(r.ClassName, $"results[{i}].className", ActionResearchConsts.MaxShortTextLength),
            Check.NotNullOrWhiteSpace(r.Indicator, $"results[{i}].indicator", ActionResearchConsts.MaxShortTextLength), r.Before, r
                .After)).ToList();
        if (Kind == ActionResearchDataKind.PrePostResults && Results.Count == 0)
            throw new InputValidationException(nameof(Results), ValidationCodes.Required);
        if (Kind != ActionResearchDataKind.PrePostResults && string.IsNullOrWhiteSpace(Summary))
            throw new InputValidationException(nameof(Summary), ValidationCodes.Required);
        return this;
    }
}
