using System.Text;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.TestSupport;
using Cake.AppStoreConnect.Users;

namespace Cake.AppStoreConnect.Tests.Users;

/// <summary>AscSyncUsers and the user aliases against the emulator: plan = result, a second run writes nothing, the Account Holder untouched.</summary>
public sealed class UserSyncTests
{
    private const string AccountHolder = "jane.appleseed@example.com";

    [Test]
    public async Task Should_Sync_A_50_Person_Roster_As_Planned_Then_Write_Nothing()
    {
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false));
        var roster = Path.Combine(emulator.Directory, "team.csv");
        var rows = Enumerable.Range(1, 50).Select(i => $"person{i:00}@example.com,First{i},Last{i},{(i % 3 == 0 ? "DEVELOPER;ACCESS_TO_REPORTS" : "APP_MANAGER")},{(i % 2 == 0 ? EmulatorFixture.Sample : string.Empty)}");
        // The seeded App Manager moves to Developer on one app; the Account Holder is listed with other roles, and is left alone.
        File.WriteAllText(roster, string.Join("\n", [UserRoster.Header, .. rows, $"sam.manager@example.com,Sam,Manager,DEVELOPER,{EmulatorFixture.Sample}", $"{AccountHolder},Jane,Appleseed,DEVELOPER,"]), new UTF8Encoding(true));
        var (context, _) = emulator.CakeContext();
        var before = (await emulator.StateAsync()).ToJsonString();

        await emulator.ClearRequestsAsync();
        var plan = context.AscSyncUsers(roster, s => s.SetDryRun());
        var dryRunWrites = await emulator.ChangesAsync();
        var afterDryRun = (await emulator.StateAsync()).ToJsonString();
        var first = context.AscSyncUsers(roster);
        await emulator.ClearRequestsAsync();
        var second = context.AscSyncUsers(roster);
        var secondWrites = await emulator.ChangesAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(dryRunWrites, Is.Empty, "a dry run writes nothing");
            Assert.That(afterDryRun, Is.EqualTo(before));
            Assert.That(plan.Changes, Has.Count.EqualTo(51), "50 invitations and one update");
            Assert.That(first.Changes, Is.EqualTo(plan.Changes), "the plan is the result");
            Assert.That(second.Changes, Is.Empty);
            Assert.That(secondWrites, Is.Empty, "a second run writes nothing");
            Assert.That(second.AlreadyInPlace, Has.Some.Contains("Account Holder, never changed").And.Some.Contains("invited (pending)"));
            Assert.That(first.AlreadyInPlace, Has.Some.Contains("not changed: RemoveUnlisted is off"), "the unlisted developer is reported, not removed");
            Assert.That(await emulator.CountAsync("userInvitations"), Is.EqualTo(51), "the seeded pending invitation is kept");
            var holder = (await emulator.StateAsync("users")).Single(u => u!["username"]!.GetValue<string>() == AccountHolder);
            Assert.That(holder!["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "ACCOUNT_HOLDER", "ADMIN" }));
        });
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Remove_The_Unlisted_Only_When_Asked_And_Never_The_Account_Holder()
    {
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false));
        var roster = Path.Combine(emulator.Directory, "team.csv");
        File.WriteAllText(roster, UserRoster.Header + "\nsam.manager@example.com,Sam,Manager,APP_MANAGER,\n");
        var (context, _) = emulator.CakeContext();

        var result = context.AscSyncUsers(roster, s => s.RemoveUnlisted());

        Assert.Multiple(async () =>
        {
            Assert.That(result.Changes, Is.EqualTo(new[] { "remove dev.one@example.com (not in the roster)", "cancel the invitation of pending.tester@example.com (not in the roster)" }));
            Assert.That((await emulator.StateAsync("users")).Select(u => u!["username"]!.GetValue<string>()), Is.EquivalentTo(new[] { AccountHolder, "sam.manager@example.com" }));
        });
    }

    [Test]
    public async Task Should_Invite_A_Support_Person_Allowed_An_Individual_Key_For_One_App()
    {
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false));
        var (context, _) = emulator.CakeContext();

        var invited = context.AscInviteUser("appbot@example.com", "Review", "Bot", ["CUSTOMER_SUPPORT"], s => s.WithVisibleApps(EmulatorFixture.Sample).AllowIndividualKeys());
        var again = context.AscInviteUser("appbot@example.com", "Review", "Bot", ["CUSTOMER_SUPPORT"], s => s.WithVisibleApps(EmulatorFixture.Sample).AllowIndividualKeys());

        var invitation = (await emulator.StateAsync("userInvitations")).Single(i => i!["email"]!.GetValue<string>() == "appbot@example.com")!;
        Assert.Multiple(() =>
        {
            Assert.That(invited.Changes, Has.Count.EqualTo(1));
            Assert.That(again.Changes, Is.Empty);
            Assert.That(invitation["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "CUSTOMER_SUPPORT", "GENERATE_INDIVIDUAL_KEYS" }));
            Assert.That(invitation["allAppsVisible"]!.GetValue<bool>(), Is.False);
            Assert.That(invitation["visibleAppIds"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { EmulatorFixture.SampleAppId }));
        });
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Change_Roles_And_Apps_In_One_Request_And_Refuse_The_Account_Holder()
    {
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false));
        var (context, _) = emulator.CakeContext();
        await emulator.ClearRequestsAsync();

        var changed = context.AscUpdateUser("dev.one@example.com", ["DEVELOPER", "MARKETING"], s => s.WithVisibleApps(EmulatorFixture.Sample, EmulatorFixture.VeryCapableApp));
        var writes = await emulator.ChangesAsync();
        var holder = Assert.Throws<ArgumentException>(() => context.AscUpdateUser(AccountHolder, ["DEVELOPER"]))!;
        var removeHolder = Assert.Throws<ArgumentException>(() => context.AscRemoveUser(AccountHolder))!;

        Assert.Multiple(() =>
        {
            Assert.That(changed.Changes, Has.Count.EqualTo(1));
            Assert.That(writes.Select(w => $"{w.Method} {w.Path.Split('?')[0]}"), Is.EqualTo(new[] { "PATCH /v1/users/6f1c4e30-0000-4a11-9000-000000000003" }), "roles and apps in one request");
            Assert.That(changed.Resource!.VisibleAppIds, Is.EquivalentTo(new[] { EmulatorFixture.SampleAppId, EmulatorFixture.VeryCapableAppId }));
            Assert.That(holder.Message, Does.Contain("Account Holder"));
            Assert.That(removeHolder.Message, Does.Contain("Account Holder"));
        });
    }

    [Test]
    public void Should_Report_Every_Bad_Roster_Row_Before_Anything_Changes()
    {
        var text = UserRoster.Header + "\nnot-an-email,A,B,DEVELOPER,\nok@example.com,,B,DEVELOPER,\nx@example.com,X,Y,OWNER,\nh@example.com,H,I,ACCOUNT_HOLDER,\n";

        var error = Assert.Throws<FormatException>(() => UserRoster.Read(new StringReader(text)))!;

        Assert.That(error.Message, Does.Contain("4 invalid row(s)").And.Contain("line 2").And.Contain("first and a last name").And.Contain("'OWNER' is not an App Store Connect role").And.Contain("ACCOUNT_HOLDER cannot be given"));
    }

    [Test]
    public void Should_Refuse_A_Roster_That_Is_Not_Utf8()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("team.csv");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(UserRoster.Header + "\nj@example.com,J"), 0xE9, .. Encoding.ASCII.GetBytes("r,K,DEVELOPER,\n")]);

        Assert.That(() => UserRoster.Read(path), Throws.TypeOf<FormatException>().With.Message.Contains("roster").And.Message.Contains("is not UTF-8: line 2"));
    }
}
