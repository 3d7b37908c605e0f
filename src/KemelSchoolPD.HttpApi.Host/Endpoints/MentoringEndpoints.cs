using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

public static class MentoringEndpoints
{
    public static void MapMentoringEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.Mentoring.Default;
        const string Manage = KemelSchoolPDPermissions.Mentoring.Manage;
        var group = api.MapGroup("/app/mentoring").WithTags("Mentoring");

        // The school's settings
        group.MapGet("/settings", (MentoringSettingsAppService s, CancellationToken ct) => s.GetAsync(ct))
            .WithName("getMentoringSettings").RequirePermission(Own);
        group.MapPut(
            "/settings",
            (UpdateMentoringSettingsDto input, MentoringSettingsAppService s, CancellationToken ct) => s.UpdateAsync(input, ct))
            .WithName("updateMentoringSettings").RequirePermission(KemelSchoolPDPermissions.Mentoring.Settings);

        // Pairs
        group.MapGet(
            "/pairs",
            ([AsParameters] GetMentoringPairListInput input, MentoringPairAppService s, CancellationToken ct) => s.GetListAsync(input, ct))
            .WithName("getMentoringPairList").RequirePermission(Own);
        group.MapGet("/pairs/{id:guid}", (Guid id, MentoringPairAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getMentoringPair").RequirePermission(Own);
        group.MapPost("/pairs", CreatePairAsync).WithName("createMentoringPair").RequirePermission(Manage);
        group.MapPut(
            "/pairs/{id:guid}",
            (Guid id, UpdateMentoringPairDto input, MentoringPairAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateMentoringPair").RequirePermission(Manage);
        group.MapPost(
            "/pairs/{id:guid}/end",
            (Guid id, EndMentoringPairDto input, MentoringPairAppService s, CancellationToken ct) => s.EndAsync(id, input, ct))
            .WithName("endMentoringPair").RequirePermission(Manage);
        group.MapGet("/suggestions/{menteeId:guid}",
                (Guid menteeId, [AsParameters] GetMentorSuggestionsInput input, MentoringPairAppService s, CancellationToken ct) => s
                    .GetSuggestionsAsync(menteeId, input, ct))
            .WithName("getMentorSuggestions").RequirePermission(Manage);

        // Meetings
        group.MapGet(
            "/meetings",
            ([AsParameters] GetMentoringMeetingListInput input, MentoringMeetingAppService s, CancellationToken ct) =>
                s.GetListAsync(input, ct))
            .WithName("getMentoringMeetingList").RequirePermission(Own);
        group.MapGet("/meetings/{id:guid}", (Guid id, MentoringMeetingAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getMentoringMeeting").RequirePermission(Own);
        group.MapPost("/meetings", CreateMeetingAsync).WithName("createMentoringMeeting").RequirePermission(Own);
        group.MapPut(
            "/meetings/{id:guid}",
            (Guid id, UpdateMentoringMeetingDto input, MentoringMeetingAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateMentoringMeeting").RequirePermission(Own);
        group.MapPut(
            "/meetings/{id:guid}/agenda",
            (Guid id, UpdateMentoringAgendaDto input, MentoringMeetingAppService s, CancellationToken ct) =>
                s.UpdateAgendaAsync(id, input, ct))
            .WithName("updateMentoringAgenda").RequirePermission(Own);
        group.MapPost(
            "/meetings/{id:guid}/hold",
            (Guid id, HoldMentoringMeetingDto input, MentoringMeetingAppService s, CancellationToken ct) => s.HoldAsync(id, input, ct))
            .WithName("holdMentoringMeeting").RequirePermission(Own);
        group.MapPost(
            "/meetings/{id:guid}/cancel",
            (Guid id, CancelMentoringMeetingDto input, MentoringMeetingAppService s, CancellationToken ct) => s.CancelAsync(id, input, ct))
            .WithName("cancelMentoringMeeting").RequirePermission(Own);
        group.MapPut(
            "/meetings/{id:guid}/feedback",
            (Guid id, GiveMentoringFeedbackDto input, MentoringMeetingAppService s, CancellationToken ct) =>
                s.GiveFeedbackAsync(id, input, ct))
            .WithName("giveMentoringFeedback").RequirePermission(Own);
        group.MapPut(
            "/meetings/{id:guid}/observation",
            (Guid id, LinkMentoringObservationDto input, MentoringMeetingAppService s, CancellationToken ct) =>
                s.LinkObservationAsync(id, input, ct))
            .WithName("linkMentoringObservation").RequirePermission(Own);
        group.MapPut(
            "/meetings/{id:guid}/shared-note",
            (Guid id, WriteMentoringNoteDto input, MentoringMeetingAppService s, CancellationToken ct) =>
                s.WriteSharedNoteAsync(id, input, ct))
            .WithName("writeMentoringSharedNote").RequirePermission(Own);
        group.MapGet("/meetings/{id:guid}/private-note", GetPrivateNoteAsync).WithName("getMentoringPrivateNote").RequirePermission(Own);
        group.MapPut(
            "/meetings/{id:guid}/private-note",
            (Guid id, WriteMentoringNoteDto input, MentoringMeetingAppService s, CancellationToken ct) =>
                s.WritePrivateNoteAsync(id, input, ct))
            .WithName("writeMentoringPrivateNote").RequirePermission(Own);
        group.MapPost("/meetings/{id:guid}/steps", AddStepAsync).WithName("addMentoringNextStep").RequirePermission(Own);
        group.MapPut("/meetings/{id:guid}/steps/{stepId:guid}",
                (Guid id, Guid stepId, UpdateMentoringNextStepDto input, MentoringMeetingAppService s, CancellationToken ct) => s
                    .UpdateStepAsync(id, stepId, input, ct))
            .WithName("updateMentoringNextStep").RequirePermission(Own);
        group.MapDelete("/meetings/{id:guid}/steps/{stepId:guid}", DeleteStepAsync).WithName("deleteMentoringNextStep")
            .RequirePermission(Own);
        group.MapPut("/meetings/{id:guid}/steps/{stepId:guid}/done",
                (Guid id, Guid stepId, SetMentoringStepDoneDto input, MentoringMeetingAppService s, CancellationToken ct) => s
                    .SetStepDoneAsync(id, stepId, input, ct))
            .WithName("setMentoringNextStepDone").RequirePermission(Own);
        // The caller's open next steps, as mentor or as mentee
        group.MapGet("/my-steps", ([AsParameters] GetMyMentoringStepsInput input, MentoringMeetingAppService s, CancellationToken ct) => s
            .GetMyStepsAsync(input, ct))
            .WithName("getMyMentoringSteps").RequirePermission(Own);

        // The mentor's work as evidence in her own growth cycle; the mentee's consent per pair
        group.MapGet("/evidence", ([AsParameters] GetMentoringEvidenceInput input, MentoringEvidenceAppService s, CancellationToken ct) => s
            .PreviewAsync(input, ct))
            .WithName("getMentoringEvidence").RequirePermission(Own);
        group.MapPost("/evidence", AttachEvidenceAsync).WithName("attachMentoringEvidence").RequirePermission(Own);
        group.MapPut("/pairs/{id:guid}/evidence-consent",
                (Guid id, SetMentoringEvidenceConsentDto input, MentoringEvidenceAppService s, CancellationToken ct) => s.SetConsentAsync(
                    id,
                    input,
                    ct))
            .WithName("setMentoringEvidenceConsent").RequirePermission(Own);

        // Hours of the academic year: per pair, per mentor, for the school
        group.MapGet(
            "/hours",
            ([AsParameters] GetMentoringHoursInput input, MentoringMeetingAppService s, CancellationToken ct) => s.GetHoursAsync(input, ct))
            .WithName("getMentoringHours").RequirePermission(Own);
    }

    private static async Task<Created<MentoringMeetingDto>> CreateMeetingAsync(
        CreateMentoringMeetingDto input,
        MentoringMeetingAppService service,
        CancellationToken ct)
    {
        var meeting = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/mentoring/meetings/{meeting.Id}", meeting);
    }

    /// <summary>The caller's own private note; 204 when they have written none.</summary>
    private static async Task<Results<Ok<MentoringPrivateNoteDto>, NoContent>> GetPrivateNoteAsync(
        Guid id,
        MentoringMeetingAppService service,
        CancellationToken ct) =>
        await service.GetPrivateNoteAsync(id, ct) is { } note ? TypedResults.Ok(note) : TypedResults.NoContent();

    private static async Task<Created<MentoringNextStepDto>> AddStepAsync(
        Guid id,
        CreateMentoringNextStepDto input,
        MentoringMeetingAppService service,
        CancellationToken ct)
    {
        var step = await service.AddStepAsync(id, input, ct);
        return TypedResults.Created($"/api/app/mentoring/meetings/{id}/steps/{step.Id}", step);
    }

    private static async Task<NoContent> DeleteStepAsync(Guid id, Guid stepId, MentoringMeetingAppService service, CancellationToken ct)
    {
        await service.DeleteStepAsync(id, stepId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<MentoringEvidenceDto>> AttachEvidenceAsync(
        AttachMentoringEvidenceDto input,
        MentoringEvidenceAppService service,
        CancellationToken ct)
    {
        var evidence = await service.AttachAsync(input, ct);
        return TypedResults.Created($"/api/app/growth-cycles/{evidence.CycleId}/artefacts/{evidence.ArtefactId}", evidence);
    }

    private static async Task<Created<MentoringPairDto>> CreatePairAsync(
        CreateMentoringPairDto input,
        MentoringPairAppService service,
        CancellationToken ct)
    {
        var pair = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/mentoring/pairs/{pair.Id}", pair);
    }
}
