using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Bot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalDataRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ErasedAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineConversations_UserId",
                table: "DirectLineConversations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineAttachments_UploadedAt",
                table: "DirectLineAttachments",
                column: "UploadedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_UpdatedAt_Id",
                table: "Conversations",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_ChannelId_UserId",
                table: "ConversationReferences",
                columns: new[] { "ChannelId", "UserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectLineConversations_UserId",
                table: "DirectLineConversations");

            migrationBuilder.DropIndex(
                name: "IX_DirectLineAttachments_UploadedAt",
                table: "DirectLineAttachments");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_UpdatedAt_Id",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_ConversationReferences_ChannelId_UserId",
                table: "ConversationReferences");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "Conversations");
        }
    }
}
