using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MentoringPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MentorYearPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorStaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Goal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Activities = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AgreedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AgreedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorYearPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorYearPlans_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorYearPlans_StaffMembers_MentorStaffMemberId",
                        column: x => x.MentorStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReflectionCards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    TeacherStaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    WeekYear = table.Column<int>(type: "integer", nullable: true),
                    Week = table.Column<int>(type: "integer", nullable: true),
                    PeriodKey = table.Column<int>(type: "integer", nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    AddresseeStaffMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    AddresseeKind = table.Column<int>(type: "integer", nullable: true),
                    QuestionAnswer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    QuestionAnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    QuestionAnsweredByStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectionCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectionCards_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReflectionCards_StaffMembers_AddresseeStaffMemberId",
                        column: x => x.AddresseeStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReflectionCards_StaffMembers_TeacherStaffMemberId",
                        column: x => x.TeacherStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YearEndCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearEndCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearEndCampaigns_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorYearPlanMentees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorYearPlanMentees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorYearPlanMentees_MentorYearPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "MentorYearPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentorYearPlanMentees_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorYearPlanMentees_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorYearPlanReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ReviewerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorYearPlanReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorYearPlanReviews_MentorYearPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "MentorYearPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentorYearPlanReviews_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorYearPlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorYearPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorYearPlanVersions_MentorYearPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "MentorYearPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentorYearPlanVersions_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReflectionCardShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectionCardShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectionCardShares_ReflectionCards_CardId",
                        column: x => x.CardId,
                        principalTable: "ReflectionCards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReflectionCardShares_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReflectionCardShares_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlanMentees_PlanId",
                table: "MentorYearPlanMentees",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlanMentees_StaffMemberId",
                table: "MentorYearPlanMentees",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlanMentees_TenantId_PlanId_StaffMemberId",
                table: "MentorYearPlanMentees",
                columns: new[] { "TenantId", "PlanId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlanMentees_TenantId_StaffMemberId",
                table: "MentorYearPlanMentees",
                columns: new[] { "TenantId", "StaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlanReviews_PlanId",
                table: "MentorYearPlanReviews",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlanReviews_TenantId_PlanId_Time",
                table: "MentorYearPlanReviews",
                columns: new[] { "TenantId", "PlanId", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlans_MentorStaffMemberId",
                table: "MentorYearPlans",
                column: "MentorStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlans_TenantId_AcademicYear_Status",
                table: "MentorYearPlans",
                columns: new[] { "TenantId", "AcademicYear", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlans_TenantId_MentorStaffMemberId_AcademicYear",
                table: "MentorYearPlans",
                columns: new[] { "TenantId", "MentorStaffMemberId", "AcademicYear" },
                unique: true,
                filter: "\"IsDeleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlanVersions_PlanId",
                table: "MentorYearPlanVersions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorYearPlanVersions_TenantId_PlanId_Number",
                table: "MentorYearPlanVersions",
                columns: new[] { "TenantId", "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionCards_AddresseeStaffMemberId",
                table: "ReflectionCards",
                column: "AddresseeStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionCards_OneWeekly",
                table: "ReflectionCards",
                columns: new[] { "TenantId", "TeacherStaffMemberId", "PeriodKey" },
                unique: true,
                filter: "\"Kind\" = 1 AND \"IsDeleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionCards_OneYearEnd",
                table: "ReflectionCards",
                columns: new[] { "TenantId", "TeacherStaffMemberId", "AcademicYear" },
                unique: true,
                filter: "\"Kind\" = 2 AND \"IsDeleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionCards_TeacherStaffMemberId",
                table: "ReflectionCards",
                column: "TeacherStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionCards_TenantId_AddresseeStaffMemberId",
                table: "ReflectionCards",
                columns: new[] { "TenantId", "AddresseeStaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionCardShares_CardId",
                table: "ReflectionCardShares",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionCardShares_StaffMemberId",
                table: "ReflectionCardShares",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionCardShares_TenantId_CardId_StaffMemberId",
                table: "ReflectionCardShares",
                columns: new[] { "TenantId", "CardId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionCardShares_TenantId_StaffMemberId",
                table: "ReflectionCardShares",
                columns: new[] { "TenantId", "StaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_YearEndCampaigns_TenantId_AcademicYear",
                table: "YearEndCampaigns",
                columns: new[] { "TenantId", "AcademicYear" },
                unique: true,
                filter: "\"IsDeleted\" = FALSE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentorYearPlanMentees");

            migrationBuilder.DropTable(
                name: "MentorYearPlanReviews");

            migrationBuilder.DropTable(
                name: "MentorYearPlanVersions");

            migrationBuilder.DropTable(
                name: "ReflectionCardShares");

            migrationBuilder.DropTable(
                name: "YearEndCampaigns");

            migrationBuilder.DropTable(
                name: "MentorYearPlans");

            migrationBuilder.DropTable(
                name: "ReflectionCards");
        }
    }
}
