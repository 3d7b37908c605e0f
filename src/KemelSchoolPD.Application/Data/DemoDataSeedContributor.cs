using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.Data;

/// <summary>
/// Two demo schools so the product can be tried at once ("Seed:DemoData", on by default). Idempotent: a school whose BIN
/// exists is left as it is. Every demo user's password is <see cref="DemoPassword.Value"/>.
/// </summary>
public sealed class DemoDataSeedContributor(
    IKemelSchoolPDDbContext db,
    SchoolAppService schools,
    UserManager<AppUser> userManager,
    ICurrentTenant currentTenant,
    IConfiguration configuration) : IDataSeedContributor
{
    public const string DemoSchoolBin = "260140000001";
    public const string SecondSchoolBin = "260140000002";

    public int Order => 100;

    private sealed record Person(string UserName, string FullName, string Position, string[] Subjects, QualificationCategory Category,
        int Experience, string? Association, bool Young = false, string[]? ExtraRoles = null, string Role = KemelRoles.Teacher);

    private static readonly Person[] DemoStaff =
    [
        new(
            "deputy",
            "Гүлнар Асқарқызы Төлеуова",
            "Директордың оқу ісі жөніндегі орынбасары",
            ["Математика"],
            QualificationCategory.Researcher,
            21,
            null,
            Role: KemelRoles.DeputyDirector),
        new(
            "teacher01",
            "Данияр Болатұлы Сейітов",
            "Мұғалім",
            ["Математика"],
            QualificationCategory.Pedagogue,
            3,
            "Математика және информатика"),
        new(
            "teacher02",
            "Әсем Маратқызы Жұмабаева",
            "Мұғалім",
            ["Қазақ тілі", "Қазақ әдебиеті"],
            QualificationCategory.Pedagogue,
            4,
            "Тілдер"),
        new("teacher03", "Ерлан Серікұлы Оспанов", "Мұғалім", ["Физика"], QualificationCategory.Pedagogue, 2, "Жаратылыстану"),
        new("teacher04", "Мадина Қайратқызы Әлиева", "Мұғалім", ["Ағылшын тілі"], QualificationCategory.Moderator, 7, "Тілдер"),
        new(
            "teacher05",
            "Нұрлан Ержанұлы Ахметов",
            "Мұғалім",
            ["Информатика"],
            QualificationCategory.Moderator,
            9,
            "Математика және информатика"),
        new(
            "teacher06",
            "Светлана Ивановна Петрова",
            "Учитель",
            ["Русский язык", "Русская литература"],
            QualificationCategory.Moderator,
            12,
            "Тілдер"),
        new("teacher07", "Айдана Талғатқызы Мұқанова", "Мұғалім", ["Химия"], QualificationCategory.Expert, 14, "Жаратылыстану"),
        new("teacher08", "Бауыржан Қанатұлы Исаев", "Мұғалім", ["Тарих"], QualificationCategory.Expert, 16, null),
        new("teacher09", "Жанар Әбілқызы Сәрсенова", "Мұғалім", ["Биология"], QualificationCategory.Researcher, 18, "Жаратылыстану"),
        new(
            "teacher10",
            "Ольга Николаевна Ким",
            "Учитель",
            ["Математика"],
            QualificationCategory.Researcher,
            20,
            "Математика және информатика"),
        new("teacher11", "Қуаныш Мейрамұлы Байжанов", "Мұғалім", ["География"], QualificationCategory.Master, 25, null),
        new("teacher12", "Роза Сапарқызы Ержанова", "Мұғалім", ["Бастауыш сынып"], QualificationCategory.Master, 28, null),
        new(
            "mentor1",
            "Гүлмира Жақсылыққызы Омарова",
            "Мұғалім, тәлімгер",
            ["Математика"],
            QualificationCategory.Expert,
            19,
            "Математика және информатика",
            ExtraRoles: [KemelRoles.Mentor, KemelRoles.AssociationLeader]),
        new(
            "mentor2",
            "Алма Бекқызы Нұрғалиева",
            "Мұғалім, тәлімгер",
            ["Қазақ тілі"],
            QualificationCategory.Researcher,
            22,
            "Тілдер",
            ExtraRoles: [KemelRoles.Mentor, KemelRoles.AssociationLeader]),
        new(
            "young1",
            "Арман Ғаниұлы Төлеген",
            "Мұғалім",
            ["Математика"],
            QualificationCategory.Pedagogue,
            1,
            "Математика және информатика",
            Young: true),
        new(
            "commission1",
            "Сәуле Оразқызы Қасымова",
            "Мұғалім",
            ["Физика"],
            QualificationCategory.Master,
            30,
            "Жаратылыстану",
            ExtraRoles: [KemelRoles.CommissionMember]),
    ];

    /// <summary>Newcomers in the registry without an account yet (two with an e-mail, two without), to try giving accounts.</summary>
    private static readonly (string FullName, string Subject, string? Email)[] WithoutAccounts =
    [
        ("Әбілқасымова Гүлнар Серікқызы", "Қазақ тілі", "abilkasymova@260140000001.kemel.kz"),
        ("Шәріпов Ғалым Жұмаұлы", "Дене шынықтыру", null),
        ("Щербакова Юлия Андреевна", "Русский язык", "shcherbakova@260140000001.kemel.kz"),
        ("Құрманғазы Өмірбек Нұрлыбекұлы", "Музыка", null),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null || !configuration.GetValue("Seed:DemoData", true)) return;

        await SeedSchoolAsync(
            DemoSchoolBin,
            "Kemel Demo School",
            "Абай облысы",
            "Семей қаласы",
            "Айгүл Серікқызы Нұрланова",
            DemoStaff,
            cancellationToken);
        await SeedSchoolAsync(SecondSchoolBin, "Kemel Second School", "Алматы облысы", "Қонаев қаласы", "Марат Әлібекұлы Жақыпов",
            [new(
                "teacher01",
                "Дина Ерікқызы Смағұлова",
                "Мұғалім",
                ["Математика"],
                QualificationCategory.Moderator,
                6,
                null)], cancellationToken);
    }

    private async Task SeedSchoolAsync(
        string bin,
        string name,
        string region,
        string district,
        string directorName,
        Person[] people,
        CancellationToken ct)
    {
        if (await db.Schools.AnyAsync(s => s.Bin == bin, ct)) return;
        var school = await schools.CreateAsync(new CreateSchoolDto
        {
            Name = name, Bin = bin, Region = region, District = district, SettlementType = SettlementType.Urban,
            LanguagesOfInstruction = [LanguageOfInstruction.Kazakh, LanguageOfInstruction.Russian],
            DirectorUserName = "director", DirectorEmail = $"director@{bin}.kemel.kz", DirectorFullName = directorName, DirectorPassword
                = DemoPassword.Placeholder(),
        }, ct);

        using var _ = currentTenant.Change(school.Id, school.Name);
        await DemoPassword.ApplyAsync(userManager, (await userManager.FindByNameAsync("director"))!);
        var associations = people.Select(p => p.Association).OfType<string>().Distinct()
            .ToDictionary(n => n, n => new MethodologicalAssociation(Guid.CreateVersion7(), n + " ӘБ", null, null));
        db.MethodologicalAssociations.AddRange(associations.Values);
        await db.SaveChangesAsync(ct);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (person, index) in people.Select((p, i) => (p, i)))
        {
            var user = new AppUser(school.Id, person.UserName, person.FullName, $"{person.UserName}@{bin}.kemel.kz")
            {
                EmailConfirmed = true
            };
            await userManager.CreateAsync(user).EnsureSucceeded();
            await DemoPassword.ApplyAsync(userManager, user);
            await userManager.AddToRolesAsync(user, [person.Role, .. person.ExtraRoles ?? []]).EnsureSucceeded();

            // Categories were assigned on different dates, so some expire soon and the registry shows real variety.
            DateOnly? assignedOn = person.Category == QualificationCategory.Pedagogue ? null : today.AddMonths(-(6 + index * 3));
            var associationId = person.Association is null ? (Guid?)null : associations[person.Association].Id;
            db.StaffMembers.Add(new StaffMember(Guid.CreateVersion7(), new StaffMemberData(
                person.FullName, person.Position, person.Subjects, today.AddYears(-person.Experience).AddDays(-index), person.Experience
                    + 1,
                person.Experience, person.Category, assignedOn, person.Young, associationId, user.Email, null,
                IsAdministration: person.Role == KemelRoles.DeputyDirector)).LinkUser(user.Id));
        }
        if (bin == DemoSchoolBin)
            foreach (var (fullName, subject, email) in WithoutAccounts)
                db.StaffMembers.Add(new StaffMember(Guid.CreateVersion7(), new StaffMemberData(
                    fullName, "Мұғалім", [subject], today.AddYears(
                        -2), 2, 2, QualificationCategory.Pedagogue, null, false, null, email, null)));
        await db.SaveChangesAsync(ct);

        foreach (var leader in people.Where(p => p.ExtraRoles?.Contains(KemelRoles.AssociationLeader) == true && p.Association is not null))
        {
            var association = associations[leader.Association!];
            var staffId = await db.StaffMembers.Where(s => s.FullName == leader.FullName).Select(s => s.Id).FirstAsync(ct);
            association.Update(association.Name, association.Description, staffId);
        }
        await db.SaveChangesAsync(ct);
    }
}
