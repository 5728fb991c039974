using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace MockInterviewBot.Scoring.Tests.Labeled;

public sealed class LabeledSetTests(ITestOutputHelper output)
{
    private static IReadOnlyList<LabeledResult> Results => LabeledSet.Results;

    [Fact]
    public void LabeledSet_HasSeedAnswersAndAtLeastFortyOwnAnswers()
    {
        Assert.Equal(22, Results.Count(r => r.Id.StartsWith("seed", StringComparison.Ordinal)));
        Assert.True(Results.Count(r => !r.Id.StartsWith("seed", StringComparison.Ordinal)) >= 40);
        Assert.Equal(Results.Count, Results.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Score_EveryStrongAnswer_OutranksEveryWeakAnswerToTheSameQuestion()
    {
        var failures = new List<string>();
        foreach (var group in Results.GroupBy(r => r.Group))
        {
            foreach (var strong in group.Where(r => r.Strong))
            {
                foreach (var weak in group.Where(r => !r.Strong).Where(weak => weak.Score >= strong.Score))
                {
                    failures.Add($"{group.Key}: strong {strong.Id} ({strong.Score}) <= weak {weak.Id} ({weak.Score})");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Score_AucOverTheLabeledSet_IsAtLeast095()
    {
        var auc = Auc(Results);
        output.WriteLine($"AUC = {auc.ToString("F3", CultureInfo.InvariantCulture)}");
        Assert.True(auc >= 0.95, $"AUC {auc}");
    }

    [Theory]
    [MemberData(nameof(SignalNames))]
    public void Signal_AgreesWithHandLabels_AtLeast90Percent(string signal)
    {
        var disagreements = Results.Where(r => SignalCatalog.Read(r.Predicted, signal) != r.Labeled.Contains(signal)).ToList();
        var agreement = 1.0 - ((double)disagreements.Count / Results.Count);
        Assert.True(agreement >= 0.9, $"{signal}: {agreement:P0}; disagreements: {string.Join(", ", disagreements.Select(d => d.Id))}");
    }

    [Fact]
    public void Evidence_AndRedFlags_AreExactSpansOfTheirOwnText()
    {
        foreach (var r in Results)
        {
            foreach (var e in r.Evidence)
            {
                Assert.Equal(r.Text.Substring(e.Start, e.Length), e.Text);
            }

            foreach (var f in r.RedFlags)
            {
                Assert.Equal(r.Text.Substring(f.Start, f.Length), f.Text);
            }
        }
    }

    [Fact]
    public void Evaluate_PrintsConfusionTableAndPerSignalAgreement()
    {
        var report = Report(Results);
        output.WriteLine(report);
        Assert.Contains("AUC", report, StringComparison.Ordinal);
    }

    public static TheoryData<string> SignalNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in SignalCatalog.Names)
        {
            data.Add(name);
        }

        return data;
    }

    public static double Auc(IReadOnlyList<LabeledResult> results)
    {
        var strong = results.Where(r => r.Strong).ToArray();
        var weak = results.Where(r => !r.Strong).ToArray();
        double wins = 0;
        foreach (var s in strong)
        {
            foreach (var w in weak)
            {
                wins += s.Score > w.Score ? 1 : s.Score == w.Score ? 0.5 : 0;
            }
        }

        return wins / (strong.Length * (double)weak.Length);
    }

    public static string Report(IReadOnlyList<LabeledResult> results)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"Labeled answers: {results.Count} ({results.Count(r => r.Strong)} strong, {results.Count(r => !r.Strong)} weak; {results.Count(r => r.IsProbe)} probe answers)");
        sb.AppendLine(inv, $"AUC (score vs label): {Auc(results):F3}");
        sb.AppendLine();
        sb.AppendLine("Confusion (predicted strong = verdict Hire or StrongHire):");
        sb.AppendLine("                 predicted strong   predicted weak");
        var tp = results.Count(r => r.Strong && r.Verdict >= Verdict.Hire);
        var fn = results.Count(r => r.Strong && r.Verdict < Verdict.Hire);
        var fp = results.Count(r => !r.Strong && r.Verdict >= Verdict.Hire);
        var tn = results.Count(r => !r.Strong && r.Verdict < Verdict.Hire);
        sb.AppendLine(inv, $"  label strong   {tp,16}   {fn,14}");
        sb.AppendLine(inv, $"  label weak     {fp,16}   {tn,14}");
        sb.AppendLine();
        sb.AppendLine("Verdicts by label:");
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            sb.AppendLine(inv, $"  {verdict,-14} strong {results.Count(r => r.Strong && r.Verdict == verdict),3}   weak {results.Count(r => !r.Strong && r.Verdict == verdict),3}");
        }

        sb.AppendLine();
        sb.AppendLine("Per-signal agreement with hand labels:");
        foreach (var signal in SignalCatalog.Names)
        {
            var agree = results.Count(r => SignalCatalog.Read(r.Predicted, signal) == r.Labeled.Contains(signal));
            var missed = results.Where(r => !SignalCatalog.Read(r.Predicted, signal) && r.Labeled.Contains(signal)).Select(r => r.Id);
            var extra = results.Where(r => SignalCatalog.Read(r.Predicted, signal) && !r.Labeled.Contains(signal)).Select(r => r.Id);
            sb.AppendLine(inv, $"  {signal,-22} {(double)agree / results.Count,6:P0}  missed: [{string.Join(", ", missed)}]  extra: [{string.Join(", ", extra)}]");
        }

        sb.AppendLine();
        sb.AppendLine("Scores:");
        foreach (var r in results.OrderBy(r => r.Group, StringComparer.Ordinal).ThenByDescending(r => r.Score))
        {
            sb.AppendLine(inv, $"  {r.Group,-26} {(r.Strong ? "strong" : "weak  ")} {r.Score,3} {r.Verdict,-13} {r.Id}");
        }

        return sb.ToString();
    }
}
