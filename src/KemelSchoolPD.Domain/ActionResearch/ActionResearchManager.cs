using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.ActionResearch;

/// <summary>What <see cref="ActionResearchManager"/> needs to know of the current school (implemented under its filter). Reads
/// only.</summary>
public interface IActionResearchRepository
{
    /// <summary>Which of these staff members are active (not archived) members of the current school.</summary>
    Task<IReadOnlySet<Guid>> ActiveStaffAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken ct);
}

/// <summary>
/// Rules across a project and its cycles: a project opens with its first cycle; finishing a cycle unsolved opens the next one in
/// the same save, solved ends the project; closing the project closes its open cycle; members are active staff of the school.
/// The unique index on (project, number) stays the guarantee under concurrency. Nothing is saved here.
/// </summary>
public sealed class ActionResearchManager(IActionResearchRepository repository)
{
    public async Task<(ActionResearchProject Project, ActionResearchCycle FirstCycle)> CreateAsync(
        Guid ownerStaffId,
        ActionResearchContent content,
        DateOnly startedOn,
        IReadOnlyCollection<Guid> memberIds,
        CancellationToken ct = default)
    {
        var project = new ActionResearchProject(Guid.CreateVersion7(), ownerStaffId, content, startedOn);
        await SetMembersAsync(project, memberIds.Append(ownerStaffId).ToList(), ct);
        var cycle = new ActionResearchCycle(Guid.CreateVersion7(), project.Id, project.OpenFirstCycle());
        return (project, cycle);
    }

    public async Task SetMembersAsync(ActionResearchProject project, IReadOnlyCollection<Guid> staffIds, CancellationToken ct = default)
    {
        var active = await repository.ActiveStaffAsync(staffIds, ct);
        var unknown = staffIds.Where(id => !active.Contains(id)).ToList();
        if (unknown
            .Count > 0) throw new InputValidationException("StaffMemberIds", KemelSchoolPDErrorCodes.ActionResearch.StaffMustBeActive);
        project.SetMembers(staffIds);
    }

    /// <summary>Finishes the cycle; returns the next cycle (to be added) unless the problem is solved.</summary>
    public ActionResearchCycle? FinishCycle(ActionResearchProject project, ActionResearchCycle cycle, bool solved, DateTime at)
    {
        if (cycle.ProjectId != project.Id) throw new EntityNotFoundException(typeof(ActionResearchCycle), cycle.Id);
        project.EnsureActive();
        cycle.Finish(solved, at);
        var next = project.CycleFinished(solved, at);
        return next is { } number ? new ActionResearchCycle(Guid.CreateVersion7(), project.Id, number) : null;
    }

    public void Close(ActionResearchProject project, ActionResearchCycle? openCycle, string? note, DateTime at)
    {
        project.Close(note, at);
        openCycle?.CloseWithProject(at);
    }
}
