using Cake.AppStoreConnect.Emulator.Hosting;

namespace Cake.AppStoreConnect.Tests.Emulator.Access;

public sealed class KeyRoleSwitchTests
{
    [Test]
    public void Should_Read_The_Key_Roles_And_The_Account_Switches()
    {
        var options = CommandLine.Parse(["--key-roles", "APP_MANAGER,ACCESS_TO_REPORTS", "--agreements-expired", "--api-access-disabled"]);
        Assert.Multiple(() =>
        {
            Assert.That(options.KeyRoles, Is.EqualTo("APP_MANAGER,ACCESS_TO_REPORTS"));
            Assert.That(options.AgreementsExpired, Is.True);
            Assert.That(options.ApiAccessDisabled, Is.True);
            Assert.That(CommandLine.Parse([]).KeyRoles, Is.EqualTo("ADMIN"));
        });
    }

    [Test]
    public void Should_Name_An_Unknown_Role() =>
        Assert.That(() => CommandLine.Parse(["--key-roles", "APP_MANAGER,OWNER"]), Throws.TypeOf<UsageException>()
            .With.Message.Contains("'OWNER' is not an App Store Connect UserRole").And.Message.Contains("--key-roles"));
}
