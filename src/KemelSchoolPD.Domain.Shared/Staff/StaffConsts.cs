namespace KemelSchoolPD.Staff;

public static class StaffMemberConsts
{
    public const int MaxFullNameLength = 256;
    public const int MaxPositionLength = 128;
    public const int MaxSubjectLength = 128;
    public const int MaxSubjects = 10;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 32;
    public const int MaxExperienceYears = 70;
    /// <summary>A qualification category is assigned for five years.</summary>
    public const int CategoryValidityYears = 5;
    public const int MaxImportRows = 5000;
    public const long MaxImportFileBytes = 5 * 1024 * 1024;
}

public static class MethodologicalAssociationConsts
{
    public const int MaxNameLength = 256;
    public const int MaxDescriptionLength = 2000;
}
