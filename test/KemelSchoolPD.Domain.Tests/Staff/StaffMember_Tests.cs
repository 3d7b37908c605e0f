using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Domain.Tests.Staff;

public sealed class StaffMember_Tests
{
    [Theory]
    [InlineData(QualificationCategory.Moderator)]
    [InlineData(QualificationCategory.Expert)]
    [InlineData(QualificationCategory.Researcher)]
    [InlineData(QualificationCategory.Master)]
    public void Should_Require_The_Assignment_Date_When_The_Category_Is_Above_Pedagogue(QualificationCategory category)
    {
        var error = Should.Throw<InputValidationException>(() => New(Data() with { Category = category, CategoryAssignedOn = null }));

        var field = error.Errors.ShouldHaveSingleItem();
        field.Field.ShouldBe(nameof(StaffMember.CategoryAssignedOn));
        field.Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.CategoryDateRequired);
        error.Code.ShouldBe(CommonErrorCodes.ValidationFailed);
    }

    [Fact]
    public void Should_Allow_The_Entry_Category_Without_A_Date_And_Then_Have_No_Expiry()
    {
        var member = New(Data() with { Category = QualificationCategory.Pedagogue, CategoryAssignedOn = null });

        member.CategoryAssignedOn.ShouldBeNull();
        member.CategoryExpiresOn.ShouldBeNull();
    }

    [Theory]
    [InlineData(QualificationCategory.Moderator, "2023-05-20", "2028-05-20")]
    [InlineData(QualificationCategory.Master, "2024-02-29", "2029-02-28")]
    [InlineData(QualificationCategory.Pedagogue, "2021-09-01", "2026-09-01")]
    public void Should_Expire_Five_Years_After_The_Assignment(QualificationCategory category, string assignedOn, string expiresOn)
    {
        var member = New(Data() with { Category = category, CategoryAssignedOn = DateOnly.Parse(assignedOn) });

        member.CategoryAssignedOn.ShouldBe(DateOnly.Parse(assignedOn));
        member.CategoryExpiresOn.ShouldBe(DateOnly.Parse(expiresOn));
    }

    [Fact]
    public void Should_Recompute_The_Expiry_When_The_Category_Changes()
    {
        var member = New(Data());

        member.Update(Data() with { Category = QualificationCategory.Expert, CategoryAssignedOn = new DateOnly(2025, 1, 10) });

        member.Category.ShouldBe(QualificationCategory.Expert);
        member.CategoryExpiresOn.ShouldBe(new DateOnly(2030, 1, 10));
    }

    [Fact]
    public void Should_Refuse_Teaching_Experience_Above_The_Total()
    {
        var error = Should.Throw<InputValidationException>(
            () => New(Data() with { TotalExperienceYears = 3, TeachingExperienceYears = 4 }));

        var field = error.Errors.ShouldHaveSingleItem();
        field.Field.ShouldBe(nameof(StaffMember.TeachingExperienceYears));
        field.Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.TeachingExceedsTotal);
        New(Data() with { TotalExperienceYears = 4, TeachingExperienceYears = 4 }).TeachingExperienceYears.ShouldBe(4);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(StaffMemberConsts.MaxExperienceYears + 1)]
    public void Should_Refuse_Experience_Out_Of_Range(int years) =>
        Should.Throw<InputValidationException>(() => New(Data() with { TotalExperienceYears = years, TeachingExperienceYears = 0 }))
            .Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                e => e.Field.ShouldBe(nameof(StaffMember.TotalExperienceYears)),
                e => e.Code.ShouldBe(ValidationCodes.Range));

    [Fact]
    public void Should_Trim_Subjects_And_Drop_Blank_And_Duplicate_Ones()
    {
        New(Data() with { Subjects = [" Физика ", "физика", "", "   ", "Химия", "ХИМИЯ "] }).Subjects.ShouldBe(["Физика", "Химия"]);
        New(Data() with { Subjects = null }).Subjects.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Allow_At_Most_Ten_Distinct_Subjects()
    {
        var ten = Enumerable.Range(1, StaffMemberConsts.MaxSubjects).Select(i => $"Subject {i}").ToList();

        // Duplicates do not count, whatever their case.
        New(Data() with { Subjects = [.. ten, .. ten.Select(s => s.ToUpperInvariant())] }).Subjects.Count.ShouldBe(10);
        var error = Should.Throw<InputValidationException>(() => New(Data() with { Subjects = [.. ten, "Subject 11"] }));
        var field = error.Errors.ShouldHaveSingleItem();
        field.Field.ShouldBe(nameof(StaffMember.Subjects));
        field.Code.ShouldBe(ValidationCodes.Range);
    }

    [Fact]
    public void Should_Refuse_A_Subject_Longer_Than_The_Maximum() =>
        Should.Throw<InputValidationException>(
            () => New(Data() with { Subjects = [new string('ф', StaffMemberConsts.MaxSubjectLength + 1)] }))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(ValidationCodes.MaxLength);

    [Fact]
    public void Should_Require_A_Name_And_Keep_It_Trimmed()
    {
        Should.Throw<InputValidationException>(() => New(Data() with { FullName = "  " }))
            .Errors.ShouldHaveSingleItem().ShouldBe(new FieldError(nameof(StaffMember.FullName), ValidationCodes.Required));
        New(Data() with { FullName = "  Әсем Жұмабаева " }).FullName.ShouldBe("Әсем Жұмабаева");
    }

    [Fact]
    public void Should_Store_The_Email_In_Lower_Case_And_No_Blank_Email()
    {
        New(Data() with { Email = " Asem.J@Mektep.KZ " }).Email.ShouldBe("asem.j@mektep.kz");
        New(Data() with { Email = "  " }).Email.ShouldBeNull();
    }

    [Fact]
    public void Should_Refuse_To_Archive_Twice()
    {
        var member = New(Data()).Archive();

        Should.Throw<ConflictException>(() => member.Archive()).Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.AlreadyArchived);
        member.IsArchived.ShouldBeTrue();
    }

    [Fact]
    public void Should_Refuse_Any_Change_While_Archived()
    {
        var associationId = Guid.CreateVersion7();
        var member = New(Data() with { MethodologicalAssociationId = associationId }).Archive();

        Should.Throw<ConflictException>(() => member.Update(Data() with { FullName = "Changed" })).Code
            .ShouldBe(KemelSchoolPDErrorCodes.Staff.ArchivedCannotBeChanged);
        Should.Throw<ConflictException>(() => member.JoinAssociation(associationId)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.Staff.ArchivedCannotBeChanged);
        member.FullName.ShouldBe(Data().FullName);
        member.MethodologicalAssociationId.ShouldBeNull(); // archiving leaves the association
    }

    [Fact]
    public void Should_Accept_Changes_Again_After_Restore_And_Refuse_To_Restore_An_Active_Member()
    {
        var member = New(Data()).Archive().Restore();

        member.Update(Data() with { FullName = "Back" }).FullName.ShouldBe("Back");
        Should.Throw<ConflictException>(() => member.Restore()).Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.NotArchived);
    }

    private static StaffMember New(StaffMemberData data) => new(Guid.CreateVersion7(), data);

    private static StaffMemberData Data() =>
        new(
            "Әсем Жұмабаева",
            "Мұғалім",
            ["Қазақ тілі"],
            new DateOnly(2019, 9, 1),
            7,
            6,
            QualificationCategory.Pedagogue,
            null,
            false,
            null,
            null,
            null);
}
