namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// The match password and where it came from. Only <see cref="Source"/> may reach a message:
/// <see cref="ToString"/> gives the source, so an interpolated password cannot leak.
/// </summary>
internal sealed class MatchPassword
{
    public MatchPassword(string value, string source)
    {
        Value = value;
        Source = source;
    }

    /// <summary>Gets the password itself; for the key derivation only.</summary>
    public string Value { get; }

    /// <summary>Gets where it came from (<c>MATCH_PASSWORD</c> or the setting), for messages.</summary>
    public string Source { get; }

    public override string ToString() => Source;
}
