// A new WebSocket client that knows only the token and the conversation id (as the customer page does after
// a reload) replays the whole history: the same ids, in order, none missing.
'use strict';
const h = require('./harness');

h.run(async () => {
  const s = await h.session();
  const before = new h.DirectLine({ domain: h.domain, token: s.token, conversationId: s.conversationId, webSocket: true });
  const seenBefore = h.observe(before);
  await h.status(before, h.ConnectionStatus.Online);
  const first = await h.post(before, s.userId, 'The washing machine leaks', 'resume-1-' + Date.now());
  await h.until(() => h.repliesTo(seenBefore.activities, first).length >= 2, 'the replies to the first message');
  const second = await h.post(before, s.userId, 'From the bottom', 'resume-2-' + Date.now());
  await h.until(() => h.repliesTo(seenBefore.activities, second).length >= 1, 'the reply to the second message');
  const token = before.token;
  before.end();

  const after = new h.DirectLine({ domain: h.domain, token, conversationId: s.conversationId, webSocket: true });
  const seenAfter = h.observe(after);
  const expected = seenBefore.activities.filter((a) => a.type !== 'typing').map((a) => a.id);
  await h.until(() => seenAfter.activities.filter((a) => a.type !== 'typing').length >= expected.length, 'the replayed history');
  after.end();

  return {
    statusesAfter: seenAfter.statuses,
    idsBefore: expected,
    idsAfter: seenAfter.activities.filter((a) => a.type !== 'typing').map((a) => a.id),
    reconnects: h.requests.filter((r) => r.method === 'GET' && /\/conversations\/[^/]+\?watermark=/.test(r.path))
      .map((r) => ({ path: r.path, status: r.status })),
    socketsOpened: h.sockets.filter((socket) => socket.record.opened).length,
  };
});
