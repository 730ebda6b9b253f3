using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Seeding;

namespace Cake.AppStoreConnect.Emulator.Snapshot;

/// <summary>
/// Testers' emails and names are personal data: the snapshot replaces them with placeholders made from the tester's
/// Apple id (stable from one snapshot to the next, and not reversible to the address), unless told to keep them.
/// </summary>
internal sealed class PersonalData(bool keep)
{
    public SeedTester Tester(string id, JsonNode attributes)
    {
        var email = attributes["email"]?.GetValue<string>();
        var placeholder = Placeholder(id);
        return new SeedTester
        {
            Id = id,
            Email = keep && email is not null ? email : $"tester-{placeholder}@example.invalid",
            FirstName = keep ? attributes["firstName"]?.GetValue<string>() : "Tester",
            LastName = keep ? attributes["lastName"]?.GetValue<string>() : placeholder,
            InviteType = attributes["inviteType"]?.GetValue<string>() ?? "EMAIL",
            State = attributes["state"]?.GetValue<string>() ?? "INVITED",
        };
    }

    private static string Placeholder(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("betaTester:" + id)))[..10];
}
