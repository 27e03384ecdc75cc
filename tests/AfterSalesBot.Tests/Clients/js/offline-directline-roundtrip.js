// PROTOCOL.md compatibility test A: the real offline-directline (npm 1.3.1) in front of our /api/messages,
// driven by the real DirectLineJS client with polling. Prints one JSON line; exits non-zero on failure.
// Usage: node offline-directline-roundtrip.js <bot base url> <admin api key>
'use strict';
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const express = require('express');
const { getRouter } = require('offline-directline');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [botBase, adminKey] = process.argv.slice(2);
// What happened so far, printed with any failure: the stage reached, every request the emulator served (the
// client's polls, the bot's replies to its service URL) and every activity the client saw.
const trace = { stage: 'starting', requests: [], activities: [] };
const fail = (message) => {
  console.error('FAIL: ' + message + ' (stage: ' + trace.stage + ')\n' + JSON.stringify(trace, null, 1));
  process.exit(1);
};
// Generous, as the other client scripts (harness.js): a loaded two-core machine runs the host, Node and builds at once.
const timeoutMs = Number(process.env.ASB_TIMEOUT_MS || 60000);
setTimeout(() => fail('timed out'), timeoutMs).unref();
// The emulator forwards the client's post to the bot without a catch: a failed forward would end Node with a bare
// stack trace. Report it with the trace instead.
process.on('unhandledRejection', (error) => fail('unhandled: ' + (error && error.stack || String(error))));
process.on('uncaughtException', (error) => fail('uncaught: ' + (error && error.stack || String(error))));

function waitFor(observable, predicate, what) {
  return new Promise((resolve) => {
    let sub = null;
    const timer = setTimeout(() => { if (sub) sub.unsubscribe(); fail('never saw ' + what); }, timeoutMs - 5000);
    timer.unref();
    sub = observable.subscribe((value) => {
      if (!predicate(value)) return;
      clearTimeout(timer); // the deadline is this wait's only: it must not fire later, in another stage
      // Unsubscribed after the callback: a BehaviorSubject may answer during subscribe, before sub is assigned.
      setImmediate(() => sub.unsubscribe());
      resolve(value);
    });
  });
}

// activity$ is hot: an activity that arrived before a wait began (the proactive message can be polled while the admin
// POST that sent it is still being answered) is found in what was already seen, not waited for in vain.
function waitForActivity(seen, directLine, predicate, what) {
  const already = seen.find(predicate);
  return already ? Promise.resolve(already) : waitFor(directLine.activity$, predicate, what);
}

(async () => {
  const app = express();
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = server.address().port;
  app.use((req, res, next) => {
    const started = Date.now();
    res.on('finish', () => {
      if (trace.requests.length < 400) trace.requests.push(`${req.method} ${req.originalUrl} ${res.statusCode} ${Date.now() - started}ms`);
    });
    next();
  });
  app.use(getRouter(`http://127.0.0.1:${port}`, `${botBase}/api/messages`));

  const directLine = new DirectLine({ domain: `http://127.0.0.1:${port}/directline`, webSocket: false, pollingInterval: 200 });
  const activities = [];
  directLine.activity$.subscribe((a) => { activities.push(a); trace.activities.push({ id: a.id, from: a.from && a.from.id, replyToId: a.replyToId, text: a.text }); });
  trace.stage = 'connecting';
  await waitFor(directLine.connectionStatus$, (s) => s === ConnectionStatus.Online, 'Online');

  trace.stage = 'posting';
  const id = await new Promise((resolve, reject) => directLine.postActivity({
    type: 'message', from: { id: 'customer-1', name: 'Customer' }, text: 'My copier jams', locale: 'en-US',
  }).subscribe(resolve, reject));
  if (!id || id === 'retry') fail('post returned ' + id);
  trace.stage = 'waiting for the reply to ' + id;
  const reply = await waitForActivity(activities, directLine, (a) => a.replyToId === id && /listening|Is that correct\?/.test(a.text || ''), 'the bot reply');

  const conversationId = reply.conversation && reply.conversation.id;
  const proactiveText = 'A technician will call you today.';
  const response = await fetch(`${botBase}/api/admin/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': adminKey },
    body: JSON.stringify({ text: proactiveText }),
  });
  trace.stage = 'waiting for the proactive message';
  if (response.status !== 202) fail('proactive send answered ' + response.status);
  const proactive = await waitForActivity(activities, directLine, (a) => a.text === proactiveText, 'the proactive message');

  console.log(JSON.stringify({
    online: true, postedId: id, replyText: reply.text, replyToId: reply.replyToId,
    proactiveReplyToId: proactive.replyToId || null, activityCount: activities.length,
  }));
  directLine.end();
  server.close();
  process.exit(0);
})().catch((e) => fail(e && e.stack || String(e)));
