namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// Thrown by handlers to answer with Apple-shaped errors; the API pipeline turns it into the response.
/// The status of the response is the status of the first error, as Apple's are.
/// </summary>
internal sealed class ApiException : Exception
{
    public ApiException(params ApiError[] errors)
        : base(errors.Length == 0 ? "API error" : $"{errors[0].Status} {errors[0].Code}: {errors[0].Detail}")
    {
        Errors = errors;
    }

    public IReadOnlyList<ApiError> Errors { get; }

    public int Status => Errors[0].Status;
}
