using System.Text.Json;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.TestFlight;

/// <summary>The <c>betaGroups</c> resource and its <c>betaTesters</c> and <c>builds</c> relationships.</summary>
public sealed class BetaGroupsClient
{
    /// <summary>How many ids one relationship request carries.</summary>
    public const int MaxLinkagesPerRequest = 100;

    private readonly AscConnection _connection;

    internal BetaGroupsClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists an app's beta groups, all pages.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="name">Only groups with this name, when given (Apple's filter; check the name exactly).</param>
    /// <param name="isInternal">Only internal (true) or external (false) groups, when given.</param>
    /// <param name="buildId">Only groups the build was added to, when given.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The groups.</returns>
    public async Task<IReadOnlyList<AscBetaGroup>> ListAsync(string appId, string? name = null, bool? isInternal = null, string? buildId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        var query = new AscQuery()
            .Filter("app", appId)
            .Filter("name", name)
            .Filter("isInternalGroup", isInternal is null ? null : isInternal.Value ? "true" : "false")
            .Filter("builds", buildId);
        var groups = new List<AscBetaGroup>();
        await foreach (var group in _connection.GetAllAsync<BetaGroupAttributes>("/v1/betaGroups", query, cancellationToken))
        {
            groups.Add(AscBetaGroup.From(group));
        }

        return groups;
    }

    /// <summary>Gets a group.</summary>
    /// <param name="groupId">The group.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The group, or <see langword="null"/> when it does not exist.</returns>
    public async Task<AscBetaGroup?> FindAsync(string groupId, CancellationToken cancellationToken = default)
    {
        var resource = await _connection.FindAsync<BetaGroupAttributes>($"/v1/betaGroups/{Uri.EscapeDataString(groupId)}", cancellationToken);
        return resource is null ? null : AscBetaGroup.From(resource);
    }

    /// <summary>Creates a group. Sent once: resolve a lost answer or a 409 with <see cref="IdempotentCreate"/>.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="definition">Name and options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new group.</returns>
    public async Task<AscBetaGroup> CreateAsync(string appId, AscBetaGroupDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var body = JsonApiRequest.Create(
            "betaGroups",
            new
            {
                name = definition.Name,
                isInternalGroup = definition.IsInternal ? true : (bool?)null,
                hasAccessToAllBuilds = definition.IsInternal ? definition.HasAccessToAllBuilds : null,
                publicLinkEnabled = definition.IsInternal ? null : definition.PublicLinkEnabled,
                publicLinkLimitEnabled = definition.IsInternal || definition.PublicLinkLimit is null ? (bool?)null : true,
                publicLinkLimit = definition.IsInternal ? null : definition.PublicLinkLimit,
                feedbackEnabled = definition.FeedbackEnabled,
            },
            new Dictionary<string, ResourceIdentifier> { ["app"] = new("apps", appId) });
        var document = await _connection.SendAsync<JsonApiResource<BetaGroupAttributes>>(HttpMethod.Post, "/v1/betaGroups", body, AscRequestKind.Create, cancellationToken);
        return AscBetaGroup.From(document.Data!);
    }

    /// <summary>Reads the ids of every tester in a group, all pages.</summary>
    /// <param name="groupId">The group.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The tester ids.</returns>
    public Task<IReadOnlyList<string>> GetTesterIdsAsync(string groupId, CancellationToken cancellationToken = default) =>
        ReadLinkagesAsync($"/v1/betaGroups/{Uri.EscapeDataString(groupId)}/relationships/betaTesters", cancellationToken);

    /// <summary>Reads every tester in a group, all pages.</summary>
    /// <param name="groupId">The group.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The testers.</returns>
    public async Task<IReadOnlyList<AscBetaTester>> GetTestersAsync(string groupId, CancellationToken cancellationToken = default)
    {
        var testers = new List<AscBetaTester>();
        await foreach (var tester in _connection.GetAllAsync<BetaTesterAttributes>($"/v1/betaGroups/{Uri.EscapeDataString(groupId)}/betaTesters", null, cancellationToken))
        {
            testers.Add(AscBetaTester.From(tester));
        }

        return testers;
    }

    /// <summary>Adds testers to a group, many per request; adding one already there is harmless.</summary>
    /// <param name="groupId">The group.</param>
    /// <param name="testerIds">The testers.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when every tester was added.</returns>
    public Task AddTestersAsync(string groupId, IEnumerable<string> testerIds, CancellationToken cancellationToken = default) =>
        ChangeLinkagesAsync(HttpMethod.Post, $"/v1/betaGroups/{Uri.EscapeDataString(groupId)}/relationships/betaTesters", "betaTesters", testerIds, cancellationToken);

    /// <summary>Removes testers from a group, many per request.</summary>
    /// <param name="groupId">The group.</param>
    /// <param name="testerIds">The testers.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when every tester was removed.</returns>
    public Task RemoveTestersAsync(string groupId, IEnumerable<string> testerIds, CancellationToken cancellationToken = default) =>
        ChangeLinkagesAsync(HttpMethod.Delete, $"/v1/betaGroups/{Uri.EscapeDataString(groupId)}/relationships/betaTesters", "betaTesters", testerIds, cancellationToken);

    /// <summary>Adds a build to groups in one request (<c>POST /v1/builds/{id}/relationships/betaGroups</c>).</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="groupIds">The groups.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the build was added.</returns>
    public Task AddBuildToGroupsAsync(string buildId, IEnumerable<string> groupIds, CancellationToken cancellationToken = default) =>
        ChangeLinkagesAsync(HttpMethod.Post, $"/v1/builds/{Uri.EscapeDataString(buildId)}/relationships/betaGroups", "betaGroups", groupIds, cancellationToken);

    internal async Task<IReadOnlyList<string>> ReadLinkagesAsync(string path, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var linkage in _connection.GetAllAsync<JsonElement>(path, null, cancellationToken))
        {
            ids.Add(linkage.Id);
        }

        return ids;
    }

    internal async Task ChangeLinkagesAsync(HttpMethod method, string path, string type, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(MaxLinkagesPerRequest))
        {
            await _connection.SendWithoutResultAsync(method, path, JsonApiRequest.Linkages(chunk.Select(id => new ResourceIdentifier(type, id))), AscRequestKind.Idempotent, cancellationToken);
        }
    }
}
