namespace KemelSchoolPD.Courses;

public static class CourseConsts
{
    public const int MaxTitleLength = 500;
    public const int MaxProviderLength = 300;
    public const int MaxFieldLength = 200;
    public const int MaxCodeLength = 64;
    public const int MaxSplitLength = 64;
    public const int MaxLanguagesLength = 64;
    public const int MaxResultLength = 500;
    public const int MaxCertificateNumberLength = 100;
    public const int MaxCommentLength = 2000;
    public const int MaxLinkLength = 1000;
    public const int MaxNameLength = 256;
    public const int MaxHours = 2000;
    public const int MaxModules = 50;
    public const int MaxComponents = 30;
    public const int MaxEvents = 30;

    /// <summary>A course at least every three years (seed 004 L3531–3545).</summary>
    public const int CourseIntervalYears = 3;
    /// <summary>A certificate is valid three years from issue (seed 002 L204).</summary>
    public const int CertificateValidityYears = 3;
    /// <summary>Re-assessment at most once a year (seed 002 L197–198).</summary>
    public const int ReassessmentIntervalDays = 365;
    /// <summary>Attestation every five years: the period in which course hours count.</summary>
    public const int AttestationPeriodYears = 5;
    /// <summary>The random token in a certificate's public address: 32 bytes, base64url (43 characters).</summary>
    public const int TokenLength = 43;

    public const string ReportTemplate = "PostCourseReport";

    /// <summary>The minimum course hours for each category (seed-fidelity §8.4, L282–292): moderator 72, expert 72, researcher 80, master
    /// 108.</summary>
    public static int? HoursFor(Staff.QualificationCategory category) => category switch
    {
        Staff.QualificationCategory.Moderator => 72,
        Staff.QualificationCategory.Expert => 72,
        Staff.QualificationCategory.Researcher => 80,
        Staff.QualificationCategory.Master => 108,
        _ => null,
    };

    /// <summary>Seed 002 L98: the public discussion of a draft lasts 10 working days.</summary>
    public const int DiscussionWorkingDays = 10;
    /// <summary>Seed 002 L121: a "revise" conclusion is answered within 15 working days of its official receipt.</summary>
    public const int RevisionWorkingDays = 15;
    /// <summary>Seed 002 L123: the director approves the programme within 3 working days of the Expert Council's agreement.</summary>
    public const int ApprovalWorkingDays = 3;
    /// <summary>Seed 002 L125: a programme is reviewed at least once every 3 years.</summary>
    public const int ReviewYears = 3;
    /// <summary>Seed 002 L96: the literature is from the last 5 years.</summary>
    public const int LiteratureYears = 5;
    public const int MaxHolidayNameLength = 200;
    public const int MaxOrderNumberLength = 100;
}
