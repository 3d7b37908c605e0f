using KemelSchoolPD.LessonStudy;
using KemelSchoolPD.PracticeLibrary;

namespace KemelSchoolPD.Domain.Tests.LessonStudy;

public sealed class LessonStudyDomain_Tests
{
    [Theory]
    [InlineData("Айгерім Болатова", true)]
    [InlineData("Ivan Petrov", true)]
    [InlineData("Әлия Нұрланқызы Серікова", true)]
    [InlineData("Оқушы А", false)]
    [InlineData("А.Б.", false)]
    [InlineData("Pupil C", false)]
    [InlineData("Айгерім Б.", false)]
    [InlineData("оқушы айгерім", false)]
    public void Should_Tell_A_Full_Name_From_A_Pseudonym(string value, bool fullName)
        => ResearchLesson.LooksLikeFullName(value).ShouldBe(fullName);

    [Fact]
    public void Should_Take_Pupil_Names_Out_Of_Every_Library_Text_As_Whole_Words()
    {
        var content = new PracticeLibraryContent("Тақырып", null, null, 2026, "Контекст", "Сұрақ", "Әдіс",
            "Оқушы А мен А.Б. модельді қолданды; Алма жақсы.", "А.Б. үшін қадамдық нұсқаулық", "Авторлар")
            .WithoutNames(["Оқушы А", "А.Б."]);

        content.Conclusions.ShouldBe("… мен … модельді қолданды; Алма жақсы.");
        content.ChangesInPractice.ShouldBe("… үшін қадамдық нұсқаулық");
    }

    [Fact]
    public void Should_Let_Only_The_Publisher_The_Sources_Lead_Or_The_Librarys_Keeper_Take_An_Item_Out()
    {
        var (publisher, lead, colleague) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var content = new PracticeLibraryContent(
            "Тақырып",
            null,
            null,
            2026,
            "Контекст",
            "Сұрақ",
            "Әдіс",
            "Қорытынды",
            "Өзгеріс",
            "Авторлар");
        var item = new PracticeLibraryItem(Guid.NewGuid(), PracticeSourceKind.LessonStudy, Guid.NewGuid())
            .Publish(content, [], shareWithAllSchools: true, publisher, DateTime.UtcNow);

        item.PublishedByStaffMemberId.ShouldBe(publisher);
        Should.NotThrow(() => item.EnsureMayUnpublish(publisher, keepsLibrary: false, lead, "Code"));
        Should.NotThrow(() => item.EnsureMayUnpublish(lead, keepsLibrary: false, lead, "Code"));
        Should.NotThrow(() => item.EnsureMayUnpublish(colleague, keepsLibrary: true, lead, "Code"));
        Should.Throw<Exceptions.ForbiddenException>(() => item.EnsureMayUnpublish(colleague, keepsLibrary: false, lead, "Code")).Code
            .ShouldBe("Code");
        Should.Throw<Exceptions.ForbiddenException>(() => item.EnsureMayUnpublish(null, keepsLibrary: false, lead, "Code"));

        // Published before publishers were recorded: the source's lead and the library's keeper, nobody else.
        var unknown = new PracticeLibraryItem(Guid.NewGuid(), PracticeSourceKind.ActionResearch, Guid.NewGuid())
            .Publish(content, [], shareWithAllSchools: false, null, DateTime.UtcNow);
        (unknown.MayUnpublish(lead, false, lead), unknown.MayUnpublish(colleague, true, lead)).ShouldBe((true, true));
        (unknown.MayUnpublish(colleague, false, lead), unknown.MayUnpublish(null, false, lead)).ShouldBe((false, false));
        item.StopSharing().SharedWithAllSchools.ShouldBeFalse();
    }
}
