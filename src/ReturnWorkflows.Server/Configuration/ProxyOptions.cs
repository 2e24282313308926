using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ReturnWorkflows.Server.Configuration;

/// <summary>
/// The TLS reverse proxies in front of the server (<c>ReturnWorkflows:Proxy</c>). Their <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed, so the server knows the client's address (for the sign-in limits) and that
/// the request came over HTTPS (Secure cookies, HSTS). A proxy on the same machine (loopback) is always known;
/// forwarded headers from anyone else are ignored.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "ReturnWorkflows:Proxy";

    /// <summary>Addresses of the proxies, e.g. <c>["10.0.0.5"]</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, e.g. <c>["10.0.0.0/24"]</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in KnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }

    /// <summary>What is wrong with the settings, each naming its key.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return $"{Section}:KnownProxies has '{proxy}', which is not an IP address.";
        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            yield return $"{Section}:KnownNetworks has '{network}', which is not a network like 10.0.0.0/24.";
    }
}
