using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActionResearchAndEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionResearchProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClassNames = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ResearchQuestion = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Hypothesis = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Strategy = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Baseline = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ResearchPlanArtefactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentCycleNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionResearchProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionResearchProjects_GrowthCycleArtefacts_ResearchPlanArtefactId",
                        column: x => x.ResearchPlanArtefactId,
                        principalTable: "GrowthCycleArtefacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ActionResearchProjects_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionResearchProjects_StaffMembers_OwnerStaffMemberId",
                        column: x => x.OwnerStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    OrganiserStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentEvents_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevelopmentEvents_StaffMembers_OrganiserStaffMemberId",
                        column: x => x.OrganiserStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionResearchCycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StepDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Lessons = table.Column<string>(type: "TEXT", nullable: false),
                    Analysis = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Adjustment = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Solved = table.Column<bool>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionResearchCycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionResearchCycles_ActionResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ActionResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionResearchCycles_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionResearchMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionResearchMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionResearchMembers_ActionResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ActionResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionResearchMembers_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionResearchMembers_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentEventParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentEventParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentEventParticipants_DevelopmentEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "DevelopmentEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DevelopmentEventParticipants_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevelopmentEventParticipants_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionResearchDataItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CollectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Results = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionResearchDataItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionResearchDataItems_ActionResearchCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ActionResearchCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionResearchDataItems_ActionResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ActionResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionResearchDataItems_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchCycles_ProjectId",
                table: "ActionResearchCycles",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchCycles_TenantId_ProjectId_Number",
                table: "ActionResearchCycles",
                columns: new[] { "TenantId", "ProjectId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchDataItems_CycleId",
                table: "ActionResearchDataItems",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchDataItems_ProjectId",
                table: "ActionResearchDataItems",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchDataItems_TenantId_CycleId",
                table: "ActionResearchDataItems",
                columns: new[] { "TenantId", "CycleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchMembers_ProjectId",
                table: "ActionResearchMembers",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchMembers_StaffMemberId",
                table: "ActionResearchMembers",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchMembers_TenantId_ProjectId_StaffMemberId",
                table: "ActionResearchMembers",
                columns: new[] { "TenantId", "ProjectId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchMembers_TenantId_StaffMemberId",
                table: "ActionResearchMembers",
                columns: new[] { "TenantId", "StaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchProjects_OwnerStaffMemberId",
                table: "ActionResearchProjects",
                column: "OwnerStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchProjects_ResearchPlanArtefactId",
                table: "ActionResearchProjects",
                column: "ResearchPlanArtefactId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchProjects_TenantId_AcademicYear_Status",
                table: "ActionResearchProjects",
                columns: new[] { "TenantId", "AcademicYear", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionResearchProjects_TenantId_OwnerStaffMemberId",
                table: "ActionResearchProjects",
                columns: new[] { "TenantId", "OwnerStaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentEventParticipants_EventId",
                table: "DevelopmentEventParticipants",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentEventParticipants_StaffMemberId",
                table: "DevelopmentEventParticipants",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentEventParticipants_TenantId_EventId_StaffMemberId",
                table: "DevelopmentEventParticipants",
                columns: new[] { "TenantId", "EventId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentEventParticipants_TenantId_StaffMemberId_Attended",
                table: "DevelopmentEventParticipants",
                columns: new[] { "TenantId", "StaffMemberId", "Attended" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentEvents_OrganiserStaffMemberId",
                table: "DevelopmentEvents",
                column: "OrganiserStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentEvents_TenantId_OrganiserStaffMemberId_Status",
                table: "DevelopmentEvents",
                columns: new[] { "TenantId", "OrganiserStaffMemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentEvents_TenantId_SeriesId",
                table: "DevelopmentEvents",
                columns: new[] { "TenantId", "SeriesId" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentEvents_TenantId_StartsOn",
                table: "DevelopmentEvents",
                columns: new[] { "TenantId", "StartsOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionResearchDataItems");

            migrationBuilder.DropTable(
                name: "ActionResearchMembers");

            migrationBuilder.DropTable(
                name: "DevelopmentEventParticipants");

            migrationBuilder.DropTable(
                name: "ActionResearchCycles");

            migrationBuilder.DropTable(
                name: "DevelopmentEvents");

            migrationBuilder.DropTable(
                name: "ActionResearchProjects");
        }
    }
}
