using System.Linq.Expressions;
using KemelSchoolPD.Agreements;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// A teacher's individual development plan for one academic year (ЖКДЖ / ИПР; seed 004 Tables 17 and 18). The teacher edits it
/// while it is a draft or returned; the administration agrees it; after agreement only progress changes, each one versioned
/// by the application service, and a content change needs a reopening with a reason.
/// </summary>
public sealed class DevelopmentPlan : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who may read a plan: with ViewAll (or Review) everyone's; otherwise one's own and one's mentees'. Every reader (its pages,
    /// the audit log, derived views) uses this rule.</summary>
    public static Expression<Func<DevelopmentPlan, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return p => viewAll || (staffId != null && (p.TeacherStaffMemberId == me || p.MentorStaffMemberId == me));
    }

    public Guid TenantId { get; private set; }
    public Guid TeacherStaffMemberId { get; private set; }
    public int AcademicYear { get; private set; }
    public Guid TemplateId { get; private set; }
    public DevelopmentPlanStatus Status { get; private set; }
    public Guid? MentorStaffMemberId { get; private set; }
    /// <summary>The teacher's growth cycle whose zones and self-assessment this plan is built from (module built separately; no
    /// FK).</summary>
    public Guid? GrowthCycleId { get; private set; }
    /// <summary>The previous year's plan this one continues.</summary>
    public Guid? PreviousPlanId { get; private set; }
    public PlanContent Content { get; private set; } = new();
    /// <summary>Grows with every change of the contents; versions and reviews record the revision they saw.</summary>
    public int Revision { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? AgreedAt { get; private set; }
    public Guid? AgreedByUserId { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public string? ReopenReason { get; private set; }

    public DateOnly PeriodStart => AcademicYears.FirstDay(AcademicYear);
    public DateOnly PeriodEnd => AcademicYears.LastDay(AcademicYear);

    public bool IsEditable => AgreementWorkflow.IsEditable(Status);
    public bool IsUnderWay => AgreementWorkflow.IsUnderWay(Status);

    private DevelopmentPlan() { }

    public DevelopmentPlan(Guid id, Guid teacherStaffMemberId, int academicYear, PlanTemplateInfo template, PlanContent content,
        Guid? mentorStaffMemberId = null, Guid? growthCycleId = null, Guid? previousPlanId = null) : base(id)
    {
        if (!AcademicYears.IsValid(academicYear)) throw new InputValidationException(
            nameof(AcademicYear),
            ValidationCodes.Range,
            AcademicYears.Min,
            AcademicYears.Max);
        TeacherStaffMemberId = teacherStaffMemberId;
        AcademicYear = academicYear;
        TemplateId = template.Id;
        Status = DevelopmentPlanStatus.Draft;
        MentorStaffMemberId = mentorStaffMemberId;
        GrowthCycleId = growthCycleId;
        PreviousPlanId = previousPlanId;
        Content = PlanContentRules.Normalize(content, template, PeriodStart, PeriodEnd);
    }

    /// <summary>
    /// The contents as the teacher sees them. A draft created in bulk stores no rows (10,000 copies of the template would be
    /// most of the insert's cost); until its first edit it shows the template's rows, with the same ids every plan gives them.
    /// </summary>
    public PlanContent ContentWithTemplateRows(PlanTemplateInfo template)
    {
        if (Revision > 0 || Content.Items.Count > 0) return Content;
        return Content with { Items = template.NewContent().Items };
    }

    public DevelopmentPlan Edit(PlanContent content, PlanTemplateInfo template, Guid? mentorStaffMemberId, Guid? growthCycleId)
    {
        if (!IsEditable) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentPlans.NotEditable);
        Content = PlanContentRules.Normalize(content, template, PeriodStart, PeriodEnd);
        MentorStaffMemberId = mentorStaffMemberId;
        GrowthCycleId = growthCycleId;
        Revision++;
        return this;
    }

    /// <summary>
    /// The mentor who reads the plan, following the teacher's active mentoring pair. Not part of the agreed contents, so it
    /// changes at any status but Completed, without a new revision.
    /// </summary>
    public DevelopmentPlan AssignMentor(Guid? mentorStaffMemberId)
    {
        if (Status == DevelopmentPlanStatus.Completed) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentPlans.WrongStatus);
        MentorStaffMemberId = mentorStaffMemberId;
        return this;
    }

    /// <summary>A педагог plans with a mentor; from модератор up the teacher plans alone (seed 004 part 2, roles by category).</summary>
    public DevelopmentPlan Submit(bool mentorRequired, DateTime now)
    {
        var submitted = AgreementWorkflow.Submit(Status, KemelSchoolPDErrorCodes.DevelopmentPlans.WrongStatus);
        if (mentorRequired && MentorStaffMemberId is null)
            throw new InputValidationException(nameof(MentorStaffMemberId), KemelSchoolPDErrorCodes.DevelopmentPlans.MentorRequired);
        PlanContentRules.EnsureSmart(Content, PeriodStart, PeriodEnd);
        Status = submitted;
        SubmittedAt = now;
        ReopenReason = null;
        return this;
    }

    public DevelopmentPlan Return()
    {
        Status = AgreementWorkflow.Return(Status, KemelSchoolPDErrorCodes.DevelopmentPlans.WrongStatus);
        return this;
    }

    public DevelopmentPlan Agree(Guid? userId, DateTime now)
    {
        Status = AgreementWorkflow.Agree(Status, KemelSchoolPDErrorCodes.DevelopmentPlans.WrongStatus);
        AgreedAt = now;
        AgreedByUserId = userId;
        return this;
    }

    /// <summary>Progress on an agreed plan: statuses, actual values, evidence and the self-assessment; the wording stays as
    /// agreed.</summary>
    public DevelopmentPlan RecordProgress(PlanProgressUpdate update)
    {
        if (!IsUnderWay) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentPlans.WrongStatus);
        var goals = Content.Goals.ToList();
        var items = Content.Items.ToList();
        foreach (var change in update.Entries)
        {
            var g = goals.FindIndex(x => x.Id == change.Id);
            var i = g < 0 ? items.FindIndex(x => x.Id == change.Id) : -1;
            if (g < 0 && i < 0) throw new InputValidationException("entries", KemelSchoolPDErrorCodes.DevelopmentPlans.UnknownEntry);
            var status = Check.Defined(change.Status, "entries");
            var actual = change.ActualValue is { } v ? Check.Range(v, "entries", 0m, DevelopmentPlanConsts.MaxNumber) : (decimal?)null;
            var evidence = PlanContentRules.NormalizeEvidence(change.Evidence);
            if (g >= 0) goals[g] = goals[g] with { Status = status, ActualValue = actual, Evidence = evidence };
            else items[i] = items[i] with { Status = status, ActualValue = actual, Evidence = evidence };
        }
        Content = Content with
        {
            Goals = goals,
            Items = items,
            SelfAssessment = update.SelfAssessment is null
                ? Content.SelfAssessment
                : Check.Length(update.SelfAssessment, nameof(PlanContent.SelfAssessment), DevelopmentPlanConsts.MaxLongTextLength),
        };
        Status = DevelopmentPlanStatus.InProgress;
        Revision++;
        return this;
    }

    /// <summary>Back to draft so the wording can change; the agreed state stays in the versions.</summary>
    public DevelopmentPlan Reopen(string reason)
    {
        if (!IsUnderWay) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentPlans.WrongStatus);
        ReopenReason = Check.NotNullOrWhiteSpace(reason, "reason", DevelopmentPlanConsts.MaxReasonLength);
        Status = DevelopmentPlanStatus.Draft;
        AgreedAt = null;
        AgreedByUserId = null;
        return this;
    }

    public DevelopmentPlan Complete(string? selfAssessment, DateTime now)
    {
        if (!IsUnderWay) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentPlans.WrongStatus);
        if (selfAssessment is not null)
        {
            Content = Content with
            {
                SelfAssessment = Check.Length(selfAssessment, nameof(PlanContent.SelfAssessment), DevelopmentPlanConsts.MaxLongTextLength),
            };
            Revision++;
        }
        Status = DevelopmentPlanStatus.Completed;
        CompletedAt = now;
        return this;
    }

    /// <summary>
    /// The next year's draft: the header and diagnostics carry on, unfinished goals are carried over with their deadline moved
    /// a year on, and the template's rows start empty again.
    /// </summary>
    public DevelopmentPlan CreateNextYearDraft(Guid id, PlanTemplateInfo template)
    {
        var next = AcademicYear + 1;
        var content = template.NewContent() with
        {
            Topic = Content.Topic,
            ProfessionalGoal = Content.ProfessionalGoal,
            MotivationalThought = Content.MotivationalThought,
            Strengths = Content.Strengths,
            Gaps = Content.Gaps,
            PriorityDirections = Content.PriorityDirections,
            Resources = Content.Resources,
            DiagnosticResults = Content.SelfAssessment ?? Content.DiagnosticResults,
            Goals = Content.Goals.Where(g => g.Status != PlanProgressStatus.Achieved).Select(g => new PlanGoal
            {
                Id = Guid.CreateVersion7(), Title = g.Title, Indicator = g.Indicator, TargetValue = g.TargetValue, Unit = g.Unit,
                SchoolPriority = g.SchoolPriority, CarriedOver = true,
                Deadline = g.Deadline is { } d ? Clamp(d.AddYears(1), AcademicYears.FirstDay(next), AcademicYears.LastDay(next)) : null,
            }).ToList(),
        };
        return new DevelopmentPlan(id, TeacherStaffMemberId, next, template, content, MentorStaffMemberId, previousPlanId: Id);
    }

    private static DateOnly Clamp(DateOnly date, DateOnly min, DateOnly max) => date < min ? min : date > max ? max : date;
}

public sealed record PlanProgressUpdate(IReadOnlyList<PlanProgressEntry> Entries, string? SelfAssessment);

public sealed record PlanProgressEntry(Guid Id, PlanProgressStatus Status, decimal? ActualValue, List<PlanEvidence>? Evidence);
