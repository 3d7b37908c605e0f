using System.Diagnostics;
using KemelSchoolPD;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Entities;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Identity;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// The daily reminder sweep (issue 13) over 1,000 schools × 100 teachers on a real PostgreSQL (the test suites' throwaway
// cluster), with a school year's records: plans (some submitted, some returned), route sheets with first-quarter marks,
// growth cycles with artefacts, observations to sign and to answer, categories expiring. The sweep runs twice for the same
// day: the first writes the reminders, the second must write none. Target: the first run ≤ 30 s on the 2-core build machine.
var schools = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 1_000;
var teachers = args.Length > 1 && int.TryParse(args[1], out var t) ? t : 100;

var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "KemelSchoolPD.HttpApi.Host"))) root = root.Parent;
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KEMELSCHOOLPD_HTTPAPI_HOST",
    Path.Combine(
        root?.FullName ?? throw new InvalidOperationException("Run from inside the repository."),
        "src",
        "KemelSchoolPD.HttpApi.Host"));

await using var host = new KemelWebApplicationFactory(DatabaseProvider.PostgreSql, settings: new Dictionary<string, string?>
{
    ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = Environment.GetEnvironmentVariable("BENCH_SQL_LOG") ?? "Warning",
    ["Logging:LogLevel:KemelSchoolPD"] = "Warning",
    ["Logging:LogLevel:KemelSchoolPD.Notifications.ReminderSweep"] = Environment.GetEnvironmentVariable("BENCH_SWEEP_LOG") ?? "Information",
});
_ = host.Services; // starts the host: migrates and seeds the two demo schools

// A day in the third quarter: the second quarter's marks are overdue for many, plans submitted in the last weeks are due.
var today = new DateOnly(2027, 2, 15);
var year = AcademicYears.Of(today);
var setup = Stopwatch.StartNew();
var options = new DbContextOptionsBuilder<PostgresKemelSchoolPDDbContext>().UseNpgsql(host.ConnectionString).Options;
var rows = 0L;
var done = 0;
const int SchoolsPerSave = 10;
// The level's rows with short texts: the marks are what the sweep reads, not the wording (keeps the setup's JSON small).
var template = BuiltInRouteSheetTemplates.Moderator with
{
    TitleKk = "Модератор",
    TitleRu = "Модератор",
    StageKk = "Кезең",
    StageRu = "Этап",
    GoalKk = "Мақсат",
    GoalRu = "Цель",
    Rows = BuiltInRouteSheetTemplates.Moderator.Rows.Select(r => new RouteSheetRowText
    {
        Order = r.Order, DirectionKk = "Бағыт", DirectionRu = "Направление",
        ContentKk = "Мазмұн", ContentRu = "Содержание", ActionsKk = "Әрекет", ActionsRu = "Действия"
    }).ToList(),
};
await Parallel.ForEachAsync(Enumerable.Range(0, (schools + SchoolsPerSave - 1) / SchoolsPerSave), new ParallelOptions
{
    MaxDegreeOfParallelism = 3
}, async (chunk, _) =>
{
    // A context without the app's interceptors (no audit log rows for generated data), the school stamped by hand.
    await using var db = new PostgresKemelSchoolPDDbContext(options, new CurrentTenant(), new DataFilter());
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var i = chunk * SchoolsPerSave; i < Math.Min((chunk + 1) * SchoolsPerSave, schools); i++) Generate(db, i);
    var now = DateTime.UtcNow;
    foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is IAuditedObject))
        entry.Property(nameof(IAuditedObject.CreationTime)).CurrentValue = now;
    Interlocked.Add(ref rows, db.ChangeTracker.Entries().Count());
    await db.SaveChangesAsync();
    var total = Interlocked.Add(ref done, SchoolsPerSave);
    if (total % 100 == 0) Console.WriteLine($"  … {total:N0} schools ({setup.Elapsed.TotalSeconds:F0} s)");
});
Console.WriteLine($"Setup: {schools:N0} schools × {teachers} teachers, {rows:N0} rows in {setup.Elapsed.TotalSeconds:F0} s (PostgreSQL {host.ConnectionString.Split(';')[0]})");

await RunAsync("warm-up (another day, 2 schools)", new DateOnly(2026, 9, 2), 2);
var first1 = await RunAsync("first run", today, null);
var second = await RunAsync("second run (same day)", today, null);
Console.WriteLine(
    second.Created == 0 ? "Second run created 0 notifications: idempotent." : $"SECOND RUN CREATED {second.Created} NOTIFICATIONS");
Console.WriteLine(first1.Elapsed.TotalSeconds <= 30
    ? $"Target met: {first1.Elapsed.TotalSeconds:F1} s ≤ 30 s."
    : $"TARGET MISSED: {first1.Elapsed.TotalSeconds:F1} s > 30 s.");

async Task<(TimeSpan Elapsed, int Created)> RunAsync(string label, DateOnly day, int? only)
{
    using var scope = host.Services.CreateScope();
    var ids = only is { } n ? await scope.ServiceProvider.GetRequiredService<KemelSchoolPDDbContext>().Schools.OrderBy(x => x.Id)
        .Select(x => x.Id)
        .Take(n)
        .ToListAsync() : null;
    var watch = Stopwatch.StartNew();
    var result = await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(day, ids);
    var elapsed = watch.Elapsed;
    Console.WriteLine($"{label,-34} {elapsed.TotalMilliseconds,8:F0} ms   schools {result.Schools,5:N0}   items due {result.DueItems,7:N0}   " +
                      $"notifications {result.Created,7:N0}   e-mails {result.Emails,6:N0}");
    return (elapsed, result.Created);
}

void Generate(PostgresKemelSchoolPDDbContext db, int index)
{
    var rnd = new Random(index);
    var school = School.Create(
        $"Бенчмарк мектебі {index:D4}",
        (970000000000L + index).ToString(),
        "Абай облысы",
        "Семей қаласы",
        SettlementType.Urban,
        [LanguageOfInstruction.Kazakh]);
    db.Schools.Add(school);
    var tenant = school.Id;
    T Own<T>(T entity) where T : class
    {
        db.Add(entity);
        db.Entry(entity).Property("TenantId").CurrentValue = tenant;
        return entity;
    }

    var roles = new Dictionary<string, AppRole>();
    foreach (var name in new[] { KemelRoles.Director, KemelRoles.DeputyDirector, KemelRoles.Teacher })
    {
        var role = new AppRole(tenant, name, true) { NormalizedName = name.ToUpperInvariant() };
        db.Roles.Add(role);
        roles[name] = role;
        foreach (var permission in PermissionDefinitions.DefaultGrants(name))
            db.RoleClaims
                .Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = KemelClaimTypes.Permission, ClaimValue = permission });
    }
    StaffMember Person(string userName, string fullName, string role, QualificationCategory category, DateOnly? assignedOn)
    {
        var user = new AppUser(tenant, userName, fullName, $"{userName}@{school.Bin}.bench.kz")
        { NormalizedUserName = userName.ToUpperInvariant(), NormalizedEmail = $"{userName}@{school.Bin}.bench.kz".ToUpperInvariant() };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role].Id });
        return Own(new StaffMember(Guid
            .CreateVersion7(), new StaffMemberData(fullName, "Мұғалім", ["Математика"], new DateOnly(2015, 9, 1), 10, 9,
            category, assignedOn, false, null, null, null)).LinkUser(user.Id));
    }

    var director = Person("director", $"Директор {index}", KemelRoles.Director, QualificationCategory.Master, new DateOnly(2023, 5, 1));
    var deputy = Person(
        "deputy",
        $"Орынбасар {index}",
        KemelRoles.DeputyDirector,
        QualificationCategory.Researcher,
        new DateOnly(2024, 5, 1));
    var deputyUser = deputy.UserId!.Value;
    var categories = Enum.GetValues<QualificationCategory>();
    for (var k = 0; k < teachers; k++)
    {
        var category = categories[k % categories.Length];
        // One in ten categories expires within the coming year; the others later.
        var assignedOn = category == QualificationCategory.Pedagogue ? (DateOnly?)null
            : k % 10 == 0
                ? today.AddDays(rnd.Next(-20, 365)).AddYears(-StaffMemberConsts.CategoryValidityYears)
                : new DateOnly(2024, 5, 20);
        var teacher = Person($"teacher{k:D3}", $"Мұғалім {index}-{k:D3}", KemelRoles.Teacher, category, assignedOn);

        // Plans: a fifth submitted in the last three weeks, a tenth returned, the rest drafts or agreed.
        var plan = Own(new DevelopmentPlan(
            Guid.CreateVersion7(),
            teacher.Id,
            year,
            BuiltInPlanTemplates.Table17,
            new PlanContent { Topic = "Функционалдық сауаттылық" }));
        var roll = rnd.Next(10);
        if (roll < 2)
        {
            db.Entry(plan).Property(p => p.Status).CurrentValue = DevelopmentPlanStatus.Submitted;
            db.Entry(plan).Property(p => p.SubmittedAt).CurrentValue = today.AddDays(-rnd.Next(0, 21))
                .ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        }
        else if (roll < 3)
        {
            db.Entry(plan).Property(p => p.Status).CurrentValue = DevelopmentPlanStatus.Returned;
            var review = Own(new DevelopmentPlanReview(plan, PlanReviewDecision.Returned, "Нақтылаңыз", deputyUser, deputy.FullName,
                today.AddDays(-rnd.Next(0, 21)).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc)));
            _ = review;
        }
        else if (roll < 7) db.Entry(plan).Property(p => p.Status).CurrentValue = DevelopmentPlanStatus.Agreed;

        // Route sheets reviewed by the deputy: most first quarters marked by both, about half the second by the teacher.
        var sheet = Own(new RouteSheet(Guid.CreateVersion7(), teacher.Id, year, template, deputy.Id, RouteSheetPeriodKind.Quarters));
        var marks = sheet.Rows.Select(r => new RouteSheetMarkEntry(r.Order, RouteSheetMark.Achieved, null)).ToList();
        if (rnd.Next(10) < 8)
        {
            sheet.Mark(RouteSheetMarkRole.Self, 1, marks, teacher.UserId, teacher.FullName, DateTime.UtcNow);
            if (rnd.Next(10) < 8) sheet.Mark(RouteSheetMarkRole.Reviewer, 1, marks, deputyUser, deputy.FullName, DateTime.UtcNow);
            if (rnd.Next(2) == 0) sheet.Mark(RouteSheetMarkRole.Self, 2, marks, teacher.UserId, teacher.FullName, DateTime.UtcNow);
        }

        // Growth cycles at every stage, each with its entry diagnostic and a lesson.
        var cycle = Own(new GrowthCycle(
            Guid.CreateVersion7(),
            teacher.Id,
            GrowthParticipantKind.Teacher,
            year,
            null,
            "Кері байланыс",
            ["02.1"],
            1,
            null,
            new GrowthActor(deputyUser, deputy.FullName),
            DateTime.UtcNow));
        db.Entry(cycle).Property(c => c.CurrentStage).CurrentValue = (GrowthCycleStage)(1 + rnd.Next(5));
        Own(new GrowthCycleArtefact(Guid.CreateVersion7(), cycle.Id, GrowthCycleStage.Action, GrowthArtefactKind.LessonTaught,
            new GrowthArtefactContent
            {
                Date = today.AddDays(-30),
                ClassName = "5 А",
                Subject = "Математика",
                LearningObjectives = "Бөлшектер"
            }, rnd.Next(2) == 0));

        // Observations: a third of the teachers observed this year, half of them still to sign, the others signed without a reply.
        if (k % 3 == 0)
        {
            var observation = new LessonObservation(teacher.Id, deputy.Id, ObservationPurpose.Evaluation);
            observation.Record(today.AddDays(-rnd.Next(0, 30)), new LessonDetails("7 Б", "Математика", null, null), null, [], null, null,
                ObjectivesMatch.Yes, null, [], null);
            if (rnd.Next(2) == 0) observation.Sign(deputyUser, DateTime.UtcNow);
            Own(observation);
        }
    }
    _ = director;
    // Owned rows added with their parent (a growth cycle's stage entries) get the school too.
    foreach (var entry in db.ChangeTracker.Entries<IMultiTenant>().Where(e => e.Entity.TenantId == Guid.Empty))
        entry.Property(nameof(IMultiTenant.TenantId)).CurrentValue = tenant;
}
