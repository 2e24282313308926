using System.Text;

namespace ReturnWorkflows.Cases.Demo;

/// <summary>
/// A one-page PDF with a few lines of text, for the demo documents: small, valid (a reader opens it) and visibly
/// fictional. Built by hand because the demo needs nothing more than Helvetica on A4.
/// </summary>
public static class DemoPdf
{
    public static byte[] Page(string title, params string[] lines)
    {
        var text = new StringBuilder("BT /F1 16 Tf 72 770 Td (").Append(Escape(title)).Append(") Tj /F1 11 Tf");
        foreach (var line in lines.Append("Fictional demo document: no real person."))
            text.Append(" 0 -20 Td (").Append(Escape(line)).Append(") Tj");
        text.Append(" ET");
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {text.Length} >>\nstream\n{text}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length); // ASCII only, so characters are bytes
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Escape(string line) =>
        new string(line.Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray()).Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
