using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LessonObservations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ObservationForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuiltInKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ScaleMin = table.Column<int>(type: "integer", nullable: false),
                    ScaleMax = table.Column<int>(type: "integer", nullable: false),
                    Criteria = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObservationForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObservationForms_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LessonObservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObservedStaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObserverStaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<int>(type: "integer", nullable: false),
                    LessonDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Lesson = table.Column<string>(type: "text", nullable: false),
                    Focus = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: false),
                    Strengths = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    GrowthPoints = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ObjectivesMatched = table.Column<int>(type: "integer", nullable: false),
                    FormId = table.Column<Guid>(type: "uuid", nullable: true),
                    Scores = table.Column<string>(type: "text", nullable: false),
                    TeacherReply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<string>(type: "text", nullable: false),
                    GrowthCycleId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonObservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonObservations_ObservationForms_FormId",
                        column: x => x.FormId,
                        principalTable: "ObservationForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LessonObservations_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LessonObservations_StaffMembers_ObservedStaffMemberId",
                        column: x => x.ObservedStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LessonObservations_StaffMembers_ObserverStaffMemberId",
                        column: x => x.ObserverStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LessonObservationShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    LessonObservationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonObservationShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonObservationShares_LessonObservations_LessonObservatio~",
                        column: x => x.LessonObservationId,
                        principalTable: "LessonObservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LessonObservations_FormId",
                table: "LessonObservations",
                column: "FormId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonObservations_ObservedStaffMemberId",
                table: "LessonObservations",
                column: "ObservedStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonObservations_ObserverStaffMemberId",
                table: "LessonObservations",
                column: "ObserverStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonObservations_TenantId_LessonDate",
                table: "LessonObservations",
                columns: new[] { "TenantId", "LessonDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LessonObservations_TenantId_ObservedStaffMemberId_LessonDate",
                table: "LessonObservations",
                columns: new[] { "TenantId", "ObservedStaffMemberId", "LessonDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LessonObservations_TenantId_ObserverStaffMemberId",
                table: "LessonObservations",
                columns: new[] { "TenantId", "ObserverStaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_LessonObservationShares_LessonObservationId",
                table: "LessonObservationShares",
                column: "LessonObservationId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonObservationShares_StaffMemberId",
                table: "LessonObservationShares",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ObservationForms_TenantId_BuiltInKey",
                table: "ObservationForms",
                columns: new[] { "TenantId", "BuiltInKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LessonObservationShares");

            migrationBuilder.DropTable(
                name: "LessonObservations");

            migrationBuilder.DropTable(
                name: "ObservationForms");
        }
    }
}
