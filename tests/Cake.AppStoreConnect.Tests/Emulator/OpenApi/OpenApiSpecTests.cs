using System.Text;
using Cake.AppStoreConnect.Emulator.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cake.AppStoreConnect.Tests.Emulator.OpenApi;

public sealed class OpenApiSpecTests
{
    private ContractChecker _checker = null!;

    private OpenApiSpec Spec => _checker.Spec;

    [OneTimeSetUp]
    public void Load() => _checker = new ContractChecker(TestSpec.Load());

    [OneTimeTearDown]
    public void Unload() => _checker.Dispose();

    private IReadOnlyList<ParameterViolation> Parameters(string query) =>
        ParameterValidator.Validate(Spec.Match("GET", "/v1/things")!, QueryHelpersParse(query), _checker.Schemas);

    private static Dictionary<string, StringValues> QueryHelpersParse(string query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);

    [TestCase("GET", "/v1/things", "things_getCollection")]
    [TestCase("GET", "/v1/things/42", "things_getInstance")]
    [TestCase("GET", "/v1/things/special", "things_special")]
    [TestCase("DELETE", "/v1/things/42", "things_deleteInstance")]
    public void Should_Match_Operations_Preferring_Literal_Segments(string method, string path, string operationId) =>
        Assert.That(Spec.Match(method, path)?.OperationId, Is.EqualTo(operationId));

    [TestCase("PATCH", "/v1/things/42")]
    [TestCase("GET", "/v1/things/42/parts")]
    public void Should_Not_Match_Undeclared_Operations(string method, string path) =>
        Assert.That(Spec.Match(method, path), Is.Null);

    [Test]
    public void Should_Accept_Declared_Parameters_And_The_Cursor() =>
        Assert.That(Parameters("?filter[vendorNumber]=1&filter[kind]=A,B&limit=200&exists[owner]=true&cursor=abc"), Is.Empty);

    [TestCase("?filter[vendorNumber]=1&filter[colour]=red", "filter[colour]", true)]
    [TestCase("?filter[vendorNumber]=1&limit=201", "limit", false)]
    [TestCase("?filter[vendorNumber]=1&limit=ten", "limit", false)]
    [TestCase("?filter[vendorNumber]=1&filter[kind]=A,C", "filter[kind]", false)]
    [TestCase("?filter[vendorNumber]=1&filter[kind]=A,", "filter[kind]", false)]
    [TestCase("?filter[vendorNumber]=1&exists[owner]=yes", "exists[owner]", false)]
    [TestCase("?limit=5", "filter[vendorNumber]", false)]
    public void Should_Catch_Parameter_Violations(string query, string parameter, bool illegal)
    {
        var violation = Parameters(query).Single();

        Assert.That(violation.Parameter, Is.EqualTo(parameter));
        Assert.That(violation.Illegal, Is.EqualTo(illegal));
    }

    [Test]
    public void Should_Catch_An_Undeclared_Response_Status() =>
        Assert.That(_checker.CheckResponse(Spec.Match("GET", "/v1/things/1")!, 404, "application/json", Encoding.UTF8.GetBytes("{}")).Single().Message, Does.Contain("not declared"));

    [Test]
    public void Should_Catch_A_Body_Where_None_Is_Declared() =>
        Assert.That(_checker.CheckResponse(Spec.Match("DELETE", "/v1/things/1")!, 204, "application/json", Encoding.UTF8.GetBytes("{}")), Has.Count.EqualTo(1));

    [Test]
    public void Should_Catch_A_Response_Body_That_Breaks_Its_Schema()
    {
        var violations = _checker.CheckResponse(Spec.Match("GET", "/v1/things/1")!, 200, "application/json", Encoding.UTF8.GetBytes("""{"type":"things"}"""));

        Assert.That(violations.Single().SchemaPath, Is.EqualTo("#/components/schemas/Thing/required"));
    }

    [Test]
    public void Should_Catch_A_Response_That_Is_Not_Json() =>
        Assert.That(_checker.CheckResponse(Spec.Match("GET", "/v1/things/1")!, 200, "text/plain", Encoding.UTF8.GetBytes("hello")), Has.Count.EqualTo(1));

    [Test]
    public async Task Should_Refuse_A_Request_Body_That_Breaks_Its_Schema()
    {
        // Given
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.Path = "/v1/things";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"data":{"type":"things","attributes":{}}}"""));

        // When
        var error = await _checker.CheckRequestAsync(http, Spec.Match("POST", "/v1/things")!, DateTimeOffset.UtcNow);

        // Then
        Assert.That(error!.Errors[0].Code, Is.EqualTo("ENTITY_ERROR.ATTRIBUTE.REQUIRED"));
        Assert.That(error.Errors[0].Pointer, Is.EqualTo("/data/attributes/name"));
        Assert.That(http.Request.Body.Position, Is.Zero, "the handler must still be able to read the body");
    }
}
