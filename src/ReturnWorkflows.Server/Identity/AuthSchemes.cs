namespace ReturnWorkflows.Server.Identity;

/// <summary>
/// How callers prove who they are. People use the sign-in cookie for our pages; the designer's API calls carry a
/// short-lived bearer token minted for the signed-in user (never the cookie, so the API is not open to CSRF);
/// automation sends <c>Authorization: ApiKey &lt;key&gt;</c>.
/// </summary>
public static class AuthSchemes
{
    public const string Cookie = "Identity.Application";
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";

    /// <summary>The schemes an API accepts: never the cookie.</summary>
    public static readonly string[] Api = [Bearer, ApiKey];
}
