namespace Cake.AppStoreConnect.Core;

/// <summary>
/// What every mutating alias returns, the same way: whether it was a dry run, what changed (or would
/// change), and what was already in place. A second run after a success has no <see cref="Changes"/>.
/// </summary>
public interface IAscChangeResult
{
    /// <summary>Gets a value indicating whether nothing was changed because this was a dry run.</summary>
    bool DryRun { get; }

    /// <summary>Gets what changed (in a dry run: would change), one line each.</summary>
    IReadOnlyList<string> Changes { get; }

    /// <summary>Gets what was already as asked, one line each.</summary>
    IReadOnlyList<string> AlreadyInPlace { get; }
}

/// <summary>The result of a mutating alias whose subject is one resource (or list of resources).</summary>
/// <typeparam name="T">The resource.</typeparam>
public sealed record AscChangeResult<T> : IAscChangeResult
{
    /// <summary>Gets the resource as it is after the call; in a dry run as it was, and <see langword="null"/> when the run would create it.</summary>
    public T? Resource { get; init; }

    /// <inheritdoc />
    public bool DryRun { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<string> AlreadyInPlace { get; init; } = [];

    /// <summary>Gets a value indicating whether the call changed nothing and would change nothing.</summary>
    public bool NothingChanged => Changes.Count == 0;

    /// <inheritdoc />
    public override string ToString() => ChangeSummary.Of(this);
}

/// <summary>The changes of a result as one line, for the <c>ToString</c> of every change result.</summary>
internal static class ChangeSummary
{
    public static string Of(IReadOnlyList<string> changes, bool dryRun) =>
        changes.Count == 0 ? "nothing to change" : (dryRun ? "would " : string.Empty) + string.Join("; ", changes);

    public static string Of(IAscChangeResult result) =>
        Of(result.Changes, result.DryRun) + (result.AlreadyInPlace.Count == 0 ? string.Empty : $"; {result.AlreadyInPlace.Count} already in place");
}
