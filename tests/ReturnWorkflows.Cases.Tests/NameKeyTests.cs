using ReturnWorkflows.Cases.Duplicates;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>
/// The duplicate check's rule as a table: spellings of one person that must match, and look-alikes that must not.
/// Each row is (given, family, nationality, born) for the two persons; born is a date (yyyy-MM-dd) or an estimated year.
/// </summary>
public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Muhammad", "Khan", "PK", "1990-03-01", "Mohammed", "Khan", "PK", "1990-03-01")]
    [InlineData("Mohamad", "Khan", "PK", "1990-03-01", "Mohammad", "Khan", "PK", "1990-03-01")]
    [InlineData("Muhammad", "Hussain", "PK", "1985", "Muhammad", "Husain", "PK", "1985")]
    [InlineData("Ali", "Hussain", "AF", "1985", "Ali", "Hossein", "AF", "1985")]
    [InlineData("Abdul Rahman", "Karimi", "AF", "2001", "Abdurrahman", "Karimi", "AF", "2001")]
    [InlineData("Abd al-Rahman", "Karimi", "AF", "2001", "Abdelrahman", "Karimi", "AF", "2001")]
    [InlineData("Ahmad", "Rahimi", "IR", "1979-11-20", "Ahmed", "Rahimi", "IR", "1979-11-20")]
    [InlineData("Jusuf", "Begić", "MA", "1994", "Yusuf", "Begic", "MA", "1994")]
    [InlineData("Youssef", "El Amrani", "MA", "1994", "Yusuf", "Amrani", "MA", "1994")]
    [InlineData("Omar", "Farouk", "EG", "1990", "Farouk", "Omar", "EG", "1990")]               // given and family name swapped
    [InlineData("Abdul Rahman", "Karimi", "AF", "2001", "Karimi", "Abdurrahman", "AF", "2001")] // swapped, and spelt otherwise
    [InlineData("Khalid", "Saeed", "IQ", "1988", "Halid", "Said", "IQ", "1988")]
    [InlineData("Fatimah", "Zaid", "SY", "1999", "Fatima", "Zayd", "SY", "1999")]
    [InlineData("Abdullah", "Nouri", "IQ", "1990", "Abdulla", "Nuri", "IQ", "1990")]
    [InlineData("Mohammed", "Ali", "PK", "1990", "Muhammad", "Ali", "PK", "1991-05-02")]        // an estimated year against a date
    [InlineData("Mohammed", "Ali", "PK", "1992-12-31", "Muhammad", "Ali", "PK", "1991-01-01")] // a year out either way
    [InlineData("MUHAMMAD", "o'Brien", "PK", "1990", "muhammad", "OBrien", "pk", "1990")]       // case and apostrophes
    [InlineData("Zeynep", "Şahin", "IQ", "1990", "Zeynep", "Sahin", "IQ", "1990")]
    public void Variant_spellings_of_one_person_match(string given1, string family1, string nationality1, string born1,
        string given2, string family2, string nationality2, string born2)
    {
        var one = Person(given1, family1, nationality1, born1);
        var other = Person(given2, family2, nationality2, born2);
        Assert.True(one.Matches(other), $"'{one.NameKey}' / '{other.NameKey}' should match");
        Assert.True(other.Matches(one));
    }

    [Theory]
    [InlineData("Muhammad", "Khan", "PK", "1990", "Muhammad", "Khan", "PK", "1995")]             // born years apart
    [InlineData("Muhammad", "Khan", "PK", "1990-06-01", "Muhammad", "Khan", "PK", "1992-06-01")] // two years is too far
    [InlineData("Muhammad", "Khan", "PK", "1990", "Muhammad", "Khan", "AF", "1990")]             // another nationality
    [InlineData("Ali", "Karimi", "AF", "1990", "Alina", "Karimi", "AF", "1990")]                  // a longer name is another name
    // Hassan and Hussein share a root but are two names (Hussein is "little Hassan"): the yā' that the Latin ai/ei write
    // is a consonant of the name, so they are kept apart, like Mahmoud and Muhammad.
    [InlineData("Hassan", "Ahmadi", "AF", "1990", "Hussein", "Ahmadi", "AF", "1990")]
    [InlineData("Mahmoud", "Ahmadi", "AF", "1990", "Muhammad", "Ahmadi", "AF", "1990")]
    [InlineData("Ahmed", "Ahmadi", "AF", "1990", "Hamed", "Ahmadi", "AF", "1990")]
    [InlineData("Mohammed Ali", "Khan", "PK", "1990", "Mohammed", "Khan", "PK", "1990")]          // a dropped middle name is not guessed
    [InlineData("Karim", "Nouri", "IQ", "1990", "Karima", "Nouri", "IQ", "1990")]
    public void Look_alikes_do_not_match(string given1, string family1, string nationality1, string born1,
        string given2, string family2, string nationality2, string born2)
    {
        var one = Person(given1, family1, nationality1, born1);
        var other = Person(given2, family2, nationality2, born2);
        Assert.False(one.Matches(other), $"'{one.NameKey}' / '{other.NameKey}' should not match");
    }

    [Fact]
    public void A_name_without_letters_matches_nobody()
    {
        Assert.Equal("", NameKey.For("—", "123"));
        Assert.False(Person("—", "123", "PK", "1990").Matches(Person("—", "123", "PK", "1990")));
    }

    [Fact]
    public void The_key_is_the_same_for_every_order_of_the_words() =>
        Assert.Equal(NameKey.For("Abdul Rahman", "Karimi"), NameKey.For("Karimi", "Abdul Rahman"));

    private static PersonMatch Person(string given, string family, string nationality, string born) =>
        born.Length == 4
            ? PersonMatch.Of(given, family, nationality, null, int.Parse(born))
            : PersonMatch.Of(given, family, nationality, DateOnly.Parse(born), null);
}
