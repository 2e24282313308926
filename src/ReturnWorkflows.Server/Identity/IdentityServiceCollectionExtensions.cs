using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>Users and roles in our database, the sign-in cookie, designer bearer tokens, API keys and policies.</summary>
    public static IServiceCollection AddReturnWorkflowsIdentity(this IServiceCollection services, IdentitySettings settings)
    {
        // One key ring in the shared database: a cookie or token issued by one node is read by every other.
        services.AddDataProtection().SetApplicationName("ReturnWorkflows").PersistKeysToDatabase();

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = settings.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = settings.LockoutDuration;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<ReturnWorkflowsDbContext>()
            .AddClaimsPrincipalFactory<ApplicationClaimsFactory>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "rw.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request came over HTTPS, which behind a TLS proxy the forwarded headers tell.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddAuthentication()
            .AddBearerToken(AuthSchemes.Bearer)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<AccessTokens>();
        services.AddScoped<Users.UserAccounts>();
        // A deactivated user or a changed role renews the security stamp: a cookie signed in before stops working at
        // its next check, which is this often (a database read per signed-in user per interval).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Scoped<ReturnWorkflows.Engine.Application.IActorContext, HttpActorContext>());
        return services;
    }
}
