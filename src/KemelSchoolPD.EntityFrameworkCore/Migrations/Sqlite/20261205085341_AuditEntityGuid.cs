using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditEntityGuid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EntityGuid",
                table: "AuditLogs",
                type: "TEXT",
                nullable: true);

            // Entries written before the column existed: their GUID ids, in the form the provider stores GUIDs.
            migrationBuilder.Sql("""
                UPDATE "AuditLogs" SET "EntityGuid" = upper("EntityId") WHERE length("EntityId") = 36 AND "EntityId" GLOB '[0-9a-fA-F]*-*-*-*-*';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogs_TenantId_EntityType_EntityGuid",
                table: "AuditLogs",
                columns: new[] { "TenantId", "EntityType", "EntityGuid" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditLogs_TenantId_EntityType_EntityGuid",
                table: "AuditLogs");

            migrationBuilder.DropColumn(
                name: "EntityGuid",
                table: "AuditLogs");
        }
    }
}
