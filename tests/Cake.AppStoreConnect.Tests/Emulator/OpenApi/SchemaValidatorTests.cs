using System.Text.Json;
using Cake.AppStoreConnect.Emulator.OpenApi;

namespace Cake.AppStoreConnect.Tests.Emulator.OpenApi;

public sealed class SchemaValidatorTests
{
    private OpenApiSpec _spec = null!;
    private SchemaValidator _validator = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _spec = TestSpec.Load();
        _validator = new SchemaValidator(_spec);
    }

    [OneTimeTearDown]
    public void Unload() => _spec.Dispose();

    private IReadOnlyList<SchemaViolation> Validate(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return _validator.Validate(_spec.Resolve($"#/components/schemas/{schema}"), document.RootElement, $"#/components/schemas/{schema}");
    }

    private static string Thing(string attributes) => "{\"type\":\"things\",\"id\":\"1\",\"attributes\":{" + attributes + "}}";

    [Test]
    public void Should_Accept_A_Valid_Instance() =>
        Assert.That(Validate("Thing", Thing("""
            "name":"a","size":3,"createdDate":"2026-11-24T10:15:00.000+00:00","homepage":"https://example.com",
            "contact":"a@example.com","note":null,"checksum":null,"tags":["x"]
            """)), Is.Empty);

    [TestCase("""{"type":"things"}""", "/id", "/required", TestName = "Should_Catch_A_Missing_Required_Property")]
    [TestCase("""{"type":"widgets","id":"1"}""", "/type", "/enum", TestName = "Should_Catch_A_Value_Outside_The_Enum")]
    [TestCase("""{"type":"things","id":1}""", "/id", "/type", TestName = "Should_Catch_A_Wrong_Type")]
    public void Should_Catch_Structural_Violations(string json, string instancePath, string schemaPathSuffix)
    {
        var violations = Validate("Thing", json);

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That(violations[0].InstancePath, Is.EqualTo(instancePath));
        Assert.That(violations[0].SchemaPath, Does.EndWith(schemaPathSuffix));
    }

    [TestCase("\"size\":0", "/minimum")]
    [TestCase("\"size\":11", "/maximum")]
    [TestCase("\"size\":1.5", "/type")]
    [TestCase("\"createdDate\":\"2026-11-24 10:15\"", "/format")]
    [TestCase("\"createdDate\":\"2026-11-24T10:15:00\"", "/format")]
    [TestCase("\"homepage\":\"not a uri\"", "/format")]
    [TestCase("\"contact\":\"nobody\"", "/format")]
    [TestCase("\"name\":null", "/attributes/properties/name")]
    [TestCase("\"checksum\":{}", "/required")]
    [TestCase("\"tags\":[\"a\",\"b\",\"c\"]", "/maxItems")]
    [TestCase("\"tags\":[1]", "/type")]
    [TestCase("\"colour\":\"red\"", "/additionalProperties")]
    public void Should_Catch_Attribute_Violations(string attribute, string schemaPathSuffix)
    {
        var violations = Validate("Thing", Thing(attribute));

        Assert.That(violations.Select(v => v.SchemaPath), Has.Some.EndsWith(schemaPathSuffix), () => string.Join("; ", violations));
    }

    [Test]
    public void Should_Check_Additional_Properties_Against_Their_Schema() =>
        Assert.That(Validate("Thing", """{"type":"things","id":"1","meta":{"count":"many"}}"""), Has.Count.EqualTo(1));

    [Test]
    public void Should_Follow_The_Discriminator_To_The_Mapped_Schema()
    {
        var valid = Validate("ThingsResponse", """{"data":[],"included":[{"type":"others","id":"1"},{"type":"things","id":"2"}]}""");
        var unmapped = Validate("ThingsResponse", """{"data":[],"included":[{"type":"strangers","id":"1"}]}""");
        var broken = Validate("ThingsResponse", """{"data":[],"included":[{"type":"others"}]}""");

        Assert.That(valid, Is.Empty);
        Assert.That(unmapped.Single().SchemaPath, Does.EndWith("/discriminator"));
        Assert.That(broken.Single().SchemaPath, Is.EqualTo("#/components/schemas/Other/required"));
    }

    [Test]
    public void Should_Require_Exactly_One_Match_Without_A_Discriminator()
    {
        Assert.That(Validate("ThingsResponse", """{"data":[],"source":{"pointer":"/data"}}"""), Is.Empty);
        Assert.That(Validate("ThingsResponse", """{"data":[],"source":{"other":"x"}}""").Single().Message, Does.Contain("none"));
        Assert.That(Validate("ThingsResponse", """{"data":[],"source":{"pointer":"/a","parameter":"b"}}""").Single().Message, Does.Contain("2 of"));
    }
}
