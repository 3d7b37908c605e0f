namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class Users
    {
        public const string DuplicateUserName = "Users:DuplicateUserName";
        public const string DuplicateEmail = "Users:DuplicateEmail";
        public const string StaffMemberHasAccount = "Users:StaffMemberHasAccount";
        public const string StaffMemberArchived = "Users:StaffMemberArchived";
        public const string EmailRequired = "Users:EmailRequired";
        public const string LastDirector = "Users:LastDirector";
        public const string CannotGrantUnheldPermission = "Users:CannotGrantUnheldPermission";
        public const string AlreadyActive = "Users:AlreadyActive";
        public const string AlreadyInactive = "Users:AlreadyInactive";
        public const string Inactive = "Users:Inactive";
        public const string InvitationAlreadyAccepted = "Users:InvitationAlreadyAccepted";
        public const string NoStaffMembersSelected = "Users:NoStaffMembersSelected";
        public const string TooManyStaffMembers = "Users:TooManyStaffMembers";
        public const string NotLockedOut = "Users:NotLockedOut";
    }

    public static class AccountSelfService
    {
        public const string PasswordChangeRequired = "Account:PasswordChangeRequired";
        public const string InvitationInvalid = "Account:InvitationInvalid";
        public const string ResetLinkInvalid = "Account:ResetLinkInvalid";
    }

    public static class RoleManagement
    {
        public const string DuplicateName = "Roles:DuplicateName";
        public const string StaticRole = "Roles:StaticRole";
        public const string RoleInUse = "Roles:RoleInUse";
    }
}
