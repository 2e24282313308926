namespace ReturnWorkflows.Server.ElsaApi.Descriptors;

/// <summary>Elsa's short type aliases ("String", "Int32", "Object", "String[]") for our input and output types.</summary>
internal static class ElsaTypeNames
{
    private static readonly Dictionary<Type, string> Aliases = new()
    {
        [typeof(string)] = "String", [typeof(bool)] = "Boolean", [typeof(short)] = "Int16", [typeof(int)] = "Int32",
        [typeof(long)] = "Int64", [typeof(float)] = "Single", [typeof(double)] = "Double", [typeof(decimal)] = "Decimal",
        [typeof(Guid)] = "Guid", [typeof(DateTime)] = "DateTime", [typeof(DateTimeOffset)] = "DateTimeOffset",
        [typeof(TimeSpan)] = "TimeSpan", [typeof(byte[])] = "ByteArray", [typeof(object)] = "Object",
    };

    public static string Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Aliases.TryGetValue(type, out var alias)) return alias;
        var element = type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element is not null && Aliases.TryGetValue(element, out var elementAlias) && element != typeof(object)) return elementAlias + "[]";
        return type.Name == "VariableReference" ? "Variable" : "Object";
    }

    /// <summary>The variable types the Studio's variable editor offers (GET /descriptors/variables).</summary>
    public static readonly IReadOnlyList<string> VariableTypes =
        ["Object", "String", "Boolean", "Int32", "Int64", "Double", "Decimal", "DateTime", "DateTimeOffset", "TimeSpan", "Guid"];
}
