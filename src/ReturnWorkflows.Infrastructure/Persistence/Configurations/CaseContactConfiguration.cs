using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// The contact log beside the case tables, keyed by case: the case page lists one case's, newest first, and the
// lost-contact check reads the latest per case, both from the (case_id, contacted_at) index.
internal sealed class CaseContactConfiguration : IEntityTypeConfiguration<CaseContact>
{
    public void Configure(EntityTypeBuilder<CaseContact> builder)
    {
        builder.ToTable("case_contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(100);
        builder.Property(c => c.CaseId).HasMaxLength(100);
        builder.Property(c => c.PersonId).HasMaxLength(100);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(CaseContact.MaxNoteLength);
        builder.Property(c => c.By).HasMaxLength(200);
        builder.Ignore(c => c.Change);
        builder.HasOne<ReturnCase>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CaseId, c.ContactedAt }).HasDatabaseName("ix_case_contacts_case_contacted");
        builder.HasIndex(c => c.PersonId).HasDatabaseName("ix_case_contacts_person");
    }
}
