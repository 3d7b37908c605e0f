using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrowthCycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GrowthCompetences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FunctionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NameKk = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NameRu = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthCompetences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrowthCompetences_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrowthCycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantKind = table.Column<int>(type: "INTEGER", nullable: false),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodLabel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GrowthZone = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CompetenceCodes = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentStage = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousCycleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NextCycleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MentorStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BaselineArtefactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CarriedOverGoals = table.Column<string>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthCycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrowthCycles_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GrowthCycles_StaffMembers_MentorStaffMemberId",
                        column: x => x.MentorStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GrowthCycles_StaffMembers_ParticipantStaffMemberId",
                        column: x => x.ParticipantStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrowthStageGuidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: true),
                    TextKk = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TextRu = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthStageGuidance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrowthStageGuidance_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrowthStageSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredKinds = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthStageSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrowthStageSettings_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrowthCycleArtefacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SharedWithMentor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthCycleArtefacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrowthCycleArtefacts_GrowthCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "GrowthCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GrowthCycleArtefacts_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrowthCycleStageEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Move = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnteredByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnteredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthCycleStageEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrowthCycleStageEntries_GrowthCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "GrowthCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GrowthCycleStageEntries_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCompetences_TenantId_Code",
                table: "GrowthCompetences",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycleArtefacts_CycleId",
                table: "GrowthCycleArtefacts",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycleArtefacts_TenantId_CycleId_Kind",
                table: "GrowthCycleArtefacts",
                columns: new[] { "TenantId", "CycleId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycles_MentorStaffMemberId",
                table: "GrowthCycles",
                column: "MentorStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycles_ParticipantStaffMemberId",
                table: "GrowthCycles",
                column: "ParticipantStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycles_TenantId_AcademicYear_CurrentStage",
                table: "GrowthCycles",
                columns: new[] { "TenantId", "AcademicYear", "CurrentStage" });

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycles_TenantId_MentorStaffMemberId",
                table: "GrowthCycles",
                columns: new[] { "TenantId", "MentorStaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycles_TenantId_ParticipantStaffMemberId_AcademicYear_Status",
                table: "GrowthCycles",
                columns: new[] { "TenantId", "ParticipantStaffMemberId", "AcademicYear", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycleStageEntries_CycleId",
                table: "GrowthCycleStageEntries",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycleStageEntries_TenantId_CycleId_EnteredAt",
                table: "GrowthCycleStageEntries",
                columns: new[] { "TenantId", "CycleId", "EnteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GrowthStageGuidance_TenantId_ParticipantKind_Stage",
                table: "GrowthStageGuidance",
                columns: new[] { "TenantId", "ParticipantKind", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_GrowthStageSettings_TenantId_ParticipantKind_Stage",
                table: "GrowthStageSettings",
                columns: new[] { "TenantId", "ParticipantKind", "Stage" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GrowthCompetences");

            migrationBuilder.DropTable(
                name: "GrowthCycleArtefacts");

            migrationBuilder.DropTable(
                name: "GrowthCycleStageEntries");

            migrationBuilder.DropTable(
                name: "GrowthStageGuidance");

            migrationBuilder.DropTable(
                name: "GrowthStageSettings");

            migrationBuilder.DropTable(
                name: "GrowthCycles");
        }
    }
}
