using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Users;

/// <summary>The demo team: its Account Holder, an App Manager, a developer who sees one app, and one pending invitation.</summary>
internal static class UserSeeder
{
    public const string AccountHolderId = "6f1c4e30-0000-4a11-9000-000000000001";
    public const string AccountHolderEmail = "jane.appleseed@example.com";

    public static void Seed(StateStore store, DateTimeOffset now)
    {
        var users = store.Table<UserRecord>();
        users.Add(new UserRecord { Id = AccountHolderId, Username = AccountHolderEmail, FirstName = "Jane", LastName = "Appleseed", Roles = ["ACCOUNT_HOLDER", "ADMIN"] });
        users.Add(new UserRecord { Id = "6f1c4e30-0000-4a11-9000-000000000002", Username = "sam.manager@example.com", FirstName = "Sam", LastName = "Manager", Roles = ["APP_MANAGER"] });
        users.Add(new UserRecord
        {
            Id = "6f1c4e30-0000-4a11-9000-000000000003",
            Username = "dev.one@example.com",
            FirstName = "Dev",
            LastName = "One",
            Roles = ["DEVELOPER"],
            AllAppsVisible = false,
            VisibleAppIds = [AppSeeder.SampleId],
        });
        store.Table<UserInvitationRecord>().Add(new UserInvitationRecord
        {
            Id = "6f1c4e30-0000-4a11-9000-0000000000a1",
            Email = "pending.tester@example.com",
            FirstName = "Pending",
            LastName = "Person",
            Roles = ["MARKETING"],
            ExpirationDate = now + UsersModule.InvitationLifetime,
        });
    }
}
