using System.Text.RegularExpressions;
using KemelSchoolPD.Localization;

namespace KemelSchoolPD.Domain.Tests.Localization;

/// <summary>
/// Errors a Kazakh methodologist caught in the texts (seed-fidelity review §7.3), kept from coming back: the vowel harmony of
/// «цикл», case suffixes glued to a number the code fills in, and one term per concept. Reads the server resources (which
/// include the web app's texts) and the Kazakh document templates.
/// </summary>
public sealed partial class KazakhTexts_Tests
{
    /// <summary>Seed captions quoted verbatim keep the seed's own spelling (S004 L5161 «циклдары»).</summary>
    private static readonly HashSet<string> VerbatimSeedKeys = ["Enum:GrowthGuidanceSource.TeacherActions"];

    [Fact]
    public void Should_Use_Front_Vowel_Suffixes_After_Cycle()
    {
        // «цикл» takes front-vowel suffixes as in seed 004 (циклі, циклдің, циклге, циклден, циклімді…).
        Offending(BackVowelCycle()).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Not_Glue_A_Case_Suffix_To_A_Number_Filled_In_Later()
    {
        // "{1}-ге" is right for 20 and wrong for 30 ("30-ға"); ordinals such as "{0}-жол" stay allowed.
        Offending(SuffixAfterPlaceholder()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("маршрут пара", "маршруттық парақ")]
    [InlineData("теңгерім дөңгелег", "тепе-теңдік дөңгелегі")]
    [InlineData("рефлексиялық", "рефлексивті")]
    [InlineData("аттестаци", "аттестаттау")]
    [InlineData("кіріктірілген", "кірістірілген")]
    [InlineData("ішінара орындал", "жартылай қол жеткізді")]
    public void Should_Use_One_Term_Per_Concept(string avoided, string term)
    {
        Offending(new Regex(Regex.Escape(avoided), RegexOptions.IgnoreCase)).ShouldBeEmpty($"write «{term}»");
    }

    [Fact]
    public void Should_Find_The_Rules_Breaking_Texts_They_Are_Meant_To_Catch()
    {
        BackVowelCycle().IsMatch("Циклды аяқтау").ShouldBeTrue();
        BackVowelCycle().IsMatch("алғашқы циклға").ShouldBeTrue();
        BackVowelCycle().IsMatch("Циклді аяқтау, циклге, циклдің, циклдері").ShouldBeFalse();
        SuffixAfterPlaceholder().IsMatch("{0}-ден {1}-ге дейін").ShouldBeTrue();
        SuffixAfterPlaceholder().IsMatch("{0}-жол, {0}-тоқсан, {0}–{1} аралығында").ShouldBeFalse();
    }

    private static List<string> Offending(Regex rule) =>
        KemelSchoolPDLocalization.Store.Texts("kk")
            .Where(t => !VerbatimSeedKeys.Contains(t.Key) && rule.IsMatch(t.Value))
            .Select(t => $"{t.Key}: {t.Value}")
            .Concat(KazakhTemplates().Where(t => rule.IsMatch(t.Text)).Select(t => t.File))
            .ToList();

    private static IEnumerable<(string File, string Text)> KazakhTemplates() =>
        Directory.GetFiles(Path.Combine(Localization_Tests.RepositoryRoot(), "src"), "*.kk.liquid", SearchOption.AllDirectories)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    [GeneratedRegex(@"цикл(ы|ды|дың|ға|дан|да|ын|ымен|ым|ың|дар|қа)", RegexOptions.IgnoreCase)]
    private static partial Regex BackVowelCycle();

    [GeneratedRegex(
        @"\}-(ден|дан|тен|тан|нен|нан|ге|ға|ке|қа|де|да|те|та|нің|ның|дің|дың|тің|тың|ні|ны|ді|ды|ті|ты|мен|бен|пен)(\b|[^\p{L}])")]
    private static partial Regex SuffixAfterPlaceholder();
}
