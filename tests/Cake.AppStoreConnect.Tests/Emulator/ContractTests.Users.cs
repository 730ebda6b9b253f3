using System.Net;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <content>Users and invitations: invite, the duplicate and missing-name refusals, accept, update, visible apps, remove.</content>
public sealed partial class ContractTests
{
    private const string AccountHolderId = "6f1c4e30-0000-4a11-9000-000000000001";
    private const string UsersApp = UploadSteps.SampleAppId;

    private async Task ExerciseUsersAsync()
    {
        const string Email = "new.person@example.com";
        await ExpectAsync(HttpMethod.Get, $"/v1/users?filter[roles]=ADMIN,DEVELOPER&filter[visibleApps]={UsersApp}&include=visibleApps&sort=username&limit=5", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, "/v1/userInvitations?filter[roles]=MARKETING&include=visibleApps&sort=email", HttpStatusCode.OK);
        var invited = await ExpectAsync(HttpMethod.Post, "/v1/userInvitations", HttpStatusCode.Created, Invitation(Email, "New", "Person"));
        var invitationId = invited["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Post, "/v1/userInvitations", HttpStatusCode.Conflict, Invitation(Email, "New", "Person"));
        await ExpectAsync(HttpMethod.Post, "/v1/userInvitations", HttpStatusCode.Conflict, Invitation("jane.appleseed@example.com", "Jane", "Again"));
        await ExpectAsync(HttpMethod.Post, "/v1/userInvitations", HttpStatusCode.UnprocessableEntity, Entity("userInvitations", new { email = "no.name@example.com", firstName = "No", lastName = " ", roles = new[] { "DEVELOPER" } }));
        await ExpectAsync(HttpMethod.Post, "/v1/userInvitations", HttpStatusCode.Conflict, Entity("userInvitations", new { email = "holder@example.com", firstName = "A", lastName = "H", roles = new[] { "ACCOUNT_HOLDER" } }));

        using (var accepted = await _emulator.Control.PostAsync(new Uri($"/_emulator/userInvitations/{invitationId}/accept", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var users = await ExpectAsync(HttpMethod.Get, $"/v1/users?filter[username]={Email}", HttpStatusCode.OK);
        var userId = users["data"]![0]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Patch, $"/v1/users/{userId}", HttpStatusCode.OK, Entity("users", new { roles = new[] { "APP_MANAGER" }, allAppsVisible = false }, new { visibleApps = new { data = new[] { new { type = "apps", id = UsersApp } } } }, userId));
        await ExpectAsync(HttpMethod.Patch, $"/v1/users/{AccountHolderId}", HttpStatusCode.Conflict, Entity("users", new { roles = new[] { "DEVELOPER" } }, id: AccountHolderId));
        await ExpectAsync(HttpMethod.Post, $"/v1/users/{userId}/relationships/visibleApps", HttpStatusCode.NoContent, new { data = new[] { new { type = "apps", id = "1481192346" } } });
        await ExpectAsync(HttpMethod.Delete, $"/v1/users/{userId}/relationships/visibleApps", HttpStatusCode.NoContent, new { data = new[] { new { type = "apps", id = "1481192346" } } });
        await ExpectAsync(HttpMethod.Patch, $"/v1/users/{userId}/relationships/visibleApps", HttpStatusCode.NoContent, new { data = new[] { new { type = "apps", id = UsersApp } } });
        await ExpectAsync(HttpMethod.Get, $"/v1/users/{userId}?include=visibleApps", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Delete, $"/v1/users/{AccountHolderId}", HttpStatusCode.BadRequest);
        await ExpectAsync(HttpMethod.Delete, $"/v1/users/{userId}", HttpStatusCode.NoContent);

        var second = await ExpectAsync(HttpMethod.Post, "/v1/userInvitations", HttpStatusCode.Created, Invitation("second@example.com", "Second", "Person"));
        var secondId = second["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Get, $"/v1/userInvitations/{secondId}?include=visibleApps", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Delete, $"/v1/userInvitations/{secondId}", HttpStatusCode.NoContent);
        await ExpectAsync(HttpMethod.Delete, $"/v1/userInvitations/{secondId}", HttpStatusCode.NotFound);
    }

    private static System.Text.Json.Nodes.JsonObject Invitation(string email, string first, string last) =>
        Entity("userInvitations", new { email, firstName = first, lastName = last, roles = new[] { "CUSTOMER_SUPPORT" }, allAppsVisible = false }, new { visibleApps = new { data = new[] { new { type = "apps", id = UsersApp } } } });
}
