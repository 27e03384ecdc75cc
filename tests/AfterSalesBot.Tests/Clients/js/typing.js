// One conversation watched by a WebSocket client and a polling client at once. The server publishes a
// typing activity when a turn starts; it is live-only, so the socket shows it and the poller never does.
'use strict';
const h = require('./harness');

h.run(async () => {
  const s = await h.session();
  const socketClient = new h.DirectLine({ domain: h.domain, token: s.token, conversationId: s.conversationId, webSocket: true });
  const poller = new h.DirectLine({ domain: h.domain, token: s.token, conversationId: s.conversationId, webSocket: false, pollingInterval: 200 });
  const overSocket = h.observe(socketClient);
  const polled = h.observe(poller);
  await h.status(socketClient, h.ConnectionStatus.Online);
  await h.status(poller, h.ConnectionStatus.Online);
  await h.until(() => h.sockets.some((socket) => socket.record.opened), 'the WebSocket to open');

  const id = await h.post(socketClient, s.userId, 'The fridge is warm', 'typing-' + Date.now());
  await h.until(() => h.repliesTo(overSocket.activities, id).length >= 2, 'the replies over the socket');
  await h.until(() => h.repliesTo(polled.activities, id).length >= 2, 'the replies by polling');
  socketClient.end();
  poller.end();

  const typing = (seen) => seen.activities.filter((a) => a.type === 'typing');
  return {
    socketTyping: typing(overSocket).map(h.summarise),
    pollingTyping: typing(polled).map(h.summarise),
    postedId: id,
    socketReplies: h.repliesTo(overSocket.activities, id).length,
    pollingReplies: h.repliesTo(polled.activities, id).length,
  };
});
