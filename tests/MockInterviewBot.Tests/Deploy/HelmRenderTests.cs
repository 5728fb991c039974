using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>
/// The Helm chart rendered (tools/chart-render) with the default values and with each option an admin turns on; every
/// manifest is parsed and checked for what Kubernetes would reject or silently get wrong: API versions, names, labels
/// and selectors that match, and volumes, claims, ConfigMaps and Secrets that are referenced where they are defined.
/// </summary>
public sealed partial class HelmRenderTests
{
    private static readonly Dictionary<string, string> ApiVersions = new(StringComparer.Ordinal)
    {
        ["Deployment"] = "apps/v1",
        ["Service"] = "v1",
        ["PersistentVolumeClaim"] = "v1",
        ["Secret"] = "v1",
        ["ConfigMap"] = "v1",
        ["PodDisruptionBudget"] = "policy/v1",
    };

    private static JsonObject Values(string json) => JsonNode.Parse(json)!.AsObject();

    private static async Task<IReadOnlyList<Dictionary<object, object?>>> RenderValidAsync(string? overrides = null)
    {
        var manifests = (await ChartRenderer.RenderAsync(overrides is null ? null : Values(overrides))).Manifests();
        CheckManifests(manifests);
        return manifests;
    }

    private static Dictionary<object, object?>? Find(IEnumerable<Dictionary<object, object?>> manifests, string kind) =>
        manifests.SingleOrDefault(m => m.Scalar("kind") == kind);

    private static Dictionary<object, object?> Get(IEnumerable<Dictionary<object, object?>> manifests, string kind) =>
        Find(manifests, kind) ?? throw new KeyNotFoundException($"no {kind} rendered");

    private static Dictionary<object, object?> PodSpec(Dictionary<object, object?> deployment) =>
        deployment.Map("spec").Map("template").Map("spec");

    private static Dictionary<object, object?> Container(Dictionary<object, object?> deployment) =>
        (Dictionary<object, object?>)Assert.Single(PodSpec(deployment).Seq("containers"))!;

    private static Dictionary<string, Dictionary<object, object?>> Env(Dictionary<object, object?> deployment) =>
        Container(deployment).Seq("env").Cast<Dictionary<object, object?>>().ToDictionary(e => e.Scalar("name")!, e => e, StringComparer.Ordinal);

    private static Dictionary<string, string?> Labels(Dictionary<object, object?> map) =>
        map.ToDictionary(kv => (string)kv.Key, kv => kv.Value as string, StringComparer.Ordinal);

    /// <summary>What holds for every rendering: well-formed objects whose references all resolve.</summary>
    private static void CheckManifests(IReadOnlyList<Dictionary<object, object?>> manifests)
    {
        Assert.NotEmpty(manifests);
        foreach (var manifest in manifests)
        {
            var kind = manifest.Scalar("kind")!;
            Assert.True(ApiVersions.TryGetValue(kind, out var apiVersion), $"unexpected kind {kind}");
            Assert.Equal(apiVersion, manifest.Scalar("apiVersion"));
            var name = manifest.Map("metadata").Scalar("name")!;
            Assert.Matches(DnsLabel(), name);
            var labels = Labels(manifest.Map("metadata").Map("labels"));
            Assert.Equal("Helm", labels["app.kubernetes.io/managed-by"]);
            Assert.All(labels.Values, v => Assert.Matches(LabelValue(), v));
        }

        Assert.Equal(manifests.Count, manifests.Select(m => (m.Scalar("kind"), m.Map("metadata").Scalar("name"))).Distinct().Count());

        var deployment = Get(manifests, "Deployment");
        var podLabels = Labels(deployment.Map("spec").Map("template").Map("metadata").Map("labels"));
        void SelectsThePods(Dictionary<object, object?> selector, string what)
        {
            var wanted = Labels(selector);
            Assert.NotEmpty(wanted);
            Assert.All(wanted, kv => Assert.True(podLabels.TryGetValue(kv.Key, out var v) && v == kv.Value, $"{what} selects {kv.Key}={kv.Value}, which the pods lack"));
        }

        SelectsThePods(deployment.Map("spec").Map("selector").Map("matchLabels"), "the Deployment");
        var service = Get(manifests, "Service");
        SelectsThePods(service.Map("spec").Map("selector"), "the Service");
        if (Find(manifests, "PodDisruptionBudget") is { } pdb)
        {
            SelectsThePods(pdb.Map("spec").Map("selector").Map("matchLabels"), "the PodDisruptionBudget");
        }

        var container = Container(deployment);
        var ports = container.Seq("ports").Cast<Dictionary<object, object?>>().Select(p => p.Scalar("name")).ToHashSet();
        var servicePort = (Dictionary<object, object?>)Assert.Single(service.Map("spec").Seq("ports"))!;
        Assert.Contains(servicePort.Scalar("targetPort"), ports);
        Assert.Contains(container.Map("livenessProbe").Map("httpGet").Scalar("port"), ports);
        Assert.Contains(container.Map("readinessProbe").Map("httpGet").Scalar("port"), ports);

        var envNames = container.Seq("env").Cast<Dictionary<object, object?>>().Select(e => e.Scalar("name")).ToList();
        Assert.Equal(envNames.Count, envNames.Distinct().Count());
        Assert.All(envNames, n => Assert.Matches(EnvName(), n));

        var volumes = PodSpec(deployment).Seq("volumes").Cast<Dictionary<object, object?>>().ToDictionary(v => v.Scalar("name")!, StringComparer.Ordinal);
        foreach (var mount in container.Seq("volumeMounts").Cast<Dictionary<object, object?>>())
        {
            Assert.True(volumes.ContainsKey(mount.Scalar("name")!), $"volumeMount {mount.Scalar("name")} has no volume");
        }

        foreach (var volume in volumes.Values)
        {
            if (volume.TryGetValue("persistentVolumeClaim", out var claim))
            {
                var claimName = ((Dictionary<object, object?>)claim!).Scalar("claimName");
                Assert.Equal(claimName, Get(manifests, "PersistentVolumeClaim").Map("metadata").Scalar("name"));
            }

            if (volume.TryGetValue("configMap", out var configMapRef))
            {
                var reference = (Dictionary<object, object?>)configMapRef!;
                var configMap = Get(manifests, "ConfigMap");
                Assert.Equal(reference.Scalar("name"), configMap.Map("metadata").Scalar("name"));
                var data = configMap.Map("data");
                Assert.All(reference.Seq("items").Cast<Dictionary<object, object?>>(), item => Assert.True(data.ContainsKey(item.Scalar("key")!), $"ConfigMap lacks key {item.Scalar("key")}"));
            }
        }

        if (Find(manifests, "Secret") is { } secret)
        {
            var envFrom = (Dictionary<object, object?>)Assert.Single(container.Seq("envFrom"))!;
            Assert.Equal(secret.Map("metadata").Scalar("name"), envFrom.Map("secretRef").Scalar("name"));
        }
    }

    [ChartRenderFact]
    public async Task Defaults_render_one_replica_with_sqlite_on_a_claim()
    {
        var manifests = await RenderValidAsync();

        Assert.Equal(["Deployment", "PersistentVolumeClaim", "Service"], manifests.Select(m => m.Scalar("kind")!).Order(StringComparer.Ordinal));
        var deployment = Get(manifests, "Deployment");
        Assert.Equal("1", deployment.Map("spec").Scalar("replicas"));
        var env = Env(deployment);
        Assert.Equal("/data", env["Storage__DataDirectory"].Scalar("value"));
        Assert.Equal("json", env["Logging__Console__FormatterName"].Scalar("value"));
        Assert.False(env.ContainsKey("Storage__Provider"));
        Assert.False(Container(deployment).ContainsKey("envFrom"));
        Assert.Equal("true", Container(deployment).Map("securityContext").Scalar("readOnlyRootFilesystem"));
        Assert.Equal("1Gi", Get(manifests, "PersistentVolumeClaim").Map("spec").Map("resources").Map("requests").Scalar("storage"));
    }

    [ChartRenderFact]
    public async Task Postgres_with_three_replicas_adds_a_disruption_budget_and_drops_the_claim()
    {
        var manifests = await RenderValidAsync("""{"replicaCount":3,"postgres":{"enabled":true,"connectionStringSecret":"mib-db"}}""");

        Assert.Null(Find(manifests, "PersistentVolumeClaim"));
        Assert.Equal("1", Get(manifests, "PodDisruptionBudget").Map("spec").Scalar("minAvailable"));
        var deployment = Get(manifests, "Deployment");
        Assert.Equal("3", deployment.Map("spec").Scalar("replicas"));
        var env = Env(deployment);
        Assert.Equal("Postgres", env["Storage__Provider"].Scalar("value"));
        var secretRef = env["Storage__ConnectionString"].Map("valueFrom").Map("secretKeyRef");
        Assert.Equal("mib-db", secretRef.Scalar("name"));
        Assert.Equal("connectionString", secretRef.Scalar("key"));
        var data = PodSpec(deployment).Seq("volumes").Cast<Dictionary<object, object?>>().Single(v => v.Scalar("name") == "data");
        Assert.True(data.ContainsKey("emptyDir"));
    }

    [ChartRenderFact]
    public async Task Secret_values_become_a_secret_the_pod_reads_and_an_existing_secret_is_referenced_instead()
    {
        var manifests = await RenderValidAsync("""{"secrets":{"values":{"Slack__BotToken":"xoxb-fake-chart-test","Slack__AppToken":"xapp-fake-chart-test"}}}""");
        var secret = Get(manifests, "Secret");
        Assert.Equal("Opaque", secret.Scalar("type"));
        Assert.Equal("xoxb-fake-chart-test", secret.Map("stringData").Scalar("Slack__BotToken"));
        Assert.DoesNotContain(Env(Get(manifests, "Deployment")).Values, e => e.Scalar("value") is "xoxb-fake-chart-test");

        var existing = await RenderValidAsync("""{"secrets":{"existingSecret":"team-bot-secrets","values":{"Slack__BotToken":"xoxb-fake-chart-test"}}}""");
        Assert.Null(Find(existing, "Secret"));
        var envFrom = (Dictionary<object, object?>)Assert.Single(Container(Get(existing, "Deployment")).Seq("envFrom"))!;
        Assert.Equal("team-bot-secrets", envFrom.Map("secretRef").Scalar("name"));
    }

    [ChartRenderFact]
    public async Task Custom_scenarios_are_mounted_from_a_config_map_keeping_the_framework_folder()
    {
        var manifests = await RenderValidAsync("""
            {"customScenarios":{"enabled":true,"files":{"general/conflict-with-designer.yaml":"id: conflict-with-designer\nframework: general\n"}}}
            """);

        var configMap = Get(manifests, "ConfigMap");
        Assert.Equal("id: conflict-with-designer\nframework: general\n", configMap.Map("data").Scalar("general__conflict-with-designer.yaml"));
        var deployment = Get(manifests, "Deployment");
        var volume = PodSpec(deployment).Seq("volumes").Cast<Dictionary<object, object?>>().Single(v => v.Scalar("name") == "custom-scenarios");
        var item = (Dictionary<object, object?>)Assert.Single(volume.Map("configMap").Seq("items"))!;
        Assert.Equal("general/conflict-with-designer.yaml", item.Scalar("path"));
        var env = Env(deployment);
        Assert.Equal("/app/custom-scenarios", env["Scenarios__Directory"].Scalar("value"));
        var mount = Container(deployment).Seq("volumeMounts").Cast<Dictionary<object, object?>>().Single(m => m.Scalar("name") == "custom-scenarios");
        Assert.Equal("/app/custom-scenarios", mount.Scalar("mountPath"));
        Assert.Equal("true", mount.Scalar("readOnly"));
    }

    [ChartRenderFact]
    public async Task Config_values_reach_the_pod_as_strings_and_restart_it_when_they_change()
    {
        var defaults = Get(await RenderValidAsync(), "Deployment");
        var changed = Get(await RenderValidAsync("""{"config":{"Interview__MaxProbes":3,"Groups__Leaderboard__TimeZone":"Europe/Berlin"}}"""), "Deployment");

        Assert.Equal("3", Env(changed)["Interview__MaxProbes"].Scalar("value"));
        Assert.Equal("Europe/Berlin", Env(changed)["Groups__Leaderboard__TimeZone"].Scalar("value"));
        static string? Checksum(Dictionary<object, object?> d) => d.Map("spec").Map("template").Map("metadata").Map("annotations").Scalar("checksum/config");
        Assert.Matches("^[0-9a-f]{64}$", Checksum(defaults));
        Assert.NotEqual(Checksum(defaults), Checksum(changed));
    }

    [ChartRenderFact]
    public async Task The_longest_release_name_helm_allows_still_gives_valid_names()
    {
        // Helm accepts release names up to 53 characters; every object name, suffixed ones too, must stay within 63.
        var manifests = (await ChartRenderer.RenderAsync(
            Values("""{"replicaCount":1,"customScenarios":{"enabled":true,"files":{"general/x.yaml":"id: x"}}}"""), release: new string('a', 53))).Manifests();

        CheckManifests(manifests);
        Assert.Contains(manifests, m => m.Scalar("kind") == "PersistentVolumeClaim");
        Assert.Contains(manifests, m => m.Scalar("kind") == "ConfigMap");
        Assert.All(manifests, m => Assert.InRange(m.Map("metadata").Scalar("name")!.Length, 1, 63));
    }

    [ChartRenderFact]
    public async Task Unsafe_or_incomplete_values_stop_the_render_with_a_clear_message()
    {
        async Task Refused(string overrides, string message)
        {
            var result = await ChartRenderer.RenderAsync(Values(overrides));
            Assert.NotEqual(0, result.Exit);
            Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        }

        await Refused("""{"replicaCount":2}""", "replicaCount > 1 needs postgres.enabled=true");
        await Refused("""{"postgres":{"enabled":true}}""", "postgres.connectionStringSecret is required when postgres.enabled");
        await Refused("""{"customScenarios":{"enabled":true}}""", "customScenarios.enabled needs at least one entry in customScenarios.files");
        await Refused("""{"customScenarios":{"enabled":true,"files":{"../etc/passwd":"x"}}}""", "'../etc/passwd' must look like <framework>/<id>.yaml");
    }

    [GeneratedRegex("^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$")]
    private static partial Regex LabelValue();

    [GeneratedRegex("^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.]*$")]
    private static partial Regex EnvName();
}
