using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>What happened to one tester.</summary>
/// <param name="Email">The email address.</param>
/// <param name="FirstName">The first name.</param>
/// <param name="LastName">The last name.</param>
/// <param name="Groups">The groups asked for.</param>
public sealed record AscTesterOutcome(string Email, string? FirstName, string? LastName, IReadOnlyList<string> Groups)
{
    /// <summary>Gets Apple's id of the tester, once known.</summary>
    public string? TesterId { get; init; }

    /// <summary>Gets the groups the tester was (or in a dry run would be) added to by this run.</summary>
    public IReadOnlyList<string> AddedTo { get; init; } = [];

    /// <summary>Gets why it failed: Apple's reason, or what was observed.</summary>
    public string? Reason { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{FirstName} {LastName} <{Email}>".Trim() + (Reason is null ? string.Empty : $": {Reason}");
}

/// <summary>What <c>AscAddTesters</c> did.</summary>
public sealed record AscAddTestersResult : IAscChangeResult
{
    /// <summary>Gets the testers added to at least one group they were not in (new ones included).</summary>
    public IReadOnlyList<AscTesterOutcome> Added { get; init; } = [];

    /// <summary>Gets the testers that were already in every group asked for; nothing was sent for them.</summary>
    public IReadOnlyList<AscTesterOutcome> AlreadyPresent { get; init; } = [];

    /// <summary>Gets the testers that did not exist and were created; App Store Connect emails them an invitation.</summary>
    public IReadOnlyList<AscTesterOutcome> Invited { get; init; } = [];

    /// <summary>Gets the testers that could not be added, each with the reason.</summary>
    public IReadOnlyList<AscTesterOutcome> Failed { get; init; } = [];

    /// <summary>Gets a value indicating whether this was a dry run that changed nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Gets a value indicating whether every tester is now in their groups.</summary>
    public bool Succeeded => Failed.Count == 0;

    /// <inheritdoc />
    public IReadOnlyList<string> Changes => [.. Added.Select(t => $"add {t.Email} to {string.Join(", ", t.AddedTo)}")];

    /// <inheritdoc />
    public IReadOnlyList<string> AlreadyInPlace => [.. AlreadyPresent.Select(t => $"{t.Email} is in {string.Join(", ", t.Groups)}")];

    /// <inheritdoc />
    public override string ToString() =>
        $"{(DryRun ? "Dry run: would add" : "Added")} {Added.Count} tester(s) ({Invited.Count} new, invited), {AlreadyPresent.Count} already present, {Failed.Count} failed";
}

/// <summary>What <c>AscRemoveTesters</c> did.</summary>
public sealed record AscRemoveTestersResult : IAscChangeResult
{
    /// <summary>Gets the email addresses removed (or, in a dry run, that would be).</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>Gets the email addresses that were not there to remove.</summary>
    public IReadOnlyList<string> NotPresent { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<string> Changes => [.. Removed.Select(e => $"remove {e}")];

    /// <inheritdoc />
    public IReadOnlyList<string> AlreadyInPlace => [.. NotPresent.Select(e => $"{e} is not there")];

    /// <summary>Gets a value indicating whether this was a dry run that changed nothing.</summary>
    public bool DryRun { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{(DryRun ? "Dry run: would remove" : "Removed")} {Removed.Count} tester(s), {NotPresent.Count} not present";
}
