namespace ReturnWorkflows.Testing;

/// <summary>
/// The document key the test servers run with (<c>RETURNWORKFLOWS_DOCUMENT_KEY</c>), so that a server with the demo
/// users off (production's settings) starts; the tests of the key settings themselves set their own.
/// </summary>
public static class TestDocumentKey
{
    public const string Variable = "RETURNWORKFLOWS_DOCUMENT_KEY";
    public const string Base64 = "1FEBDpjBadmuUFmWFMWjWtQQCg5evCTyU/0HPx8slvg=";
}
