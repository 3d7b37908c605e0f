using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferenceData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Group",
                table: "GrowthCompetences",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SchoolReferenceSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScaleLabelsKk = table.Column<string>(type: "TEXT", nullable: false),
                    ScaleLabelsRu = table.Column<string>(type: "TEXT", nullable: false),
                    ScaleLabelsEn = table.Column<string>(type: "TEXT", nullable: false),
                    SkippedCategories = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolReferenceSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolReferenceSettings_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolReferenceSettings_TenantId",
                table: "SchoolReferenceSettings",
                column: "TenantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SchoolReferenceSettings");

            migrationBuilder.DropColumn(
                name: "Group",
                table: "GrowthCompetences");
        }
    }
}
