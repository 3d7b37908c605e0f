using KemelSchoolPD.Entities;

namespace KemelSchoolPD.LessonObservations;

/// <summary>
/// A school's lesson-observation sheet: criteria scored on one scale. Every school starts with the attestation sheet's
/// 12 criteria (seed 001); the sources give no scale, so the default is 0–2 (not seen, partly, fully) and schools may change it.
/// </summary>
public sealed class ObservationForm : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public const string DefaultFormKey = "attestation-12";

    public Guid TenantId { get; private set; }
    /// <summary>Set for forms the product seeds, so seeding twice finds them.</summary>
    public string? BuiltInKey { get; private set; }
    public string Name { get; private set; } = null!;
    public int ScaleMin { get; private set; }
    public int ScaleMax { get; private set; }
    public IReadOnlyList<ObservationCriterion> Criteria { get; private set; } = [];

    private ObservationForm() { }

    public ObservationForm(string name, int scaleMin, int scaleMax, IEnumerable<ObservationCriterion> criteria, string? builtInKey = null)
        : base(Guid.CreateVersion7())
    {
        BuiltInKey = builtInKey;
        Update(name, scaleMin, scaleMax, criteria);
    }

    public void Update(string name, int scaleMin, int scaleMax, IEnumerable<ObservationCriterion> criteria)
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), LessonObservationConsts.MaxShortText);
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        Criteria = criteria.ToList();
    }
}

/// <summary>One criterion; <see cref="Key"/> stays stable when texts are edited, so old scores keep their meaning.</summary>
public sealed record ObservationCriterion(string Key, string TextKk, string TextRu);
