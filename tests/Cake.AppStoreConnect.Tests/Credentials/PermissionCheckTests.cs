using Cake.AppStoreConnect.Client.Access;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Credentials;

/// <summary>
/// AscVerifyCredentials(s => s.Require(…)) against emulator keys of each role: the table is right, a missing
/// permission fails naming the roles that allow it, and the checks change nothing.
/// </summary>
public sealed class PermissionCheckTests
{
    /// <summary>Every permission whose routes this emulator answers (signing arrives with its own module).</summary>
    private static readonly AscPermission[] Every = [.. Enum.GetValues<AscPermission>().Except([AscPermission.ManageSigning])];

    private static readonly AscPermission[] Release =
        [AscPermission.ListApps, AscPermission.UploadBuilds, AscPermission.ManageTestFlight, AscPermission.EditMetadata, AscPermission.SubmitForReview];

    [Test]
    public async Task Should_Find_Every_Permission_Of_An_Admin_Key_And_Change_Nothing()
    {
        await using var emulator = await StartAsync("ADMIN");
        var before = (await emulator.StateAsync()).ToJsonString();
        var (context, _) = emulator.CakeContext();

        var check = context.AscVerifyCredentials(s => s.Require(Every));

        Assert.That(check.Permissions.Select(p => (p.Permission, p.Allowed)), Is.EqualTo(Every.Select(p => (p, (bool?)true))));
        Assert.That(check.KeyKind, Is.EqualTo(AscKeyKind.Team));
        Assert.That((await emulator.StateAsync()).ToJsonString(), Is.EqualTo(before));
        Assert.That(await emulator.ChangesAsync(), Has.All.Matches<EmulatorRequest>(r => r.Status >= 400), "every write probe was refused");
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Pass_An_App_Manager_Key_For_A_Release_And_Refuse_It_Reports_And_Users()
    {
        await using var emulator = await StartAsync("APP_MANAGER");
        var before = (await emulator.StateAsync()).ToJsonString();
        var (context, _) = emulator.CakeContext();

        var check = context.AscVerifyCredentials(s => s.Require(Release));
        var refused = Assert.Throws<AscMissingPermissionsException>(() => context.AscVerifyCredentials(s => s.Require(AscPermission.UploadBuilds, AscPermission.ReadFinanceReports, AscPermission.ManageUsers)))!;

        Assert.Multiple(() =>
        {
            Assert.That(check.Permissions.All(p => p.Allowed == true), Is.True, check.PermissionTable());
            Assert.That(refused.Check.MissingPermissions.Select(p => p.Permission), Is.EqualTo(new[] { AscPermission.ReadFinanceReports, AscPermission.ManageUsers }));
            Assert.That(refused.Message, Does.Contain("ReadFinanceReports  no").And.Contain("Admin or Finance").And.Contain("ManageUsers         no").And.Contain("UploadBuilds        yes"));
        });
        Assert.That((await emulator.StateAsync()).ToJsonString(), Is.EqualTo(before));
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Stop_A_Customer_Support_Key_Naming_The_Missing_Permissions_And_Roles()
    {
        await using var emulator = await StartAsync("CUSTOMER_SUPPORT");
        var before = (await emulator.StateAsync()).ToJsonString();
        var (context, _) = emulator.CakeContext();

        var refused = Assert.Throws<AscMissingPermissionsException>(() => context.AscVerifyCredentials(s => s.Require([.. Release, AscPermission.ReplyToReviews])))!;

        Assert.Multiple(() =>
        {
            Assert.That(refused.Check.MissingPermissions.Select(p => p.Permission), Is.EqualTo(Release));
            Assert.That(refused.Check.Permissions.Single(p => p.Permission == AscPermission.ReplyToReviews).Allowed, Is.True);
            Assert.That(refused.Message, Does.Contain("missing ListApps, UploadBuilds, ManageTestFlight, EditMetadata, SubmitForReview").And.Contain("Admin, App Manager or Developer").And.Contain("team key"));
        });
        Assert.That((await emulator.StateAsync()).ToJsonString(), Is.EqualTo(before));
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Explain_Every_Refusal_With_The_Key_Kind_And_The_Roles_That_Allow_It()
    {
        await using var emulator = await StartAsync("DEVELOPER");

        var refused = Assert.ThrowsAsync<AscForbiddenException>(() => emulator.Client.BetaGroups.CreateAsync(EmulatorFixture.SampleAppId, new Cake.AppStoreConnect.Client.TestFlight.AscBetaGroupDefinition { Name = "External" }))!;

        Assert.That(refused.Message, Does.Contain("The key is a team key and may not manage TestFlight").And.Contain("Admin or App Manager"));
    }

    [Test]
    public async Task Should_Answer_Manage_Signing_From_The_Signing_Routes_Roles()
    {
        await using var admin = await StartAsync("ADMIN");
        var (adminContext, _) = admin.CakeContext();
        Assert.DoesNotThrow(() => adminContext.AscVerifyCredentials(s => s.Require(AscPermission.ManageSigning)));

        await using var support = await StartAsync("CUSTOMER_SUPPORT");
        var (supportContext, _) = support.CakeContext();
        var refused = Assert.Throws<AscMissingPermissionsException>(() => supportContext.AscVerifyCredentials(s => s.Require(AscPermission.ManageSigning)))!;
        Assert.That(refused.Message, Does.Contain("ManageSigning  no").And.Contain("team key"));
    }

    private static Task<EmulatorFixture> StartAsync(string roles) =>
        EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false).Configure(o => o.KeyRoles = roles));
}
