using System.Reflection;
using Xunit.Sdk;

[assembly: ReturnWorkflows.Browser.Tests.FailOnPolicyViolations]

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// Every browser test fails when a page it drove reported a Content-Security-Policy violation: each area's policy must
/// be one its pages really work under. (Test classes may run side by side, so a violation fails the test running
/// when it was reported, which may be the other class's; either way the run fails.)
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
public sealed class FailOnPolicyViolationsAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest)
    {
        var violations = new List<string>();
        while (DesignerServer.PolicyViolations.TryDequeue(out var violation)) violations.Add(violation);
        if (violations.Count > 0)
            throw new XunitException("Content-Security-Policy violations:\n" + string.Join("\n", violations.Distinct()));
    }
}
