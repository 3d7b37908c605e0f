using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MentoringEvidenceAndTimeZone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "MentoringSettings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Asia/Almaty");

            migrationBuilder.AddColumn<DateTime>(
                name: "EvidenceConsentAt",
                table: "MentoringPairs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MentoringEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorStaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArtefactId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Culture = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringEvidence_GrowthCycleArtefacts_ArtefactId",
                        column: x => x.ArtefactId,
                        principalTable: "GrowthCycleArtefacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringEvidence_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringEvidence_StaffMembers_MentorStaffMemberId",
                        column: x => x.MentorStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringEvidence_ArtefactId",
                table: "MentoringEvidence",
                column: "ArtefactId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringEvidence_MentorStaffMemberId",
                table: "MentoringEvidence",
                column: "MentorStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringEvidence_TenantId_MentorStaffMemberId",
                table: "MentoringEvidence",
                columns: new[] { "TenantId", "MentorStaffMemberId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentoringEvidence");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "MentoringSettings");

            migrationBuilder.DropColumn(
                name: "EvidenceConsentAt",
                table: "MentoringPairs");
        }
    }
}
