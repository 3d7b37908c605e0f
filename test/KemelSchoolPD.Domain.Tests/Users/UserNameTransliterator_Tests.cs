using KemelSchoolPD.Users;

namespace KemelSchoolPD.Domain.Tests.Users;

public sealed class UserNameTransliterator_Tests
{
    [Theory]
    [InlineData("әғқңөұүһі", "agknouuhi")]
    [InlineData("жшчщюяё", "zhshchshchyuyayo")]
    [InlineData("Хабаров Цой Йошкар Ыбырай Эльвира Подъезд", "khabarovtsoiioshkarybyraielvirapodezd")]
    [InlineData("Ivanov 2", "ivanov2")]
    public void Should_Transliterate_As_Kazakh_Passports_Do(string text, string expected) =>
        UserNameTransliterator.Transliterate(text).ShouldBe(expected);

    [Theory]
    [InlineData("Әбілқасымова Гүлнар Серікқызы", "abilkasymova.g")]
    [InlineData("Гүлнар Серікқызы Әбілқасымова", "abilkasymova.g")]
    [InlineData("Щербакова Юлия Андреевна", "shcherbakova.y")]
    [InlineData("Светлана Ивановна Петрова", "petrova.s")]
    [InlineData("Шәріпов Ғалым", "sharipov.g")]
    [InlineData("Ким", "kim")]
    [InlineData("—", "user")]
    public void Should_Propose_Surname_Dot_First_Initial(string fullName, string expected) =>
        UserNameTransliterator.Propose(fullName).ShouldBe(expected);

    [Fact]
    public void Should_Propose_Only_Allowed_Characters()
    {
        UserNameTransliterator.Propose("Құрманғазы Өмірбек Нұрлыбекұлы").ShouldMatch(UserConsts.UserNamePattern);
    }
}
