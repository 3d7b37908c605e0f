using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MentoringMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MentoringMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", nullable: false),
                    ObservationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FeedbackUsefulness = table.Column<int>(type: "INTEGER", nullable: true),
                    FeedbackComment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FeedbackAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringMeetings_MentoringPairs_PairId",
                        column: x => x.PairId,
                        principalTable: "MentoringPairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringMeetings_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringNextSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Owner = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringNextSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringNextSteps_MentoringMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MentoringMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringNextSteps_MentoringPairs_PairId",
                        column: x => x.PairId,
                        principalTable: "MentoringPairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringNextSteps_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringNextSteps_StaffMembers_OwnerStaffMemberId",
                        column: x => x.OwnerStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringPrivateNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringPrivateNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringPrivateNotes_MentoringMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MentoringMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringPrivateNotes_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringPrivateNotes_StaffMembers_AuthorStaffMemberId",
                        column: x => x.AuthorStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringSharedNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    LastEditedByStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringSharedNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringSharedNotes_MentoringMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MentoringMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringSharedNotes_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringMeetings_PairId",
                table: "MentoringMeetings",
                column: "PairId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringMeetings_TenantId_MenteeStaffMemberId_StartsAt",
                table: "MentoringMeetings",
                columns: new[] { "TenantId", "MenteeStaffMemberId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringMeetings_TenantId_MentorStaffMemberId_StartsAt",
                table: "MentoringMeetings",
                columns: new[] { "TenantId", "MentorStaffMemberId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringMeetings_TenantId_PairId_StartsAt",
                table: "MentoringMeetings",
                columns: new[] { "TenantId", "PairId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringNextSteps_MeetingId",
                table: "MentoringNextSteps",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringNextSteps_OwnerStaffMemberId",
                table: "MentoringNextSteps",
                column: "OwnerStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringNextSteps_PairId",
                table: "MentoringNextSteps",
                column: "PairId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringNextSteps_TenantId_MeetingId",
                table: "MentoringNextSteps",
                columns: new[] { "TenantId", "MeetingId" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringNextSteps_TenantId_OwnerStaffMemberId_DoneAt",
                table: "MentoringNextSteps",
                columns: new[] { "TenantId", "OwnerStaffMemberId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPrivateNotes_AuthorStaffMemberId",
                table: "MentoringPrivateNotes",
                column: "AuthorStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPrivateNotes_MeetingId",
                table: "MentoringPrivateNotes",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPrivateNotes_TenantId_MeetingId_AuthorStaffMemberId",
                table: "MentoringPrivateNotes",
                columns: new[] { "TenantId", "MeetingId", "AuthorStaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSharedNotes_MeetingId",
                table: "MentoringSharedNotes",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSharedNotes_TenantId_MeetingId",
                table: "MentoringSharedNotes",
                columns: new[] { "TenantId", "MeetingId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentoringNextSteps");

            migrationBuilder.DropTable(
                name: "MentoringPrivateNotes");

            migrationBuilder.DropTable(
                name: "MentoringSharedNotes");

            migrationBuilder.DropTable(
                name: "MentoringMeetings");
        }
    }
}
