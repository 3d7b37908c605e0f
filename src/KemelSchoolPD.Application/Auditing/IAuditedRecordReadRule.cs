namespace KemelSchoolPD.Auditing;

/// <summary>
/// A module's read rule applied to the audit log: an entry about a record of <see cref="EntityType"/> is shown only to those
/// who may read that record itself. Every audited type either has a rule or is listed in <see
/// cref="AuditedRecordReadRules.OpenToAuditors"/>
/// (a test enforces it), so a new module cannot leak its private records through the audit log by forgetting.
/// </summary>
public interface IAuditedRecordReadRule
{
    /// <summary>The audited entity's CLR type name, as written in the log.</summary>
    string EntityType { get; }

    /// <summary>The ids of the records the caller may read, as a query the audit log's query embeds.</summary>
    Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default);
}

public static class AuditedRecordReadRules
{
    /// <summary>Records everyone allowed to read the audit log may see (the school's registry and its own forms).</summary>
    public static readonly IReadOnlySet<string> OpenToAuditors = new HashSet<string>
    {
        "School", "StaffMember", "MethodologicalAssociation", "DocumentTemplate", "RouteSheetTemplate", "ObservationForm", "PlanTemplate",
        "GrowthStageGuidance", "GrowthCompetence", "SchoolReferenceSetting",
    };
}
