using System.Text.RegularExpressions;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>deploy/helm/mockinterviewbot: chart metadata, probes, hardening, and values that templates and values.yaml agree on.</summary>
public sealed class HelmChartTests
{
    private static readonly string[] Chart = ["deploy", "helm", "mockinterviewbot"];
    private static readonly Dictionary<object, object?> Values = DeployFiles.YamlMap([.. Chart, "values.yaml"]);
    private static readonly string Deployment = DeployFiles.Read([.. Chart, "templates", "deployment.yaml"]);

    private static Dictionary<string, string> Templates() =>
        Directory.GetFiles(DeployFiles.Path([.. Chart, "templates"]))
            .ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f), StringComparer.Ordinal);

    /// <summary>Every ".Values.a.b" path the templates use.</summary>
    internal static SortedSet<string> ValuePaths(IEnumerable<string> templates) =>
        new(templates.SelectMany(t => Regex.Matches(t, @"\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)").Select(m => m.Groups[1].Value[1..])), StringComparer.Ordinal);

    /// <summary>The first segment of a path that values.yaml lacks, or null when the whole path resolves.</summary>
    internal static string? Unresolved(Dictionary<object, object?> values, string path)
    {
        object? node = values;
        var walked = new List<string>();
        foreach (var segment in path.Split('.'))
        {
            walked.Add(segment);
            if (node is not Dictionary<object, object?> map || !map.TryGetValue(segment, out node))
            {
                return string.Join('.', walked);
            }
        }

        return null;
    }

    [Fact]
    public void Chart_metadata_is_helm_3()
    {
        var chart = DeployFiles.YamlMap([.. Chart, "Chart.yaml"]);
        Assert.Equal("v2", chart.Scalar("apiVersion"));
        Assert.Equal("mockinterviewbot", chart.Scalar("name"));
        Assert.Matches(@"^\d+\.\d+\.\d+", chart.Scalar("version"));
        Assert.False(string.IsNullOrWhiteSpace(chart.Scalar("appVersion")));
        Assert.Equal(chart.Scalar("appVersion"), Values.Map("image").Scalar("tag"));
    }

    [Fact]
    public void Probes_hit_healthz_and_readyz_on_port_8080()
    {
        Assert.Matches(@"- name: http\s+containerPort: 8080", Deployment);
        Assert.Matches(@"livenessProbe:\s+httpGet:\s+path: /healthz\s+port: http\b", Deployment);
        Assert.Matches(@"readinessProbe:\s+httpGet:\s+path: /readyz\s+port: http\b", Deployment);
        Assert.Equal("8080", Values.Map("service").Scalar("port"));
    }

    [Fact]
    public void Pod_runs_non_root_on_a_read_only_root_filesystem()
    {
        Assert.Equal("true", Values.Map("podSecurityContext").Scalar("runAsNonRoot"));
        Assert.Equal("true", Values.Map("securityContext").Scalar("readOnlyRootFilesystem"));
        Assert.Equal("false", Values.Map("securityContext").Scalar("allowPrivilegeEscalation"));
        Assert.Contains("ALL", Values.Map("securityContext").Map("capabilities").Seq("drop").Strings());
        Assert.Matches(@"spec:\s+terminationGracePeriodSeconds:[^\n]*\s+securityContext:\s+\{\{- toYaml \.Values\.podSecurityContext", Deployment);
        Assert.Matches(@"securityContext:\s+\{\{- toYaml \.Values\.securityContext \| nindent 12", Deployment);
        Assert.Matches(@"- name: tmp\s+mountPath: /tmp", Deployment);
        Assert.Matches(@"- name: data\s+mountPath: /data", Deployment);
    }

    [Fact]
    public void Secrets_come_from_a_secret_and_postgres_is_optional()
    {
        Assert.Matches(@"envFrom:\s+- secretRef:\s+name: \{\{ include ""mockinterviewbot\.secretName"" \. \}\}", Deployment);
        Assert.Matches(@"kind: Secret\b", Templates()["secret.yaml"]);
        Assert.Equal("false", Values.Map("postgres").Scalar("enabled"));
        Assert.Matches(@"\{\{- if \.Values\.postgres\.enabled \}\}\s+- name: Storage__Provider\s+value: Postgres\s+- name: Storage__ConnectionString\s+valueFrom:\s+secretKeyRef:", Deployment);
    }

    [Fact]
    public void Chart_has_a_disruption_budget_and_a_scenarios_config_map()
    {
        var templates = Templates();
        Assert.Matches(@"kind: PodDisruptionBudget\b", templates["pdb.yaml"]);
        Assert.Matches(@"kind: ConfigMap\b", templates["configmap-scenarios.yaml"]);
        Assert.Matches(@"configMap:\s+name: \{\{ include ""mockinterviewbot\.scenariosConfigMapName"" \. \}\}", Deployment);
        Assert.Contains("Scenarios__Directory", Deployment, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_the_templates_use_exists_in_values_yaml()
    {
        var paths = ValuePaths(Templates().Values);
        Assert.Contains("postgres.connectionStringSecret", paths);
        var missing = paths.Where(p => Unresolved(Values, p) is not null).ToList();
        Assert.True(missing.Count == 0, "templates use values that values.yaml lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_values_check_notices_a_typo()
    {
        var paths = ValuePaths(["{{ .Values.service.prot }} {{ .Values.image.tag }}"]);
        Assert.Equal(["image.tag", "service.prot"], paths);
        Assert.Equal("service.prot", Unresolved(Values, "service.prot"));
        Assert.Null(Unresolved(Values, "image.tag"));
    }

    [Fact]
    public void Every_top_level_value_is_used_by_a_template()
    {
        var used = ValuePaths(Templates().Values).Select(p => p.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var unused = Values.Keys.Cast<string>().Where(k => !used.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "values.yaml keys no template uses: " + string.Join(", ", unused));
    }

    [Fact]
    public void Config_values_are_real_settings()
    {
        var known = EnvExampleTests.Entries().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var config = Values.Map("config").Keys.Cast<string>().ToList();
        Assert.NotEmpty(config);
        Assert.All(config, key => Assert.Contains(key, known));
    }
}
