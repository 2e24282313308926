using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ReturnWorkflows.Testing;

/// <summary>
/// A small real SMTP server on loopback for tests: it speaks enough of RFC 5321 for MailKit (EHLO, MAIL, RCPT, DATA,
/// QUIT) and keeps what arrives. It can be stopped and started on the same port to play an outage. Given a
/// <see cref="SmtpLogin"/>, it advertises AUTH (RFC 4954) with the given mechanisms, refuses other credentials with 535
/// and mail before a login with 530. It never offers STARTTLS, so a client that requires it fails before saying anything.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly SmtpLogin? _login;
    private readonly string _mechanisms;
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;
    private Task? _loop;
    private int _refusedLogins;

    /// <param name="login">The only credentials accepted; without them no AUTH is offered and mail needs no login.</param>
    /// <param name="mechanisms">The SASL mechanisms offered with <paramref name="login"/>: PLAIN, LOGIN or both.</param>
    public SmtpListener(SmtpLogin? login = null, string mechanisms = "PLAIN LOGIN")
    {
        _login = login;
        _mechanisms = mechanisms;
        Port = FreePort();
    }

    public int Port { get; }
    public ConcurrentQueue<ReceivedMail> Received { get; } = new();
    public int RefusedLogins => Volatile.Read(ref _refusedLogins);

    public void Start()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _loop = AcceptAsync(_listener, _stop.Token);
    }

    public async Task StopAsync()
    {
        if (_stop is null) return;
        await _stop.CancelAsync();
        _listener!.Stop();
        try { await _loop!; } catch (Exception) { /* stopping */ }
        _stop = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop);
            _ = Task.Run(() => ServeAsync(client, stop), stop);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stop)
    {
        using var _ = client;
        try
        {
            await new Session(this, client.GetStream()).RunAsync(stop);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up mid-conversation (a refused login, a client that requires STARTTLS) or the listener stops.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>One client's conversation, line by line.</summary>
    private sealed class Session(SmtpListener server, Stream stream)
    {
        private readonly StreamReader _reader = new(stream, Encoding.ASCII);
        private readonly StreamWriter _writer = new(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        private string? _authenticatedAs;

        public async Task RunAsync(CancellationToken stop)
        {
            await _writer.WriteLineAsync("220 localhost test SMTP");
            string? from = null;
            var to = new List<string>();
            while (await _reader.ReadLineAsync(stop) is { } line)
            {
                var parts = line.Split(' ', 2);
                var argument = parts.Length > 1 ? parts[1] : "";
                switch (parts[0].ToUpperInvariant())
                {
                    case "EHLO" or "HELO" when server._login is null:
                        await _writer.WriteLineAsync("250 localhost");
                        break;
                    case "EHLO" or "HELO":
                        await _writer.WriteLineAsync("250-localhost");
                        await _writer.WriteLineAsync($"250 AUTH {server._mechanisms}");
                        break;
                    case "AUTH" when server._login is null:
                        await _writer.WriteLineAsync("502 5.5.1 AUTH not offered");
                        break;
                    case "AUTH":
                        await AuthenticateAsync(argument, stop);
                        break;
                    case "MAIL" when server._login is not null && _authenticatedAs is null:
                        await _writer.WriteLineAsync("530 5.7.0 Authentication required");
                        break;
                    case "MAIL":
                        from = argument[(argument.IndexOf(':') + 1)..].Trim();
                        await _writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        to.Add(argument[(argument.IndexOf(':') + 1)..].Trim().Trim('<', '>'));
                        await _writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await _writer.WriteLineAsync("354 End with <CRLF>.<CRLF>");
                        var data = new StringBuilder();
                        while (await _reader.ReadLineAsync(stop) is { } dataLine && dataLine != ".")
                            data.AppendLine(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine);
                        server.Received.Enqueue(new ReceivedMail(from ?? "", [.. to], data.ToString()) { AuthenticatedAs = _authenticatedAs });
                        to.Clear();
                        await _writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await _writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await _writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }

        /// <summary>AUTH PLAIN (with or without an initial response) and AUTH LOGIN; "*" cancels.</summary>
        private async Task AuthenticateAsync(string argument, CancellationToken stop)
        {
            var parts = argument.Split(' ', 2);
            var mechanism = parts[0].ToUpperInvariant();
            var initial = parts.Length > 1 ? parts[1] : null;
            if (!server._mechanisms.Split(' ').Contains(mechanism, StringComparer.OrdinalIgnoreCase))
            {
                await _writer.WriteLineAsync("504 5.5.4 Unrecognized authentication type");
                return;
            }
            string? userName, password;
            if (mechanism == "PLAIN")
            {
                // authzid NUL authcid NUL passwd
                var fields = (await ChallengeAsync("", initial, stop))?.Split('\0');
                (userName, password) = fields is { Length: 3 } ? (fields[1], fields[2]) : (null, null);
            }
            else
            {
                userName = await ChallengeAsync("Username:", initial, stop);
                password = userName is null ? null : await ChallengeAsync("Password:", null, stop);
            }
            if (userName is null || password is null)
            {
                await _writer.WriteLineAsync("501 5.5.2 Authentication cancelled or malformed");
            }
            else if (server._login == new SmtpLogin(userName, password))
            {
                _authenticatedAs = userName;
                await _writer.WriteLineAsync("235 2.7.0 Authentication successful");
            }
            else
            {
                Interlocked.Increment(ref server._refusedLogins);
                await _writer.WriteLineAsync("535 5.7.8 Authentication credentials invalid");
            }
        }

        /// <summary>Sends a 334 challenge (unless the client already answered it) and decodes the base64 reply; null when
        /// the client cancels or the reply is not base64.</summary>
        private async Task<string?> ChallengeAsync(string prompt, string? answered, CancellationToken stop)
        {
            var reply = answered;
            if (reply is null)
            {
                await _writer.WriteLineAsync("334 " + Convert.ToBase64String(Encoding.ASCII.GetBytes(prompt)));
                reply = await _reader.ReadLineAsync(stop);
            }
            if (reply is null or "*") return null;
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(reply));
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}

/// <summary>The credentials an <see cref="SmtpListener"/> accepts.</summary>
public sealed record SmtpLogin(string UserName, string Password);

public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data)
{
    /// <summary>The user name the client logged in with, or null when it sent without a login.</summary>
    public string? AuthenticatedAs { get; init; }

    public string? Header(string name) =>
        Data.Split("\r\n").Concat(Data.Split('\n')).FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();
}
