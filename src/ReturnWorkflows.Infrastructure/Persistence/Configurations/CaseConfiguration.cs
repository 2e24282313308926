using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// Case data lives in plain tables (not a document) so that reports and access rules are SQL.
internal sealed class ReturnCaseConfiguration : IEntityTypeConfiguration<ReturnCase>
{
    public void Configure(EntityTypeBuilder<ReturnCase> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(100);
        builder.Property(c => c.Number).HasMaxLength(30);
        builder.Property(c => c.HostOffice).HasMaxLength(20);
        builder.Property(c => c.CountryOfReturn).HasMaxLength(2);
        builder.Property(c => c.ProgrammeId).HasMaxLength(100);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ClosureReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.ProposedClosureReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.ProposedClosureNote).HasMaxLength(2000);
        builder.Property(c => c.ClosureProposedBy).HasMaxLength(200);
        builder.Property(c => c.ClosedBy).HasMaxLength(200);
        builder.Ignore(c => c.PendingClosure);
        builder.Ignore(c => c.Participants);
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
        builder.Property(c => c.UpdatedBy).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Principal);
        builder.Ignore(c => c.PendingChanges);
        builder.Ignore(c => c.LatestDecision);
        builder.Ignore(c => c.UnaccompaniedChildren);
        builder.Ignore(c => c.PendingEligibilityProposal);
        builder.Ignore(c => c.EligibilityApproved);
        builder.Ignore(c => c.CountryStatusFlag);
        builder.Ignore(c => c.ActiveBooking);
        builder.Ignore(c => c.HasMedicalNeed);
        builder.Ignore(c => c.PendingHandover);
        builder.Ignore(c => c.AcceptedBy);
        builder.Ignore(c => c.Returnees);
        builder.Property(c => c.CountryStatusChangedTo).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LegalStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.LegalStatusNote).HasMaxLength(ReturnCase.MaxLegalStatusNoteLength);
        builder.Property(c => c.LegalStatusRecordedBy).HasMaxLength(200);
        builder.Ignore(c => c.CurrentDepartureDeadline);
        builder.HasMany(c => c.Persons).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Persons).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Office>().WithMany().HasForeignKey(c => c.HostOffice).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CountryOfReturn>().WithMany().HasForeignKey(c => c.CountryOfReturn).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(c => c.Number).IsUnique().HasDatabaseName("ux_cases_number");
        // Two intakes racing for an office's next number: one wins, the other is retried with the following one.
        builder.HasIndex(c => new { c.HostOffice, c.NumberYear, c.NumberSequence }).IsUnique().HasDatabaseName("ux_cases_office_sequence");
        builder.HasIndex(c => new { c.HostOffice, c.Status }).HasDatabaseName("ix_cases_office_status");
        builder.HasIndex(c => c.ProgrammeId).HasDatabaseName("ix_cases_programme");
        builder.HasIndex(c => c.CountryOfReturn).HasDatabaseName("ix_cases_country");
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("case_persons");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.CaseId).HasMaxLength(100);
        builder.Property(p => p.GivenNames).HasMaxLength(200);
        builder.Property(p => p.FamilyName).HasMaxLength(200);
        builder.Property(p => p.NameInDocument).HasMaxLength(300);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Nationality).HasMaxLength(2);
        builder.Property(p => p.Relationship).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Participation).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.WithdrawalReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.WithdrawalNote).HasMaxLength(2000);
        builder.Property(p => p.WithdrawnBy).HasMaxLength(200);
        builder.Ignore(p => p.Details);
        builder.Ignore(p => p.MayBeProcessed);
        builder.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Consents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Vulnerabilities).WithOne().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Vulnerabilities).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.CaseId, p.Position }).IsUnique().HasDatabaseName("ux_case_persons_case_position");
        builder.HasIndex(p => p.FamilyName).HasDatabaseName("ix_case_persons_family_name");
        builder.Property(p => p.NameKey).HasMaxLength(ReturnWorkflows.Cases.Duplicates.NameKey.MaxLength);
        builder.HasMany(p => p.Distinctions).WithOne().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Distinctions).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The duplicate check: an equality on key and nationality, the year range read from the same index.
        builder.HasIndex(p => new { p.NameKey, p.Nationality, p.BirthYear }).HasDatabaseName("ix_case_persons_name_key");
    }
}

internal sealed class PersonDistinctionConfiguration : IEntityTypeConfiguration<PersonDistinction>
{
    public void Configure(EntityTypeBuilder<PersonDistinction> builder)
    {
        builder.ToTable("case_person_distinctions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.PersonId).HasMaxLength(100);
        // Not a foreign key: the other person is in a case the recording office may not see, and may be anonymised or
        // deleted by its own retention without this note standing in the way.
        builder.Property(d => d.OtherPersonId).HasMaxLength(100);
        builder.Property(d => d.RecordedBy).HasMaxLength(200);
        builder.HasIndex(d => new { d.PersonId, d.OtherPersonId }).IsUnique().HasDatabaseName("ux_case_person_distinctions_pair");
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("case_consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(100);
        builder.Property(c => c.PersonId).HasMaxLength(100);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(50);
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Language).HasMaxLength(100);
        builder.Property(c => c.Interpreter).HasMaxLength(200);
        builder.Property(c => c.Guardian).HasMaxLength(200);
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
        builder.HasIndex(c => new { c.PersonId, c.Kind, c.RecordedAt }).HasDatabaseName("ix_case_consents_person_kind");
    }
}

internal sealed class VulnerabilityConfiguration : IEntityTypeConfiguration<Vulnerability>
{
    public void Configure(EntityTypeBuilder<Vulnerability> builder)
    {
        builder.ToTable("case_vulnerabilities");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasMaxLength(100);
        builder.Property(v => v.PersonId).HasMaxLength(100);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(50);
        builder.Property(v => v.Findings).HasMaxLength(8000);
        builder.Property(v => v.RecordedBy).HasMaxLength(200);
        builder.Ignore(v => v.IsSensitive);
        builder.HasIndex(v => new { v.PersonId, v.Kind }).HasDatabaseName("ix_case_vulnerabilities_person_kind");
    }
}
