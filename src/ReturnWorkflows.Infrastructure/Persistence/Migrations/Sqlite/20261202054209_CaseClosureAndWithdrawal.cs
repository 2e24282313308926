using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseClosureAndWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "closed_at",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closed_by",
                table: "cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "closure_proposed_at",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closure_proposed_by",
                table: "cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "proposed_closure_note",
                table: "cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "proposed_closure_reason",
                table: "cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "participation",
                table: "case_persons",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "Participating"); // everyone registered before withdrawals existed takes part

            migrationBuilder.AddColumn<DateTime>(
                name: "retention_flagged_at",
                table: "case_persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawal_note",
                table: "case_persons",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawal_reason",
                table: "case_persons",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "withdrawn_at",
                table: "case_persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawn_by",
                table: "case_persons",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "closed_by",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "closure_proposed_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "closure_proposed_by",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "proposed_closure_note",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "proposed_closure_reason",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "participation",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "retention_flagged_at",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "withdrawal_note",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "withdrawal_reason",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "withdrawn_at",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "withdrawn_by",
                table: "case_persons");
        }
    }
}
