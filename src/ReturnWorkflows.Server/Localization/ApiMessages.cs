namespace ReturnWorkflows.Server;

/// <summary>
/// The resources of the texts our commands write in English: the refusals they raise (validators, the domain, the task
/// engine) and the notices' titles the bell shows, in
/// <c>Resources/ApiMessages.&lt;culture&gt;.resx</c>: each key is the English text as the code writes it, with
/// <c>{0}</c>, <c>{1}</c>… where the text carries a value (an id, a name, a number), so English needs no file.
/// In the root namespace because the localizer finds the file by the type's name under <c>Resources/</c>.
/// </summary>
public sealed class ApiMessages;
