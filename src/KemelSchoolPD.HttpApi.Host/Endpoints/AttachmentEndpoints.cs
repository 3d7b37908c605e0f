using KemelSchoolPD.Attachments;
using KemelSchoolPD.Exceptions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>
/// Files of every module's records. Signed-in only: the owner record's module (IAttachmentOwnerRule) decides who may read or
/// change its files, and the host, which owns no such records, is answered 404.
/// </summary>
public static class AttachmentEndpoints
{
    /// <summary>Room for the multipart boundaries, part headers and the two small fields around the file.</summary>
    private const long MultipartOverhead = 64 * 1024;
    private const int MaxFieldBytes = 1024;

    public static void MapAttachmentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/app/attachments").WithTags("Attachments");
        group.MapPost("/", UploadAsync).RequireAuthorization().WithName("uploadAttachment").Accepts<IFormFile>("multipart/form-data");
        group.MapGet("/", GetListAsync).RequireAuthorization().WithName("getAttachments");
        group.MapGet("/{id:guid}/content", DownloadAsync).RequireAuthorization().WithName("downloadAttachment");
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization().WithName("deleteAttachment");
    }

    /// <summary>
    /// multipart/form-data with the fields ownerType, ownerId and file. The body is read as a stream, never more of the file
    /// than the size limit + 1 byte: an oversized upload is refused without being read to its end.
    /// </summary>
    private static async Task<Created<AttachmentDto>> UploadAsync(HttpRequest request, AttachmentAppService service, CancellationToken ct)
    {
        var limit = service.MaxFileBytes;
        if (request.ContentLength > limit + MultipartOverhead) throw service.TooLarge();
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit + MultipartOverhead;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
            throw new InputValidationException("file", KemelSchoolPDErrorCodes.Attachments.FileRequired);

        string? ownerType = null, ownerIdText = null, fileName = null;
        byte[]? content = null;
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (disposition.IsFileDisposition())
            {
                if (name != "file" || content is not null) continue;
                fileName = disposition.FileNameStar.HasValue
                    ? disposition.FileNameStar.Value
                    : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                content = await ReadBoundedAsync(section.Body, limit, service.TooLarge, ct);
            }
            else if (name is "ownerType" or "ownerId")
            {
                var text = System.Text.Encoding.UTF8.GetString(await ReadBoundedAsync(section.Body, MaxFieldBytes,
                    () => new InputValidationException(name, ValidationCodes.Invalid), ct)).Trim();
                if (name == "ownerType") ownerType = text; else ownerIdText = text;
            }
        }
        if (content is null) throw new InputValidationException("file", KemelSchoolPDErrorCodes.Attachments.FileRequired);
        if (!Guid.TryParse(ownerIdText, out var ownerId)) throw new InputValidationException("ownerId", ValidationCodes.Required);
        var attachment = await service.UploadAsync(ownerType, ownerId, fileName, content, ct);
        return TypedResults.Created($"/api/app/attachments/{attachment.Id}/content", attachment);
    }

    private static async Task<Ok<List<AttachmentDto>>> GetListAsync(
        string? ownerType,
        Guid? ownerId,
        AttachmentAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(new GetAttachmentListInput(ownerType, ownerId), ct));

    /// <summary>The stored bytes with the type found at upload; always a download, never rendered inline by the browser.</summary>
    private static async Task<FileStreamHttpResult> DownloadAsync(
        Guid id,
        HttpResponse response,
        AttachmentAppService service,
        CancellationToken ct)
    {
        var (file, content) = await service.DownloadAsync(id, ct);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.Stream(content, file.ContentType, file.FileName);
    }

    private static async Task<NoContent> DeleteAsync(Guid id, AttachmentAppService service, CancellationToken ct)
    {
        await service.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Reads at most <paramref name="max"/> + 1 bytes: one more than allowed is enough to say no.</summary>
    private static async Task<byte[]> ReadBoundedAsync(Stream body, long max, Func<Exception> tooLarge, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var room = max + 1 - buffer.Length;
            if (room <= 0) throw tooLarge();
            var read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, room)), ct);
            if (read == 0) break;
            buffer.Write(chunk, 0, read);
        }
        return buffer.Length > max ? throw tooLarge() : buffer.ToArray();
    }
}
