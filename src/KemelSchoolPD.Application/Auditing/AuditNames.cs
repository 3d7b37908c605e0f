using KemelSchoolPD.Data;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Auditing;

/// <summary>
/// The names that make a page of the audit log readable: whose record an entry is about (its owner's name) and the person a
/// value's id stands for (AgreedByUserId, TeacherStaffMemberId…). Only entries the modules' read rules let through reach
/// here, so an owner's name is part of a record the caller may read. A value's id is resolved only to the school's staff
/// register (open to every reader of the audit log, see <see cref="AuditedRecordReadRules.OpenToAuditors"/>) or to a user
/// of the same school (the tenant filter), never to another record: an id of a plan or a cycle stays an id.
/// </summary>
public sealed class AuditNames(IKemelSchoolPDDbContext db)
{
    /// <summary>Per audited type with one person behind it: the record's id and that person's staff record.</summary>
    private static readonly Dictionary<string, Func<IKemelSchoolPDDbContext, List<Guid>, IQueryable<OwnerRow>>> Owners = new()
    {
        ["StaffMember"] = (db, ids) => db.StaffMembers.Where(x => ids.Contains(x.Id)).Select(x => new OwnerRow(x.Id, x.Id)),
        ["DevelopmentPlan"] = (db, ids) => db.DevelopmentPlans.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.TeacherStaffMemberId)),
        ["GrowthCycle"] = (db, ids) => db.GrowthCycles.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.ParticipantStaffMemberId)),
        ["GrowthCycleArtefact"] = (db, ids) => db.GrowthCycleArtefacts.Where(x => ids.Contains(x.Id))
            .Join(db.GrowthCycles, a => a.CycleId, c => c.Id, (a, c) => new OwnerRow(a.Id, c.ParticipantStaffMemberId)),
        ["RouteSheet"] = (db, ids) => db.RouteSheets.Where(x => ids.Contains(x.Id)).Select(x => new OwnerRow(x.Id, x.TeacherStaffMemberId)),
        ["LessonObservation"] = (db, ids) => db.LessonObservations.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.ObservedStaffMemberId)),
        ["MentoringPair"] = (db, ids) => db.MentoringPairs.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.MenteeStaffMemberId)),
        ["MentoringMeeting"] = (db, ids) => db.MentoringMeetings.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.MenteeStaffMemberId)),
        ["MentorYearPlan"] = (db, ids) => db.MentorYearPlans.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.MentorStaffMemberId)),
        ["ReflectionCard"] = (db, ids) => db.ReflectionCards.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.TeacherStaffMemberId)),
        ["CourseRecord"] = (db, ids) => db.CourseRecords.Where(x => ids.Contains(x.Id)).Select(x => new OwnerRow(x.Id, x.StaffMemberId)),
        ["PostCoursePlan"] = (db, ids) => db.PostCoursePlans.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.StaffMemberId)),
        ["ActionResearchProject"] = (db, ids) => db.ActionResearchProjects.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.OwnerStaffMemberId)),
        ["ResearchLesson"] = (db, ids) => db.ResearchLessons.Where(x => ids.Contains(x.Id))
            .Select(x => new OwnerRow(x.Id, x.TeacherStaffMemberId)),
    };

    public sealed record OwnerRow(Guid Id, Guid StaffMemberId);

    /// <summary>Entries the caller may read (already filtered by the read rules), with owner and value names filled in.</summary>
    public async Task<List<AuditLogDto>> NameAsync(IReadOnlyList<AuditLog> entries, CancellationToken ct)
    {
        // Whose record: the owner's staff id per entry, type by type (one query per type on the page).
        var ownerOf = new Dictionary<Guid, Guid>();
        foreach (var group in entries.Where(e => e.EntityGuid.HasValue && Owners.ContainsKey(e.EntityType)).GroupBy(e => e.EntityType))
        {
            var recordIds = group.Select(e => e.EntityGuid!.Value).Distinct().ToList();
            foreach (var row in await Owners[group.Key](db, recordIds).ToListAsync(ct)) ownerOf[row.Id] = row.StaffMemberId;
        }

        // The people named by id in the values, and the owners: staff by id, staff by their user account, else the user's name.
        var valueIds = entries.SelectMany(e => e.Changes).SelectMany(c => new[] { c.OldValue, c.NewValue })
            .Select(v => Guid.TryParse(v, out var id) ? id : (Guid?)null).Where(id => id.HasValue).Select(id => id!.Value);
        var actors = entries.Where(e => e.UserId.HasValue).Select(e => e.UserId!.Value);
        var ids = valueIds.Concat(ownerOf.Values).Concat(actors).Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        if (ids.Count > 0)
        {
            foreach (var s in await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.FullName })
                .ToListAsync(ct))
                names[s.Id] = s.FullName;
            foreach (var s in await db.StaffMembers.AsNoTracking().Where(s => s.UserId != null && ids.Contains(s.UserId.Value))
                         .Select(s => new { UserId = s.UserId!.Value, s.FullName }).ToListAsync(ct))
                names.TryAdd(s.UserId, s.FullName);
            var users = ids.Where(id => !names.ContainsKey(id)).ToList();
            if (users.Count > 0)
            {
                foreach (var u in await db.Users.AsNoTracking().Where(u => users.Contains(u.Id))
                    .Select(u => new { u.Id, u.FullName, u.UserName })
                    .ToListAsync(ct))
                    names[u.Id] = string.IsNullOrWhiteSpace(u.FullName) ? u.UserName ?? "" : u.FullName;
            }
        }

        string? Name(string? value) => Guid.TryParse(value, out var id) && names.TryGetValue(id, out var name) ? name : null;
        string? Owner(AuditLog e)
            => e.EntityGuid is { } g && ownerOf.TryGetValue(g, out var staff) && names.TryGetValue(staff, out var name) ? name : null;

        return entries.Select(a => new AuditLogDto(
            a.Id, a.Time, a.UserId, a.UserName, a.EntityType, a.EntityId, a.ChangeType,
            a.Changes.Select(c => new AuditPropertyChangeDto(c.Property, c.OldValue, c.NewValue, Name(c.OldValue), Name(c.NewValue)))
                .ToList(),
            Owner(a), a.UserId is { } user && names.TryGetValue(user, out var actor) ? actor : null)).ToList();
    }
}
