// Polling (webSocket:false) with a token from the customer page's session endpoint: goes Online, posts,
// sees its echo and the bot's replies. Prints what the client saw; the C# test asserts on it.
'use strict';
const h = require('./harness');

h.run(async () => {
  const s = await h.session();
  const directLine = new h.DirectLine({ domain: h.domain, token: s.token, webSocket: false, pollingInterval: 200 });
  const seen = h.observe(directLine);
  await h.status(directLine, h.ConnectionStatus.Online);

  const clientActivityID = 'polling-' + Date.now();
  const id = await h.post(directLine, s.userId, 'My dishwasher does not drain', clientActivityID);
  await h.until(() => h.repliesTo(seen.activities, id).length >= 2, 'the greeting and the first reply');
  const echo = seen.activities.find((a) => a.id === id);
  directLine.end();

  return {
    conversationId: s.conversationId,
    adoptedConversationId: directLine.conversationId,
    statuses: seen.statuses,
    postedId: id,
    echo: echo && h.summarise(echo),
    clientActivityID,
    replies: h.repliesTo(seen.activities, id).map(h.summarise),
    types: seen.activities.map((a) => a.type),
    watermarkTypes: h.requests.filter((r) => r.watermarkType).map((r) => r.watermarkType),
    activityPolls: h.requests.filter((r) => r.method === 'GET' && r.path.includes('/activities')).length,
    socketsOpened: h.sockets.length,
  };
});
