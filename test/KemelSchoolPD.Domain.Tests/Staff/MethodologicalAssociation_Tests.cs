using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Domain.Tests.Staff;

public sealed class MethodologicalAssociation_Tests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_Require_A_Name(string? name)
    {
        var error = Should.Throw<InputValidationException>(() => new MethodologicalAssociation(Guid.CreateVersion7(), name!, null, null));

        error.Errors.ShouldHaveSingleItem().ShouldBe(new FieldError(nameof(MethodologicalAssociation.Name), ValidationCodes.Required));
    }

    [Fact]
    public void Should_Refuse_A_Name_Longer_Than_The_Maximum()
    {
        var error = Should.Throw<InputValidationException>(() =>
            new MethodologicalAssociation(
                Guid.CreateVersion7(),
                new string('Ә', MethodologicalAssociationConsts.MaxNameLength + 1),
                null,
                null));

        var field = error.Errors.ShouldHaveSingleItem();
        field.Field.ShouldBe(nameof(MethodologicalAssociation.Name));
        field.Code.ShouldBe(ValidationCodes.MaxLength);
        field.Args.ShouldBe([MethodologicalAssociationConsts.MaxNameLength]);
    }

    [Fact]
    public void Should_Accept_A_Name_Of_Exactly_The_Maximum_Length_And_Trim_It()
    {
        var name = new string('Ә', MethodologicalAssociationConsts.MaxNameLength);

        new MethodologicalAssociation(Guid.CreateVersion7(), $"  {name} ", null, null).Name.ShouldBe(name);
    }

    [Fact]
    public void Should_Apply_The_Same_Rules_On_Update()
    {
        var leader = Guid.CreateVersion7();
        var association = new MethodologicalAssociation(Guid.CreateVersion7(), "Тілдер ӘБ", "  ", null);
        association.Description.ShouldBeNull();

        Should.Throw<InputValidationException>(() => association.Update(" ", null, leader)).Errors.ShouldHaveSingleItem().Field
            .ShouldBe(nameof(MethodologicalAssociation.Name));
        Should.Throw<InputValidationException>(
            () => association.Update("Тілдер ӘБ", new string('x', MethodologicalAssociationConsts.MaxDescriptionLength + 1), leader))
            .Errors.ShouldHaveSingleItem().Field.ShouldBe(nameof(MethodologicalAssociation.Description));
        association.Update("Жаратылыстану ӘБ", "Физика, химия", leader);

        (association.Name, association.Description, association.LeaderStaffMemberId).ShouldBe(
            ("Жаратылыстану ӘБ", "Физика, химия", leader));
    }
}
