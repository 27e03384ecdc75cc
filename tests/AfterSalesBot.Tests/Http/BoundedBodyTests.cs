using System.Text;
using AfterSalesBot.Bot.Http;
using Microsoft.AspNetCore.Http;

namespace AfterSalesBot.Tests.Http;

/// <summary>
/// The request body read into one array (ADR 0040): with a Content-Length, without one (chunked, the array grows), with a
/// Content-Length that lies, and over the limit either way. A stream that hands out at most 1,000 bytes per read stands
/// in for the network.
/// </summary>
public sealed class BoundedBodyTests
{
    private const int Limit = 64 * 1024;

    [Theory]
    [InlineData(10, true)]
    [InlineData(10, false)]
    [InlineData(40_000, true)]
    [InlineData(40_000, false)]
    [InlineData(Limit, false)]
    public async Task TheWholeBodyIsReadWithOrWithoutItsLength(int size, bool withLength)
    {
        var body = Body(size);
        var (read, problem, _) = await BoundedBody.ReadBytesAsync(Request(body, withLength ? size : null), Limit, CancellationToken.None);

        Assert.Equal(BodyProblem.None, problem);
        Assert.Equal(body, read!.Value.ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ABodyOverTheLimitIsTooLarge(bool withLength)
    {
        var (read, problem, _) = await BoundedBody.ReadBytesAsync(Request(Body(Limit + 1), withLength ? Limit + 1 : null), Limit, CancellationToken.None);

        Assert.Null(read);
        Assert.Equal(BodyProblem.TooLarge, problem);
    }

    [Fact]
    public async Task ABodyLongerThanItsLengthSaidIsStillReadAndBounded()
    {
        var body = Body(20_000);
        var (read, problem, _) = await BoundedBody.ReadBytesAsync(Request(body, 100), Limit, CancellationToken.None);
        Assert.Equal(BodyProblem.None, problem);
        Assert.Equal(body, read!.Value.ToArray());

        (read, problem, _) = await BoundedBody.ReadBytesAsync(Request(Body(Limit + 5_000), 100), Limit, CancellationToken.None);
        Assert.Null(read);
        Assert.Equal(BodyProblem.TooLarge, problem);
    }

    [Fact]
    public async Task AnActivityIsParsedFromAChunkedBody()
    {
        var json = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"" + new string('x', 9_000) + "\"}");
        var (activity, problem, _, bytes) = await BoundedBody.ReadActivityAsync(Request(json, null), Limit, CancellationToken.None);

        Assert.Equal(BodyProblem.None, problem);
        Assert.Equal(9_000, activity!.Text!.Length);
        Assert.Equal(json.Length, bytes);
    }

    private static byte[] Body(int size) => [.. Enumerable.Range(0, size).Select(i => (byte)('a' + i % 26))];

    private static HttpRequest Request(byte[] body, long? length)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new TrickleStream(body);
        context.Request.ContentLength = length;
        return context.Request;
    }

    /// <summary>At most 1,000 bytes per read, as a network delivers them.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1_000)], cancellationToken);
    }
}
