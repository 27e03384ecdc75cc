// A conversation the server does not know, addressed with the secret.
//   node unknown.js <url> start   : DirectLine({secret, conversationId}) starts with GET /conversations/{id};
//                                   the server answers 404 and DirectLineJS reports FailedToConnect (4).
//   node unknown.js <url> polling : a client already Online (token + streamUrl skip the start call) polls the
//                                   conversation; 404 on GET activities is DirectLineJS's Ended (5).
'use strict';
const h = require('./harness');
const mode = process.argv[3] || process.env.ASB_MODE;

h.run(async () => {
  if (!h.secret) throw new Error('Pass the Direct Line secret as ASB_SECRET.');
  const options = mode === 'polling'
    ? { token: h.secret, streamUrl: 'ws://127.0.0.1:9/unused', conversationId: 'doesnotexist' }
    : { secret: h.secret, conversationId: 'doesnotexist' };
  const directLine = new h.DirectLine({ domain: h.domain, webSocket: false, pollingInterval: 200, ...options });
  const seen = h.observe(directLine);
  const final = mode === 'polling' ? h.ConnectionStatus.Ended : h.ConnectionStatus.FailedToConnect;
  await h.status(directLine, final, 30000);
  await new Promise((resolve) => setTimeout(resolve, 1000));

  return {
    mode,
    statuses: seen.statuses,
    finalStatus: directLine.connectionStatus$.getValue(),
    activities: seen.activities.length,
    requests: h.requests.map((r) => ({ method: r.method, path: r.path.replace(/\?.*/, ''), status: r.status })),
  };
});
