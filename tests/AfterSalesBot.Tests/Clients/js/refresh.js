// POST /tokens/refresh, as DirectLineJS calls it every 15 minutes: a new token for the same conversation,
// which a client then uses to talk in that conversation. A token that is not ours gets 403.
'use strict';
const h = require('./harness');

async function refresh(token) {
  const response = await fetch(h.domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + token } });
  return { status: response.status, body: await response.json().catch(() => null) };
}

h.run(async () => {
  const s = await h.session();
  const refreshed = await refresh(s.token);
  if (refreshed.status !== 200) throw new Error('refresh answered ' + refreshed.status + ' ' + JSON.stringify(refreshed.body));

  const directLine = new h.DirectLine({ domain: h.domain, token: refreshed.body.token, conversationId: s.conversationId, webSocket: false, pollingInterval: 200 });
  const seen = h.observe(directLine);
  await h.status(directLine, h.ConnectionStatus.Online);
  const id = await h.post(directLine, s.userId, 'The vacuum cleaner smells burnt', 'refresh-' + Date.now());
  await h.until(() => h.repliesTo(seen.activities, id).length >= 2, 'the replies');
  directLine.end();

  const forged = await refresh(s.token.slice(0, -4) + 'AAAA');
  return {
    conversationId: s.conversationId,
    refreshStatus: refreshed.status,
    refreshedConversationId: refreshed.body.conversationId,
    tokenChanged: refreshed.body.token !== s.token,
    expiresIn: refreshed.body.expires_in,
    statuses: seen.statuses,
    postedId: id,
    echoFrom: (seen.activities.find((a) => a.id === id) || { from: {} }).from.id,
    userId: s.userId,
    replies: h.repliesTo(seen.activities, id).length,
    forgedStatus: forged.status,
  };
});
