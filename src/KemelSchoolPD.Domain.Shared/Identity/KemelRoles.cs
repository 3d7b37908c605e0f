namespace KemelSchoolPD.Identity;

/// <summary>Names of the roles every school starts with (their display names are localized as "Role:{Name}").</summary>
public static class KemelRoles
{
    public const string HostAdmin = "HostAdmin";
    public const string Director = "Director";
    public const string DeputyDirector = "DeputyDirector";
    public const string Teacher = "Teacher";
    public const string Mentor = "Mentor";
    public const string AssociationLeader = "AssociationLeader";
    public const string CommissionMember = "CommissionMember";

    public static readonly IReadOnlyList<string> SchoolRoles
        = [Director, DeputyDirector, Teacher, Mentor, AssociationLeader, CommissionMember];
}

public static class IdentityConsts
{
    public const int MaxUserNameLength = 64;
    public const int MaxFullNameLength = 256;
    public const int MaxEmailLength = 256;
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;
    public const int MaxFailedAccessAttempts = 5;
    public const int LockoutMinutes = 15;
    public const string UserNamePattern = "^[A-Za-z0-9._@+-]+$";
}
