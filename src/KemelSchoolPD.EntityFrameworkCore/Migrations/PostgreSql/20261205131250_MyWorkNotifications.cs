using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MyWorkNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {



            migrationBuilder.AddColumn<int>(
                name: "ReviewerMarkedPeriods",
                table: "RouteSheets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SelfMarkedPeriods",
                table: "RouteSheets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueDate",
                table: "Notifications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EmailBatchId",
                table: "Notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EmailState",
                table: "Notifications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Notifications",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LinkPath",
                table: "Notifications",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordId",
                table: "Notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordType",
                table: "Notifications",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShowInApp",
                table: "Notifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "Notifications",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            // Notices of the old daily job (categories expiring within 180 days) become the administration's category reminders.
            migrationBuilder.Sql("UPDATE \"Notifications\" SET \"Kind\" = 'Staff.StaffCategoryExpiring', \"Stage\" = 'Months6', " +
                "\"IdempotencyKey\" = 'legacy:' || \"SubjectKey\", \"ShowInApp\" = TRUE");
            migrationBuilder.DropIndex(
                name: "IX_Notifications_TenantId_UserId_Code_SubjectKey",
                table: "Notifications");
            migrationBuilder.DropColumn(
                name: "Code",
                table: "Notifications");
            migrationBuilder.DropColumn(
                name: "SubjectKey",
                table: "Notifications");

            migrationBuilder.CreateTable(
                name: "MyWorkSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueSoonDays = table.Column<int>(type: "integer", nullable: false),
                    PlanAgreementDays = table.Column<int>(type: "integer", nullable: false),
                    PlanRevisionDays = table.Column<int>(type: "integer", nullable: false),
                    ObservationSignDays = table.Column<int>(type: "integer", nullable: false),
                    ObservationReplyDays = table.Column<int>(type: "integer", nullable: false),
                    ReviewerMarksDays = table.Column<int>(type: "integer", nullable: false),
                    MentorSharedDays = table.Column<int>(type: "integer", nullable: false),
                    QuarterEnds = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HalfYearEnds = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MyWorkSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MyWorkSettings_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InApp = table.Column<bool>(type: "boolean", nullable: false),
                    Email = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NotificationPreferences_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DigestQueue",
                table: "Notifications",
                column: "CreationTime",
                filter: "\"EmailState\" = 2");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EmailBatchId",
                table: "Notifications",
                column: "EmailBatchId",
                filter: "\"EmailBatchId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_TenantId_UserId_IdempotencyKey",
                table: "Notifications",
                columns: new[] { "TenantId", "UserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MyWorkSettings_TenantId",
                table: "MyWorkSettings",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationPreferences_TenantId_Kind_SchoolDefault",
                table: "NotificationPreferences",
                columns: new[] { "TenantId", "Kind" },
                unique: true,
                filter: "\"UserId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationPreferences_TenantId_UserId_Kind",
                table: "NotificationPreferences",
                columns: new[] { "TenantId", "UserId", "Kind" },
                unique: true,
                filter: "\"UserId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MyWorkSettings");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_DigestQueue",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_EmailBatchId",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_TenantId_UserId_IdempotencyKey",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ReviewerMarkedPeriods",
                table: "RouteSheets");

            migrationBuilder.DropColumn(
                name: "SelfMarkedPeriods",
                table: "RouteSheets");

            migrationBuilder.DropColumn(
                name: "DueDate",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailBatchId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailState",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "LinkPath",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "RecordId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "RecordType",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ShowInApp",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "Notifications");

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Notifications",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SubjectKey",
                table: "Notifications",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_TenantId_UserId_Code_SubjectKey",
                table: "Notifications",
                columns: new[] { "TenantId", "UserId", "Code", "SubjectKey" },
                unique: true);
        }
    }
}
