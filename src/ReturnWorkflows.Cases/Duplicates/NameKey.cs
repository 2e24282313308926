using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReturnWorkflows.Cases.Duplicates;

/// <summary>
/// A person's name reduced to what survives transliteration, so that the duplicate check is an equality lookup on an
/// indexed column. Arabic, Persian and Urdu names reach us through many Latin spellings (Muhammad, Mohammed, Mohamad;
/// Hussain, Husain, Hossein; Yusuf, Jusuf, Youssef); the scripts they come from rarely write short vowels, so the key
/// keeps the consonants and only the places where a vowel stood, never which vowel it was.
/// <para>
/// The rules, in order (each one explainable to a counsellor):
/// lower case, diacritics stripped (č→c, đ→dj, ı→i); anything but letters separates words, apostrophes vanish;
/// "Abdul Rahman", "Abd al-Rahman", "Abdurrahman" become the two words "abd" "rahman";
/// the articles "al" and "el" standing alone are dropped;
/// spellings of one sound become one letter (kh→h, gh→g, ph→f, sh→s, th→t, dh→d, ch→c, q→k, w→v, x→ks, dj→j, j→y:
/// Khalid and the Bosnian Halid, Jusuf and Yusuf);
/// ai, ay, ei, ey write the consonant yā' and are kept as "y" (Hussein ≠ Hassan, Zaid = Zayd = Zeid);
/// a silent h after a final vowel is dropped (Fatimah = Fatima, Abdullah = Abdulla);
/// every run of vowels becomes one "a" (Muhammad = Mohammed = Mohamad);
/// doubled letters are written once (Hussain = Husain, Mohammed = Mohamed).
/// The words are then sorted, so given and family name swapped (as often happens when a document's order differs from
/// the spoken one) give the same key.
/// </para>
/// <para>
/// What it does not do, on purpose: drop or reorder parts of a name (Mohammed Ali Khan ≠ Mohammed Khan), or match
/// names that differ in a consonant (Ali ≠ Alina, Mahmoud ≠ Muhammad, Hassan ≠ Hussein): a false match costs the
/// counsellor a call to another office, but a key loose enough to match across consonants would make the notice
/// appear for nearly everyone of a nationality and year, and be ignored.
/// </para>
/// </summary>
public static partial class NameKey
{
    public const int MaxLength = 200;

    private static readonly HashSet<string> Articles = ["al", "el"];

    /// <summary>"Abd" written as a word of its own before the name it joins ("abdul rahman", "abd al rahman").</summary>
    private static readonly HashSet<string> AbdWords = ["abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdou", "abdu", "abdur", "abdor"];

    /// <summary>The article written as the sound it takes before the name (Abd ar-Rahman, Abd us-Salam).</summary>
    private static readonly HashSet<string> AssimilatedArticles = ["al", "el", "ul", "ar", "ur", "as", "us", "an", "un", "ad", "at"];

    private static readonly (string From, string To)[] Sounds =
    [
        ("sch", "s"), ("sh", "s"), ("kh", "h"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("ch", "c"), ("ck", "k"),
        ("dj", "j"), ("q", "k"), ("w", "v"), ("x", "ks"), ("j", "y"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
    ];

    /// <summary>The key of a person's given and family names together; empty when neither has a letter.</summary>
    public static string For(string? givenNames, string? familyName)
    {
        var words = Words($"{givenNames} {familyName}");
        var key = string.Join(' ', SplitAbd(words).Where(w => !Articles.Contains(w)).Select(Skeleton).Where(w => w.Length > 0)
            .Order(StringComparer.Ordinal));
        return key.Length <= MaxLength ? key : key[..MaxLength];
    }

    private static List<string> Words(string name)
    {
        var plain = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(c switch
            {
                'đ' => "dj",
                'ı' => "i",
                'ł' => "l",
                'ø' => "o",
                'ß' => "ss",
                '\'' or '’' or 'ʼ' or '‘' or '`' or 'ʿ' or 'ʾ' => "",
                _ when char.IsLetter(c) => c.ToString(),
                _ => " ",
            });
        }
        return [.. plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>
    /// "Abd" (servant of) stands as a word of its own, however it was written: "abdul rahman", "abd al-rahman" and
    /// "abdurrahman" all become "abd" "rahman", so that swapping given and family name still sorts to the same key.
    /// </summary>
    private static IEnumerable<string> SplitAbd(List<string> words)
    {
        var afterAbd = false;
        foreach (var word in words)
        {
            if (afterAbd && AssimilatedArticles.Contains(word)) continue;
            afterAbd = false;
            if (AbdWords.Contains(word))
            {
                afterAbd = true;
                yield return "abd";
            }
            else if (AbdPrefix().Match(word) is { Success: true } prefix)
            {
                yield return "abd";
                yield return word[prefix.Length..];
            }
            else yield return word;
        }
    }

    private static string Skeleton(string word)
    {
        var s = word;
        foreach (var (from, to) in Sounds) s = s.Replace(from, to, StringComparison.Ordinal);
        s = YaDiphthong().Replace(s, "y");
        s = FinalSilentH().Replace(s, "$1");
        s = Vowels().Replace(s, "a");
        return Doubled().Replace(s, "$1");
    }

    // The article assimilated to the name's first letter (abdur-rahman, abdus-salam, abdun-nasir) or not (abdul, abdel).
    [GeneratedRegex("^abd(?:oul|ou|ul|ur|us|un|ut|ud|el|al|ol|or|ar|er|ir|u|i)?(?=[a-z]{3})")]
    private static partial Regex AbdPrefix();

    [GeneratedRegex("[ae][iy]")]
    private static partial Regex YaDiphthong();

    [GeneratedRegex("([aeiou])h$")]
    private static partial Regex FinalSilentH();

    [GeneratedRegex("[aeiou]+")]
    private static partial Regex Vowels();

    [GeneratedRegex("(.)\\1+")]
    private static partial Regex Doubled();
}
