using System.Security.Cryptography;
using System.Text;

namespace MockInterviewBot.Web.Hosting;

/// <summary>
/// The hand-written pages, scripts and styles embedded in this assembly. HTML references assets as
/// <c>/assets/name?v={{v}}</c>; <c>{{v}}</c> becomes a hash of every asset, so assets can be cached for long.
/// </summary>
internal sealed class StaticAssets
{
    private const string Prefix = "WebAssets/";
    private readonly Dictionary<string, Asset> _assets = new(StringComparer.Ordinal);

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var raw = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            raw[resource[Prefix.Length..]] = buffer.ToArray();
        }

        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            foreach (var (name, content) in raw)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(name));
                hash.AppendData(content);
            }

            Version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        }

        foreach (var (name, content) in raw)
        {
            var bytes = name.EndsWith(".html", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("{{v}}", Version, StringComparison.Ordinal))
                : content;
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..20] + "\"";
            _assets[name] = new Asset(name, bytes, ContentTypeOf(name), etag);
        }
    }

    /// <summary>Changes whenever any asset changes; part of every asset URL.</summary>
    public string Version { get; }

    public IEnumerable<string> Names => _assets.Keys;

    public Asset? Find(string name) => _assets.GetValueOrDefault(name);

    internal static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };
}
