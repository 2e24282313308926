using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Engine.Tests.Definitions;

public class VersionOptionsTests
{
    [Theory]
    [InlineData("Latest", true, false, 1, true)]
    [InlineData("Latest", false, true, 1, false)]
    [InlineData("Published", false, true, 1, true)]
    [InlineData("LatestOrPublished", false, true, 1, true)]
    [InlineData("LatestOrPublished", false, false, 1, false)]
    [InlineData("LatestAndPublished", true, false, 1, false)]
    [InlineData("LatestAndPublished", true, true, 1, true)]
    [InlineData("Draft", true, false, 1, true)]
    [InlineData("Draft", true, true, 1, false)]
    [InlineData("AllVersions", false, false, 9, true)]
    [InlineData("3", false, false, 3, true)]
    [InlineData("3", true, true, 4, false)]
    public void Matches_as_Elsa_does(string text, bool isLatest, bool isPublished, int version, bool expected)
    {
        Assert.True(VersionOptions.TryParse(text, out var options));
        Assert.Equal(expected, options.Matches(isLatest, isPublished, version));
        Assert.Equal(text, options.ToString());
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("")]
    [InlineData("Specific")]
    [InlineData("1.5")]
    public void Refuses_what_Elsa_refuses(string text) => Assert.False(VersionOptions.TryParse(text, out _));

    [Theory]
    [InlineData("\"Latest\"", "Latest")]
    [InlineData("\"\"", "Published")]
    [InlineData("3", "3")]
    [InlineData("\"3\"", "3")]
    public void Json_takes_a_name_or_a_number(string json, string expected)
    {
        var options = System.Text.Json.JsonSerializer.Deserialize<VersionOptions>(json);

        Assert.Equal(expected, options.ToString());
        Assert.Equal(options, System.Text.Json.JsonSerializer.Deserialize<VersionOptions>(System.Text.Json.JsonSerializer.Serialize(options)));
    }
}
