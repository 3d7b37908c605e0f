namespace KemelSchoolPD.Auditing;

public enum EntityChangeType
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
    /// <summary>A file of a sensitive record was downloaded (who, what, when); written by the attachment service.</summary>
    Downloaded = 4,
}
