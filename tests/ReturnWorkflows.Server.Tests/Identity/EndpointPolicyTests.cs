using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ReturnWorkflows.Server.Tests.Identity;

/// <summary>Every mapped endpoint names who may call it, and refuses a caller without credentials.</summary>
public sealed class EndpointPolicyTests : IDisposable
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    public void Dispose() => ServerFactory.DeleteSqlite(_database);

    /// <summary>Endpoints that are anonymous on purpose, and why.</summary>
    private static readonly Dictionary<string, string> Anonymous = new()
    {
        ["/health"] = "load balancers call it; it reveals no case data",
        ["/account/sign-in"] = "the way in",
        ["/account/signed-out"] = "what a person sees after signing out",
        ["/account/language"] = "the language switch, also on the sign-in page (a Razor page: anti-forgery checked)",
        ["/status/{code:int}"] = "the error pages a browser is shown, also to people not signed in",
    };

    [Fact]
    public async Task Every_endpoint_has_an_explicit_policy_or_is_a_listed_anonymous_one()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        server.CreateClient().Dispose();
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        Assert.NotEmpty(endpoints);
        var unprotected = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Where(a => a.Policy is not null || a.Roles is not null).ToList();
            if (anonymous && !Anonymous.ContainsKey(route)) unprotected.Add($"{route}: anonymous but not on the list");
            if (!anonymous && policies.Count == 0) unprotected.Add($"{route}: no policy");
        }
        Assert.Empty(unprotected);
    }

    [Fact]
    public async Task Every_protected_endpoint_refuses_a_caller_without_credentials()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var client = server.NewClient();
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();

        var admitted = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            // Parameters get a value that matches their constraint, so the route itself is reached.
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), "\\{([^}:]+)(:int)?\\}", m => m.Groups[2].Success ? "1" : "x");
            foreach (var method in methods)
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
                // APIs answer 401; pages send the browser to the sign-in page.
                var refused = response.StatusCode == HttpStatusCode.Unauthorized ||
                              (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/sign-in"));
                if (!refused) admitted.Add($"{method} {url}: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(admitted);
    }
}
