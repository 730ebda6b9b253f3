using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.TestFlight;

/// <summary>The <c>betaTesters</c> resource and its relationships.</summary>
public sealed class BetaTestersClient
{
    private readonly AscConnection _connection;
    private readonly BetaGroupsClient _groups;

    internal BetaTestersClient(AscConnection connection, BetaGroupsClient groups)
    {
        _connection = connection;
        _groups = groups;
    }

    /// <summary>Lists testers, all pages.</summary>
    /// <param name="filter">What to match.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The testers.</returns>
    public async Task<IReadOnlyList<AscBetaTester>> ListAsync(AscBetaTesterFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new AscQuery()
            .Filter("apps", filter.AppId)
            .Filter("betaGroups", filter.GroupIds)
            .Filter("email", filter.Emails)
            .Filter("firstName", filter.FirstName)
            .Filter("lastName", filter.LastName)
            .Filter("inviteType", filter.InviteType);
        var testers = new List<AscBetaTester>();
        await foreach (var tester in _connection.GetAllAsync<BetaTesterAttributes>("/v1/betaTesters", query, cancellationToken))
        {
            testers.Add(AscBetaTester.From(tester));
        }

        return testers;
    }

    /// <summary>Finds the tester with an email address (compared without case), in the whole account.</summary>
    /// <param name="email">The address.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The tester, or <see langword="null"/>.</returns>
    public async Task<AscBetaTester?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var matches = await ListAsync(new AscBetaTesterFilter { Emails = [email] }, cancellationToken);
        return matches.FirstOrDefault(t => string.Equals(t.Email, email, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Creates a tester in the given groups; Apple invites them. Sent once: resolve a lost answer or a
    /// 409 with <see cref="IdempotentCreate"/>.
    /// </summary>
    /// <param name="email">The email address.</param>
    /// <param name="firstName">The first name.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="groupIds">The groups to put the tester in.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The tester.</returns>
    public async Task<AscBetaTester> CreateAsync(string email, string? firstName, string? lastName, IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentNullException.ThrowIfNull(groupIds);
        var body = JsonApiRequest.Create(
            "betaTesters",
            new { email, firstName, lastName },
            toMany: new Dictionary<string, IReadOnlyList<ResourceIdentifier>> { ["betaGroups"] = [.. groupIds.Select(id => new ResourceIdentifier("betaGroups", id))] });
        var document = await _connection.SendAsync<JsonApiResource<BetaTesterAttributes>>(HttpMethod.Post, "/v1/betaTesters", body, AscRequestKind.Create, cancellationToken);
        return AscBetaTester.From(document.Data!);
    }

    /// <summary>Reads the ids of the groups a tester is in, all pages.</summary>
    /// <param name="testerId">The tester.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The group ids.</returns>
    public Task<IReadOnlyList<string>> GetGroupIdsAsync(string testerId, CancellationToken cancellationToken = default) =>
        _groups.ReadLinkagesAsync($"/v1/betaTesters/{Uri.EscapeDataString(testerId)}/relationships/betaGroups", cancellationToken);

    /// <summary>Adds one tester to groups in one request.</summary>
    /// <param name="testerId">The tester.</param>
    /// <param name="groupIds">The groups.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the tester was added.</returns>
    public Task AddToGroupsAsync(string testerId, IEnumerable<string> groupIds, CancellationToken cancellationToken = default) =>
        _groups.ChangeLinkagesAsync(HttpMethod.Post, $"/v1/betaTesters/{Uri.EscapeDataString(testerId)}/relationships/betaGroups", "betaGroups", groupIds, cancellationToken);

    /// <summary>Removes testers from an app entirely (all its groups and builds), many per request.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="testerIds">The testers.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when every tester was removed.</returns>
    public Task RemoveFromAppAsync(string appId, IEnumerable<string> testerIds, CancellationToken cancellationToken = default) =>
        _groups.ChangeLinkagesAsync(HttpMethod.Delete, $"/v1/apps/{Uri.EscapeDataString(appId)}/relationships/betaTesters", "betaTesters", testerIds, cancellationToken);

    /// <summary>Deletes a tester from the account (every app).</summary>
    /// <param name="testerId">The tester.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the tester was deleted.</returns>
    public async Task DeleteAsync(string testerId, CancellationToken cancellationToken = default)
    {
        try
        {
            await _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/betaTesters/{Uri.EscapeDataString(testerId)}", null, AscRequestKind.Idempotent, cancellationToken);
        }
        catch (Errors.AscNotFoundException)
        {
            // Already gone: a retry of a delete whose answer was lost.
        }
    }
}

/// <summary>What <see cref="BetaTestersClient.ListAsync"/> matches; unset criteria match everything.</summary>
public sealed record AscBetaTesterFilter
{
    /// <summary>Gets the app whose testers to list.</summary>
    public string? AppId { get; init; }

    /// <summary>Gets the groups whose testers to list.</summary>
    public IReadOnlyList<string> GroupIds { get; init; } = [];

    /// <summary>Gets the email addresses to match.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Gets the first name to match.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the last name to match.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the invite type to match: <c>EMAIL</c> or <c>PUBLIC_LINK</c>.</summary>
    public string? InviteType { get; init; }
}
