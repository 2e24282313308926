using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ReturnWorkflows.Server.Identity;

/// <summary>
/// Limits on sign-in attempts, on top of Identity's lockout: per client address (ASP.NET Core's rate-limiting
/// middleware, policy <see cref="PerAddress"/> on the sign-in page's POST) and per account name (checked by the page
/// itself, since the name is in the posted form). Either refusal is a 429 saying when to try again.
/// </summary>
public static class SignInRateLimits
{
    public const string PerAddress = "sign-in-per-address";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IdentitySettings settings)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PerAddress, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => Window(settings.SignInAttemptsPerAddress, settings.SignInWindow))
                : RateLimitPartition.GetNoLimiter("reading the page"));
            limiter.OnRejected = async (context, ct) =>
            {
                var wait = RetryAfter(context.Lease, settings.SignInWindow);
                SetRetryAfter(context.HttpContext.Response, wait);
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"en\"><head><title>Too many attempts</title></head><body><main><h1>Too many sign-in attempts</h1>" +
                    $"<p role=\"alert\">Too many sign-in attempts from this address. {TryAgainIn(wait)}</p>" +
                    "<p><a href=\"/account/sign-in\">Back to sign-in</a></p></main></body></html>", ct);
            };
        });
        services.AddSingleton(new AccountSignInLimiter(PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetFixedWindowLimiter(account, _ => Window(settings.SignInAttemptsPerAccount, settings.SignInWindow))), settings.SignInWindow));
        return services;
    }

    public static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan fallback) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : fallback;

    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>When to try again, in the request's language when a localizer is given.</summary>
    public static string TryAgainIn(TimeSpan wait, Microsoft.Extensions.Localization.IStringLocalizer? text = null) => wait < TimeSpan.FromMinutes(1)
        ? Say(text, "Try again in {0} seconds.", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)))
        : Say(text, "Try again in {0} minutes.", (int)Math.Ceiling(wait.TotalMinutes));

    private static string Say(Microsoft.Extensions.Localization.IStringLocalizer? text, string english, int n) =>
        text is null ? string.Format(System.Globalization.CultureInfo.CurrentCulture, english, n) : text[english, n];

    private static FixedWindowRateLimiterOptions Window(int attempts, TimeSpan window) =>
        new() { PermitLimit = attempts, Window = window, QueueLimit = 0, AutoReplenishment = true };
}

/// <summary>Attempts per account name (case-insensitive), whoever sends them.</summary>
public sealed class AccountSignInLimiter(PartitionedRateLimiter<string> limiter, TimeSpan window)
{
    /// <summary>Null when the attempt may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? Refuse(string userName)
    {
        using var lease = limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return lease.IsAcquired ? null : SignInRateLimits.RetryAfter(lease, window);
    }
}
