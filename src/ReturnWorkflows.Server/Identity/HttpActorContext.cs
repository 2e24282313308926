using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Server.Identity;

/// <summary>The signed-in user's name (or the API key's) for audit records; "system" outside a request.</summary>
internal sealed class HttpActorContext(IHttpContextAccessor http) : IActorContext
{
    public string Actor
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true) return "system";
            var id = user.ActorId();
            return id.StartsWith("apikey:", StringComparison.Ordinal) ? "apikey:" + user.Identity.Name : user.Identity.Name ?? id;
        }
    }
}
