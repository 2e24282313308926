namespace ReturnWorkflows.Engine.Application;

/// <summary>Who is acting, for audit records: a user name, "apikey:&lt;name&gt;" for automation, or "system".</summary>
public interface IActorContext
{
    string Actor { get; }
}

/// <summary>Work nobody asked for in person: start-up seeding, timers, scheduled jobs.</summary>
public sealed class SystemActor : IActorContext
{
    public string Actor => "system";
}
