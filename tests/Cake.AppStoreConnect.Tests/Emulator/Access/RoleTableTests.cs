using Cake.AppStoreConnect.Emulator.Access;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator.Access;

/// <summary>The route → roles table covers exactly the routes the emulator maps (read from its endpoint data sources).</summary>
public sealed class RoleTableTests
{
    [Test]
    public async Task Should_Have_A_Row_For_Every_Implemented_Route()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var routes = emulator.Host.ApiRoutes().Select(r => $"{r.Method} {r.Route}").Distinct().Order(StringComparer.Ordinal).ToList();
        var missing = routes.Where(r => !RoutePermissions.All.ContainsKey(r)).ToList();

        Assert.That(routes, Has.Count.GreaterThan(50), "the endpoint data sources were not read");
        Assert.That(missing, Is.Empty, () =>
            "These routes have no row in src/Cake.AppStoreConnect.Emulator/Access/RoutePermissions.cs; add one line each, e.g.\n" +
            string.Join("\n", missing.Select(r => $"        {{ \"{r}\", <RoleGroup> }},")));
    }

    [Test]
    public async Task Should_Have_No_Row_For_A_Route_That_Is_Not_Mapped()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var routes = emulator.Host.ApiRoutes().Select(r => $"{r.Method} {r.Route}").ToHashSet(StringComparer.Ordinal);

        Assert.That(RoutePermissions.All.Keys.Where(r => !routes.Contains(r)), Is.Empty, "rows whose route no module maps (a typo in the pattern?)");
    }

    [Test]
    public void Should_Allow_The_Account_Holder_And_Admins_Everywhere_And_Others_By_Row()
    {
        var reply = RoutePermissions.Find("POST", "v1/customerReviewResponses");
        var upload = RoutePermissions.Find("POST", "/v1/buildUploads");
        Assert.Multiple(() =>
        {
            Assert.That(reply.Allows(Roles(UserRoles.CustomerSupport)), Is.True);
            Assert.That(upload.Allows(Roles(UserRoles.CustomerSupport)), Is.False);
            Assert.That(upload.Allows(Roles(UserRoles.Developer)), Is.True);
            Assert.That(upload.Allows(Roles(UserRoles.AccountHolder)), Is.True);
            Assert.That(RoutePermissions.Find("GET", "/v1/notMapped").Allows(Roles(UserRoles.AppManager)), Is.False);
            Assert.That(RoutePermissions.Find("GET", "/v1/notMapped").Allows(Roles(UserRoles.Admin)), Is.True);
        });
    }

    private static HashSet<string> Roles(params string[] roles) => [.. roles];
}
