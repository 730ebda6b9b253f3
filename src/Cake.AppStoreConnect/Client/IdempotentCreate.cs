using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Client;

/// <summary>
/// Creates something exactly once even when responses are lost: when a create's outcome is unknown,
/// or App Store Connect answers 409 because it already exists, look it up before trying again.
/// </summary>
public static class IdempotentCreate
{
    /// <summary>Creates a resource, or returns the one a lost or conflicting attempt already made.</summary>
    /// <typeparam name="T">The resource.</typeparam>
    /// <param name="what">What is being created, for the log (never a secret).</param>
    /// <param name="findExisting">Looks up the resource the create would make; <see langword="null"/> when absent.</param>
    /// <param name="create">Creates it; sent as <see cref="AscRequestKind.Create"/>.</param>
    /// <param name="log">Where to note recoveries.</param>
    /// <param name="maxAttempts">How many creates to try when each outcome is unknown and nothing is found.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The created or existing resource, and whether this call created it.</returns>
    public static async Task<(T Resource, bool Created)> RunAsync<T>(string what, Func<CancellationToken, Task<T?>> findExisting, Func<CancellationToken, Task<T>> create, IAscLog log, int maxAttempts = 3, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(findExisting);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(log);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await create(cancellationToken), true);
            }
            catch (AscOutcomeUnknownException ex) when (attempt < maxAttempts)
            {
                log.Write(AscLogLevel.Warning, $"Creating {what}: {ex.Message} Checking whether it exists before trying again.");
                if (await findExisting(cancellationToken) is { } existing)
                {
                    log.Write(AscLogLevel.Information, $"Found {what}: the earlier attempt had created it.");
                    return (existing, true);
                }
            }
            catch (AscOutcomeUnknownException)
            {
                if (await findExisting(cancellationToken) is { } existing)
                {
                    return (existing, true);
                }

                throw;
            }
            catch (AscConflictException)
            {
                if (await findExisting(cancellationToken) is { } existing)
                {
                    log.Write(AscLogLevel.Verbose, $"{what} already exists; reusing it.");
                    return (existing, false);
                }

                throw;
            }
        }
    }
}
