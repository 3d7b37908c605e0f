using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MentoringPairs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MentoringPairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    MentorStaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    MenteeStaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringPairs_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringPairs_StaffMembers_MenteeStaffMemberId",
                        column: x => x.MenteeStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringPairs_StaffMembers_MentorStaffMemberId",
                        column: x => x.MentorStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorCapacity = table.Column<int>(type: "integer", nullable: false),
                    CadenceMeetings = table.Column<int>(type: "integer", nullable: false),
                    CadenceDays = table.Column<int>(type: "integer", nullable: false),
                    WeeklyCardInFirstYear = table.Column<bool>(type: "boolean", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringSettings_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairs_MenteeStaffMemberId",
                table: "MentoringPairs",
                column: "MenteeStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairs_MentorStaffMemberId",
                table: "MentoringPairs",
                column: "MentorStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairs_OneActive",
                table: "MentoringPairs",
                columns: new[] { "TenantId", "MenteeStaffMemberId", "Kind" },
                unique: true,
                filter: "\"EndedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairs_TenantId_MenteeStaffMemberId_EndedOn",
                table: "MentoringPairs",
                columns: new[] { "TenantId", "MenteeStaffMemberId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairs_TenantId_MentorStaffMemberId_EndedOn",
                table: "MentoringPairs",
                columns: new[] { "TenantId", "MentorStaffMemberId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSettings_TenantId",
                table: "MentoringSettings",
                column: "TenantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentoringPairs");

            migrationBuilder.DropTable(
                name: "MentoringSettings");
        }
    }
}
