using System.Text;

namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Turns the ES2015 that Elsa workflows use into the ES5.1 that Jint 2 parses: template literals become string
/// concatenation and <c>let</c>/<c>const</c> become <c>var</c>. Strings, comments and regular expressions
/// are copied untouched. (Top-level <c>return</c> is handled by <see cref="JavaScriptSyntax"/>.)
/// </summary>
public static class ScriptRewriter
{
    /// <exception cref="FormatException">A template literal is not closed.</exception>
    public static string Rewrite(string script)
    {
        var output = new StringBuilder(script.Length + 16);
        var position = 0;
        RewriteCode(script, ref position, output, stopAtBrace: false);
        return output.ToString();
    }

    // Copies code until the end (or, inside ${...}, until the unbalanced closing brace, which is consumed).
    private static void RewriteCode(string s, ref int i, StringBuilder output, bool stopAtBrace)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '\'' or '"':
                    CopyQuoted(s, ref i, output, c);
                    continue;
                case '/' when i + 1 < s.Length && s[i + 1] == '/':
                    var lineEnd = s.IndexOf('\n', i);
                    lineEnd = lineEnd < 0 ? s.Length : lineEnd;
                    output.Append(s, i, lineEnd - i);
                    i = lineEnd;
                    continue;
                case '/' when i + 1 < s.Length && s[i + 1] == '*':
                    var commentEnd = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    commentEnd = commentEnd < 0 ? s.Length : commentEnd + 2;
                    output.Append(s, i, commentEnd - i);
                    i = commentEnd;
                    continue;
                case '/' when StartsRegex(output):
                    CopyRegex(s, ref i, output);
                    continue;
                case '`':
                    RewriteTemplate(s, ref i, output);
                    continue;
                case '{':
                    depth++;
                    break;
                case '}' when stopAtBrace && depth == 0:
                    i++;
                    return;
                case '}':
                    depth--;
                    break;
            }
            if (IsIdentifierStart(c) && (i == 0 || !IsIdentifierPart(s[i - 1])))
            {
                var end = i;
                while (end < s.Length && IsIdentifierPart(s[end])) end++;
                var word = s[i..end];
                output.Append(word is "let" or "const" && end < s.Length && char.IsWhiteSpace(s[end]) ? "var" : word);
                i = end;
                continue;
            }
            output.Append(c);
            i++;
        }
        if (stopAtBrace)
            throw new FormatException("a ${ in a template literal is never closed");
    }

    // `a ${x} b` → ("a " + (x) + " b")
    private static void RewriteTemplate(string s, ref int i, StringBuilder output)
    {
        i++; // opening backtick
        output.Append("(\"");
        while (i < s.Length && s[i] != '`')
        {
            var c = s[i];
            if (c == '\\' && i + 1 < s.Length)
            {
                var next = s[i + 1];
                if (next is '`' or '$') output.Append(next);
                else output.Append(c).Append(next);
                i += 2;
            }
            else if (c == '$' && i + 1 < s.Length && s[i + 1] == '{')
            {
                i += 2;
                output.Append("\" + (");
                RewriteCode(s, ref i, output, stopAtBrace: true);
                output.Append(") + \"");
            }
            else
            {
                output.Append(c switch { '"' => "\\\"", '\n' => "\\n", '\r' => "\\r", '\u2028' => "\\u2028", '\u2029' => "\\u2029", _ => c.ToString() });
                i++;
            }
        }
        if (i >= s.Length)
            throw new FormatException("a template literal (`...`) is never closed");
        i++; // closing backtick
        output.Append("\")");
    }

    private static void CopyQuoted(string s, ref int i, StringBuilder output, char quote)
    {
        var start = i++;
        while (i < s.Length && s[i] != quote && s[i] != '\n')
            i += s[i] == '\\' ? 2 : 1;
        i = Math.Min(i + 1, s.Length);
        output.Append(s, start, i - start);
    }

    private static void CopyRegex(string s, ref int i, StringBuilder output)
    {
        var start = i++;
        var inClass = false;
        while (i < s.Length && s[i] != '\n' && (s[i] != '/' || inClass))
        {
            if (s[i] == '\\') i++;
            else if (s[i] == '[') inClass = true;
            else if (s[i] == ']') inClass = false;
            i++;
        }
        i = Math.Min(i + 1, s.Length);
        output.Append(s, start, i - start);
    }

    // A slash starts a regular expression where an operand is expected: after an operator, an opening bracket or a keyword.
    private static bool StartsRegex(StringBuilder output)
    {
        var j = output.Length - 1;
        while (j >= 0 && char.IsWhiteSpace(output[j])) j--;
        if (j < 0) return true;
        var last = output[j];
        if ("(,=:[!&|?{};+-*%<>~^".Contains(last)) return true;
        var end = j + 1;
        while (j >= 0 && IsIdentifierPart(output[j])) j--;
        var word = output.ToString(j + 1, end - j - 1);
        return word is "return" or "typeof" or "case" or "do" or "else" or "in" or "instanceof" or "new" or "void" or "delete" or "throw";
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$';
    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
