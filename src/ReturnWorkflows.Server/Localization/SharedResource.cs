namespace ReturnWorkflows.Server;

/// <summary>
/// The resources of everything that is not one page's own view: the shell and the design system (Pages/Shared, the
/// rw-* tag helpers), page models and the API's messages, in <c>Resources/SharedResource.&lt;culture&gt;.resx</c>.
/// The key is the English text, so English needs no file and a new string is written once where it is used.
/// In the root namespace because the localizer finds the file by the type's name under <c>Resources/</c>.
/// </summary>
public sealed class SharedResource;
