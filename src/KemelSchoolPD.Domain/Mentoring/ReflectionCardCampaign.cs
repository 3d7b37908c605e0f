using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The school's year-end reflection campaign (seed 004 L10662–10664 suggests Table 15 at the end of the year): the director
/// opens it for an academic year with a deadline (in May, typically); while it is open every teacher without a year-end card
/// has a to-do item due at the deadline; closing it ends the items. One campaign per school and year (a unique index).
/// </summary>
public sealed class YearEndCampaign : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public int AcademicYear { get; private set; }
    public DateOnly Deadline { get; private set; }
    public YearEndCampaignStatus Status { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    public bool IsOpen => Status == YearEndCampaignStatus.Open;

    private YearEndCampaign() { }

    public YearEndCampaign(Guid id, int academicYear, DateOnly deadline, DateTime now) : base(id)
    {
        if (!AcademicYears.IsValid(academicYear)) throw new InputValidationException(
            nameof(AcademicYear),
            ValidationCodes.Range,
            AcademicYears.Min,
            AcademicYears.Max);
        AcademicYear = academicYear;
        SetDeadline(deadline);
        Status = YearEndCampaignStatus.Open;
        OpenedAt = now;
    }

    /// <summary>The deadline lies in the campaign's academic year.</summary>
    public YearEndCampaign SetDeadline(DateOnly deadline)
    {
        if (!AcademicYears.Contains(AcademicYear, deadline))
            throw new InputValidationException(nameof(Deadline), KemelSchoolPDErrorCodes.MentoringPlans.DeadlineOutsideYear);
        Deadline = deadline;
        return this;
    }

    public YearEndCampaign Close(DateTime now)
    {
        if (!IsOpen) throw new ConflictException(KemelSchoolPDErrorCodes.MentoringPlans.CampaignNotOpen);
        Status = YearEndCampaignStatus.Closed;
        ClosedAt = now;
        return this;
    }

    public YearEndCampaign Reopen(DateOnly deadline)
    {
        SetDeadline(deadline);
        Status = YearEndCampaignStatus.Open;
        ClosedAt = null;
        return this;
    }
}
