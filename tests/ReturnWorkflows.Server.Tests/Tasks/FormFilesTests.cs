using ReturnWorkflows.Server.Startup;

namespace ReturnWorkflows.Server.Tests.Tasks;

public sealed class FormFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rw-forms-").FullName;

    [Fact]
    public void The_shipped_forms_load()
    {
        var catalog = FormFiles.Load(Path.Combine(AppContext.BaseDirectory, "forms"));

        Assert.Contains(catalog.All, f => f.Key == "counselling-session");
        Assert.All(catalog.All, f => Assert.NotEmpty(f.Fields));
    }

    [Theory]
    [InlineData("""{"key":"a","title":"A","fields":[{"name":"x","label":"X","type":"Choice"}]}""", "the choice field 'x' has no options")]
    [InlineData("""{"key":"a","title":"A","fields":[{"name":"x","label":"X","type":"Text"},{"name":"x","label":"X","type":"Text"}]}""", "the field 'x' appears twice")]
    [InlineData("""{"key":"a","title":"A","fields":[{"name":"x","label":"X","type":"Colour"}]}""", "is not a valid form")]
    public void A_broken_form_stops_the_start_naming_its_file(string json, string problem)
    {
        File.WriteAllText(Path.Combine(_folder, "broken.json"), json);

        var error = Assert.Throws<InvalidOperationException>(() => FormFiles.Load(_folder));

        Assert.Contains("broken.json", error.Message);
        Assert.Contains(problem, error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
