namespace ReturnWorkflows.Engine.Tasks.Forms;

/// <summary>The forms this server knows, by key.</summary>
public interface IFormCatalog
{
    FormDefinition? Find(string key);

    IReadOnlyCollection<FormDefinition> All { get; }
}

/// <summary>A fixed set of forms, loaded once at start.</summary>
public sealed class FormCatalog(IEnumerable<FormDefinition> forms) : IFormCatalog
{
    private readonly Dictionary<string, FormDefinition> _forms = forms.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static FormCatalog Empty { get; } = new([]);

    public FormDefinition? Find(string key) => _forms.GetValueOrDefault(key);

    public IReadOnlyCollection<FormDefinition> All => _forms.Values;
}
