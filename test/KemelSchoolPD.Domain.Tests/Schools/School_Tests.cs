using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Schools;

namespace KemelSchoolPD.Domain.Tests.Schools;

public sealed class School_Tests
{
    [Theory]
    [InlineData("12345", ValidationCodes.Pattern)]
    [InlineData("12345678901A", ValidationCodes.Pattern)]
    [InlineData("1234 5678901", ValidationCodes.Pattern)]
    [InlineData("١٢٣٤٥٦٧٨٩٠١٢", ValidationCodes.Pattern)] // digits, but not the ones a BIN is written with
    [InlineData("1234567890123", ValidationCodes.MaxLength)]
    [InlineData("", ValidationCodes.Required)]
    public void Should_Require_A_Bin_Of_Exactly_Twelve_Digits(string bin, string code)
    {
        var error = Should.Throw<InputValidationException>(() => New(bin));

        var field = error.Errors.ShouldHaveSingleItem();
        field.Field.ShouldBe(nameof(School.Bin));
        field.Code.ShouldBe(code);
    }

    [Fact]
    public void Should_Accept_A_Twelve_Digit_Bin_And_Start_Active()
    {
        var school = New(" 123456789012 ");

        school.Bin.ShouldBe("123456789012");
        school.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Should_Refuse_To_Deactivate_Twice()
    {
        var school = New("123456789012").Deactivate();

        Should.Throw<ConflictException>(() => school.Deactivate()).Code.ShouldBe(KemelSchoolPDErrorCodes.Schools.AlreadyInactive);
        school.IsActive.ShouldBeFalse();
    }

    [Fact]
    public void Should_Refuse_To_Activate_An_Active_School()
    {
        var school = New("123456789012");

        Should.Throw<ConflictException>(() => school.Activate()).Code.ShouldBe(KemelSchoolPDErrorCodes.Schools.AlreadyActive);
        school.Deactivate().Activate().IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Should_Require_At_Least_One_Language_And_Keep_Each_Once()
    {
        Should.Throw<InputValidationException>(() => School.Create("Мектеп", "123456789012", "Облыс", "Аудан", SettlementType.Urban, []))
            .Errors.ShouldHaveSingleItem().ShouldBe(new FieldError(nameof(School.LanguagesOfInstruction), ValidationCodes.Required));
        School.Create("Мектеп", "123456789012", "Облыс", "Аудан", SettlementType.Urban,
                [LanguageOfInstruction.Russian, LanguageOfInstruction.Kazakh, LanguageOfInstruction.Russian])
            .LanguagesOfInstruction.ShouldBe([LanguageOfInstruction.Kazakh, LanguageOfInstruction.Russian]);
    }

    private static School New(string bin) =>
        School.Create("Мектеп", bin, "Облыс", "Аудан", SettlementType.Rural, [LanguageOfInstruction.Kazakh]);
}
