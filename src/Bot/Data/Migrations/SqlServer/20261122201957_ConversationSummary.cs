using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Bot.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConversationSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CaseNumber",
                table: "Conversations",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Escalated",
                table: "Conversations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "OffersAccepted",
                table: "Conversations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OffersMade",
                table: "Conversations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Conversations",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Product",
                table: "Conversations",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonCodes",
                table: "Conversations",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Verdict",
                table: "Conversations",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_CreatedAt",
                table: "Conversations",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conversations_CreatedAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "CaseNumber",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "Escalated",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "OffersAccepted",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "OffersMade",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "Product",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ReasonCodes",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "Verdict",
                table: "Conversations");
        }
    }
}
