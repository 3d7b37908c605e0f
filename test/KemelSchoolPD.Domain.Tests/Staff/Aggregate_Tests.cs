using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Domain.Tests.Staff;

public sealed class Aggregate_Tests
{
    [Fact]
    public void Should_Require_An_Assignment_Date_Above_The_Entry_Category_And_Expire_Five_Years_Later()
    {
        var error = Should.Throw<InputValidationException>(() => new StaffMember(Guid.CreateVersion7(), Data(QualificationCategory.Expert, null)));
        error.Errors.ShouldHaveSingleItem().ShouldBe(new FieldError(nameof(StaffMember.CategoryAssignedOn), KemelSchoolPDErrorCodes.Staff.CategoryDateRequired));

        var member = new StaffMember(Guid.CreateVersion7(), Data(QualificationCategory.Expert, new DateOnly(2024, 2, 29)));
        member.CategoryExpiresOn.ShouldBe(new DateOnly(2029, 2, 28));
    }

    [Fact]
    public void Should_Refuse_Teaching_Experience_Above_Total() =>
        Should.Throw<InputValidationException>(() => new StaffMember(Guid.CreateVersion7(), Data() with { TotalExperienceYears = 3, TeachingExperienceYears = 4 }))
            .Errors.Single().Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.TeachingExceedsTotal);

    [Fact]
    public void Should_Trim_And_Deduplicate_Subjects_And_Allow_At_Most_Ten()
    {
        new StaffMember(Guid.CreateVersion7(), Data() with { Subjects = [" Физика ", "физика", "", "Химия"] }).Subjects.ShouldBe(["Физика", "Химия"]);
        Should.Throw<InputValidationException>(() => new StaffMember(Guid.CreateVersion7(), Data() with { Subjects = Enumerable.Range(1, 11).Select(i => $"S{i}").ToList() }));
    }

    [Fact]
    public void Should_Not_Archive_Twice_Nor_Change_An_Archived_Member()
    {
        var member = new StaffMember(Guid.CreateVersion7(), Data()).Archive();

        Should.Throw<ConflictException>(() => member.Archive()).Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.AlreadyArchived);
        Should.Throw<ConflictException>(() => member.Update(Data())).Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.ArchivedCannotBeChanged);
        member.Restore().Update(Data() with { FullName = "Back" }).FullName.ShouldBe("Back");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("12345678901A")]
    public void Should_Require_A_Twelve_Digit_Bin(string bin) =>
        Should.Throw<InputValidationException>(() => School.Create("Мектеп", bin, "Облыс", "Аудан", SettlementType.Urban, [LanguageOfInstruction.Kazakh]))
            .Errors.Single().ShouldBe(new FieldError(nameof(School.Bin), ValidationCodes.Pattern));

    [Fact]
    public void Should_Not_Deactivate_A_School_Twice()
    {
        var school = School.Create("Мектеп", "123456789012", "Облыс", "Аудан", SettlementType.Rural, [LanguageOfInstruction.Kazakh]).Deactivate();

        Should.Throw<ConflictException>(() => school.Deactivate()).Code.ShouldBe(KemelSchoolPDErrorCodes.Schools.AlreadyInactive);
        school.Activate().IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Should_Require_An_Association_Name_Of_Bounded_Length()
    {
        Should.Throw<InputValidationException>(() => new MethodologicalAssociation(Guid.CreateVersion7(), " ", null, null));
        Should.Throw<InputValidationException>(() => new MethodologicalAssociation(Guid.CreateVersion7(), new string('Ә', MethodologicalAssociationConsts.MaxNameLength + 1), null, null))
            .Errors.Single().Code.ShouldBe(ValidationCodes.MaxLength);
    }

    private static StaffMemberData Data(QualificationCategory category = QualificationCategory.Pedagogue, DateOnly? assignedOn = null) =>
        new("Әсем Жұмабаева", "Мұғалім", ["Қазақ тілі"], new DateOnly(2019, 9, 1), 7, 6, category, assignedOn, false, null, null, null);
}
