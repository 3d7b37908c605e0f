using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Indicators;

/// <summary>
/// What the school records for one appendix indicator in one academic year: how far it reached it, a short note and where
/// the evidence is (a protocol, an order, a link). The indicators the product cannot count from its records (safe conditions,
/// a culture of dialogue…) live only here; a counted one may carry the school's own assessment beside the figure.
/// One record per indicator and year (a unique index).
/// </summary>
public sealed class SchoolIndicatorRecord : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public int AcademicYear { get; private set; }
    public string Code { get; private set; } = null!;
    public IndicatorAchievement? Achievement { get; private set; }
    public string? Note { get; private set; }
    public string? Evidence { get; private set; }

    private SchoolIndicatorRecord() { }

    public SchoolIndicatorRecord(Guid id, int academicYear, AppendixIndicator indicator) : base(id)
    {
        if (!AcademicYears.IsValid(academicYear))
            throw new InputValidationException(nameof(AcademicYear), ValidationCodes.Range, AcademicYears.Min, AcademicYears.Max);
        AcademicYear = academicYear;
        Code = indicator.Code;
    }

    public SchoolIndicatorRecord Update(IndicatorAchievement? achievement, string? note, string? evidence)
    {
        Achievement = achievement is { } a ? Check.Defined(a, nameof(Achievement)) : null;
        Note = Check.NullIfEmpty(note, nameof(Note), SchoolIndicatorConsts.MaxNoteLength);
        Evidence = Check.NullIfEmpty(evidence, nameof(Evidence), SchoolIndicatorConsts.MaxEvidenceLength);
        return this;
    }
}
