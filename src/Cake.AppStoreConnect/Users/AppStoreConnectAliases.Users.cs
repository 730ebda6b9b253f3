using Cake.AppStoreConnect.Client.Users;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Users;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;

namespace Cake.AppStoreConnect;

/// <content>Users and invitations: list, invite, change, remove, and make the team match a roster.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>Lists the people on the team with their roles and visible apps.</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The users.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// foreach (var user in AscGetUsers())
    /// {
    ///     Information("{0}: {1}", user.Email, string.Join(", ", user.Roles));
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static IReadOnlyList<AscUser> AscGetUsers(this ICakeContext context) =>
        AscGetUsers(context, (AscSettings?)null);

    /// <summary>Lists the people on the team with their roles and visible apps.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">Credentials and options; null for the defaults.</param>
    /// <returns>The users.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// var users = AscGetUsers(new AscSettings { KeyId = "2X9R4HXF34" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static IReadOnlyList<AscUser> AscGetUsers(this ICakeContext context, AscSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, _, ct) => client.Users.ListAsync(ct));

    /// <summary>Lists the people on the team with their roles and visible apps.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets credentials and options.</param>
    /// <returns>The users.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// var users = AscGetUsers(s => s.WithApiKeyJson("./api_key.json"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static IReadOnlyList<AscUser> AscGetUsers(this ICakeContext context, Action<AscSettings> configure) =>
        AscGetUsers(context, AscAliasRunner.Configure(configure));

    /// <summary>Lists the invitations not yet accepted.</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The invitations.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// var pending = AscGetInvitations();
    /// Information("{0} invitation(s) pending", pending.Count);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static IReadOnlyList<AscUserInvitation> AscGetInvitations(this ICakeContext context) =>
        AscGetInvitations(context, (AscSettings?)null);

    /// <summary>Lists the invitations not yet accepted.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">Credentials and options; null for the defaults.</param>
    /// <returns>The invitations.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// var pending = AscGetInvitations(new AscSettings { KeyId = "2X9R4HXF34" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static IReadOnlyList<AscUserInvitation> AscGetInvitations(this ICakeContext context, AscSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, _, ct) => client.Users.ListInvitationsAsync(ct));

    /// <summary>Lists the invitations not yet accepted.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets credentials and options.</param>
    /// <returns>The invitations.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// var pending = AscGetInvitations(s => s.WithApiKeyJson("./api_key.json"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static IReadOnlyList<AscUserInvitation> AscGetInvitations(this ICakeContext context, Action<AscSettings> configure) =>
        AscGetInvitations(context, AscAliasRunner.Configure(configure));

    /// <summary>Invites a person to the team with roles (Apple's <c>UserRole</c> names) and, optionally, only some apps; nothing is sent when they are already a user or invited.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">Their email address (Apple Account).</param>
    /// <param name="firstName">Their first name (required by Apple).</param>
    /// <param name="lastName">Their last name (required by Apple).</param>
    /// <param name="roles">Their roles, such as <c>APP_MANAGER</c> or <c>CUSTOMER_SUPPORT</c>.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscInviteUser("ann@example.com", "Ann", "Lee", new[] { "APP_MANAGER" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<AscRosterEntry> AscInviteUser(this ICakeContext context, string email, string firstName, string lastName, IEnumerable<string> roles) =>
        AscInviteUser(context, email, firstName, lastName, roles, (AscUserAccessSettings?)null);

    /// <summary>Invites a person to the team with roles (Apple's <c>UserRole</c> names) and, optionally, only some apps; nothing is sent when they are already a user or invited.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">Their email address (Apple Account).</param>
    /// <param name="firstName">Their first name (required by Apple).</param>
    /// <param name="lastName">Their last name (required by Apple).</param>
    /// <param name="roles">Their roles, such as <c>APP_MANAGER</c> or <c>CUSTOMER_SUPPORT</c>.</param>
    /// <param name="settings">Credentials and options; null for the defaults.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscInviteUser("ann@example.com", "Ann", "Lee", new[] { "DEVELOPER" }, new AscUserAccessSettings().WithVisibleApps("com.example.app"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<AscRosterEntry> AscInviteUser(this ICakeContext context, string email, string firstName, string lastName, IEnumerable<string> roles, AscUserAccessSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, s, ct) =>
            new UserService(client).InviteAsync(new AscRosterEntry(email, RequiredName(firstName, nameof(firstName)), RequiredName(lastName, nameof(lastName)), [.. roles ?? throw new ArgumentNullException(nameof(roles))], [.. s.VisibleApps]), s, ct));

    /// <summary>Invites a person to the team with roles (Apple's <c>UserRole</c> names) and, optionally, only some apps; nothing is sent when they are already a user or invited.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">Their email address (Apple Account).</param>
    /// <param name="firstName">Their first name (required by Apple).</param>
    /// <param name="lastName">Their last name (required by Apple).</param>
    /// <param name="roles">Their roles, such as <c>APP_MANAGER</c> or <c>CUSTOMER_SUPPORT</c>.</param>
    /// <param name="configure">Sets credentials and options.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscInviteUser("support@example.com", "Sam", "Support", new[] { "CUSTOMER_SUPPORT" },
    ///     s => s.WithVisibleApps("com.example.app").AllowIndividualKeys());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<AscRosterEntry> AscInviteUser(this ICakeContext context, string email, string firstName, string lastName, IEnumerable<string> roles, Action<AscUserAccessSettings> configure) =>
        AscInviteUser(context, email, firstName, lastName, roles, AscAliasRunner.Configure(configure));

    /// <summary>Sets a user's roles and visible apps in one request (so a failure cannot leave them half changed); nothing is sent when they already match. No visible apps means all apps.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">The user's email address.</param>
    /// <param name="roles">The roles they should have.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscUpdateUser("ann@example.com", new[] { "APP_MANAGER" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<AscUser> AscUpdateUser(this ICakeContext context, string email, IEnumerable<string> roles) =>
        AscUpdateUser(context, email, roles, (AscUserAccessSettings?)null);

    /// <summary>Sets a user's roles and visible apps in one request (so a failure cannot leave them half changed); nothing is sent when they already match. No visible apps means all apps.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">The user's email address.</param>
    /// <param name="roles">The roles they should have.</param>
    /// <param name="settings">Credentials and options; null for the defaults.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscUpdateUser("ann@example.com", new[] { "DEVELOPER" }, new AscUserAccessSettings().WithVisibleApps("com.example.app"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<AscUser> AscUpdateUser(this ICakeContext context, string email, IEnumerable<string> roles, AscUserAccessSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, s, ct) => new UserService(client).UpdateAsync(email, roles, s, ct));

    /// <summary>Sets a user's roles and visible apps in one request (so a failure cannot leave them half changed); nothing is sent when they already match. No visible apps means all apps.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">The user's email address.</param>
    /// <param name="roles">The roles they should have.</param>
    /// <param name="configure">Sets credentials and options.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscUpdateUser("ann@example.com", new[] { "DEVELOPER" }, s => s.WithVisibleApps("com.example.app", "com.example.other"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<AscUser> AscUpdateUser(this ICakeContext context, string email, IEnumerable<string> roles, Action<AscUserAccessSettings> configure) =>
        AscUpdateUser(context, email, roles, AscAliasRunner.Configure(configure));

    /// <summary>Removes a user from the team; nothing happens when they are not on it. The Account Holder is refused.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">The user's email address.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscRemoveUser("former.colleague@example.com");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<string> AscRemoveUser(this ICakeContext context, string email) =>
        AscRemoveUser(context, email, (AscSettings?)null);

    /// <summary>Removes a user from the team; nothing happens when they are not on it. The Account Holder is refused.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">The user's email address.</param>
    /// <param name="settings">Credentials and options; null for the defaults.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscRemoveUser("former.colleague@example.com", new AscSettings { DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<string> AscRemoveUser(this ICakeContext context, string email, AscSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, s, ct) => new UserService(client).RemoveAsync(email, s, ct));

    /// <summary>Removes a user from the team; nothing happens when they are not on it. The Account Holder is refused.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">The user's email address.</param>
    /// <param name="configure">Sets credentials and options.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscRemoveUser("former.colleague@example.com", s => s.SetDryRun());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<string> AscRemoveUser(this ICakeContext context, string email, Action<AscSettings> configure) =>
        AscRemoveUser(context, email, AscAliasRunner.Configure(configure));

    /// <summary>Cancels a pending invitation; nothing happens when there is none.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">Who was invited.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscCancelInvitation("typo@example.con");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<string> AscCancelInvitation(this ICakeContext context, string email) =>
        AscCancelInvitation(context, email, (AscSettings?)null);

    /// <summary>Cancels a pending invitation; nothing happens when there is none.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">Who was invited.</param>
    /// <param name="settings">Credentials and options; null for the defaults.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscCancelInvitation("typo@example.con", new AscSettings { DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<string> AscCancelInvitation(this ICakeContext context, string email, AscSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, s, ct) => new UserService(client).CancelInvitationAsync(email, s, ct));

    /// <summary>Cancels a pending invitation; nothing happens when there is none.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="email">Who was invited.</param>
    /// <param name="configure">Sets credentials and options.</param>
    /// <returns>What changed (in a dry run: what would).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscCancelInvitation("typo@example.con", s => s.SetDryRun());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<string> AscCancelInvitation(this ICakeContext context, string email, Action<AscSettings> configure) =>
        AscCancelInvitation(context, email, AscAliasRunner.Configure(configure));

    /// <summary>Makes the team match a roster CSV (<c>Email,First Name,Last Name,Roles,Apps</c>; roles and apps <c>;</c>-separated; no apps = all apps): invites who is missing, updates who differs, and with <c>RemoveUnlisted</c> removes who is not listed. A pending invitation counts as present; the Account Holder is never touched. A dry run prints the plan; a second run changes nothing.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="rosterCsv">The roster.</param>
    /// <returns>What changed (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// var result = AscSyncUsers("./team.csv");
    /// Information(result.ToString());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<IReadOnlyList<AscRosterEntry>> AscSyncUsers(this ICakeContext context, FilePath rosterCsv) =>
        AscSyncUsers(context, rosterCsv, (AscSyncUsersSettings?)null);

    /// <summary>Makes the team match a roster CSV (<c>Email,First Name,Last Name,Roles,Apps</c>; roles and apps <c>;</c>-separated; no apps = all apps): invites who is missing, updates who differs, and with <c>RemoveUnlisted</c> removes who is not listed. A pending invitation counts as present; the Account Holder is never touched. A dry run prints the plan; a second run changes nothing.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="rosterCsv">The roster.</param>
    /// <param name="settings">Credentials and options; null for the defaults.</param>
    /// <returns>What changed (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscSyncUsers("./team.csv", new AscSyncUsersSettings { DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<IReadOnlyList<AscRosterEntry>> AscSyncUsers(this ICakeContext context, FilePath rosterCsv, AscSyncUsersSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, s, ct) =>
            new UserService(client).SyncAsync(UserRoster.Read((rosterCsv ?? throw new ArgumentNullException(nameof(rosterCsv))).MakeAbsolute(context.Environment).FullPath), s, ct));

    /// <summary>Makes the team match a roster CSV (<c>Email,First Name,Last Name,Roles,Apps</c>; roles and apps <c>;</c>-separated; no apps = all apps): invites who is missing, updates who differs, and with <c>RemoveUnlisted</c> removes who is not listed. A pending invitation counts as present; the Account Holder is never touched. A dry run prints the plan; a second run changes nothing.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="rosterCsv">The roster.</param>
    /// <param name="configure">Sets credentials and options.</param>
    /// <returns>What changed (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any change; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes, the key's kind and the roles that would allow it.</exception>
    /// <example>
    /// <code>
    /// AscSyncUsers("./team.csv", s => s.RemoveUnlisted().SetDryRun(HasArgument("plan")));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Users")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Users")]
    public static AscChangeResult<IReadOnlyList<AscRosterEntry>> AscSyncUsers(this ICakeContext context, FilePath rosterCsv, Action<AscSyncUsersSettings> configure) =>
        AscSyncUsers(context, rosterCsv, AscAliasRunner.Configure(configure));

    private static string RequiredName(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is required: App Store Connect invites people with a first and a last name.", name) : value;
}
