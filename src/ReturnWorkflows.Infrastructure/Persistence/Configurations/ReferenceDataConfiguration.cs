using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.ToTable("offices");
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(20);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.TimeZone).HasMaxLength(100);
        builder.Property(o => o.DepartureDeadlineWarningDays).HasDefaultValue(Office.DefaultDepartureDeadlineWarningDays);
    }
}

internal sealed class CountryOfReturnConfiguration : IEntityTypeConfiguration<CountryOfReturn>
{
    public void Configure(EntityTypeBuilder<CountryOfReturn> builder)
    {
        builder.ToTable("countries_of_return");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.LocalName).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Donor).HasMaxLength(200);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.LifecycleWorkflowId).HasMaxLength(100);
        builder.Property(p => p.CapPerPerson).HasPrecision(18, 2);
        builder.Property(p => p.CapPerHousehold).HasPrecision(18, 2);
    }
}
