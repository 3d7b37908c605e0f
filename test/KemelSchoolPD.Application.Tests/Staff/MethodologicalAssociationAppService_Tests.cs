using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Application.Tests.Staff;

/// <summary>Associations: the leader is always a member, names are unique in a school, members come from the school's own staff.</summary>
public abstract class MethodologicalAssociationAppService_Tests(KemelWebApplicationFactory host) : ApplicationTestBase(host)
{
    private const string SchoolA = TestData.DemoSchoolBin;
    private const string SchoolB = TestData.SecondSchoolBin;

    [Fact]
    public async Task Should_Make_The_Leader_A_Member_When_Created_With_A_Leader()
    {
        var tag = Tag();

        await InSchoolAsync(SchoolA, async sp =>
        {
            var leader = await CreateStaffAsync(sp, "Leader " + tag);
            var created = await Service(sp).CreateAsync(
                new CreateMethodologicalAssociationDto { Name = $" Physics {tag} ", LeaderStaffMemberId = leader.Id });

            (created.Name, created.LeaderStaffMemberId, created.LeaderName).ShouldBe(($"Physics {tag}", leader.Id, leader.FullName));
            created.Members.Select(m => m.Id).ShouldBe([leader.Id]);
            (await sp.GetRequiredService<StaffMemberAppService>().GetAsync(leader.Id)).MethodologicalAssociationId.ShouldBe(created.Id);
        });
    }

    [Fact]
    public async Task Should_Refuse_A_Name_The_School_Already_Uses_And_Create_Nothing()
    {
        var name = "Duplicate " + Tag();
        await InSchoolAsync(SchoolA, sp => Service(sp).CreateAsync(new CreateMethodologicalAssociationDto { Name = name }));

        var error = await Should.ThrowAsync<InputValidationException>(() => InSchoolAsync(SchoolA, sp =>
            Service(sp).CreateAsync(new CreateMethodologicalAssociationDto { Name = $"  {name} " })));

        var field = error.Errors.ShouldHaveSingleItem();
        (field.Field, field.Code).ShouldBe(
            (nameof(MethodologicalAssociation.Name), KemelSchoolPDErrorCodes.MethodologicalAssociations.DuplicateName));
        (await InSchoolAsync(SchoolA, sp => Db(sp).MethodologicalAssociations.CountAsync(a => a.Name == name))).ShouldBe(1);
        // another school may use the same name
        (await InSchoolAsync(SchoolB, sp => Service(sp).CreateAsync(new CreateMethodologicalAssociationDto { Name = name }))).Name
            .ShouldBe(name);
    }

    [Fact]
    public async Task Should_Refuse_To_Remove_The_Leader_But_Remove_Other_Members()
    {
        var tag = Tag();

        await InSchoolAsync(SchoolA, async sp =>
        {
            var leader = await CreateStaffAsync(sp, "Leader " + tag);
            var member = await CreateStaffAsync(sp, "Member " + tag);
            var association = await Service(sp).CreateAsync(
                new CreateMethodologicalAssociationDto { Name = "Languages " + tag, LeaderStaffMemberId = leader.Id });
            await Service(sp).AddMembersAsync(association.Id, new AddAssociationMembersDto { StaffMemberIds = [member.Id] });

            (await Should.ThrowAsync<ConflictException>(() => Service(sp).RemoveMemberAsync(association.Id, leader.Id)))
                .Code.ShouldBe(KemelSchoolPDErrorCodes.MethodologicalAssociations.CannotRemoveLeader);
            (await Service(sp).RemoveMemberAsync(association.Id, member.Id)).Members.Select(m => m.Id).ShouldBe([leader.Id]);
        });

        await InSchoolAsync(SchoolA, async sp => // as the next request sees it
        {
            var association = await Db(sp).MethodologicalAssociations.SingleAsync(a => a.Name == "Languages " + tag);
            (await Service(sp).GetAsync(association.Id)).Members.Select(m => m.FullName).ShouldBe(["Leader " + tag]);
        });
    }

    [Fact]
    public async Task Should_Treat_Another_Schools_Staff_As_Not_Found_And_Change_Nothing()
    {
        var tag = Tag();
        var (_, ofB) = await InSchoolAsync(SchoolB, async sp =>
        {
            var theirs = await Service(sp).CreateAsync(new CreateMethodologicalAssociationDto { Name = "Theirs " + tag });
            var member = await CreateStaffAsync(sp, "Teacher of B " + tag);
            await Service(sp).AddMembersAsync(theirs.Id, new AddAssociationMembersDto { StaffMemberIds = [member.Id] });
            return (theirs.Id, member.Id);
        });

        await InSchoolAsync(SchoolA, async sp =>
        {
            var ofA = await CreateStaffAsync(sp, "Teacher of A " + tag);
            var association = await Service(sp).CreateAsync(new CreateMethodologicalAssociationDto { Name = "Ours " + tag });

            var error = await Should.ThrowAsync<EntityNotFoundException>(() =>
                Service(sp).AddMembersAsync(association.Id, new AddAssociationMembersDto { StaffMemberIds = [ofA.Id, ofB] }));

            (error.Code, error.EntityType, error.Id).ShouldBe((CommonErrorCodes.EntityNotFound, typeof(StaffMember), (object)ofB));
            (await Service(sp).GetAsync(association.Id)).Members.ShouldBeEmpty(); // not even the valid id was added
            (await sp.GetRequiredService<StaffMemberAppService>().GetAsync(ofA.Id)).MethodologicalAssociationId.ShouldBeNull();
        });

        await InSchoolAsync(SchoolB, async sp =>
            (await Db(sp).MethodologicalAssociations.SingleAsync(a => a.Name == "Theirs " + tag)).Id
                .ShouldBe((await sp.GetRequiredService<StaffMemberAppService>().GetAsync(ofB)).MethodologicalAssociationId!.Value));
    }

    [Fact]
    public async Task Should_Refuse_A_Leader_From_Another_School_And_Create_Nothing()
    {
        var tag = Tag();
        var ofB = await InSchoolAsync(SchoolB, sp => CreateStaffAsync(sp, "Teacher of B " + tag));

        var error = await Should.ThrowAsync<InputValidationException>(() => InSchoolAsync(SchoolA, sp =>
            Service(sp).CreateAsync(new CreateMethodologicalAssociationDto { Name = "Led from B " + tag, LeaderStaffMemberId = ofB.Id })));

        var field = error.Errors.ShouldHaveSingleItem();
        (field.Field, field.Code).ShouldBe((nameof(MethodologicalAssociation.LeaderStaffMemberId), KemelSchoolPDErrorCodes
            .MethodologicalAssociations
            .LeaderMustBeActiveStaff));
        (await InSchoolAsync(SchoolA, sp => Db(sp).MethodologicalAssociations.AnyAsync(a => a.Name == "Led from B " + tag)))
            .ShouldBeFalse();
        (await InSchoolAsync(SchoolB, sp => sp.GetRequiredService<StaffMemberAppService>().GetAsync(ofB.Id))).MethodologicalAssociationId
            .ShouldBeNull();
    }

    private static MethodologicalAssociationAppService Service(IServiceProvider sp)
        => sp.GetRequiredService<MethodologicalAssociationAppService>();

    private static IKemelSchoolPDDbContext Db(IServiceProvider sp) => sp.GetRequiredService<IKemelSchoolPDDbContext>();
}

public sealed class MethodologicalAssociationAppService_Sqlite_Tests(SqliteHostFixture host)
    : MethodologicalAssociationAppService_Tests(host), IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class MethodologicalAssociationAppService_Postgres_Tests(PostgresHostFixture host)
    : MethodologicalAssociationAppService_Tests(host), IClassFixture<PostgresHostFixture>;
