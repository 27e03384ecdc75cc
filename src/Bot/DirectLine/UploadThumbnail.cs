using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.DirectLine;

/// <summary>
/// The thumbnail Web Chat makes of a photo before it uploads it (a <c>data:</c> URL). Web Chat draws a customer's own
/// attachment as a picture only when it has one, so it is kept — but only as an inline image in base64: nothing that
/// points elsewhere (a tracking pixel) or could be anything but a picture.
/// </summary>
public static partial class UploadThumbnail
{
    public static string? Accept(string? thumbnailUrl) =>
        thumbnailUrl is not null && InlineImage().IsMatch(thumbnailUrl) ? thumbnailUrl : null;

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$")]
    private static partial Regex InlineImage();
}
