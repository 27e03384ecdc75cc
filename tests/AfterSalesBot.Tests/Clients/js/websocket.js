// WebSocket (webSocket:true): the echo, typing and replies arrive as ActivitySets on the socket, keep-alive
// frames are tolerated, and when the socket drops the client reconnects through
// GET /conversations/{id}?watermark= and receives what was committed meanwhile, with no gaps or repeats.
'use strict';
const h = require('./harness');

h.run(async () => {
  const s = await h.session();
  // random: 0 makes DirectLineJS wait its minimum (3 s) before reconnecting.
  const directLine = new h.DirectLine({ domain: h.domain, token: s.token, webSocket: true, random: () => 0 });
  const seen = h.observe(directLine);
  await h.status(directLine, h.ConnectionStatus.Online);
  await h.until(() => h.sockets[0] && h.sockets[0].record.opened, 'the WebSocket to open');

  const first = await h.post(directLine, s.userId, 'My oven door is cracked', 'ws-1-' + Date.now());
  await h.until(() => h.repliesTo(seen.activities, first).length >= 2, 'the replies to the first message');
  await h.until(() => h.sockets[0].record.keepAlives >= 1, 'a keep-alive frame', 30000);

  const watermarkAtDrop = directLine.watermark;
  h.sockets[0].terminate(); // the connection dies under the client
  // Posted while no socket is open: the reply is committed and must come through the reconnected socket.
  const second = await h.post(directLine, s.userId, 'It is still cracked', 'ws-2-' + Date.now());
  await h.until(() => h.repliesTo(seen.activities, second).length >= 1, 'the reply to the message sent while disconnected');
  directLine.end();

  const stored = seen.activities.filter((a) => a.type !== 'typing');
  return {
    statuses: seen.statuses,
    first, second,
    firstEcho: h.summarise(seen.activities.find((a) => a.id === first) || {}),
    replies: h.repliesTo(seen.activities, first).map(h.summarise),
    typingCount: seen.activities.filter((a) => a.type === 'typing').length,
    storedIds: stored.map((a) => a.id),
    watermarkAtDrop,
    reconnects: h.requests.filter((r) => r.method === 'GET' && /\/conversations\/[^/]+\?watermark=/.test(r.path))
      .map((r) => ({ path: r.path, status: r.status })),
    activityPolls: h.requests.filter((r) => r.method === 'GET' && r.path.includes('/activities')).length,
    sockets: h.sockets.map((socket) => socket.record),
  };
});
