namespace ReturnWorkflows.Server.Http;

/// <summary>
/// A request refused before any command ran (wrong content type, too large, a field the request does not have):
/// nothing changed. <see cref="CommandExceptionHandler"/> writes it as problem details with its status.
/// </summary>
internal sealed class RequestRefusedException(int status, IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public int Status { get; } = status;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public RequestRefusedException(int status, string field, string message)
        : this(status, new Dictionary<string, string[]> { [field] = [message] }) { }
}
