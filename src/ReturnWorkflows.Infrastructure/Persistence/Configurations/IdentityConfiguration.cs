using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Infrastructure.Identity;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

/// <summary>ASP.NET Core Identity's tables, renamed to our snake_case names; the columns are Identity's own.</summary>
internal sealed class IdentityConfiguration :
    IEntityTypeConfiguration<ApplicationUser>, IEntityTypeConfiguration<IdentityRole>,
    IEntityTypeConfiguration<IdentityUserRole<string>>, IEntityTypeConfiguration<IdentityUserClaim<string>>,
    IEntityTypeConfiguration<IdentityUserLogin<string>>, IEntityTypeConfiguration<IdentityUserToken<string>>,
    IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Office).HasMaxLength(100);
        builder.Property(u => u.Culture).HasMaxLength(20);
        builder.HasIndex(u => u.NormalizedUserName).HasDatabaseName("ux_users_normalized_user_name").IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_users_normalized_email");
        // Escalations and digests look up an office's supervisors.
        builder.HasIndex(u => u.Office).HasDatabaseName("ix_users_office");
    }

    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        builder.ToTable("roles");
        builder.HasIndex(r => r.NormalizedName).HasDatabaseName("ux_roles_normalized_name").IsUnique();
    }

    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> builder) => builder.ToTable("user_roles");
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("user_claims");
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("user_logins");
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) => builder.ToTable("user_tokens");
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> builder) => builder.ToTable("role_claims");
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasMaxLength(100);
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.Property(k => k.Role).HasMaxLength(100);
        builder.Property(k => k.Office).HasMaxLength(100);
        builder.Property(k => k.CreatedBy).HasMaxLength(200);
        builder.HasIndex(k => k.KeyHash).IsUnique().HasDatabaseName("ux_api_keys_key_hash");
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}
