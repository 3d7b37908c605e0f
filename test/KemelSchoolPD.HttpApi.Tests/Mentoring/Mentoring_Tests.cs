using System.Net;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Tests.Mentoring;

/// <summary>
/// Mentoring through HTTP: pairing rules (oneself, one active pair of each kind, capacity, staff of the school), who sees which
/// pairs, the mentor following into the mentee's cycle (a former mentor loses access), ranked suggestions, meetings with shared
/// notes saved as typed and private notes that only their author ever reads (not the other party, the director, the audit log,
/// "my work" or notifications), next steps, feedback, the previous meeting's summary and hours. The class shares one database:
/// each test uses its own demo people.
/// </summary>
public abstract class Mentoring_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/mentoring";
    private const string Bin = TestData.DemoSchoolBin;

    private async Task<Guid> StaffIdAsync(string userName) => (await host.PersonAsync(Bin, userName)).StaffId;

    private static async Task<MentoringPairDto> PairAsync(HttpClient manager, Guid mentor, Guid mentee, string kind = "Mentor") =>
        await (await manager.PostJsonAsync($"{Url}/pairs", new { kind, mentorStaffMemberId = mentor, menteeStaffMemberId = mentee }))
            .ReadAsync<MentoringPairDto>(HttpStatusCode.Created);

    [Fact]
    public async Task Should_Pair_By_The_Rules_And_Keep_Ended_Pairs_As_History()
    {
        var director = await host.SignInAsync(Bin, TestData.Director);
        var deputy = await host.SignInAsync(Bin, TestData.Deputy);
        var (t04, t10, t11, t06) = (await StaffIdAsync("teacher04"), await StaffIdAsync("teacher10"), await StaffIdAsync(
            "teacher11"), await StaffIdAsync("teacher06"));

        // Nobody mentors themselves; a teacher cannot pair people.
        await (await director.PostJsonAsync($"{Url}/pairs", new { kind = "Mentor", mentorStaffMemberId = t04, menteeStaffMemberId = t04 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Mentoring.SelfPair);
        var teacher = await host.SignInAsync(Bin, "teacher04");
        (await teacher.PostJsonAsync($"{Url}/pairs", new { kind = "Mentor", mentorStaffMemberId = t10, menteeStaffMemberId = t04 }))
            .StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);

        // One active pair of each kind: a tutor, then a curator beside it (the two-level form); a second tutor is refused.
        var tutor = await PairAsync(deputy, t10, t04, "Tutor");
        (tutor.Kind, tutor.IsActive, tutor.MentorStaffMemberId, tutor.MenteeStaffMemberId).ShouldBe(
            (MentoringPairKind.Tutor, true, t10, t04));
        await (await director.PostJsonAsync($"{Url}/pairs", new { kind = "Tutor", mentorStaffMemberId = t11, menteeStaffMemberId = t04 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Mentoring.ActivePairExists);
        var curator = await PairAsync(director, t11, t04, "Curator");

        // Another school's staff member is an unknown one: nobody pairs people of two schools.
        var stranger = (await host.PersonAsync(TestData.SecondSchoolBin, "teacher01")).StaffId;
        await (await director.PostJsonAsync(
            $"{Url}/pairs",
            new { kind = "Mentor", mentorStaffMemberId = stranger, menteeStaffMemberId = t06 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed);

        // The mentor's capacity is the school's: at 1, teacher10 (one active pair) takes no more.
        var settings = await director.GetAsync<MentoringSettingsDto>($"{Url}/settings");
        settings.IsDefault.ShouldBeTrue();
        settings.MentorCapacity.ShouldBe(MentoringConsts.DefaultMentorCapacity);
        var changed = await (await director.PutJsonAsync(
            $"{Url}/settings",
            new { mentorCapacity = 1, cadenceMeetings = 1, cadenceDays = 7, weeklyCardInFirstYear = true }))
            .ReadAsync<MentoringSettingsDto>();
        try
        {
            await (await director.PostJsonAsync(
                $"{Url}/pairs",
                new { kind = "Curator", mentorStaffMemberId = t10, menteeStaffMemberId = t06 }))
                .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Mentoring.MentorOverCapacity);
            (await teacher.PutJsonAsync($"{Url}/settings", new { mentorCapacity = 5, cadenceMeetings = 1, cadenceDays = 7 })).StatusCode
                .ShouldBe(HttpStatusCode.Forbidden);
            (await director.PutJsonAsync(
                $"{Url}/settings",
                new { mentorCapacity = 0, cadenceMeetings = 1, cadenceDays = 7, concurrencyStamp = changed.ConcurrencyStamp }))
                .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
        finally
        {
            (await director.PutJsonAsync($"{Url}/settings", new
            {
                mentorCapacity = 3, cadenceMeetings = 1, cadenceDays = 7, weeklyCardInFirstYear = true,
                concurrencyStamp = changed.ConcurrencyStamp,
            })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // The mentee sees both pairs, the tutor only theirs, another teacher none.
        (await teacher.GetAsync<PagedResultDto<MentoringPairDto>>($"{Url}/pairs")).Items.Select(p => p.Id)
            .ShouldBe([curator.Id, tutor.Id], ignoreOrder: true);
        var tutorClient = await host.SignInAsync(Bin, "teacher10");
        (await tutorClient.GetAsync<PagedResultDto<MentoringPairDto>>($"{Url}/pairs")).Items
            .ShouldAllBe(p => p.MentorStaffMemberId == t10 || p.MenteeStaffMemberId == t10);
        var other = await host.SignInAsync(Bin, "teacher06");
        (await other.GetAsync($"{Url}/pairs/{tutor.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync<PagedResultDto<MentoringPairDto>>($"{Url}/pairs?menteeStaffMemberId={t04}")).TotalCount.ShouldBe(0);

        // The planned end moves while the pair is active (not before its start).
        var moved = await (await director.PutJsonAsync(
            $"{Url}/pairs/{tutor.Id}",
            new { endsOn = tutor.StartsOn.AddYears(2), concurrencyStamp = tutor.ConcurrencyStamp }))
            .ReadAsync<MentoringPairDto>();
        moved.EndsOn.ShouldBe(tutor.StartsOn.AddYears(2));
        (await director.PutJsonAsync(
            $"{Url}/pairs/{tutor.Id}",
            new { endsOn = tutor.StartsOn.AddDays(-1), concurrencyStamp = moved.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tutor = moved;

        // Ending keeps the pair as history, once.
        var ended = await (await director.PostJsonAsync(
            $"{Url}/pairs/{tutor.Id}/end",
            new { reason = "Жыл аяқталды", concurrencyStamp = tutor.ConcurrencyStamp }))
            .ReadAsync<MentoringPairDto>();
        (ended.IsActive, ended.EndReason).ShouldBe((false, "Жыл аяқталды"));
        ended.EndedOn.ShouldNotBeNull();
        await (await director.PostJsonAsync($"{Url}/pairs/{tutor.Id}/end", new { concurrencyStamp = ended.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Mentoring.PairEnded);
        (await director.GetAsync<PagedResultDto<MentoringPairDto>>($"{Url}/pairs?menteeStaffMemberId={t04}&active=false")).Items
            .ShouldHaveSingleItem()
            .Id
            .ShouldBe(tutor.Id);
        // ...and the mentee may have a new tutor.
        (await PairAsync(director, await StaffIdAsync("teacher12"), t04, "Tutor")).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Move_Access_To_The_Mentees_Cycle_With_The_Mentor_Pair()
    {
        var director = await host.SignInAsync(Bin, TestData.Director);
        var (mentee, first, second) = (await StaffIdAsync("teacher12"), await StaffIdAsync("teacher09"), await StaffIdAsync("teacher08"));
        var cycle = await (await director.PostJsonAsync("/api/app/growth-cycles", new
        {
            academicYear = 2040, participantStaffMemberId = mentee, growthZone = "Кері байланыс",
            entryDiagnostic = new { observationSummary = "Кері байланыс әлсіз", growthZones = new[] { "Кері байланыс" } },
        })).ReadAsync<GrowthCycleDto>(HttpStatusCode.Created);
        cycle.MentorStaffMemberId.ShouldBeNull();
        var firstMentor = await host.SignInAsync(Bin, "teacher09");
        var secondMentor = await host.SignInAsync(Bin, "teacher08");
        (await firstMentor.GetAsync($"/api/app/growth-cycles/{cycle.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The pair starts: the cycle takes the mentor, who reads it (only what is shared).
        var pair = await PairAsync(director, first, mentee);
        var read = await firstMentor.GetAsync<GrowthCycleDto>($"/api/app/growth-cycles/{cycle.Id}");
        (read.MentorStaffMemberId, read.Abilities.IsMentorView).ShouldBe(((Guid?)first, true));

        // The pair ends: the former mentor loses access.
        await (await director.PostJsonAsync($"{Url}/pairs/{pair.Id}/end", new { concurrencyStamp = pair.ConcurrencyStamp }))
            .ReadAsync<MentoringPairDto>();
        (await firstMentor.GetAsync($"/api/app/growth-cycles/{cycle.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await director.GetAsync<GrowthCycleDto>($"/api/app/growth-cycles/{cycle.Id}")).MentorStaffMemberId.ShouldBeNull();

        // A new mentor sees it from then on; the former one still does not.
        await PairAsync(director, second, mentee);
        (await secondMentor.GetAsync<GrowthCycleDto>($"/api/app/growth-cycles/{cycle.Id}")).MentorStaffMemberId.ShouldBe(second);
        (await firstMentor.GetAsync($"/api/app/growth-cycles/{cycle.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Show_A_Mentor_Only_Their_Own_Mentees()
    {
        var mentor1 = await host.SignInAsync(Bin, TestData.Mentor);
        var mentor2 = await host.SignInAsync(Bin, "mentor2");
        var me = await StaffIdAsync(TestData.Mentor);
        var mine = await mentor1.GetAsync<PagedResultDto<MentoringPairDto>>($"{Url}/pairs?active=true");
        mine.Items.Count.ShouldBeGreaterThanOrEqualTo(2); // the demo: teacher01 and teacher03
        mine.Items.ShouldAllBe(p => p.MentorStaffMemberId == me && p.Abilities.IsMentor && !p.Abilities.CanEnd);
        // Asking for everyone's gives the same: without ViewAll a mentor reads only their own pairs and meetings.
        (await mentor1.GetAsync<PagedResultDto<MentoringPairDto>>($"{Url}/pairs?mine=false&maxResultCount=100")).TotalCount
            .ShouldBe(mine.TotalCount);
        foreach (var pair in mine.Items) (await mentor2.GetAsync($"{Url}/pairs/{pair.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var meetings = await mentor1.GetAsync<PagedResultDto<MentoringMeetingListItemDto>>($"{Url}/meetings?maxResultCount=100");
        meetings.Items.ShouldNotBeEmpty();
        meetings.Items.ShouldAllBe(m => m.MentorStaffMemberId == me || m.MenteeStaffMemberId == me);
        foreach (var meeting in meetings.Items) (await mentor2.GetAsync($"{Url}/meetings/{meeting.Id}")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        var director = await host.SignInAsync(Bin, TestData.Director);
        (await director.GetAsync<PagedResultDto<MentoringPairDto>>($"{Url}/pairs?mentorStaffMemberId={me}&active=true")).TotalCount
            .ShouldBe(mine.TotalCount);
    }

    [Fact]
    public async Task Should_Suggest_Mentors_Ranked_With_Reasons_For_A_Young_Specialist_Without_One()
    {
        var director = await host.SignInAsync(Bin, TestData.Director);
        var young = await StaffIdAsync("young1");
        var suggestions = await director.GetAsync<List<MentorSuggestionDto>>($"{Url}/suggestions/{young}");
        suggestions.ShouldNotBeEmpty();
        suggestions.Select(s => s.Score).ShouldBeInOrder(SortDirection.Descending);
        suggestions.ShouldNotContain(s => s.StaffMemberId == young);
        // Same subject (mathematics), сарапшы or above, under capacity, same association: mentor1 or teacher10 lead.
        var top = suggestions[0];
        top.Reasons
            .ShouldBe([MentorSuggestionReason.SameSubject, MentorSuggestionReason.SeniorCategory, MentorSuggestionReason.UnderCapacity,
                MentorSuggestionReason.SameAssociation]);
        new[] { await StaffIdAsync(TestData.Mentor), await StaffIdAsync("teacher10") }.ShouldContain(top.StaffMemberId);
        var english = suggestions.FirstOrDefault(s => s.FullName.StartsWith("Мадина", StringComparison.Ordinal));
        if (english is not null) english.Reasons.ShouldNotContain(MentorSuggestionReason.SameSubject);
        (await (await host.SignInAsync(Bin, TestData.Mentor)).GetAsync($"{Url}/suggestions/{young}")).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        (await director.GetAsync($"{Url}/suggestions/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // young1 has no mentor: the staff list says so, and the director's and deputy's "my work" ask for one.
        var staff = await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?withoutMentor=true&maxResultCount=100");
        staff.Items.ShouldContain(s => s.Id == young && s.HasNoActiveMentor);
        staff.Items.ShouldAllBe(s => s.IsYoungSpecialist && s.HasNoActiveMentor);
        foreach (var user in new[] { TestData.Director, TestData.Deputy })
        {
            var work = await (await host.SignInAsync(Bin, user)).GetAsync<PagedResultDto<KemelSchoolPD.MyWork.MyWorkItemDto>>(
                $"{WorkTestKit.MyWorkUrl}?kind={MentoringWorkKinds.WithoutMentor}&maxResultCount=100");
            work.Items.ShouldContain(i => i.TeacherStaffMemberId == young);
        }
        var teacherWork = await (await host.SignInAsync(Bin, "teacher05")).GetAsync<PagedResultDto<KemelSchoolPD.MyWork.MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?kind={MentoringWorkKinds.WithoutMentor}");
        teacherWork.TotalCount.ShouldBe(0);
        // The demo pair mentor1–teacher03 has had no meeting for weeks: behind the rhythm, on the mentor's list.
        var mentorWork = await (await host.SignInAsync(Bin, TestData.Mentor)).GetAsync<PagedResultDto<KemelSchoolPD.MyWork.MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?kind={MentoringWorkKinds.BehindCadence}");
        mentorWork.Items
            .ShouldContain(i => i.TeacherName == "Ерлан Серікұлы Оспанов" && i.State == KemelSchoolPD.MyWork.MyWorkState.Overdue);
    }

    [Fact]
    public async Task Should_Hold_A_Meeting_With_Shared_Notes_And_Private_Notes_Only_Their_Author_Reads()
    {
        const string Secret = "ЖЕКЕ-ЖАЗБА-7f3c";
        const string MenteeSecret = "МЕНІҢ-ОЙЫМ-91ab";
        var director = await host.SignInAsync(Bin, TestData.Director);
        var (mentorId, menteeId) = (await StaffIdAsync("teacher07"), await StaffIdAsync("teacher06"));
        var pair = await PairAsync(director, mentorId, menteeId);
        var mentor = await host.SignInAsync(Bin, "teacher07");
        var mentee = await host.SignInAsync(Bin, "teacher06");
        var start = DateTime.UtcNow.Date.AddDays(-2).AddHours(5);

        // Bad length: negative or over twelve hours; only the pair plans its meetings.
        foreach (var minutes in new[] { -30, 0, 721 })
            (await mentor.PostJsonAsync($"{Url}/meetings", new { pairId = pair.Id, startsAt = start, durationMinutes = minutes }))
                .StatusCode
                .ShouldBe(HttpStatusCode.BadRequest);
        await (await director.PostJsonAsync($"{Url}/meetings", new { pairId = pair.Id, startsAt = start, durationMinutes = 45 }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Mentoring.NotAPartyOfPair);
        (await mentor.PostJsonAsync(
            $"{Url}/meetings",
            new { pairId = pair.Id, startsAt = start, durationMinutes = 45, onlineLink = "not a link" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var meeting = await (await mentor.PostJsonAsync($"{Url}/meetings", new
        {
            pairId = pair.Id, startsAt = start, durationMinutes = 45, topic = "Бағалау критерийлері", place = "204-кабинет",
            agenda = new[] { new { text = "Өткен аптаның сабақтары", done = false }, new { text = "Кері байланыс", done = false } },
        })).ReadAsync<MentoringMeetingDto>(HttpStatusCode.Created);
        (meeting.Status, meeting.Agenda.Count, meeting.Previous, meeting.Abilities.IsMentor).ShouldBe(
            (MentoringMeetingStatus.Scheduled, 2, (MentoringMeetingSummaryDto?)null, true));
        // The mentee is told.
        (await mentee.GetStringAsync("/api/app/notifications?maxResultCount=100")).ShouldContain(MentoringWorkKinds.MeetingScheduled);

        // The shared note: both write it as typed; a stale save is refused with a clear code.
        var s1 = await (await mentor.PutJsonAsync($"{Url}/meetings/{meeting.Id}/shared-note", new { text = "Ортақ жазба: бағдаршам" }))
            .ReadAsync<MentoringSharedNoteDto>();
        var s2 = await (await mentee.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/shared-note",
            new { text = "Ортақ жазба: бағдаршам, критерийлер", concurrencyStamp = s1.ConcurrencyStamp }))
            .ReadAsync<MentoringSharedNoteDto>();
        s2.LastEditedByStaffMemberId.ShouldBe(menteeId);
        await (await mentor.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/shared-note",
            new { text = "ескі", concurrencyStamp = s1.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Mentoring.NoteChangedMeanwhile);
        await (await mentor.PutJsonAsync($"{Url}/meetings/{meeting.Id}/shared-note", new { text = "ескі" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Mentoring.NoteChangedMeanwhile);
        (await director.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/shared-note",
            new { text = "директор", concurrencyStamp = s2.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Private notes: each their author's alone.
        var p1 = await (await mentor.PutJsonAsync($"{Url}/meetings/{meeting.Id}/private-note", new { text = Secret }))
            .ReadAsync<MentoringPrivateNoteDto>();
        (await (await mentor.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/private-note",
            new { text = Secret + " 2", concurrencyStamp = p1.ConcurrencyStamp }))
            .ReadAsync<MentoringPrivateNoteDto>()).Text.ShouldBe(Secret + " 2");
        await (await mentor.PutJsonAsync(
            $"{Url}/meetings/{meeting.Id}/private-note",
            new { text = "ескі", concurrencyStamp = p1.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.Mentoring.NoteChangedMeanwhile);
        await (await mentee.PutJsonAsync($"{Url}/meetings/{meeting.Id}/private-note", new { text = MenteeSecret }))
            .ReadAsync<MentoringPrivateNoteDto>();
        (await mentee.GetAsync<MentoringPrivateNoteDto>($"{Url}/meetings/{meeting.Id}/private-note")).Text.ShouldBe(MenteeSecret);
        (await mentor.GetAsync<MentoringPrivateNoteDto>($"{Url}/meetings/{meeting.Id}/private-note")).Text.ShouldBe(Secret + " 2");
        await (await director.GetAsync($"{Url}/meetings/{meeting.Id}/private-note"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Mentoring.NotAPartyOfPair);
        await (await director.PutJsonAsync($"{Url}/meetings/{meeting.Id}/private-note", new { text = "директор" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Mentoring.NotAPartyOfPair);
        var outsider = await host.SignInAsync(Bin, "teacher05");
        (await outsider.PutJsonAsync($"{Url}/meetings/{meeting.Id}/private-note", new { text = "бөгде" })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        var mentorView = await mentor.GetStringAsync($"{Url}/meetings/{meeting.Id}");
        var menteeView = await mentee.GetStringAsync($"{Url}/meetings/{meeting.Id}");
        var directorView = await director.GetStringAsync($"{Url}/meetings/{meeting.Id}");
        mentorView.ShouldContain(Secret);
        mentorView.ShouldNotContain(MenteeSecret);
        menteeView.ShouldContain(MenteeSecret);
        menteeView.ShouldNotContain(Secret);
        directorView.ShouldContain("критерийлер"); // the shared note is the pair's record, readable by the administration
        directorView.ShouldNotContain(Secret);
        directorView.ShouldNotContain(MenteeSecret);

        // The platform operator reaches no note either: the school's endpoints refuse him, and nothing of a private note is ever
        // audited, so no audit entry of any school (read with the school filter off) holds its text.
        var platform = await host.SignInAsync(null, TestData.HostAdmin);
        var operatorAnswer = await platform.GetAsync($"{Url}/meetings/{meeting.Id}/private-note");
        operatorAnswer.IsSuccessStatusCode.ShouldBeFalse();
        (await operatorAnswer.Content.ReadAsStringAsync()).ShouldNotContain(Secret);
        var audited = await host.InSchoolAsync(
            await host.SchoolIdAsync(Bin),
            db => db.AuditLogs.IgnoreQueryFilters().Where(a => a.EntityType.StartsWith("Mentoring")).ToListAsync());
        audited.ShouldNotBeEmpty();
        audited.ShouldNotContain(a => a.EntityType == nameof(MentoringPrivateNote));
        audited.SelectMany(a => a.Changes).ShouldNotContain(c => (c.NewValue ?? "").Contains(Secret) || (c.OldValue ?? "").Contains(Secret)
                                                                 || (c.NewValue ?? "").Contains(MenteeSecret));

        // Next steps with owners and due dates land in the owner's "my work".
        var step = await (await mentor.PostJsonAsync(
            $"{Url}/meetings/{meeting.Id}/steps",
            new { text = "Критерийлерді тақтаға жазу", owner = "Mentee", dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2) }))
            .ReadAsync<MentoringNextStepDto>(HttpStatusCode.Created);
        step.OwnerStaffMemberId.ShouldBe(menteeId);
        var menteeWork = await mentee.GetAsync<PagedResultDto<KemelSchoolPD.MyWork.MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?kind={MentoringWorkKinds.StepDue}");
        menteeWork.Items.ShouldContain(i => i.RecordId == step.Id && i.DueDate == step.DueOn);

        // Held, then the mentee's feedback (only theirs, 1–5).
        var held = await (await mentor.PostJsonAsync(
            $"{Url}/meetings/{meeting.Id}/hold",
            new { durationMinutes = 50, concurrencyStamp = meeting.ConcurrencyStamp }))
            .ReadAsync<MentoringMeetingDto>();
        (held.Status, held.DurationMinutes).ShouldBe((MentoringMeetingStatus.Held, 50));
        await (await mentor.PutJsonAsync($"{Url}/meetings/{meeting.Id}/feedback", new { usefulness = 5 }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.Mentoring.OnlyMenteeGivesFeedback);
        (await mentee.PutJsonAsync($"{Url}/meetings/{meeting.Id}/feedback", new { usefulness = 6 })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        (await (await mentee.PutJsonAsync($"{Url}/meetings/{meeting.Id}/feedback", new { usefulness = 4, comment = "Пайдалы" }))
            .ReadAsync<MentoringMeetingDto>())
            .Feedback.ShouldNotBeNull().Usefulness.ShouldBe(4);

        // The next meeting shows what the previous one left.
        var next = await (await mentee.PostJsonAsync(
            $"{Url}/meetings",
            new { pairId = pair.Id, startsAt = start.AddDays(7), durationMinutes = 30 }))
            .ReadAsync<MentoringMeetingDto>(HttpStatusCode.Created);
        var previous = next.Previous.ShouldNotBeNull();
        (previous.Id, previous.SharedNote, previous.Feedback?.Usefulness).ShouldBe(
            (meeting.Id, "Ортақ жазба: бағдаршам, критерийлер", (int?)4));
        previous.Steps.ShouldHaveSingleItem().Id.ShouldBe(step.Id);
        (await mentor.GetStringAsync($"{Url}/meetings/{next.Id}")).ShouldNotContain(MenteeSecret);

        // Hours: the mentor their own, the director the school's.
        var year = AcademicYears.Of(DateOnly.FromDateTime(start));
        var mentorHours = await mentor.GetAsync<MentoringHoursDto>($"{Url}/hours?year={year}");
        mentorHours.Pairs.ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(p => p.PairId.ShouldBe(pair.Id), p => p.Minutes.ShouldBe(50), p => p.Meetings.ShouldBe(1));
        var schoolHours = await director.GetAsync<MentoringHoursDto>($"{Url}/hours?year={year}");
        schoolHours.Pairs.ShouldContain(p => p.PairId == pair.Id);
        schoolHours.Minutes.ShouldBeGreaterThanOrEqualTo(50);
        schoolHours.Mentors.ShouldContain(m => m.MentorStaffMemberId == mentorId && m.Minutes == 50);
        (await outsider.GetAsync<MentoringHoursDto>($"{Url}/hours?year={year}")).Pairs.ShouldNotContain(p => p.PairId == pair.Id);

        // Nowhere else: the audit log, "my work", notifications.
        (await director.GetStringAsync("/api/app/audit-logs?maxResultCount=100")).ShouldNotContain(Secret);
        foreach (var client in new[] { mentor, mentee, director })
        {
            var work = await client.GetStringAsync($"{WorkTestKit.MyWorkUrl}?maxResultCount=100");
            work.ShouldNotContain(Secret);
            work.ShouldNotContain(MenteeSecret);
        }
        (await host.AllNotificationsAsync()).ShouldAllBe(n => !n.Values.Values.Any(v => v.Contains(Secret) || v.Contains(MenteeSecret)));
    }
}

public sealed class Mentoring_Sqlite_Tests(SqliteHostFixture host) : Mentoring_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class Mentoring_Postgres_Tests(PostgresHostFixture host) : Mentoring_Tests(host), IClassFixture<PostgresHostFixture>;
