namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// Every error the emulator answers with, worded as Apple words them. One place, so a code, status and
/// title always travel together.
/// </summary>
internal static class Errors
{
    public const string NotAuthorizedDetail =
        "Provide a properly configured and signed bearer token, and make sure that it has not expired. " +
        "Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens";

    public static ApiException NotAuthorized() => new(new ApiError(
        401, "NOT_AUTHORIZED", "Authentication credentials are missing or invalid.", NotAuthorizedDetail));

    public static ApiException Forbidden(string detail) => new(new ApiError(
        403, "FORBIDDEN_ERROR", "This request is forbidden for security reasons", detail));

    /// <summary>The key's role (or kind) does not allow the route: Apple's wording.</summary>
    public static ApiException RoleForbidden() => Forbidden("The API key in use does not allow this request");

    /// <summary>What every request meets while a required agreement is unsigned or expired; only the Account Holder can sign it.</summary>
    public static ApiException AgreementsMissing() => new(new ApiError(
        403, "FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED", "A required agreement is missing or has expired.",
        "This request requires an in-effect agreement that has not been signed or has expired."));

    /// <summary>API access turned off for the team (a guess at Apple's wording: the case is not documented).</summary>
    public static ApiException ApiAccessDisabled() => Forbidden(
        "App Store Connect API access is not enabled for this team; the Account Holder requests it in Users and Access > Integrations.");

    public static ApiException RateLimited(int limit) => new(new ApiError(
        429, "RATE_LIMIT_EXCEEDED", "The request rate limit has been reached.",
        $"We've received too many requests for this API. The limit is {limit} requests per hour. Please wait and try again or slow down your request rate."));

    public static ApiException NotFound(string type, string id) => new(new ApiError(
        404, "NOT_FOUND", "The specified resource does not exist",
        $"There is no resource of type '{type}' with id '{id}'"));

    public static ApiException PathNotFound(string path) => new(new ApiError(
        404, "NOT_FOUND", "The specified resource does not exist",
        $"The path provided does not match a defined resource type: {path}"));

    public static ApiException MethodNotAllowed(string method, string path) => new(new ApiError(
        405, "METHOD_NOT_ALLOWED", "The request method is not valid for the resource path.",
        $"The request method '{method}' is not allowed for the resource path '{path}'."));

    public static ApiException ParameterInvalid(string parameter, string detail) => new(new ApiError(
        400, "PARAMETER_ERROR.INVALID", "A parameter has an invalid value", detail, Parameter: parameter));

    public static ApiException ParameterIllegal(string parameter) => new(new ApiError(
        400, "PARAMETER_ERROR.ILLEGAL", "A parameter is not allowed for this request",
        $"The parameter '{parameter}' can not be used with this request", Parameter: parameter));

    public static ApiException BodyInvalid(string detail) => new(new ApiError(
        422, "ENTITY_ERROR", "The request entity is invalid", detail, Pointer: ""));

    public static ApiException AttributeRequired(string pointer) => new(new ApiError(
        422, "ENTITY_ERROR.ATTRIBUTE.REQUIRED", "You must provide a value for the attribute with this request",
        $"You must provide a value for '{pointer}' with this request", Pointer: pointer));

    public static ApiException AttributeInvalid(string pointer, string detail) => new(new ApiError(
        422, "ENTITY_ERROR.ATTRIBUTE.INVALID", "An attribute value is invalid.", detail, Pointer: pointer));

    public static ApiException AttributeType(string pointer, string expected) => new(new ApiError(
        422, "ENTITY_ERROR.ATTRIBUTE.TYPE", "An attribute in the provided entity has the wrong type",
        $"'{pointer}' must be {expected}", Pointer: pointer));

    public static ApiException RelationshipInvalid(string pointer, string detail) => new(new ApiError(
        422, "ENTITY_ERROR.RELATIONSHIP.INVALID", "The provided entity includes a relationship with an invalid value", detail, Pointer: pointer));

    public static ApiException Conflict(string pointer, string detail) => new(new ApiError(
        409, "ENTITY_ERROR.ATTRIBUTE.INVALID", "An attribute value is invalid.", detail, Pointer: pointer));

    /// <summary>
    /// Apple's duplicate answers put a generic error first and the telling code in a later entry;
    /// reproduced so that clients which read only <c>errors[0]</c> are caught.
    /// </summary>
    public static ApiException Duplicate(string pointer, string detail) => new(
        new ApiError(409, "ENTITY_ERROR", "The provided entity is invalid", "The request entity conflicts with an existing resource."),
        new ApiError(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE", "The provided entity includes an attribute with a value that has already been used", detail, Pointer: pointer));

    /// <summary>A relationship that conflicts with another resource (for example a version already in another review submission); the telling code is second, as Apple sends it.</summary>
    public static ApiException RelationshipConflict(string pointer, string detail) => new(
        new ApiError(409, "ENTITY_ERROR", "The provided entity is invalid", "The request entity conflicts with the state of a related resource."),
        new ApiError(409, "ENTITY_ERROR.RELATIONSHIP.INVALID", "The provided entity includes a relationship with an invalid value", detail, Pointer: pointer));

    public static ApiException TooLong(string pointer, string detail) => new(new ApiError(
        409, "ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG", "An attribute value is too long.", detail, Pointer: pointer));

    /// <summary>A submission whose items cannot be reviewed: Apple's summary first, then one error per reason.</summary>
    public static ApiException NotReadyForReview(string type, string id, IEnumerable<ApiError> reasons) => new(
        [new ApiError(409, "STATE_ERROR.ENTITY_STATE_INVALID", $"{type} with id '{id}' is not in valid state.", "This resource cannot be reviewed, please check associated errors to see why."), .. reasons]);

    public static ApiError AttributeMissing(string attribute, string detail) =>
        new(409, "ENTITY_ERROR.ATTRIBUTE.REQUIRED", "You must provide a value for the attribute with this request", $"You must provide a value for the attribute '{attribute}' with this request. {detail}");

    public static ApiError RelationshipMissing(string relationship, string detail) =>
        new(409, "ENTITY_ERROR.RELATIONSHIP.REQUIRED", "You must provide a value for the relationship with this request", $"You must provide a value for the relationship '{relationship}' with this request. {detail}");

    /// <summary>A state refusal on an operation whose spec declares no 409 (such as deleting a started phased release): answered as 400.</summary>
    public static ApiException StateBadRequest(string detail) => new(new ApiError(
        400, "STATE_ERROR", "The request cannot be fulfilled because of the state of another resource.", detail));

    public static ApiException State(string detail) => new(new ApiError(
        409, "STATE_ERROR", "The request cannot be fulfilled because of the state of another resource.", detail));
}
