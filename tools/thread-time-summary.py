#!/usr/bin/env python3
"""Where a host's time goes (ADR 0029), from a dotnet-trace thread-time trace converted to speedscope:
drop the samples of threads that wait (their stack holds a wait frame), split the rest by what the stack is doing
(first matching category, most specific first), then list our own frames by inclusive share.

  dotnet dotnet-trace collect --profile dotnet-common,dotnet-sampled-thread-time -o host.nettrace -- dotnet AfterSalesBot.Bot.dll ...
  dotnet dotnet-trace convert --format speedscope -o host.json host.nettrace
  tools/thread-time-summary.py host.speedscope.json [N]
"""
import json, collections, sys
d = json.load(open(sys.argv[1])); frames = [f['name'] for f in d['shared']['frames']]
WAIT = ('LowLevelLifoSemaphore.Wait', 'Monitor.Wait', 'WaitHandle.WaitOne', 'ManualResetEventSlim.Wait', 'SocketAsyncEngine.EventLoop',
        'FileSystemWatcher', 'Heartbeat.TimerLoop', 'TimerQueue.TimerThread', 'ProcessLogQueue', 'GateThread', 'RunFinalizers',
        'Program.<Main>', 'Thread.Sleep', 'SpinWait', 'Task.InternalWait', 'WaitForSignal')
CATS = [
 ('interpreter: Microsoft.Recognizers', 'microsoft.recognizers'),
 ('interpreter: our recognisers', 'Understanding.'),
 ('SQLite: sqlite3_step (statements, fsync)', 'sqlite3_step'),
 ('SQLite: prepare/open/other native', 'SQLitePCL'),
 ('EF Core: SaveChanges (update pipeline)', 'SaveChanges'),
 ('EF Core: query compile/execute/materialise', 'microsoft.entityframeworkcore'),
 ('ADO.NET Microsoft.Data.Sqlite', 'microsoft.data.sqlite'),
 ('connector delivery (HttpClient)', 'system.net.http'),
 ('JSON (System.Text.Json)', 'system.text.json'),
 ('WebSockets', 'websocket'),
 ('Kestrel / HTTP pipeline', 'microsoft.aspnetcore'),
 ('logging', 'microsoft.extensions.logging'),
 ('Stateless machine', 'stateless'),
 ('our code, other (turn, outbox, stream)', 'aftersalesbot'),
 ('sockets', 'system.net.sockets'),
 ('GC / runtime (no managed frame)', ''),
]
def cat(names):
    low = [n.lower() for n in names]
    for label, key in CATS:
        if key == '' or any(key.lower() in n for n in low): return label
total = 0; busy = collections.Counter(); ours = collections.Counter()
for p in d['profiles']:
    stack = []; last = None
    for e in p['events']:
        t = e['at']
        if stack and last is not None and t > last:
            w = t - last; names = [frames[i] for i in stack]
            total += w
            if not any(any(x in n for x in WAIT) for n in names):
                busy[cat(names)] += w
                for n in names:
                    if n.startswith('aftersalesbot.bot!') and 'MoveNext' not in n: ours[n] += w
        last = t
        if e['type'] == 'O': stack.append(e['frame'])
        elif stack: stack.pop()
b = sum(busy.values())
print(f'busy {100*b/total:.1f}% of all thread time ({b/1000:.0f} ms of {total/1000:.0f} ms thread time)')
for k, v in busy.most_common(): print(f'{100*v/b:6.1f}%  {v/1000:8.0f} ms  {k}')
print('-- our frames (inclusive, busy samples)')
for k, v in ours.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 25): print(f'{100*v/b:6.1f}%  {k[18:160]}')
