// Expired tokens, against a server whose tokens live a few seconds.
//   node expired.js <url> while-online : Online by polling, then the token runs out; the next poll gets
//                                        403 and DirectLineJS reports ExpiredToken (3).
//   node expired.js <url> at-start     : a client created with an already-expired token; its start call
//                                        gets 403, which DirectLineJS reports as FailedToConnect (4).
'use strict';
const h = require('./harness');
const mode = process.argv[3] || process.env.ASB_MODE;

h.run(async () => {
  const s = await h.session();
  if (mode === 'at-start') await new Promise((resolve) => setTimeout(resolve, s.expires_in * 1000 + 1500));

  const directLine = new h.DirectLine({ domain: h.domain, token: s.token, conversationId: s.conversationId, webSocket: false, pollingInterval: 200 });
  const seen = h.observe(directLine);
  const final = mode === 'at-start' ? h.ConnectionStatus.FailedToConnect : h.ConnectionStatus.ExpiredToken;
  await h.status(directLine, final, 30000);
  // Let a few more polls happen: the status must stay where it ended.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const finalStatus = directLine.connectionStatus$.getValue();
  directLine.end();

  return {
    mode,
    expiresIn: s.expires_in,
    statuses: seen.statuses,
    finalStatus,
    requests: h.requests.map((r) => ({ method: r.method, path: r.path.replace(/\?.*/, ''), status: r.status })),
  };
});
