using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using MockInterviewBot.Core.Operations;

namespace MockInterviewBot.Hosting;

/// <summary>
/// Collects the "MockInterviewBot" meter with a <see cref="MeterListener"/> and writes it in the Prometheus text
/// exposition format (version 0.0.4). Counters become <c>name_total</c>, histograms <c>_bucket</c>/<c>_sum</c>/<c>_count</c>.
/// </summary>
public sealed class PrometheusMetrics : IDisposable
{
    private static readonly double[] Buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    private readonly Lock _gate = new();
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, Series> _series = new(StringComparer.Ordinal);

    public PrometheusMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public string Render()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        lock (_gate)
        {
            foreach (var group in _series.Values.GroupBy(s => s.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var first = group.First();
                var name = first.Kind == SeriesKind.Counter ? first.Name + "_total" : first.Name;
                text.Append("# HELP ").Append(name).Append(' ').AppendLine(first.Help);
                text.Append("# TYPE ").Append(name).Append(' ').AppendLine(first.Kind switch
                {
                    SeriesKind.Counter => "counter",
                    SeriesKind.Gauge => "gauge",
                    _ => "histogram",
                });
                foreach (var series in group.OrderBy(s => s.Labels, StringComparer.Ordinal))
                {
                    series.Write(text, name);
                }
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = Labels(tags);
        var key = instrument.Name + labels;
        lock (_gate)
        {
            if (!_series.TryGetValue(key, out var series))
            {
                var kind = instrument switch
                {
                    Histogram<double> => SeriesKind.Histogram,
                    ObservableGauge<int> or ObservableGauge<long> or ObservableGauge<double> => SeriesKind.Gauge,
                    _ => SeriesKind.Counter,
                };
                series = new Series(instrument.Name, instrument.Description ?? instrument.Name, labels, kind);
                _series[key] = series;
            }

            series.Add(value);
        }
    }

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }

        var pairs = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "";
            pairs.Add($"{tag.Key}=\"{Escape(value)}\"");
        }

        pairs.Sort(StringComparer.Ordinal);
        return "{" + string.Join(',', pairs) + "}";
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private enum SeriesKind
    {
        Counter,
        Gauge,
        Histogram,
    }

    private sealed class Series(string name, string help, string labels, SeriesKind kind)
    {
        private readonly long[] _bucketCounts = new long[Buckets.Length];
        private double _value;
        private long _count;

        public string Name { get; } = name;
        public string Help { get; } = help;
        public string Labels { get; } = labels;
        public SeriesKind Kind { get; } = kind;

        public void Add(double value)
        {
            switch (Kind)
            {
                case SeriesKind.Gauge:
                    _value = value;
                    break;
                case SeriesKind.Counter:
                    _value += value;
                    break;
                default:
                    _value += value;
                    _count++;
                    for (var i = 0; i < Buckets.Length; i++)
                    {
                        if (value <= Buckets[i])
                        {
                            _bucketCounts[i]++;
                        }
                    }

                    break;
            }
        }

        public void Write(StringBuilder text, string name)
        {
            if (Kind != SeriesKind.Histogram)
            {
                text.Append(name).Append(Labels).Append(' ').AppendLine(Format(_value));
                return;
            }

            for (var i = 0; i < Buckets.Length; i++)
            {
                text.Append(name).Append("_bucket").Append(WithLe(Format(Buckets[i]))).Append(' ')
                    .AppendLine(_bucketCounts[i].ToString(CultureInfo.InvariantCulture));
            }

            text.Append(name).Append("_bucket").Append(WithLe("+Inf")).Append(' ').AppendLine(_count.ToString(CultureInfo.InvariantCulture));
            text.Append(name).Append("_sum").Append(Labels).Append(' ').AppendLine(Format(_value));
            text.Append(name).Append("_count").Append(Labels).Append(' ').AppendLine(_count.ToString(CultureInfo.InvariantCulture));
        }

        private string WithLe(string le) =>
            Labels.Length == 0 ? $"{{le=\"{le}\"}}" : Labels[..^1] + $",le=\"{le}\"}}";

        private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
