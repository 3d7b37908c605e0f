using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// The OpenAPI document (/openapi/v1.json) the web app's client is generated from: each operation's name comes from its
/// <c>.WithName(...)</c>, its error answers from <see cref="ProblemResponseConvention"/>, and these transformers add
/// what the framework leaves out: the two ways to sign in, the product's ProblemDetails members, string enums without a
/// stray <c>null</c>, and query parameter names as the JSON API spells them.
/// </summary>
public static class OpenApiSetup
{
    public const string CookieScheme = "cookie";
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddKemelOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "KemelSchoolPD API";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = KemelSchoolPDServices.AuthCookieName,
                    Description = "The web app's session from POST /api/account/login. Writes also send the XSRF-TOKEN cookie's value "
                                  + "in the X-XSRF-TOKEN header.",
                };
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An access token from POST /api/account/token (renewed with POST /api/account/refresh).",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security =
                    [
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                    ];
                }
                // [AsParameters] properties are documented in PascalCase; they bind case-insensitively, and the API's JSON is camelCase.
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                    if (parameter.In == ParameterLocation.Query && parameter.Name is { } name)
                        parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                var type = context.JsonTypeInfo.Type;
                if ((Nullable.GetUnderlyingType(type) ?? type).IsEnum && schema.Enum is { Count: > 0 } values)
                {
                    // An enum is a string component; where a property may be null, the property says so (oneOf null and the enum).
                    // The framework puts null among the values of an enum first met as T?, which makes it nullable everywhere.
                    foreach (var value in values.Where(v => v is null || v.GetValueKind() == JsonValueKind.Null).ToList())
                        values.Remove(value);
                    schema.Type = JsonSchemaType.String;
                }
                else if (typeof(ProblemDetails).IsAssignableFrom(type)) DescribeProblem(schema);
                return Task.CompletedTask;
            });
        });

    /// <summary>The members every error answer of the product has (<see cref="ProblemResults"/>) and those of a validation error.</summary>
    private static void DescribeProblem(OpenApiSchema schema)
    {
        static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
        static OpenApiSchema PerField(string description) => new()
        {
            Type = JsonSchemaType.Object,
            Description = description,
            AdditionalProperties = new OpenApiSchema
            {
                Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        };

        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = Text("Stable error code, also the localization key of the title (\"Staff:DuplicateEmail\").");
        schema.Properties["traceId"] = Text("The request's trace id, for the server's logs.");
        schema.Properties["errors"] = PerField("Validation errors only: messages per field (camelCase path), in the request's language.");
        schema.Properties["fieldCodes"] = PerField("Validation errors only: the error codes per field.");
        schema.Required ??= new HashSet<string>();
        schema.Required.Add("code");
    }
}
