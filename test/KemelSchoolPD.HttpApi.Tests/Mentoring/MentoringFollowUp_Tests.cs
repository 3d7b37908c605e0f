using System.Net;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Mentoring;

/// <summary>
/// What follows a meeting: the caller's open next steps (as mentor or mentee, paged, marked done by a party of the pair with an
/// audit entry, never a note), the mentor's work attached as evidence to her own growth cycle with each mentee's consent
/// (revocable: a withdrawn pair leaves the evidence at once), and meeting times typed and stored in the school's time zone.
/// The class shares one database: each test uses its own demo people.
/// </summary>
public abstract class MentoringFollowUp_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/mentoring";
    private const string Bin = TestData.DemoSchoolBin;

    private async Task<Guid> StaffIdAsync(string userName) => (await host.PersonAsync(Bin, userName)).StaffId;

    private static async Task<MentoringPairDto> PairAsync(HttpClient manager, Guid mentor, Guid mentee, string kind = "Mentor") =>
        await (await manager.PostJsonAsync($"{Url}/pairs", new { kind, mentorStaffMemberId = mentor, menteeStaffMemberId = mentee }))
            .ReadAsync<MentoringPairDto>(HttpStatusCode.Created);

    private static async Task<MentoringMeetingDto> HeldMeetingAsync(
        HttpClient mentor,
        Guid pairId,
        DateTime startsAt,
        int minutes,
        string topic)
    {
        var meeting = await (await mentor.PostJsonAsync($"{Url}/meetings", new { pairId, startsAt, durationMinutes = minutes, topic }))
            .ReadAsync<MentoringMeetingDto>(HttpStatusCode.Created);
        return await (await mentor.PostJsonAsync($"{Url}/meetings/{meeting.Id}/hold", new { concurrencyStamp = meeting.ConcurrencyStamp }))
            .ReadAsync<MentoringMeetingDto>();
    }

    [Fact]
    public async Task Should_List_My_Open_Next_Steps_As_Mentor_Or_Mentee_And_Let_A_Party_Mark_One_Done()
    {
        const string Secret = "ЖЕКЕ-ҚАДАМ-5e1d";
        var director = await host.SignInAsync(Bin, TestData.Director);
        var (mentorId, menteeId) = (await StaffIdAsync("teacher07"), await StaffIdAsync("teacher06"));
        var pair = await PairAsync(director, mentorId, menteeId);
        var mentor = await host.SignInAsync(Bin, "teacher07");
        var mentee = await host.SignInAsync(Bin, "teacher06");
        var outsider = await host.SignInAsync(Bin, "teacher05");
        var meeting = await (await mentor.PostJsonAsync(
            $"{Url}/meetings",
            new { pairId = pair.Id, startsAt = DateTime.UtcNow.AddDays(-1), durationMinutes = 40, topic = "Кері байланыс" }))
            .ReadAsync<MentoringMeetingDto>(HttpStatusCode.Created);
        await (await mentor.PutJsonAsync($"{Url}/meetings/{meeting.Id}/private-note", new { text = Secret }))
            .ReadAsync<MentoringPrivateNoteDto>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        async Task<MentoringNextStepDto> StepAsync(string text, string owner, DateOnly? dueOn) =>
            await (await mentor.PostJsonAsync($"{Url}/meetings/{meeting.Id}/steps", new { text, owner, dueOn }))
                .ReadAsync<MentoringNextStepDto>(HttpStatusCode.Created);
        var late = await StepAsync("Бағалау парағын толтыру", "Mentee", today.AddDays(-3));
        var soon = await StepAsync("Сабаққа қатысу", "Mentor", today.AddDays(5));
        var open = await StepAsync("Кітап оқу", "Mentee", null);
        var done = await StepAsync("Жоспарды жіберу", "Mentee", today.AddDays(1));
        await (await mentee.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/steps/{done.Id}/done",
            new { done = true, concurrencyStamp = done.ConcurrencyStamp }))
            .ReadAsync<MentoringNextStepDto>();

        // The mentee's open steps: due first, each with its meeting and pair; a done one is gone; no note anywhere in the answer.
        var mine = await mentee.GetAsync<PagedResultDto<MyMentoringStepDto>>($"{Url}/my-steps?maxResultCount=100");
        mine.Items.Select(s => s.Id).ShouldBe([late.Id, soon.Id, open.Id]);
        var first = mine.Items[0];
        (first.MeetingId, first.PairId, first.MeetingTopic, first.MentorStaffMemberId, first.MenteeStaffMemberId, first.DueOn, first
            .IsMine, first.IsOverdue)
            .ShouldBe((meeting.Id, pair.Id, "Кері байланыс", mentorId, menteeId, late.DueOn, true, true));
        mine.Items[1].ShouldSatisfyAllConditions(
            s => s.IsMine.ShouldBeFalse(),
            s => s.IsOverdue.ShouldBeFalse(),
            s => s.OwnerStaffMemberId.ShouldBe(mentorId));
        (await mentee.GetStringAsync($"{Url}/my-steps?maxResultCount=100")).ShouldNotContain(Secret);
        (await mentee.GetAsync<PagedResultDto<MyMentoringStepDto>>($"{Url}/my-steps?ownedByMe=true")).Items.Select(s => s.Id)
            .ShouldBe([late.Id, open.Id]);
        (await mentee.GetAsync<PagedResultDto<MyMentoringStepDto>>($"{Url}/my-steps?as=Mentor")).TotalCount.ShouldBe(0);
        var paged = await mentee.GetAsync<PagedResultDto<MyMentoringStepDto>>($"{Url}/my-steps?maxResultCount=1&skipCount=1");
        (paged.TotalCount, paged.Items.Single().Id).ShouldBe((3L, soon.Id));

        // The mentor sees the same steps as mentor; the director (no party) and another teacher see none of them.
        (await mentor.GetAsync<PagedResultDto<MyMentoringStepDto>>($"{Url}/my-steps?as=Mentor&maxResultCount=100")).Items.Select(s => s.Id)
            .ShouldBe([late.Id, soon.Id, open.Id]);
        (await mentor.GetStringAsync($"{Url}/my-steps?maxResultCount=100")).ShouldNotContain(Secret);
        foreach (var other in new[] { director, outsider })
            (await other.GetAsync<PagedResultDto<MyMentoringStepDto>>($"{Url}/my-steps?maxResultCount=100")).Items
                .ShouldNotContain(s => s.PairId == pair.Id);

        // Only a party of the pair marks a step done; an unreadable meeting is unknown; a stale stamp is refused.
        await (await director.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/steps/{late.Id}/done",
            new { done = true, concurrencyStamp = late.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Mentoring.NotAPartyOfPair);
        (await outsider.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/steps/{late.Id}/done",
            new { done = true, concurrencyStamp = late.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mentee.PutJsonAsync($"{Url}/meetings/{meeting.Id}/steps/{late.Id}/done", new { done = true })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        var marked = await (await mentor.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/steps/{late.Id}/done",
            new { done = true, concurrencyStamp = late.ConcurrencyStamp }))
            .ReadAsync<MentoringNextStepDto>();
        (marked.Done, marked.DoneAt.HasValue).ShouldBe((true, true));
        (await mentee.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/steps/{late.Id}/done",
            new { done = true, concurrencyStamp = late.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await mentee.GetAsync<PagedResultDto<MyMentoringStepDto>>($"{Url}/my-steps?maxResultCount=100")).Items.Select(s => s.Id)
            .ShouldBe([soon.Id, open.Id]);
        var work = await mentee.GetAsync<PagedResultDto<KemelSchoolPD.MyWork.MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?kind={MentoringWorkKinds.StepDue}&maxResultCount=100");
        work.Items.ShouldNotContain(i => i.RecordId == late.Id);
        work.Items.ShouldContain(i => i.RecordId == open.Id);

        // The audit log records who marked it, for whoever reads the meeting.
        var log = await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityType={nameof(MentoringNextStep)}&entityId={late.Id}");
        log.Items.ShouldContain(
            a => a.UserName == "teacher07" && a.Changes.Any(c => c.Property == nameof(MentoringNextStep.DoneAt) && c.NewValue != null));
    }

    [Fact]
    public async Task Should_Attach_The_Mentors_Work_To_Her_Own_Cycle_With_Each_Mentees_Revocable_Consent()
    {
        const string Private = "ЖЕКЕ-ДӘЛЕЛ-0c4a";
        const string Comment = "ПІКІР-ДӘЛЕЛ-77b2";
        var director = await host.SignInAsync(Bin, TestData.Director);
        var (mentorId, aId, bId) = (await StaffIdAsync("teacher05"), await StaffIdAsync("teacher04"), await StaffIdAsync("teacher08"));
        var pairA = await PairAsync(director, mentorId, aId);
        var pairB = await PairAsync(director, mentorId, bId);
        var mentor = await host.SignInAsync(Bin, "teacher05");
        var menteeA = await host.SignInAsync(Bin, "teacher04");
        var menteeB = await host.SignInAsync(Bin, "teacher08");
        var start = DateTime.UtcNow.Date.AddDays(-3).AddHours(6);
        var meetingA = await HeldMeetingAsync(mentor, pairA.Id, start, 60, "ТАҚЫРЫП-А");
        await HeldMeetingAsync(mentor, pairB.Id, start.AddDays(1), 30, "ТАҚЫРЫП-Б");
        await (await mentor.PutJsonAsync($"{Url}/meetings/{meetingA.Id}/private-note", new { text = Private }))
            .ReadAsync<MentoringPrivateNoteDto>();
        await (await menteeA.PutJsonAsync($"{Url}/meetings/{meetingA.Id}/feedback", new { usefulness = 5, comment = Comment }))
            .ReadAsync<MentoringMeetingDto>();
        var cycle = await (await director.PostJsonAsync("/api/app/growth-cycles", new
        {
            academicYear = 2045, participantStaffMemberId = mentorId, growthZone = "Тәлімгерлік",
            entryDiagnostic = new { observationSummary = "Тәлімгерлік тәжірибе", growthZones = new[] { "Тәлімгерлік" } },
        })).ReadAsync<GrowthCycleDto>(HttpStatusCode.Created);
        var (from, to) = (DateOnly.FromDateTime(start).AddDays(-7), DateOnly.FromDateTime(DateTime.UtcNow));

        // Only the mentee gives consent (not the mentor, not the director); the pair shows it.
        await (await mentor.PutJsonAsync(
            $"{Url}/pairs/{pairA.Id}/evidence-consent",
            new { consent = true, concurrencyStamp = pairA.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Mentoring.OnlyMenteeConsents);
        await (await director.PutJsonAsync(
            $"{Url}/pairs/{pairA.Id}/evidence-consent",
            new { consent = true, concurrencyStamp = pairA.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Mentoring.OnlyMenteeConsents);
        (await menteeB.PutJsonAsync(
            $"{Url}/pairs/{pairA.Id}/evidence-consent",
            new { consent = true, concurrencyStamp = pairA.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var consented = await (await menteeA.PutJsonAsync(
            $"{Url}/pairs/{pairA.Id}/evidence-consent",
            new { consent = true, concurrencyStamp = pairA.ConcurrencyStamp }))
            .ReadAsync<MentoringPairDto>();
        consented.EvidenceConsentAt.ShouldNotBeNull();
        consented.Abilities.CanConsent.ShouldBeTrue();

        // The preview: both pairs and both meetings in the totals; only the consenting pair's topics and rating; never a note or the
        // comment.
        var preview = await mentor.GetAsync<MentoringEvidenceDto>($"{Url}/evidence?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        (preview.Pairs, preview.Meetings, preview.Minutes).ShouldBe((2, 2, 90));
        preview.PairsDetail.Single(p => p.PairId == pairA.Id).Consent.ShouldBeTrue();
        preview.PairsDetail.Single(p => p.PairId == pairB.Id).Consent.ShouldBeFalse();
        var nameA = preview.PairsDetail.Single(p => p.PairId == pairA.Id).MenteeName;
        preview.Text.ShouldContain("ТАҚЫРЫП-А");
        preview.Text.ShouldContain(nameA);
        preview.Text.ShouldNotContain("ТАҚЫРЫП-Б");
        preview.Text.ShouldNotContain(Private);
        preview.Text.ShouldNotContain(Comment);
        await (await mentor.GetAsync($"{Url}/evidence?from={to:yyyy-MM-dd}&to={from:yyyy-MM-dd}")).ShouldHaveFieldCodeAsync(
            "to",
            KemelSchoolPDErrorCodes.Mentoring.EvidencePeriodInvalid);
        (await menteeA.GetAsync<MentoringEvidenceDto>($"{Url}/evidence?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}")).Pairs.ShouldBe(0);
        // Without a period: the academic year so far.
        var yearSoFar = await mentor.GetAsync<MentoringEvidenceDto>($"{Url}/evidence");
        (yearSoFar.From, yearSoFar.To).ShouldBe((AcademicYears.FirstDay(AcademicYears.Of(yearSoFar.To)), yearSoFar.To));

        // Attached to her own cycle only: another's cycle is refused (the director's own staff record is not its participant).
        await (await director.PostJsonAsync($"{Url}/evidence", new { cycleId = cycle.Id, from, to }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Mentoring.EvidenceNotOwnCycle);
        (await menteeA.PostJsonAsync($"{Url}/evidence", new { cycleId = cycle.Id, from, to })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var attached = await (await mentor.PostJsonAsync($"{Url}/evidence", new { cycleId = cycle.Id, from, to }))
            .ReadAsync<MentoringEvidenceDto>(HttpStatusCode.Created);
        attached.CycleId.ShouldBe(cycle.Id);
        async Task<GrowthArtefactDto> ArtefactAsync() =>
            (await director.GetAsync<GrowthCycleDto>($"/api/app/growth-cycles/{cycle.Id}")).Stages.SelectMany(s => s.Artefacts)
                .Single(a => a.Id == attached.ArtefactId);
        var artefact = await ArtefactAsync();
        (artefact.Kind, artefact.Content.Date).ShouldBe((GrowthArtefactKind.MentoringActivity, (DateOnly?)to));
        (artefact.Content.Text ?? "").ShouldContain("ТАҚЫРЫП-А");
        (artefact.Content.Text ?? "").ShouldNotContain("ТАҚЫРЫП-Б");

        // The mentee withdraws: her pair's meetings leave the attached evidence at once; consenting again brings them back.
        var withdrawn = await (await menteeA.PutJsonAsync(
            $"{Url}/pairs/{pairA.Id}/evidence-consent",
            new { consent = false, concurrencyStamp = consented.ConcurrencyStamp }))
            .ReadAsync<MentoringPairDto>();
        withdrawn.EvidenceConsentAt.ShouldBeNull();
        artefact = await ArtefactAsync();
        (artefact.Content.Text ?? "").ShouldNotContain("ТАҚЫРЫП-А");
        (artefact.Content.Text ?? "").ShouldNotContain(nameA);
        (await mentor.GetStringAsync($"/api/app/growth-cycles/{cycle.Id}")).ShouldNotContain("ТАҚЫРЫП-А");
        await (await menteeA.PutJsonAsync(
            $"{Url}/pairs/{pairA.Id}/evidence-consent",
            new { consent = true, concurrencyStamp = withdrawn.ConcurrencyStamp }))
            .ReadAsync<MentoringPairDto>();
        ((await ArtefactAsync()).Content.Text ?? "").ShouldContain("ТАҚЫРЫП-А");
        (await director.GetStringAsync($"/api/app/growth-cycles/{cycle.Id}")).ShouldNotContain(Private);
    }

    [Fact]
    public async Task Should_Keep_No_Withdrawn_Pairs_Text_In_The_Audit_Log_Of_The_Evidence()
    {
        // The deputy (who reads the audit log) tutors teacher03 and attaches her work to her own cycle while teacher03 consents.
        const string Topic = "АУДИТ-ТАҚЫРЫП-9f3e";
        var director = await host.SignInAsync(Bin, TestData.Director);
        var deputyId = await StaffIdAsync(TestData.Deputy);
        var pair = await PairAsync(director, deputyId, await StaffIdAsync("teacher03"), "Tutor"); // mentor1 is her mentor
        var deputy = await host.SignInAsync(Bin, TestData.Deputy);
        var mentee = await host.SignInAsync(Bin, "teacher03");
        var start = DateTime.UtcNow.Date.AddDays(-2).AddHours(6);
        await HeldMeetingAsync(deputy, pair.Id, start, 45, Topic);
        var cycle = await (await director.PostJsonAsync("/api/app/growth-cycles", new
        {
            academicYear = 2046, participantStaffMemberId = deputyId, growthZone = "Тәлімгерлік",
            entryDiagnostic = new { observationSummary = "Тәлімгерлік тәжірибе", growthZones = new[] { "Тәлімгерлік" } },
        })).ReadAsync<GrowthCycleDto>(HttpStatusCode.Created);
        var consented = await (await mentee.PutJsonAsync(
            $"{Url}/pairs/{pair.Id}/evidence-consent",
            new { consent = true, concurrencyStamp = pair.ConcurrencyStamp }))
            .ReadAsync<MentoringPairDto>();
        var (from, to) = (DateOnly.FromDateTime(start).AddDays(-1), DateOnly.FromDateTime(DateTime.UtcNow));
        var attached = await (await deputy.PostJsonAsync($"{Url}/evidence", new { cycleId = cycle.Id, from, to }))
            .ReadAsync<MentoringEvidenceDto>(HttpStatusCode.Created);
        var menteeName = attached.PairsDetail.Single(p => p.PairId == pair.Id).MenteeName;
        attached.Text.ShouldContain(Topic);
        // An entry that kept the summary's text, as the log writes it for a text property (the log keeps the content's type today).
        await AddAuditEntryAsync(attached.ArtefactId!.Value, new AuditPropertyChange("Content", null, attached.Text));
        var auditUrl = $"/api/app/audit-logs?entityType=GrowthCycleArtefact&entityId={attached.ArtefactId}&maxResultCount=100";
        static string Values(PagedResultDto<AuditLogDto> log)
            => string.Join("\n", log.Items.SelectMany(e => e.Changes).Select(c => $"{c.OldValue}\n{c.NewValue}"));
        var before = await deputy.GetAsync<PagedResultDto<AuditLogDto>>(auditUrl);
        Values(before).ShouldContain(Topic);

        // She withdraws: the summary is rewritten, and neither its owner nor the director finds its earlier text in the log; the
        // entries stay (who changed the summary and when).
        await (await mentee.PutJsonAsync(
            $"{Url}/pairs/{pair.Id}/evidence-consent",
            new { consent = false, concurrencyStamp = consented.ConcurrencyStamp }))
            .ReadAsync<MentoringPairDto>();
        foreach (var reader in new[] { deputy, director })
        {
            var log = await reader.GetAsync<PagedResultDto<AuditLogDto>>(auditUrl);
            before.Items.Select(e => e.Id).ShouldBeSubsetOf(log.Items.Select(e => e.Id));
            log.Items.ShouldAllBe(e => e.Changes.Any(c => c.Property == "Content"));
            Values(log).ShouldNotContain(Topic);
            Values(log).ShouldNotContain(menteeName);
        }
        (await director.GetStringAsync($"/api/app/growth-cycles/{cycle.Id}")).ShouldNotContain(Topic);
    }

    private async Task AddAuditEntryAsync(Guid artefactId, AuditPropertyChange change)
    {
        var schoolId = await host.SchoolIdAsync(Bin);
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<KemelSchoolPD.MultiTenancy.ICurrentTenant>().Change(schoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        db.AuditLogs.Add(new AuditLog(
            schoolId,
            DateTime.UtcNow,
            null,
            TestData.Deputy,
            "GrowthCycleArtefact",
            artefactId.ToString(),
            EntityChangeType.Updated,
            [change]));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Should_Read_And_Store_Meeting_Times_In_The_Schools_Time_Zone()
    {
        var director = await host.SignInAsync(Bin, TestData.Director);
        var settings = await director.GetAsync<MentoringSettingsDto>($"{Url}/settings");
        (settings.TimeZone, settings.UtcOffsetMinutes).ShouldBe((MentoringConsts.DefaultTimeZone, 300));
        var pair = await PairAsync(director, await StaffIdAsync("teacher09"), await StaffIdAsync("teacher12"));
        var mentor = await host.SignInAsync(Bin, "teacher09");
        async Task<DateTime> StartsAtAsync(string typed) =>
            (await (await mentor.PostJsonAsync($"{Url}/meetings", new { pairId = pair.Id, startsAt = typed, durationMinutes = 30 }))
                .ReadAsync<MentoringMeetingDto>(HttpStatusCode.Created)).StartsAt;

        // Typed without an offset: the school's wall clock (Almaty, UTC+5); with one: that moment. Stored and answered as UTC.
        (await StartsAtAsync("2046-12-10T10:00:00")).ShouldBe(new DateTime(2046, 12, 10, 5, 0, 0));
        (await StartsAtAsync("2046-12-10T10:00:00Z")).ShouldBe(new DateTime(2046, 12, 10, 10, 0, 0));
        (await StartsAtAsync("2046-12-10T10:00:00+06:00")).ShouldBe(new DateTime(2046, 12, 10, 4, 0, 0));

        await (await director.PutJsonAsync($"{Url}/settings", new
        {
            mentorCapacity = 3, cadenceMeetings = 1, cadenceDays = 7, timeZone = "Mars/Olympus", concurrencyStamp = settings.ConcurrencyStamp,
        })).ShouldHaveFieldCodeAsync("timeZone", KemelSchoolPDErrorCodes.Mentoring.UnknownTimeZone);
        var tokyo = await (await director.PutJsonAsync($"{Url}/settings", new
        {
            mentorCapacity = 3, cadenceMeetings = 1, cadenceDays = 7, timeZone = "Asia/Tokyo", concurrencyStamp = settings.ConcurrencyStamp,
        })).ReadAsync<MentoringSettingsDto>();
        try
        {
            (tokyo.TimeZone, tokyo.UtcOffsetMinutes).ShouldBe(("Asia/Tokyo", 540));
            var meeting = await (await mentor.PostJsonAsync(
                $"{Url}/meetings",
                new { pairId = pair.Id, startsAt = "2046-12-11T10:00:00", durationMinutes = 30 }))
                .ReadAsync<MentoringMeetingDto>(HttpStatusCode.Created);
            meeting.StartsAt.ShouldBe(new DateTime(2046, 12, 11, 1, 0, 0));
            var moved = await (await mentor.PutJsonAsync(
                $"{Url}/meetings/{meeting.Id}",
                new { startsAt = "2046-12-11T15:30:00", durationMinutes = 30, concurrencyStamp = meeting.ConcurrencyStamp }))
                .ReadAsync<MentoringMeetingDto>();
            moved.StartsAt.ShouldBe(new DateTime(2046, 12, 11, 6, 30, 0));
        }
        finally
        {
            (await director.PutJsonAsync(
                $"{Url}/settings",
                new { mentorCapacity = 3, cadenceMeetings = 1, cadenceDays = 7, concurrencyStamp = tokyo.ConcurrencyStamp }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        (await director.GetAsync<MentoringSettingsDto>($"{Url}/settings")).TimeZone.ShouldBe(MentoringConsts.DefaultTimeZone);
    }

    [Fact]
    public async Task Should_Read_The_Meeting_Lists_Dates_In_The_Schools_Time_Zone()
    {
        // The school keeps Almaty time (UTC+5): its day starts at 19:00 UTC the day before.
        var director = await host.SignInAsync(Bin, TestData.Director);
        var pair = await PairAsync(director, await StaffIdAsync("teacher10"), await StaffIdAsync("teacher11"));
        var mentor = await host.SignInAsync(Bin, "teacher10");
        async Task<Guid> MeetingAsync(string typed) =>
            (await (await mentor.PostJsonAsync($"{Url}/meetings", new { pairId = pair.Id, startsAt = typed, durationMinutes = 30 }))
                .ReadAsync<MentoringMeetingDto>(HttpStatusCode.Created)).Id;
        var early = await MeetingAsync("2047-12-12T02:00:00"); // 11 December 21:00 UTC
        var late = await MeetingAsync("2047-12-12T23:30:00"); // 12 December 18:30 UTC
        var next = await MeetingAsync("2047-12-13T01:00:00"); // 12 December 20:00 UTC
        async Task<List<Guid>> ListAsync(string period) =>
            (await mentor.GetAsync<PagedResultDto<MentoringMeetingListItemDto>>($"{Url}/meetings?pairId={pair.Id}&{period}")).Items
                .Select(m => m.Id)
                .ToList();

        // 12 December as the school's pages show it: its two meetings, not the next day's first one (still 12 December in UTC).
        (await ListAsync("from=2047-12-12&to=2047-12-13")).ShouldBe([late, early]);
        // A time of day is the school's wall clock too.
        (await ListAsync("from=2047-12-12T23:00:00&to=2047-12-13T01:00:00")).ShouldBe([late]);
        // A moment with an offset stays that moment.
        (await ListAsync("from=2047-12-12T00:00:00Z&to=2047-12-13T00:00:00Z")).ShouldBe([next, late]);
    }
}

public sealed class MentoringFollowUp_Sqlite_Tests(SqliteHostFixture host) :
    MentoringFollowUp_Tests(host),
    IClassFixture<SqliteHostFixture>;

public sealed class MentoringFollowUp_Postgres_Tests(PostgresHostFixture host) :
    MentoringFollowUp_Tests(host),
    IClassFixture<PostgresHostFixture>;
