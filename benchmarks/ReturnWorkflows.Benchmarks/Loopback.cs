using System.Net;
using System.Net.Sockets;

namespace ReturnWorkflows.Benchmarks;

internal static class Loopback
{
    /// <summary>A port nothing listens on right now, for a server the benchmark starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
