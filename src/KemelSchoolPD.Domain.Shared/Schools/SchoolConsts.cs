namespace KemelSchoolPD.Schools;

public static class SchoolConsts
{
    public const int MaxNameLength = 256;
    /// <summary>The Kazakh business identification number (БСН/БИН) has exactly 12 digits.</summary>
    public const int BinLength = 12;
    public const string BinPattern = "^[0-9]{12}$";
    public const int MaxRegionLength = 128;
    public const int MaxDistrictLength = 128;
    public const int MaxAddressLength = 512;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 256;
}
