using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Notes;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// Notes beside the case tables, read one case's at a time, newest first: the (case_id, written_at) index.
internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("case_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(100);
        builder.Property(n => n.CaseId).HasMaxLength(100);
        builder.Property(n => n.Text).HasMaxLength(CaseNote.MaxTextLength);
        builder.Property(n => n.By).HasMaxLength(200);
        builder.Ignore(n => n.Change);
        builder.HasOne<ReturnCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.CaseId, n.WrittenAt }).HasDatabaseName("ix_case_notes_case_written");
    }
}
