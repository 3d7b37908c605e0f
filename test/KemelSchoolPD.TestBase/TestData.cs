namespace KemelSchoolPD.TestBase;

/// <summary>Well-known facts of the demo data every test host is seeded with (see DemoDataSeedContributor).</summary>
public static class TestData
{
    public const string Password = "Demo#2026";
    /// <summary>For accounts the tests create (schools' directors): the demo password is shorter than the policy allows.</summary>
    public const string NewPassword = "Sabaq#Jospar-2026";
    public const string DemoSchoolBin = "260140000001";
    public const string SecondSchoolBin = "260140000002";
    public const string HostAdmin = "admin";
    public const string Director = "director";
    public const string Deputy = "deputy";
    public const string Teacher = "teacher01";
    public const string Mentor = "mentor1";
    public const int DemoSchoolStaffCount = 22;
}
