using System.Globalization;
using System.Reflection;
using System.Text.Json;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Localization;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Domain.Tests.Localization;

/// <summary>Every user-visible text exists in Kazakh, Russian and English, from the first commit on.</summary>
public sealed class Localization_Tests
{
    private static readonly JsonLocalizationStore Store = KemelSchoolPDLocalization.Store;
    private static readonly string[] Cultures = ["kk", "ru", "en"];

    [Fact]
    public void Should_Have_The_Same_Keys_In_Every_Culture_With_Non_Empty_Texts()
    {
        var english = Store.Texts("en").Keys.ToHashSet();
        english.Count.ShouldBeGreaterThan(100);
        foreach (var culture in Cultures)
        {
            var texts = Store.Texts(culture);
            texts.Keys.ToHashSet().SetEquals(english)
                .ShouldBeTrue($"{culture} differs: {string.Join(", ", texts.Keys.Except(english).Concat(english.Except(texts.Keys)))}");
            texts.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty(culture);
        }
    }

    [Fact]
    public void Should_Translate_Every_Error_Code()
    {
        var codes = ConstantsOf(typeof(KemelSchoolPDErrorCodes)).Concat(ConstantsOf(typeof(CommonErrorCodes)))
            .Concat(ConstantsOf(typeof(ValidationCodes)));
        MissingKeys(codes).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Translate_Every_Permission_Role_And_Enum_Value()
    {
        var keys = PermissionDefinitions.All.Select(p => p.DisplayNameKey)
            .Concat(KemelRoles.SchoolRoles.Append(KemelRoles.HostAdmin).Select(r => "Role:" + r))
            .Concat(typeof(QualificationCategory).Assembly.GetExportedTypes().Where(t => t.IsEnum).SelectMany(EnumKeys));
        MissingKeys(keys).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Contain_Every_Web_App_Text()
    {
        var angular = Path.Combine(RepositoryRoot(), "angular");
        Directory.Exists(angular).ShouldBeTrue("the web app is part of the repository");
        var files = Directory.GetFiles(Path.Combine(angular, "src", "app"), "i18n-keys.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "node_modules"
                + Path.DirectorySeparatorChar)).Append(Path.Combine(angular, "i18n-keys.json"));
        var web = files.SelectMany(f => JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(f))!)
            .ToList();
        web.Count.ShouldBeGreaterThan(100);
        var stale = web.SelectMany(
            e => Cultures.Where(c => Store.Texts(c).GetValueOrDefault(e.Key) != e.Value.GetValueOrDefault(c))
                .Select(c => $"{e.Key} ({c})"));
        stale.ShouldBeEmpty("run etc/scripts/merge-web-texts.py");
    }

    [Theory]
    [InlineData("kk-KZ", "kk")]
    [InlineData("ru-RU", "ru")]
    [InlineData("de", "en")]
    public void Should_Fall_Back_From_Regional_And_Unknown_Cultures(string requested, string resolved) =>
        Store.ResolveName(CultureInfo.GetCultureInfo(requested)).ShouldBe(resolved);

    private static IEnumerable<string> MissingKeys(IEnumerable<string> keys) =>
        keys.SelectMany(k => Cultures.Where(c => !Store.Texts(c).ContainsKey(k)).Select(c => $"{k} ({c})"));

    /// <summary>Every enum of Domain.Shared reaches users (lists, filters, documents), so every value is translated.</summary>
    private static IEnumerable<string> EnumKeys(Type enumType) =>
        Enum.GetNames(enumType).Select(n => $"Enum:{enumType.Name}.{n}");

    [Fact]
    public void Should_Merge_Module_Files_And_Refuse_A_Key_Defined_Twice()
    {
        // Module resource files (Localization/KemelSchoolPD/{Module}/kk.json) join the culture's texts.
        Store.Texts("kk").ContainsKey(KemelSchoolPDErrorCodes.Staff.DuplicateEmail).ShouldBeTrue();
        Should.Throw<InvalidOperationException>(
            () => new JsonLocalizationStore(typeof(Localization_Tests).Assembly, ".duplicate-texts.json"))
            .Message.ShouldContain("defined twice");
    }

    private static IEnumerable<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Concat(type.GetNestedTypes().SelectMany(ConstantsOf));

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KemelSchoolPD.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
