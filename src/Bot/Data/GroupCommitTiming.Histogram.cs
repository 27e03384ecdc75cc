namespace AfterSalesBot.Bot.Data;

public sealed partial class GroupCommitTiming
{
    /// <summary>Durations in power-of-two buckets of microseconds: a percentile is reported as its bucket's upper bound
    /// (within a factor of two), the total and the maximum exactly.</summary>
    private sealed class Histogram
    {
        private readonly Lock _gate = new();
        private readonly long[] _buckets = new long[40];
        private long _count;
        private double _totalMs;
        private double _maxMs;

        public void Add(TimeSpan duration)
        {
            var micros = Math.Max(1L, (long)(duration.Ticks / 10));
            var bucket = Math.Min(_buckets.Length - 1, 64 - long.LeadingZeroCount(micros));
            lock (_gate)
            {
                _buckets[bucket]++;
                _count++;
                _totalMs += duration.TotalMilliseconds;
                _maxMs = Math.Max(_maxMs, duration.TotalMilliseconds);
            }
        }

        public (long Count, double TotalMs, double P50Ms, double P99Ms, double MaxMs) TakeAndReset()
        {
            lock (_gate)
            {
                var figures = (_count, _totalMs, Percentile(0.50), Percentile(0.99), _maxMs);
                Array.Clear(_buckets);
                _count = 0;
                _totalMs = 0;
                _maxMs = 0;
                return figures;
            }
        }

        /// <summary>The upper bound, in ms, of the bucket holding the <paramref name="fraction"/> percentile.</summary>
        private double Percentile(double fraction)
        {
            var rank = (long)Math.Ceiling(_count * fraction);
            long seen = 0;
            for (var i = 0; i < _buckets.Length; i++)
            {
                seen += _buckets[i];
                if (seen >= rank && seen > 0) return Math.Min(_maxMs, (1L << i) / 1000.0);
            }
            return _maxMs;
        }
    }
}
