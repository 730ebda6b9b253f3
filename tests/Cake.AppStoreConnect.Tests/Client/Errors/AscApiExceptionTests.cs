using System.Net;
using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Tests.Client.Errors;

public sealed class AscApiExceptionTests
{
    [Test]
    public void Should_Escape_And_Cap_What_The_Server_Quotes()
    {
        // Given: a 414 whose detail quotes a 10,000-character, line-broken request
        var sent = "/v1/apps?filter[bundleId]=com.example\n" + new string('x', 10_000);
        AscError[] errors = [new() { Status = "414", Code = "HTTP_414", Title = "URI Too Long", Detail = "The URI " + sent + " is too long." }];

        // When
        var message = new AscApiException((HttpStatusCode)414, "GET", sent, errors).Message;

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(message.Length, Is.LessThan(1200));
            Assert.That(message, Does.Contain("filter[bundleId]=com.example\\nxxx"));
            Assert.That(message.Split('\n'), Has.Length.EqualTo(2), "one line for the request, one per error: nothing the server sent starts a line");
        });
    }
}
