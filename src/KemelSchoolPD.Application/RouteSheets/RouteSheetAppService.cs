using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.RouteSheets;

/// <summary>
/// Teachers' route sheets: made from the level's active template, marked per period by the teacher and by the reviewer, with
/// weekly post-lesson self-evaluations. A teacher sees their own sheet, a reviewer the sheets they review, ViewAll every sheet;
/// a sheet the caller may not see is answered exactly like one that does not exist (404).
/// </summary>
public sealed class RouteSheetAppService(
    IKemelSchoolPDDbContext db,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    CurrentStaffMember currentStaff,
    RouteSheetTemplateAppService templates,
    TimeProvider clock)
{
    private sealed record Caller(Guid? StaffId, bool ViewAll, bool Review, bool Assign);

    private Caller? _caller;
    private readonly Dictionary<Guid, RouteSheetTemplateInfo?> _templates = [];

    public async Task<PagedResultDto<RouteSheetListItemDto>> GetListAsync(GetRouteSheetListInput input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var mine = input.Mine == true || !caller.ViewAll;
        var query =
            from r in Visible(caller).AsNoTracking()
            join t in db.StaffMembers on r.TeacherStaffMemberId equals t.Id
            join m in db.StaffMembers on r.ReviewerStaffMemberId equals m.Id into reviewers
            from m in reviewers.DefaultIfEmpty()
            select new { Sheet = r, TeacherName = t.FullName, TeacherSearch = t.SearchText, ReviewerName = m.FullName };
        query = query
            .WhereIf(mine, x => x.Sheet.TeacherStaffMemberId == caller.StaffId || x.Sheet.ReviewerStaffMemberId == caller.StaffId)
            .WhereIf(input.AcademicYear.HasValue, x => x.Sheet.AcademicYear == input.AcademicYear)
            .WhereIf(input.Category.HasValue, x => x.Sheet.Category == input.Category)
            .WhereIf(input.TeacherStaffMemberId.HasValue, x => x.Sheet.TeacherStaffMemberId == input.TeacherStaffMemberId)
            .WhereIf(input.ReviewerStaffMemberId.HasValue, x => x.Sheet.ReviewerStaffMemberId == input.ReviewerStaffMemberId)
            .WhereSearchMatches(x => x.TeacherSearch, input.Filter);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.Sheet.AcademicYear).ThenBy(x => x.TeacherName).PageBy(input).ToListAsync(ct);
        foreach (var item in page) await TakeTemplateContentAsync(item.Sheet, ct);
        return new PagedResultDto<RouteSheetListItemDto>(total, page.Select(x => new RouteSheetListItemDto(
            x.Sheet.Id, x.Sheet.TeacherStaffMemberId, x.TeacherName, x.Sheet.Category, x.Sheet.AcademicYear, AcademicYears.Label(
                x.Sheet.AcademicYear),
            x.Sheet.ReviewerStaffMemberId, x.ReviewerName, x.Sheet.PeriodKind, x.Sheet.Rows.Count,
            x.Sheet.Rows.Sum(r => r.Assessments.Count(a => a.SelfMark != null)), x.Sheet.Rows
                .Sum(r => r.Assessments.Count(a => a.ReviewerMark != null)),
            x.Sheet.ConcurrencyStamp)).ToList());
    }

    public async Task<RouteSheetDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        return await ToDtoAsync(await Visible(caller).AsNoTracking().GetAsync(id, ct), caller, ct);
    }

    public async Task<RouteSheetDto> CreateAsync(CreateRouteSheetDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var teacherId = input.TeacherStaffMemberId
            ?? caller.StaffId ?? throw new BusinessException(KemelSchoolPDErrorCodes.RouteSheets.NoStaffRecord);
        if (teacherId != caller.StaffId && !caller.Assign) throw new ForbiddenException();
        var teacher = await db.StaffMembers.AsNoTracking().Where(s => s.Id == teacherId && !s.IsArchived)
            .Select(s => new { s.Id, s.Category })
            .FirstOrDefaultAsync(ct)
                      ?? throw new InputValidationException(
                          nameof(input.TeacherStaffMemberId),
                          KemelSchoolPDErrorCodes.RouteSheets.TeacherMustBeActiveStaff);
        RouteSheetTemplateInfo template;
        if (input.TemplateId is { } templateId)
        {
            template = await templates.FindAsync(templateId, ct)
                       ?? throw new InputValidationException(nameof(input.TemplateId), KemelSchoolPDErrorCodes.RouteSheets.UnknownTemplate);
            if (template.Category != teacher.Category)
                throw new InputValidationException(nameof(input.TemplateId), KemelSchoolPDErrorCodes.RouteSheets.TemplateLevelMismatch);
        }
        else template = await templates.ActiveAsync(teacher.Category, ct);
        await EnsureReviewerAsync(input.ReviewerStaffMemberId, teacherId, ct);
        if (input.ReviewerStaffMemberId is not null && teacherId == caller.StaffId && !caller.Assign) throw new ForbiddenException();
        if (await db.RouteSheets.AnyAsync(r => r.TeacherStaffMemberId == teacherId && r.AcademicYear == input.AcademicYear, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.RouteSheets.AlreadyExists);

        var sheet = new RouteSheet(
            Guid.CreateVersion7(),
            teacherId,
            input.AcademicYear,
            template,
            input.ReviewerStaffMemberId,
            input.PeriodKind);
        db.RouteSheets.Add(sheet);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Made by a simultaneous request (or a bulk assignment) between the check and the insert.
            db.Entry(sheet).State = EntityState.Detached;
            if (await db.RouteSheets.AsNoTracking()
                .AnyAsync(r => r.TeacherStaffMemberId == teacherId && r.AcademicYear == input.AcademicYear, ct))
                throw new ConflictException(KemelSchoolPDErrorCodes.RouteSheets.AlreadyExists);
            throw;
        }
        return await ToDtoAsync(sheet, caller, ct);
    }

    /// <summary>Reviewer and period kind: the administration (Assign) only.</summary>
    public async Task<RouteSheetDto> UpdateSettingsAsync(Guid id, UpdateRouteSheetSettingsDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var sheet = await Visible(caller).GetAsync(id, ct);
        if (!caller.Assign) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(sheet, input.ConcurrencyStamp);
        await EnsureReviewerAsync(input.ReviewerStaffMemberId, sheet.TeacherStaffMemberId, ct);
        sheet.ChangeSettings(input.ReviewerStaffMemberId, input.PeriodKind);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(sheet, caller, ct);
    }

    /// <summary>The teacher's own marks; anyone else who can see the sheet gets 403.</summary>
    public async Task<RouteSheetDto> SelfAssessAsync(Guid id, MarkRouteSheetDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var sheet = await Visible(caller).GetAsync(id, ct);
        if (sheet.TeacherStaffMemberId != caller.StaffId) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(sheet, input.ConcurrencyStamp);
        await TakeTemplateContentAsync(sheet, ct);
        sheet.Mark(RouteSheetMarkRole.Self, input.Period, Entries(input), currentUser.Id, currentUser.FullName, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(sheet, caller, ct);
    }

    /// <summary>The reviewer's marks: the sheet's reviewer, or the administration (ViewAll); never on one's own sheet.</summary>
    public async Task<RouteSheetDto> ReviewAsync(Guid id, MarkRouteSheetDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var sheet = await Visible(caller).GetAsync(id, ct);
        if (!CanReview(sheet, caller)) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(sheet, input.ConcurrencyStamp);
        await TakeTemplateContentAsync(sheet, ct);
        sheet.Mark(RouteSheetMarkRole.Reviewer, input.Period, Entries(input), currentUser.Id, currentUser.FullName, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(sheet, caller, ct);
    }

    public async Task<List<WeeklySelfEvaluationDto>> GetWeeklyEvaluationsAsync(Guid id, CancellationToken ct = default)
    {
        await Visible(await CallerAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return await db.RouteSheetWeeklyEvaluations.AsNoTracking().Where(w => w.RouteSheetId == id)
            .OrderByDescending(w => w.WeekStart).ThenByDescending(w => w.CreationTime)
            .Select(w => new WeeklySelfEvaluationDto(
                w.Id,
                w.RouteSheetId,
                w.WeekStart,
                w.ClassName,
                w.WhatWorked,
                w.WhatToChange,
                w.Mark,
                w.CreationTime))
            .ToListAsync(ct);
    }

    /// <summary>Row 1 of every sheet: the teacher logs a short post-lesson self-evaluation each week.</summary>
    public async Task<WeeklySelfEvaluationDto> AddWeeklyEvaluationAsync(
        Guid id,
        CreateWeeklySelfEvaluationDto input,
        CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var sheet = await Visible(caller).AsNoTracking().GetAsync(id, ct);
        if (sheet.TeacherStaffMemberId != caller.StaffId) throw new ForbiddenException();
        var entry = new RouteSheetWeeklyEvaluation(
            Guid.CreateVersion7(),
            sheet,
            input.WeekStart,
            input.ClassName,
            input.WhatWorked,
            input.WhatToChange,
            input.Mark);
        db.RouteSheetWeeklyEvaluations.Add(entry);
        await db.SaveChangesAsync(ct);
        return new WeeklySelfEvaluationDto(
            entry.Id,
            entry.RouteSheetId,
            entry.WeekStart,
            entry.ClassName,
            entry.WhatWorked,
            entry.WhatToChange,
            entry.Mark,
            entry.CreationTime);
    }

    /// <summary>A sheet the caller may read, with its teacher and reviewer (for the document).</summary>
    public async Task<(RouteSheet Sheet, StaffMember Teacher, StaffMember? Reviewer)> GetForDocumentAsync(
        Guid id,
        CancellationToken ct = default)
    {
        var sheet = await Visible(await CallerAsync(ct)).AsNoTracking().GetAsync(id, ct);
        await TakeTemplateContentAsync(sheet, ct);
        var teacher = await db.StaffMembers.AsNoTracking().FirstAsync(s => s.Id == sheet.TeacherStaffMemberId, ct);
        var reviewer = sheet.ReviewerStaffMemberId is { } reviewerId
            ? await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == reviewerId, ct)
            : null;
        return (sheet, teacher, reviewer);
    }

    public static List<RecommendedActivityDto> GetRecommendedActivities(GetRecommendedActivitiesInput input)
    {
        var culture = RouteSheetTemplateAppService.Culture;
        return (input.Category is { } category ? RecommendedActivities.Of(category) : RecommendedActivities.All)
            .Select(
                a => new RecommendedActivityDto(
                    a.Category,
                    a.Order,
                    a.TitleKk,
                    a.TitleRu,
                    culture == "kk" ? a.TitleKk : a.TitleRu)).ToList();
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static List<RouteSheetMarkEntry> Entries(MarkRouteSheetDto input) =>
        (input.Marks ?? []).Select(m => new RouteSheetMarkEntry(m.RowOrder, m.Mark, m.Comment)).ToList();

    private static bool CanReview(RouteSheet sheet, Caller caller) =>
        caller.Review && sheet.TeacherStaffMemberId != caller.StaffId && (caller.ViewAll || sheet.ReviewerStaffMemberId == caller.StaffId);

    private async Task<Caller> CallerAsync(CancellationToken ct)
    {
        if (_caller is not null) return _caller;
        var staffId = await currentStaff.GetIdAsync(ct);
        var granted = await permissions.GetGrantedAsync(ct);
        return _caller = new Caller(staffId, granted.Contains(KemelSchoolPDPermissions.RouteSheets.ViewAll),
            granted.Contains(KemelSchoolPDPermissions.RouteSheets.Review), granted.Contains(KemelSchoolPDPermissions.RouteSheets.Assign));
    }

    /// <summary>Everything with ViewAll; otherwise one's own sheets and those one reviews.</summary>
    private IQueryable<RouteSheet> Visible(Caller caller) => db.RouteSheets.Where(RouteSheet.VisibleTo(caller.StaffId, caller.ViewAll));

    private async Task EnsureReviewerAsync(Guid? reviewerId, Guid teacherId, CancellationToken ct)
    {
        if (reviewerId is not { } id) return;
        if (id == teacherId || !await db.StaffMembers.AnyAsync(s => s.Id == id && !s.IsArchived, ct))
            throw new InputValidationException(
                nameof(RouteSheet.ReviewerStaffMemberId),
                KemelSchoolPDErrorCodes.RouteSheets.ReviewerMustBeActiveStaff);
    }

    /// <summary>A sheet assigned in bulk takes its template's texts and rows on first use (saved with the first change).</summary>
    private async Task TakeTemplateContentAsync(RouteSheet sheet, CancellationToken ct)
    {
        if (sheet.HasTemplateContent) return;
        if (!_templates.TryGetValue(sheet.TemplateId, out var template))
            _templates[sheet.TemplateId] = template = await templates.FindAsync(sheet.TemplateId, ct);
        if (template is not null) sheet.TakeTemplateContent(template);
    }

    private async Task<RouteSheetDto> ToDtoAsync(RouteSheet sheet, Caller caller, CancellationToken ct)
    {
        await TakeTemplateContentAsync(sheet, ct);
        var people = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Id == sheet.TeacherStaffMemberId || s.Id == sheet.ReviewerStaffMemberId)
            .Select(s => new { s.Id, s.FullName }).ToListAsync(ct);
        var culture = RouteSheetTemplateAppService.Culture;
        var abilities = new RouteSheetAbilitiesDto(sheet.TeacherStaffMemberId == caller.StaffId, CanReview(sheet, caller), caller.Assign);
        return new RouteSheetDto(
            sheet.Id,
            sheet.TeacherStaffMemberId,
            people.First(p => p.Id == sheet.TeacherStaffMemberId).FullName,
            sheet.Category,
            sheet.AcademicYear,
            AcademicYears.Label(sheet.AcademicYear),
            sheet.TemplateId,
            sheet.Title(culture),
            sheet.TitleKk,
            sheet
                .TitleRu,
            sheet.StageKk,
            sheet.StageRu,
            sheet.GoalKk,
            sheet.GoalRu,
            sheet.ReviewerStaffMemberId,
            people.FirstOrDefault(p => p.Id == sheet.ReviewerStaffMemberId)?.FullName,
            sheet.PeriodKind,
            sheet.PeriodCount,
            sheet.Rows,
            abilities,
            sheet.CreationTime,
            sheet.LastModificationTime,
            sheet.ConcurrencyStamp);
    }
}
