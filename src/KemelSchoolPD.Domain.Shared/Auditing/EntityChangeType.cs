namespace KemelSchoolPD.Auditing;

public enum EntityChangeType
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}
