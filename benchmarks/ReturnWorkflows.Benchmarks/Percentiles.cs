namespace ReturnWorkflows.Benchmarks;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of already measured values.</summary>
    public static double Of(IReadOnlyList<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>For a handful of rounds, where a p99 would only repeat the maximum.</summary>
    public static string Spread(IReadOnlyList<double> values, string unit) =>
        $"p50 {Of(values, 50):F0} {unit}, min {values.Min():F0} {unit}, max {values.Max():F0} {unit}";

    public static string Summary(IReadOnlyList<double> values, string unit) =>
        $"p50 {Of(values, 50):F1} {unit}, p99 {Of(values, 99):F1} {unit}, max {values.Max():F1} {unit} (n={values.Count})";
}
