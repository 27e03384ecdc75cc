using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Bot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxBySequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Inbox_ConversationId_Sequence",
                table: "Inbox",
                columns: new[] { "ConversationId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Inbox_ConversationId_Sequence",
                table: "Inbox");
        }
    }
}
