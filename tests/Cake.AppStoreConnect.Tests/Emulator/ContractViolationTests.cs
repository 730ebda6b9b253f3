using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>
/// The contract mechanism end to end, without Apple's file: a spec that demands what the emulator does
/// not send turns the response into a 500 <c>EMULATOR_CONTRACT_VIOLATION</c> and records it.
/// </summary>
public sealed class ContractViolationTests
{
    private const string DemandingSpec = """
    {
      "openapi": "3.0.1",
      "info": { "title": "demanding", "version": "0.1" },
      "paths": {
        "/v1/apps": {
          "get": {
            "operationId": "apps_getCollection",
            "parameters": [ { "name": "limit", "in": "query", "schema": { "type": "integer", "maximum": 200 } } ],
            "responses": {
              "200": { "description": "ok", "content": { "application/json": { "schema": {
                "type": "object",
                "properties": { "data": { "type": "array", "items": { "type": "object", "required": ["nonsense"] } } },
                "required": ["data"]
              } } } }
            }
          }
        }
      }
    }
    """;

    [Test]
    public async Task Should_Answer_500_With_The_Schema_Path_And_Record_The_Violation()
    {
        // Given
        var directory = Directory.CreateTempSubdirectory("asc-emulator-spec-").FullName;
        var spec = Path.Combine(directory, "spec.json");
        await File.WriteAllTextAsync(spec, DemandingSpec);
        try
        {
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.OpenApiPath = spec));

            // When
            var (status, body) = await emulator.GetAsync("/v1/apps?limit=1");

            // Then
            Assert.That(status, Is.EqualTo(HttpStatusCode.InternalServerError));
            var error = body!["errors"]![0]!;
            Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("EMULATOR_CONTRACT_VIOLATION"));
            Assert.That(error["detail"]!.GetValue<string>(), Does.Contain("/required").And.Contain("nonsense"));
            var contract = JsonNode.Parse(await emulator.Control.GetStringAsync("/_emulator/contract"))!;
            var violation = contract["violations"]![0]!;
            Assert.That(violation["operationId"]!.GetValue<string>(), Is.EqualTo("apps_getCollection"));
            Assert.That(violation["instancePath"]!.GetValue<string>(), Is.EqualTo("/data/0/nonsense"));

            // And routes the spec does not have are reported as such
            Assert.That(contract["implemented"]!.AsArray().Where(i => i!["operationId"] is null), Is.Not.Empty);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
