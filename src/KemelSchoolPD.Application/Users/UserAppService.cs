using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Emailing;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Users;

/// <summary>
/// Sign-in accounts of the school's staff. Every change runs in one transaction: the account, its roles, the staff record's
/// link and the queued e-mail are written together or not at all. Secrets leave only in the answer (one-time passwords) or
/// in the queued e-mail (links); the database keeps their hashes.
/// </summary>
public sealed class UserAppService(
    IKemelSchoolPDDbContext db, UserManager<AppUser> userManager, AccountGuard guard, AccountMailer mailer, IUserSessionRevoker sessions,
    AccountHandoutDocument handout, ICurrentTenant currentTenant, TimeProvider clock)
{
    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var nowUtc = now.UtcDateTime;
        var filter = input.Filter?.Trim();
        var query = db.Users.AsNoTracking()
            .WhereIf(
                !string.IsNullOrEmpty(filter),
                u => u.UserName!.Contains(filter!) || u.FullName.Contains(filter!) || (u.Email != null && u.Email.Contains(filter!)))
            .WhereIf(input.StaffMemberId.HasValue, u => db.StaffMembers.Any(s => s.Id == input.StaffMemberId && s.UserId == u.Id))
            .WhereIf(input.IsActive.HasValue, u => u.IsActive == input.IsActive)
            .WhereIf(input.HasSignedIn == true, u => u.LastSignInAt != null)
            .WhereIf(input.HasSignedIn == false, u => u.LastSignInAt == null)
            .WhereIf(input.InvitationState == InvitationState.None, u => u.InvitedAt == null)
            .WhereIf(input.InvitationState == InvitationState.Pending, u => u.InvitationTokenHash != null && u.InvitationExpiresAt > nowUtc)
            .WhereIf(
                input.InvitationState == InvitationState.Expired,
                u => u.InvitationTokenHash != null && u.InvitationExpiresAt <= nowUtc)
            .WhereIf(input.InvitationState == InvitationState.Accepted, u => u.InvitationAcceptedAt != null);
        if (!string.IsNullOrWhiteSpace(input.Role))
        {
            var normalized = input.Role.Trim().ToUpperInvariant();
            query = query.Where(
                u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
        }
        if (input.IsLockedOut.HasValue)
        {
            // SQLite cannot compare DateTimeOffset columns; the few accounts with a lockout date are compared here.
            var locked = (await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null).Select(u => new { u.Id, u.LockoutEnd })
                .ToListAsync(ct))
                .Where(u => u.LockoutEnd > now).Select(u => u.Id).ToList();
            query = input.IsLockedOut.Value ? query.Where(u => locked.Contains(u.Id)) : query.Where(u => !locked.Contains(u.Id));
        }
        var total = await query.LongCountAsync(ct);
        var users = await Sort(query, input.Sorting).PageBy(input).ToListAsync(ct);
        return new PagedResultDto<UserDto>(total, await ToDtosAsync(users, ct));
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken ct = default) =>
        (await ToDtosAsync([await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new EntityNotFoundException(typeof(AppUser), id)], ct))[0];

    public async Task<UserNameProposalDto> GetProposalAsync(Guid staffMemberId, CancellationToken ct = default)
    {
        var staff = await db.StaffMembers.AsNoTracking().GetAsync(staffMemberId, ct);
        return new UserNameProposalDto(staff.Id, await ProposeUserNameAsync(staff.FullName, ct));
    }

    public async Task<CreateUserResultDto> CreateAsync(CreateUserDto input, CancellationToken ct = default)
    {
        var staff = await db.StaffMembers.GetAsync(input.StaffMemberId!.Value, ct);
        if (staff.IsArchived) throw new BusinessException(KemelSchoolPDErrorCodes.Users.StaffMemberArchived);
        if (staff.UserId is not null) throw new ConflictException(KemelSchoolPDErrorCodes.Users.StaffMemberHasAccount);
        var roles = await ResolveRolesAsync(input.Roles, ct);
        await guard.EnsureCanGiveRolesAsync(roles.Select(r => r.Id).ToList(), ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (user, password) = await CreateAccountAsync(staff, input.UserName, roles, input.Delivery!.Value, ct);
        await transaction.CommitAsync(ct);
        return new CreateUserResultDto(await GetAsync(user.Id, ct), input.Delivery.Value, password);
    }

    public async Task<BulkCreateUsersResultDto> BulkCreateAsync(BulkCreateUsersDto input, CancellationToken ct = default)
    {
        var people = await SelectStaffAsync(input, ct);
        var roles = await ResolveRolesAsync(input.Roles, ct);
        await guard.EnsureCanGiveRolesAsync(roles.Select(r => r.Id).ToList(), ct);

        var items = new List<BulkCreateUsersItemDto>();
        var slips = new List<AccountHandoutSlip>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var staff in people)
        {
            if (staff.UserId is not null)
            {
                items.Add(new BulkCreateUsersItemDto(staff.Id, staff.FullName, BulkAccountOutcome.SkippedHasAccount, staff.UserId, null));
                continue;
            }
            var delivery = staff.Email is null ? AccountDelivery.OneTimePassword : AccountDelivery.Email;
            var (user, password) = await CreateAccountAsync(staff, null, roles, delivery, ct);
            items.Add(new BulkCreateUsersItemDto(
                staff.Id,
                staff.FullName,
                delivery == AccountDelivery.Email ? BulkAccountOutcome.Invited : BulkAccountOutcome.OneTimePassword,
                user.Id,
                user.UserName));
            if (password is not null) slips.Add(new AccountHandoutSlip(staff.FullName, user.UserName!, password));
        }
        var file = slips.Count == 0 ? null : await handout.RenderAsync(CultureInfo.CurrentUICulture.Name, slips, ct);
        await transaction.CommitAsync(ct);
        var created = items.Count(i => i.Outcome != BulkAccountOutcome.SkippedHasAccount);
        return new BulkCreateUsersResultDto(created, items.Count - created, items,
            file is null ? null : new FileDto(
                file.FileName,
                KemelSchoolPD.Documents.GeneratedDocument.DocxContentType,
                Convert.ToBase64String(file.Content)));
    }

    public async Task<UserDto> UpdateRolesAsync(Guid id, UpdateUserRolesDto input, CancellationToken ct = default)
    {
        var user = await FindAsync(id, ct);
        var wanted = await ResolveRolesAsync(input.Roles, ct);
        var current = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == id select r)
            .ToListAsync(ct);
        var added = wanted.Where(w => current.All(c => c.Id != w.Id)).ToList();
        var removed = current.Where(c => wanted.All(w => w.Id != c.Id)).ToList();
        await guard.EnsureCanGiveRolesAsync(added.Select(r => r.Id).ToList(), ct);
        if (removed.Any(r => r.Name == KemelRoles.Director)) await guard.EnsureNotLastDirectorAsync(id, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (removed.Count > 0) await userManager.RemoveFromRolesAsync(user, removed.Select(r => r.Name!)).EnsureSucceeded();
        if (added.Count > 0) await userManager.AddToRolesAsync(user, added.Select(r => r.Name!)).EnsureSucceeded();
        await transaction.CommitAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>A new invitation link (the old one stops working) for an account whose invitation was not accepted yet.</summary>
    public async Task ResendInvitationAsync(Guid id, CancellationToken ct = default)
    {
        var user = await FindAsync(id, ct);
        await EnsureActiveStaffAsync(user, ct);
        if (user.InvitationAcceptedAt is not null) throw new ConflictException(KemelSchoolPDErrorCodes.Users.InvitationAlreadyAccepted);
        if (user.Email is null) throw new BusinessException(KemelSchoolPDErrorCodes.Users.EmailRequired);
        mailer.Invite(user);
        await userManager.UpdateAsync(user).EnsureSucceeded();
    }

    /// <summary>
    /// OneTimePassword: the password is replaced now, every session ends and the new one is answered once. Email: a reset link
    /// is mailed and the current password keeps working until the person uses it.
    /// </summary>
    public async Task<ResetUserPasswordResultDto> ResetPasswordAsync(Guid id, ResetUserPasswordDto input, CancellationToken ct = default)
    {
        var user = await FindAsync(id, ct);
        await EnsureActiveStaffAsync(user, ct);
        if (input.Delivery == AccountDelivery.Email)
        {
            if (user.Email is null) throw new BusinessException(KemelSchoolPDErrorCodes.Users.EmailRequired);
            mailer.SendPasswordReset(user);
            await userManager.UpdateAsync(user).EnsureSucceeded();
            return new ResetUserPasswordResultDto(AccountDelivery.Email, null);
        }

        var password = AccountTokens.NewOneTimePassword();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await PasswordSetter.SetAsync(userManager, user, password, nameof(password));
        user.RequirePasswordChange(true);
        await userManager.UpdateAsync(user).EnsureSucceeded();
        await sessions.RevokeAllAsync(user.Id, ct);
        await transaction.CommitAsync(ct);
        return new ResetUserPasswordResultDto(AccountDelivery.OneTimePassword, password);
    }

    public async Task UnlockAsync(Guid id, CancellationToken ct = default)
    {
        var user = await FindAsync(id, ct);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await userManager.UpdateAsync(user).EnsureSucceeded();
    }

    public async Task DeactivateAsync(Guid id, CancellationToken ct = default)
    {
        var user = await FindAsync(id, ct);
        if (!user.IsActive) throw new ConflictException(KemelSchoolPDErrorCodes.Users.AlreadyInactive);
        await guard.EnsureNotLastDirectorAsync(id, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.Deactivate();
        await userManager.UpdateAsync(user).EnsureSucceeded();
        await sessions.RevokeAllAsync(user.Id, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task ReactivateAsync(Guid id, CancellationToken ct = default)
    {
        var user = await FindAsync(id, ct);
        if (user.IsActive) throw new ConflictException(KemelSchoolPDErrorCodes.Users.AlreadyActive);
        await EnsureActiveStaffAsync(user, ct);
        user.Reactivate();
        await userManager.UpdateAsync(user).EnsureSucceeded();
    }

    /// <summary>"surname.i" from the staff member's name, with 2, 3... appended while the school already has it.</summary>
    public async Task<string> ProposeUserNameAsync(string fullName, CancellationToken ct = default)
    {
        var proposal = UserNameTransliterator.Propose(fullName);
        var prefix = proposal.ToUpperInvariant();
        var taken = (await db.Users.Where(u => u.NormalizedUserName!.StartsWith(prefix)).Select(u => u.NormalizedUserName!).ToListAsync(ct))
            .ToHashSet();
        if (!taken.Contains(prefix)) return proposal;
        for (var n = 2; ; n++)
            if (!taken.Contains(prefix + n)) return proposal + n;
    }

    private async Task<(AppUser User, string? Password)> CreateAccountAsync(
        StaffMember staff, string? userName, IReadOnlyList<AppRole> roles, AccountDelivery delivery, CancellationToken ct)
    {
        if (delivery == AccountDelivery.Email && staff.Email is null)
            throw new InputValidationException(nameof(CreateUserDto.Delivery), KemelSchoolPDErrorCodes.Users.EmailRequired);
        userName = string.IsNullOrWhiteSpace(userName)
            ? await ProposeUserNameAsync(staff.FullName, ct)
            : userName.Trim().ToLowerInvariant();
        if (await userManager.FindByNameAsync(userName) is not null)
            throw new ConflictException(KemelSchoolPDErrorCodes.Users.DuplicateUserName).WithData("UserName", userName);
        if (staff.Email is not null && await userManager.FindByEmailAsync(staff.Email) is not null)
            throw new ConflictException(KemelSchoolPDErrorCodes.Users.DuplicateEmail).WithData("Email", staff.Email);

        var user = new AppUser(currentTenant.Id, userName, staff.FullName, staff.Email);
        string? password = null;
        if (delivery == AccountDelivery.OneTimePassword)
        {
            password = AccountTokens.NewOneTimePassword();
            user.RequirePasswordChange(true);
            await userManager.CreateAsync(user, password).ThrowIfFailed(nameof(CreateUserDto.UserName), "email", "password");
        }
        else
        {
            mailer.Invite(user);
            await userManager.CreateAsync(user).ThrowIfFailed(nameof(CreateUserDto.UserName), "email", "password");
        }
        if (roles.Count > 0) await userManager.AddToRolesAsync(user, roles.Select(r => r.Name!)).EnsureSucceeded();
        staff.LinkUser(user.Id);
        await db.SaveChangesAsync(ct);
        return (user, password);
    }

    private async Task<List<StaffMember>> SelectStaffAsync(BulkCreateUsersDto input, CancellationToken ct)
    {
        List<StaffMember> people;
        if (input.StaffMemberIds is { Count: > 0 } ids)
        {
            var distinct = ids.Distinct().ToList();
            people = await db.StaffMembers.Where(s => distinct.Contains(s.Id)).ToListAsync(ct);
            if (distinct.FirstOrDefault(id => people.All(p => p.Id != id)) is var missing && missing != Guid.Empty)
                throw new EntityNotFoundException(typeof(StaffMember), missing);
            if (people.Any(p => p.IsArchived)) throw new BusinessException(KemelSchoolPDErrorCodes.Users.StaffMemberArchived);
        }
        else
        {
            var f = input.StaffFilter ?? new BulkStaffFilterDto();
            var text = f.Filter?.Trim();
            people = await db.StaffMembers.Where(s => !s.IsArchived)
                .WhereIf(!string.IsNullOrEmpty(text), s => s.FullName.Contains(text!) || s.Position.Contains(text!)
                                                           || (s.Email != null && s.Email.Contains(text!)) || (s.Phone != null
                                                               && s.Phone.Contains(text!)))
                .WhereIf(f.Category.HasValue, s => s.Category == f.Category)
                .WhereIf(!string.IsNullOrWhiteSpace(f.Subject), s => s.Subjects.Contains(f.Subject!))
                .WhereIf(f.MethodologicalAssociationId.HasValue, s => s.MethodologicalAssociationId == f.MethodologicalAssociationId)
                .WhereIf(f.IsYoungSpecialist.HasValue, s => s.IsYoungSpecialist == f.IsYoungSpecialist)
                .Take(UserConsts.MaxBulkStaffMembers + 1).ToListAsync(ct);
        }
        if (people.Count == 0) throw new BusinessException(KemelSchoolPDErrorCodes.Users.NoStaffMembersSelected);
        if (people.Count > UserConsts.MaxBulkStaffMembers)
            throw new BusinessException(KemelSchoolPDErrorCodes.Users.TooManyStaffMembers).WithData("Max", UserConsts.MaxBulkStaffMembers);
        return people.OrderBy(p => p.FullName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The school's roles of these names; an unknown name (another school's custom role included) answers 404.</summary>
    private async Task<IReadOnlyList<AppRole>> ResolveRolesAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var normalized = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim().ToUpperInvariant()).Distinct().ToList();
        var roles = await db.Roles.Where(r => normalized.Contains(r.NormalizedName!)).ToListAsync(ct);
        if (roles.Count != normalized
            .Count) throw new EntityNotFoundException(typeof(AppRole), normalized.First(n => roles.All(r => r.NormalizedName != n)));
        return roles;
    }

    private async Task<AppUser> FindAsync(Guid id, CancellationToken ct) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    /// <summary>An account whose staff record is archived stays as it is until the record is restored.</summary>
    private async Task EnsureActiveStaffAsync(AppUser user, CancellationToken ct)
    {
        if (await db.StaffMembers.AnyAsync(s => s.UserId == user.Id && s.IsArchived, ct))
            throw new BusinessException(KemelSchoolPDErrorCodes.Users.StaffMemberArchived);
    }

    private async Task<IReadOnlyList<UserDto>> ToDtosAsync(IReadOnlyList<AppUser> users, CancellationToken ct)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new
                           {
                               ur
            .UserId, r.Name
                           })
            .ToListAsync(ct);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.UserId != null && ids.Contains(s.UserId.Value))
            .Select(s => new { s.Id, s.UserId }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return users.Select(u => new UserDto(
            u.Id, u.UserName!, u.FullName, u.Email, staff.FirstOrDefault(s => s.UserId == u.Id)?.Id,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.IsActive, u.LockoutEnd > now, u.LockoutEnd > now ? u.LockoutEnd : null, u.MustChangePassword, StateOf(u, now.UtcDateTime),
            u.InvitedAt, u.InvitationAcceptedAt, u.InvitationExpiresAt, u.LastSignInAt, u.CreationTime)).ToList();
    }

    private static InvitationState StateOf(AppUser u, DateTime now) =>
        u.InvitationAcceptedAt is not null ? InvitationState.Accepted
        : u.InvitationTokenHash is null ? InvitationState.None
        : u.InvitationExpiresAt > now ? InvitationState.Pending : InvitationState.Expired;

    private static IQueryable<AppUser> Sort(IQueryable<AppUser> query, string? sorting) => sorting?.Trim().ToLowerInvariant() switch
    {
        "username desc" => query.OrderByDescending(u => u.UserName),
        "fullname" => query.OrderBy(u => u.FullName).ThenBy(u => u.UserName),
        "fullname desc" => query.OrderByDescending(u => u.FullName).ThenBy(u => u.UserName),
        "lastsigninat" => query.OrderBy(u => u.LastSignInAt).ThenBy(u => u.UserName),
        "lastsigninat desc" => query.OrderByDescending(u => u.LastSignInAt).ThenBy(u => u.UserName),
        "creationtime" => query.OrderBy(u => u.CreationTime).ThenBy(u => u.UserName),
        "creationtime desc" => query.OrderByDescending(u => u.CreationTime).ThenBy(u => u.UserName),
        _ => query.OrderBy(u => u.UserName).ThenBy(u => u.Id),
    };
}
