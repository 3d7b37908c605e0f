using System.Net;
using KemelSchoolPD.DevelopmentEvents;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.HttpApi.Tests.Mentoring;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.DevelopmentEvents;

/// <summary>
/// The school's development events through HTTP: who organises and keeps them (organiser, managers; others read the calendar),
/// the creative group's direction, the ten-day event, monthly series, attendance only of participants and only once begun, the
/// outcome, hours per teacher (one's own; another's with ViewAll) and the school's summary, "my work" and invitations.
/// </summary>
public abstract class DevelopmentEvents_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/development-events";
    private const string Bin = TestData.DemoSchoolBin;

    private async Task<Guid> StaffIdAsync(string userName) => (await host.PersonAsync(Bin, userName)).StaffId;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Should_Organise_Record_Attendance_And_Accrue_Hours()
    {
        var (t03, t04, t05) = (await StaffIdAsync("teacher03"), await StaffIdAsync("teacher04"), await StaffIdAsync("teacher05"));
        var deputy = await host.SignInAsync(Bin, TestData.Deputy);
        var organiser = await host.SignInAsync(Bin, "teacher04");
        var attendee = await host.SignInAsync(Bin, "teacher03");
        var absent = await host.SignInAsync(Bin, "teacher05");

        // A creative-group session needs its direction; a teacher organises only as themselves; participants are the school's.
        await (await organiser.PostJsonAsync(
            Url,
            new { kind = "CreativeGroupSession", title = "Шығармашылық топ", startsOn = Today, durationMinutes = 60 }))
            .ShouldHaveFieldCodeAsync("direction", KemelSchoolPDErrorCodes.DevelopmentEvents.DirectionRequired);
        await (await organiser.PostJsonAsync(
            Url,
            new { kind = "MasterClass", title = "x", startsOn = Today, durationMinutes = 60, organiserStaffMemberId = t05 }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.DevelopmentEvents.NotOrganiser);
        var stranger = (await host.PersonAsync(TestData.SecondSchoolBin, "teacher01")).StaffId;
        await (await organiser.PostJsonAsync(
            Url,
            new { kind = "MasterClass", title = "x", startsOn = Today, durationMinutes = 60, participantStaffMemberIds = new[] { stranger } }))
            .ShouldHaveFieldCodeAsync("staffMemberIds", KemelSchoolPDErrorCodes.DevelopmentEvents.StaffMustBeActive);
        (await organiser.PostJsonAsync(Url, new { kind = "MasterClass", title = "x", startsOn = Today, durationMinutes = 0 })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);

        // A session held yesterday: the organiser records who attended (participants only) and the outcome.
        var session = await (await organiser.PostJsonAsync(Url, new
        {
            kind = "CreativeGroupSession", direction = "Assessment", title = "Формативті бағалау", startsOn = Today.AddDays(
                -1), durationMinutes = 90,
            participantStaffMemberIds = new[] { t03, t05 },
        })).ReadAsync<DevelopmentEventDto>(HttpStatusCode.Created);
        (session.Direction, session.Participants.Count, session.Abilities.CanRecord).ShouldBe((CreativeGroupDirection.Assessment, 3, true));
        (await organiser.MyWorkAsync(DevelopmentEventWorkKinds.RecordOutcome)).ShouldContain(i => i.RecordId == session.Id);
        await (await attendee.PostJsonAsync($"{Url}/{session.Id}/record", new { attendedStaffMemberIds = new[] { t03 }, outcome = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.DevelopmentEvents.NotOrganiser);
        var outsiderId = await StaffIdAsync("teacher06");
        await (await organiser.PostJsonAsync(
            $"{Url}/{session.Id}/record",
            new { attendedStaffMemberIds = new[] { t03, outsiderId }, outcome = "x" }))
            .ShouldHaveFieldCodeAsync("attendedStaffMemberIds", KemelSchoolPDErrorCodes.DevelopmentEvents.NotAParticipant);
        (await organiser.PostJsonAsync($"{Url}/{session.Id}/record", new { attendedStaffMemberIds = new[] { t03 }, outcome = " " }))
            .StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        session = await (await organiser.PostJsonAsync(
            $"{Url}/{session.Id}/record",
            new { attendedStaffMemberIds = new[] { t03, t04 }, outcome = "Критерийлер үлгілері жинақталды." }))
            .ReadAsync<DevelopmentEventDto>();
        (session.Status, session.Participants.Count(p => p.Attended)).ShouldBe((DevelopmentEventStatus.Held, 2));
        (await organiser.MyWorkAsync(DevelopmentEventWorkKinds.RecordOutcome)).ShouldNotContain(i => i.RecordId == session.Id);
        await (await organiser.PutJsonAsync(
            $"{Url}/{session.Id}",
            new { kind = "MasterClass", title = "x", startsOn = Today, durationMinutes = 60, concurrencyStamp = session.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.DevelopmentEvents.NotPlanned);

        // Hours: the attendee's own (90 minutes), the absent's none; another teacher's only with ViewAll.
        var year = AcademicYears.Of(Today.AddDays(-1));
        var hours = await attendee.GetAsync<TeacherDevelopmentHoursDto>($"{Url}/hours?year={year}");
        hours.Rows.ShouldContain(r => r.EventId == session.Id && r.Minutes == 90);
        hours.ByKind.ShouldContain(k => k.Kind == DevelopmentEventKind.CreativeGroupSession);
        (await absent.GetAsync<TeacherDevelopmentHoursDto>($"{Url}/hours?year={year}")).Rows.ShouldNotContain(r => r.EventId == session.Id);
        (await absent.GetAsync($"{Url}/hours?year={year}&staffMemberId={t03}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await deputy.GetAsync<TeacherDevelopmentHoursDto>($"{Url}/hours?year={year}&staffMemberId={t03}")).Minutes.ShouldBe(hours.Minutes);
        (await attendee.GetAsync($"{Url}/hours/summary?year={year}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var summary = await deputy.GetAsync<DevelopmentHoursSummaryDto>($"{Url}/hours/summary?year={year}");
        summary.Teachers.ShouldContain(t => t.StaffMemberId == t03 && t.Minutes >= 90);
        summary.Teachers.ShouldContain(t => t.StaffMemberId == t04);
        summary.Teachers.ShouldNotContain(t => t.StaffMemberId == t05);
    }

    [Fact]
    public async Task Should_Plan_Upcoming_Events_And_Monthly_Series()
    {
        var (t07, t08) = (await StaffIdAsync("teacher07"), await StaffIdAsync("teacher08"));
        var deputy = await host.SignInAsync(Bin, TestData.Deputy);
        var invited = await host.SignInAsync(Bin, "teacher07");
        var colleague = await host.SignInAsync(Bin, "teacher08");

        // An open lesson in three days: the participant is invited and sees it in "my work"; nobody records it before it begins.
        var open = await (await deputy.PostJsonAsync(Url, new
        {
            kind = "OpenLesson", title = "Ашық сабақ: кері байланыс", startsOn = Today.AddDays(
                3), durationMinutes = 45, organiserStaffMemberId = t08,
            participantStaffMemberIds = new[] { t07 }, place = "204-кабинет",
        })).ReadAsync<DevelopmentEventDto>(HttpStatusCode.Created);
        open.OrganiserStaffMemberId.ShouldBe(t08);
        (await invited.MyWorkAsync(DevelopmentEventWorkKinds.ToAttend)).ShouldContain(i => i.RecordId == open.Id);
        var invitedUser = (await host.PersonAsync(Bin, "teacher07")).UserId;
        (await host.AllNotificationsAsync()).ShouldContain(
            n => n.RecordId == open.Id && n.Kind == DevelopmentEventWorkKinds.Invited && n.UserId == invitedUser);
        await (await colleague.PostJsonAsync($"{Url}/{open.Id}/record", new { attendedStaffMemberIds = new[] { t07 }, outcome = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.DevelopmentEvents.NotYetHeld);
        // The calendar is everyone's to read; keeping it is the organiser's.
        (await invited.GetAsync<DevelopmentEventDto>($"{Url}/{open.Id}")).Abilities.CanEdit.ShouldBeFalse();
        await (await invited.PostJsonAsync($"{Url}/{open.Id}/cancel", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.DevelopmentEvents.NotOrganiser);
        var cancelled = await (await colleague.PostJsonAsync($"{Url}/{open.Id}/cancel", new { reason = "Ауырып қалдым" }))
            .ReadAsync<DevelopmentEventDto>();
        cancelled.Status.ShouldBe(DevelopmentEventStatus.Cancelled);
        (await invited.MyWorkAsync(DevelopmentEventWorkKinds.ToAttend)).ShouldNotContain(i => i.RecordId == open.Id);

        // The ten-day event lasts ten days by default.
        var decade = await (await deputy.PostJsonAsync(Url, new
        {
            kind = "IntegratedLessonsDecade", title = "Интеграцияланған сабақтар онкүндігі", startsOn = Today.AddDays(40), durationMinutes = 600,
        })).ReadAsync<DevelopmentEventDto>(HttpStatusCode.Created);
        decade.EndsOn.ShouldBe(Today.AddDays(49));

        // A monthly book club: one event per month of one series, at most twelve.
        var first = new DateOnly(Today.Year + 1, 1, 31);
        var club = await (await deputy.PostJsonAsync(Url, new
        {
            kind = "BookClub", title = "Кітап клубы сериясы", startsOn = first, durationMinutes = 60, repeatMonthlyUntil = first.AddMonths(
                2),
            participantStaffMemberIds = new[] { t07, t08 },
        })).ReadAsync<DevelopmentEventDto>(HttpStatusCode.Created);
        club.SeriesId.ShouldNotBeNull();
        var series = (await invited.GetAsync<PagedResultDto<DevelopmentEventListItemDto>>(
            $"{Url}?kind=BookClub&mine=true&maxResultCount=100&filter=сериясы"))
            .Items.Where(e => e.SeriesId == club.SeriesId).ToList();
        series.Select(e => e.StartsOn).ShouldBe([first, new DateOnly(Today.Year + 1, 2, 28), new DateOnly(Today.Year + 1, 3, 31)]);
        series.ShouldAllBe(e => e.IsParticipant && e.ParticipantCount == 3);
        await (await deputy.PostJsonAsync(
            Url,
            new { kind = "BookClub", title = "x", startsOn = first, durationMinutes = 60, repeatMonthlyUntil = first.AddYears(2) }))
            .ShouldHaveFieldCodeAsync("repeatMonthlyUntil", KemelSchoolPDErrorCodes.DevelopmentEvents.TooManyOccurrences);
    }
}

public sealed class DevelopmentEvents_Sqlite_Tests(SqliteHostFixture host) :
    DevelopmentEvents_Tests(host),
    IClassFixture<SqliteHostFixture>;

public sealed class DevelopmentEvents_Postgres_Tests(PostgresHostFixture host) :
    DevelopmentEvents_Tests(host),
    IClassFixture<PostgresHostFixture>;
