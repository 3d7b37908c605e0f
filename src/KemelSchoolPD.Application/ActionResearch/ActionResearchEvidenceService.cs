using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.ActionResearch;

/// <summary>
/// A member attaches an analysed Action Research cycle as evidence to their own growth cycle (issue 16): at Reflection as a
/// reflective note, at Approbation as a change trial (an experiment in practice). The artefact is collected through the growth
/// cycle's own rules (<see cref="GrowthCycle.CollectArtefact"/>), so what a stage may hold stays the growth cycle's to decide.
/// </summary>
public sealed class ActionResearchEvidenceService(IKemelSchoolPDDbContext db, ActionResearchReadAccess access, TimeProvider clock)
{
    public async Task<ActionResearchEvidenceDto> AttachAsync(
        Guid id,
        Guid cycleId,
        AttachActionResearchEvidenceDto input,
        CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var project = await (await access.ProjectsAsync(ct)).AsNoTracking().Include(p => p.Members).GetAsync(id, ct);
        project.EnsureMember(caller.StaffId);
        var cycle = await db.ActionResearchCycles.AsNoTracking().Where(c => c.ProjectId == project.Id).GetAsync(cycleId, ct);
        if (string.IsNullOrWhiteSpace(cycle.Analysis))
            throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.StageIncomplete).WithData(
                "Stage",
                Localization.LocalizableValue.Enum(ActionResearchStage.Analyse));
        // Only the caller's own growth cycle: nobody files evidence into a colleague's cycle.
        var growth = await db.GrowthCycles
            .FirstOrDefaultAsync(c => c.Id == input.GrowthCycleId && c.ParticipantStaffMemberId == caller.StaffId, ct)
                     ?? throw new InputValidationException(
                         nameof(input.GrowthCycleId),
                         KemelSchoolPDErrorCodes.ActionResearch.UnknownGrowthCycle);
        if (!growth.IsActive || growth.CurrentStage is not (GrowthCycleStage.Reflection or GrowthCycleStage.Approbation))
            throw new ConflictException(KemelSchoolPDErrorCodes.ActionResearch.GrowthCycleStage);
        var text = string.Join(
            "\n\n",
            new[] { project.ResearchQuestion, cycle.Analysis, cycle.Adjustment }.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (text.Length > GrowthCycleConsts.MaxTextLength) text = text[..GrowthCycleConsts.MaxTextLength];
        var title = $"{project.Title} — {cycle.Number}";
        if (title.Length > GrowthCycleConsts.MaxShortTextLength) title = title[..GrowthCycleConsts.MaxShortTextLength];
        var content = growth.CurrentStage == GrowthCycleStage.Approbation
            ? new GrowthArtefactContent
            {
                Title = title, Text = text, EvidenceType = GrowthEvidenceType.Experiment,
                Date = DateOnly.FromDateTime(cycle.FinishedAt ?? clock.GetUtcNow().UtcDateTime),
            }
            : new GrowthArtefactContent { Title = title, Text = text };
        var kind = growth.CurrentStage == GrowthCycleStage.Approbation ? GrowthArtefactKind.ChangeTrial : GrowthArtefactKind.ReflectiveNote;
        var artefact = growth.CollectArtefact(Guid.CreateVersion7(), kind, content, sharedWithMentor: true, _ => true);
        db.GrowthCycleArtefacts.Add(artefact);
        await db.SaveChangesAsync(ct);
        return new ActionResearchEvidenceDto(growth.Id, artefact.Id);
    }
}
