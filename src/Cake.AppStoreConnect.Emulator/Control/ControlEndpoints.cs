using System.Text.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Access;
using Cake.AppStoreConnect.Emulator.Authentication;
using Cake.AppStoreConnect.Emulator.Diagnostics;
using Cake.AppStoreConnect.Emulator.Faults;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Control;

/// <summary>
/// <c>/_emulator/…</c>: what tests, CI and people use to drive and inspect the emulator. Outside Apple's
/// paths, no JWT, never rate limited or faulted.
/// </summary>
internal static class ControlEndpoints
{
    public const string Prefix = "/_emulator";

    public static void Map(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        var control = routes.MapGroup(Prefix);
        control.MapGet("/health", () => Results.Json(new { status = "ready" }));
        control.MapGet("/state", () =>
        {
            context.Store.Advance(context.Now);
            return JsonApiResults.Json(context.Store.Snapshot());
        });
        control.MapGet("/requests", () => Results.Json(context.Requests.Snapshot().Select(e => new
        {
            method = e.Method,
            path = e.Path,
            status = e.Status,
            timestamp = ApiDates.Format(e.Timestamp),
            faultInjected = e.FaultInjected,
            fault = e.Fault,
            keyId = e.KeyId,
            authFailure = e.AuthFailure,
        })));
        control.MapDelete("/requests", () =>
        {
            context.Requests.Clear();
            return Results.NoContent();
        });
        control.MapGet("/changes", (string? format) => format == "markdown"
            ? Results.Text(ChangeReport.ToMarkdown(context.Store.Changes.Snapshot()), "text/markdown; charset=utf-8")
            : JsonApiResults.Json(ChangeReport.ToJson(context.Store.Changes.Snapshot())));
        control.MapDelete("/changes", () =>
        {
            context.Store.Changes.Clear();
            return Results.NoContent();
        });
        control.MapGet("/faults", () => Results.Json(context.Faults.Rules()));
        control.MapPost("/faults", (Delegate)((HttpContext http) => AddFaultsAsync(http, context)));
        control.MapDelete("/faults", () =>
        {
            context.Faults.Clear();
            return Results.NoContent();
        });
        control.MapPost("/keys", (Delegate)((HttpContext http) => AddKeyAsync(http, context)));
        control.MapPost("/keys/{keyId}/revoke", (string keyId) =>
            context.Keys.Revoke(keyId) ? Results.NoContent() : Results.NotFound(new { error = $"No key '{keyId}' is registered." }));
        control.MapGet("/roles", () => Results.Json(RoutePermissions.All.Select(row => new
        {
            route = row.Key,
            job = row.Value.Job,
            roles = RoutePermissions.Find(row.Key[..row.Key.IndexOf(' ')], row.Key[(row.Key.IndexOf(' ') + 1)..]).AllowedRoles,
            teamKeyOnly = row.Value.TeamKeyOnly,
            source = row.Value.Source.ToString(),
        })));
        control.MapGet("/contract", () => context.Contract is { } contract
            ? JsonApiResults.Json(contract.Recorder.Report(contract.Spec.Version))
            : JsonApiResults.Json(new JsonObject { ["enabled"] = false, ["detail"] = "Start the emulator with --openapi PATH to check the contract." }));
    }

    /// <summary>Takes one rule or an array of rules.</summary>
    private static async Task<IResult> AddFaultsAsync(HttpContext http, EmulatorContext context)
    {
        List<FaultRule> rules;
        try
        {
            var node = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            rules = node is JsonArray
                ? node.Deserialize<List<FaultRule>>(ControlJson.Options) ?? []
                : [node.Deserialize<FaultRule>(ControlJson.Options)!];
        }
        catch (JsonException e)
        {
            return Results.BadRequest(new { error = $"Not a fault rule: {e.Message}" });
        }

        if (rules.Select(r => r.Validate()).FirstOrDefault(p => p is not null) is { } problem)
        {
            return Results.BadRequest(new { error = problem });
        }

        rules.ForEach(context.Faults.Add);
        return Results.Json(context.Faults.Rules(), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>
    /// Registers a key: <c>{"keyId":"…","issuerId":"…","publicKeyPem":"…"}</c> registers a given key;
    /// without <c>publicKeyPem</c> a key pair is generated and its private key returned. No
    /// <c>issuerId</c> means an individual key, unless <c>"kind":"team"</c> asks for one with a generated issuer.
    /// <c>roles</c> (UserRole values, default ADMIN), and for an individual key <c>userId</c> and
    /// <c>visibleAppIds</c> (absent: all apps), say what the key may do.
    /// </summary>
    private static async Task<IResult> AddKeyAsync(HttpContext http, EmulatorContext context)
    {
        KeyRequest request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<KeyRequest>(http.Request.Body, ControlJson.Options, http.RequestAborted) ?? new KeyRequest();
        }
        catch (JsonException e)
        {
            return Results.BadRequest(new { error = $"Not a key request: {e.Message}" });
        }

        KeyAccess access;
        try
        {
            access = request.Access();
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(new { error = e.Message });
        }

        if (request.PublicKeyPem is { } pem)
        {
            if (request.KeyId is null)
            {
                return Results.BadRequest(new { error = "keyId is required with publicKeyPem." });
            }

            try
            {
                context.Keys.RegisterPem(request.KeyId, request.IssuerId, pem, access);
            }
            catch (KeyIdTakenException e)
            {
                return Results.Conflict(new { error = e.Message });
            }
            catch (Exception e) when (e is ArgumentException or System.Security.Cryptography.CryptographicException)
            {
                return Results.BadRequest(new { error = $"Not a P-256 key: {e.Message}" });
            }

            return Results.Json(new { keyId = request.KeyId, issuerId = request.IssuerId }, statusCode: StatusCodes.Status201Created);
        }

        GeneratedKey key;
        try
        {
            key = context.Keys.Generate(request.KeyId, request.IssuerId, access);
        }
        catch (KeyIdTakenException e)
        {
            return Results.Conflict(new { error = e.Message });
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(new { error = e.Message });
        }

        return Results.Json(new { keyId = key.KeyId, issuerId = key.IssuerId, privateKeyPem = key.PrivateKeyPem }, statusCode: StatusCodes.Status201Created);
    }

    private sealed class KeyRequest
    {
        public string? KeyId { get; set; }

        public string? IssuerId { get; set; }

        public string? PublicKeyPem { get; set; }

        /// <summary>Gets or sets <c>team</c> or <c>individual</c>; absent, the issuer id decides.</summary>
        public string? Kind { get; set; }

        public List<string>? Roles { get; set; }

        public string? UserId { get; set; }

        public List<string>? VisibleAppIds { get; set; }

        /// <summary>Checks the kind against the issuer (a team key without one gets a generated issuer) and reads the roles.</summary>
        public KeyAccess Access()
        {
            switch (Kind)
            {
                case null:
                    break;
                case "team":
                    IssuerId ??= State.Ids.NewUuid();
                    break;
                case "individual" when IssuerId is not null:
                    throw new ArgumentException("An individual key has no issuerId (its token carries sub \"user\"); leave issuerId out or use kind \"team\".");
                case "individual":
                    break;
                default:
                    throw new ArgumentException($"kind is 'team' or 'individual', not '{Kind}'.");
            }

            if (IssuerId is not null && (UserId is not null || VisibleAppIds is not null))
            {
                throw new ArgumentException("userId and visibleAppIds belong to individual keys; a team key sees every app.");
            }

            var roles = Roles is null ? KeyAccess.Admin.Roles : UserRoles.Validate(Roles, "roles");
            if (roles.Count == 0)
            {
                throw new ArgumentException($"roles needs at least one UserRole ({string.Join(", ", UserRoles.All)}).");
            }

            return new KeyAccess(roles, UserId, VisibleAppIds is null ? null : new HashSet<string>(VisibleAppIds, StringComparer.Ordinal));
        }
    }
}

/// <summary>Serializer settings of the control endpoints' bodies.</summary>
internal static class ControlJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
