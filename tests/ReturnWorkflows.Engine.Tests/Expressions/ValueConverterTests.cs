using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Expressions.Conversion;

namespace ReturnWorkflows.Engine.Tests.Expressions;

public class ValueConverterTests
{
    private enum Mode { MatchFirst, MatchAny }

    public static TheoryData<object?, Type, object?> Conversions() => new()
    {
        { null, typeof(int), null },
        { "", typeof(int?), null },
        { "   ", typeof(TimeSpan), null },
        { "42", typeof(int), 42 },
        { 42d, typeof(int), 42 },
        { "true", typeof(bool), true },
        { "00:00:30", typeof(TimeSpan), TimeSpan.FromSeconds(30) },
        { "7.00:00:00", typeof(TimeSpan), TimeSpan.FromDays(7) },
        { "2026-03-01T09:00:00Z", typeof(DateTimeOffset), new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero) },
        { "MatchAny", typeof(Mode), Mode.MatchAny },
        { "matchany", typeof(Mode), Mode.MatchAny },
        { 1d, typeof(Mode), Mode.MatchAny },
        { 3.5d, typeof(string), "3.5" },
        { "aGk=", typeof(byte[]), "hi"u8.ToArray() },
        { "Travel", typeof(string[]), new[] { "Travel" } },
        { "[\"Travel\",\"Documents\"]", typeof(string[]), new[] { "Travel", "Documents" } },
        { "[1,3,6]", typeof(List<int>), new List<int> { 1, 3, 6 } },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Converts_as_Elsa_does(object? value, Type target, object? expected) =>
        Assert.Equal(expected, ValueConverter.Convert(value, target));

    [Fact]
    public void Json_values_from_the_state_document_convert_like_plain_ones()
    {
        Assert.Equal(5, ValueConverter.Convert(JsonValue.Create(5), typeof(int)));
        Assert.Equal("Tirana", ValueConverter.Convert(JsonValue.Create("Tirana"), typeof(string)));
    }

    [Theory]
    [InlineData("soon", typeof(TimeSpan))]
    [InlineData("yes", typeof(bool))]
    [InlineData("12x", typeof(int))]
    [InlineData("Sometimes", typeof(Mode))]
    [InlineData("[1,", typeof(int[]))]
    public void What_cannot_be_converted_raises_instead_of_defaulting(string value, Type target)
    {
        var error = Assert.Throws<ValueConversionException>(() => ValueConverter.Convert(value, target));

        Assert.DoesNotContain(value, error.Message); // values may be personal data
        Assert.Contains(target.Name, error.Message);
    }
}
