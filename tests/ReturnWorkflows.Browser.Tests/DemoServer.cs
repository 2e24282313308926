namespace ReturnWorkflows.Browser.Tests;

/// <summary>The browser tests' server with the demo cases opened at its first start, as a newcomer's embedded default has them.</summary>
public sealed class DemoServer : DesignerServer
{
    protected override bool WithDemoCases => true;
}
