using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Escalation.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseAssignment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Assignee",
                table: "Cases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Cases",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "Cases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Cases",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Assignee_Status",
                table: "Cases",
                columns: new[] { "Assignee", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Assignee_Status",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Assignee",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Cases");
        }
    }
}
