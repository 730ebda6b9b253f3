using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.OpenApi;

/// <summary>A broken contract, as <c>/_emulator/contract</c> lists it.</summary>
internal sealed record ContractViolation(
    string Direction,
    string? OperationId,
    string Method,
    string Path,
    int Status,
    string InstancePath,
    string SchemaPath,
    string Message,
    DateTimeOffset Timestamp);

/// <summary>
/// What the contract check saw: the operations implemented (from the route table), those exercised
/// (with the statuses answered) and every violation, split into request (client) and response (emulator).
/// </summary>
internal sealed class ContractRecorder
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedSet<int>> _exercised = new(StringComparer.Ordinal);
    private readonly List<ContractViolation> _violations = [];
    private readonly List<(string Method, string Route, string? OperationId)> _implemented = [];

    public void Implemented(string method, string route, string? operationId)
    {
        lock (_gate)
        {
            _implemented.Add((method, route, operationId));
        }
    }

    public void Exercised(string operationId, int status)
    {
        lock (_gate)
        {
            if (!_exercised.TryGetValue(operationId, out var statuses))
            {
                statuses = [];
                _exercised[operationId] = statuses;
            }

            statuses.Add(status);
        }
    }

    public void Violation(ContractViolation violation)
    {
        lock (_gate)
        {
            _violations.Add(violation);
        }
    }

    public JsonObject Report(string specVersion)
    {
        lock (_gate)
        {
            var implementedIds = _implemented.Where(i => i.OperationId is not null).Select(i => i.OperationId!).ToHashSet();
            return new JsonObject
            {
                ["enabled"] = true,
                ["specVersion"] = specVersion,
                ["implemented"] = new JsonArray([.. _implemented.Select(i => (JsonNode)new JsonObject
                {
                    ["method"] = i.Method,
                    ["path"] = i.Route,
                    ["operationId"] = i.OperationId,
                })]),
                ["exercised"] = new JsonArray([.. _exercised.Select(e => (JsonNode)new JsonObject
                {
                    ["operationId"] = e.Key,
                    ["statuses"] = new JsonArray([.. e.Value.Select(s => (JsonNode)s)]),
                })]),
                ["notExercised"] = new JsonArray([.. implementedIds.Where(id => !_exercised.ContainsKey(id)).Order(StringComparer.Ordinal).Select(id => (JsonNode)id)]),
                ["violations"] = Violations("response"),
                ["requestViolations"] = Violations("request"),
            };
        }
    }

    private JsonArray Violations(string direction) => new([.. _violations.Where(v => v.Direction == direction).Select(v => (JsonNode)new JsonObject
    {
        ["operationId"] = v.OperationId,
        ["method"] = v.Method,
        ["path"] = v.Path,
        ["status"] = v.Status,
        ["instancePath"] = v.InstancePath,
        ["schemaPath"] = v.SchemaPath,
        ["message"] = v.Message,
        ["timestamp"] = ApiDates.Format(v.Timestamp),
    })]);
}
