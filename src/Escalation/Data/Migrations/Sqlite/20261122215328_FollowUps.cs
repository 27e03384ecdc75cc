using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Escalation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FollowUpResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpResults_Cases_CaseNumber",
                        column: x => x.CaseNumber,
                        principalTable: "Cases",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledFollowUps_Cases_CaseNumber",
                        column: x => x.CaseNumber,
                        principalTable: "Cases",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpResults_At",
                table: "FollowUpResults",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpResults_CaseNumber",
                table: "FollowUpResults",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledFollowUps_CaseNumber_Status",
                table: "ScheduledFollowUps",
                columns: new[] { "CaseNumber", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledFollowUps_Status_NextAttemptAt",
                table: "ScheduledFollowUps",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpResults");

            migrationBuilder.DropTable(
                name: "ScheduledFollowUps");
        }
    }
}
