using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Escalation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HandlingAgreementOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HandlingAgreements_CaseNumber",
                table: "HandlingAgreements");

            migrationBuilder.AddColumn<Guid>(
                name: "OfferId",
                table: "HandlingAgreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RemedyOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OfferedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RemedyKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RemedyCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RemedyCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    RemedyGrantedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RemedyDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PolicyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemedyOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemedyOffers_Cases_CaseNumber",
                        column: x => x.CaseNumber,
                        principalTable: "Cases",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatusCheckFailures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusCheckFailures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemedyAnswers",
                columns: table => new
                {
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemedyAnswers", x => x.OfferId);
                    table.ForeignKey(
                        name: "FK_RemedyAnswers_RemedyOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "RemedyOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HandlingAgreements_CaseNumber",
                table: "HandlingAgreements",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RemedyOffers_CaseNumber_Sequence",
                table: "RemedyOffers",
                columns: new[] { "CaseNumber", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatusCheckFailures_CaseNumber_At",
                table: "StatusCheckFailures",
                columns: new[] { "CaseNumber", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusCheckFailures_ConversationId_At",
                table: "StatusCheckFailures",
                columns: new[] { "ConversationId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RemedyAnswers");

            migrationBuilder.DropTable(
                name: "StatusCheckFailures");

            migrationBuilder.DropTable(
                name: "RemedyOffers");

            migrationBuilder.DropIndex(
                name: "IX_HandlingAgreements_CaseNumber",
                table: "HandlingAgreements");

            migrationBuilder.DropColumn(
                name: "OfferId",
                table: "HandlingAgreements");

            migrationBuilder.CreateIndex(
                name: "IX_HandlingAgreements_CaseNumber",
                table: "HandlingAgreements",
                column: "CaseNumber",
                unique: true);
        }
    }
}
