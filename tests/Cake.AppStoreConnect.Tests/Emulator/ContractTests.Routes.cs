using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <content>
/// Every GET route of Apple's spec whose types the emulator models — a resource, its related resources
/// and its <c>relationships/</c> linkages — computed from the spec, so a route Apple has and the emulator
/// lacks fails here, for every resource added later too.
/// </content>
public sealed partial class ContractTests
{
    /// <summary>Apple's GET routes under <c>/v1/{type}</c> whose own and target types are emulator tables.</summary>
    private static List<(string Path, string OperationId, string Type)> ModelledGetRoutes(string specPath, HashSet<string> modelled)
    {
        var spec = JsonNode.Parse(File.ReadAllText(specPath))!;
        var schemas = spec["components"]!["schemas"]!;
        JsonNode Resolve(JsonNode node) => node["$ref"] is { } reference ? schemas[reference.GetValue<string>().Split('/')[^1]]! : node;

        var routes = new List<(string, string, string)>();
        foreach (var (path, item) in spec["paths"]!.AsObject())
        {
            var match = RoutePattern().Match(path);
            if (!match.Success || item!["get"] is not { } get || !modelled.Contains(match.Groups[1].Value))
            {
                continue;
            }

            var schema = get["responses"]!["200"]?["content"]?["application/json"]?["schema"];
            var data = schema is null ? null : Resolve(schema)["properties"]?["data"];
            if (data is null)
            {
                continue;
            }

            var resource = Resolve(data["type"]?.GetValue<string>() == "array" ? data["items"]! : data);
            var target = resource["properties"]?["type"]?["enum"]?[0]?.GetValue<string>();
            if (target is not null && modelled.Contains(target))
            {
                routes.Add((path, get["operationId"]!.GetValue<string>(), match.Groups[1].Value));
            }
        }

        return routes;
    }

    /// <summary>Reads every modelled GET route of the spec with an existing id; each must answer 200 within Apple's contract.</summary>
    private async Task ExerciseEveryModelledGetRouteAsync()
    {
        var state = await _emulator.StateAsync();
        var modelled = state.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var routes = ModelledGetRoutes(SharedFixtures.Spec, modelled);
        Assert.That(routes, Has.Count.GreaterThan(50), "the spec's routes were not read");
        foreach (var (path, _, type) in routes.Where(r => r.Path.Contains("{id}", StringComparison.Ordinal)))
        {
            // Collections are exercised with their filters above. An id-less table leaves its routes in notExercised, named.
            if (state[type]!.AsArray().LastOrDefault()?["id"]?.GetValue<string>() is { } id)
            {
                await ExpectAsync(HttpMethod.Get, path.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal), HttpStatusCode.OK);
            }
        }

        var implemented = (await ContractAsync())["implemented"]!.AsArray().Select(i => i!["operationId"]?.GetValue<string>()).ToHashSet();
        Assert.That(routes.Select(r => r.OperationId).Where(id => !implemented.Contains(id)), Is.Empty, "GET routes of Apple's spec for modelled types that the emulator does not answer");
    }

    [Test]
    public void Should_Find_Every_Modelled_Route_In_The_Spec()
    {
        // Given the types of a small model
        var routes = ModelledGetRoutes(SharedFixtures.Spec, new HashSet<string> { "apps", "reviewSubmissions", "betaTesters", "builds" });

        // Then the related and relationship forms between them are all there, and nothing else
        var paths = routes.Select(r => r.Path).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/v1/apps", "/v1/apps/{id}", "/v1/apps/{id}/reviewSubmissions", "/v1/apps/{id}/relationships/reviewSubmissions",
            "/v1/betaTesters/{id}/builds", "/v1/betaTesters/{id}/relationships/apps", "/v1/builds/{id}/individualTesters",
        }));
        Assert.That(paths, Has.None.Contains("appStoreVersions").And.None.Contains("metrics"));
    }

    [GeneratedRegex(@"^/v1/([A-Za-z]+)(/\{id\}((/relationships)?/[A-Za-z]+)?)?$")]
    private static partial Regex RoutePattern();
}
