// Shared set-up for the DirectLineJS scenarios: the real npm client on Node 20 (which lacks XHR and WebSocket
// globals), a log of every HTTP call and WebSocket frame it makes, and one JSON result line on stdout.
'use strict';

const XHR = require('xhr2');
const WS = require('ws');

const requests = []; // { method, path, status, watermarkType }
const sockets = []; // every WebSocket the client opened, for frame counts and forced drops

class RecordingXhr extends XHR {
  open(method, url, ...rest) {
    this._entry = { method, path: new URL(url).pathname + new URL(url).search };
    return super.open(method, url, ...rest);
  }

  send(body) {
    this.addEventListener('loadend', () => {
      const entry = this._entry;
      entry.status = this.status;
      let json = this.response;
      if (typeof json === 'string') { try { json = JSON.parse(json); } catch { json = null; } }
      if (json && typeof json === 'object' && 'watermark' in json) entry.watermarkType = typeof json.watermark;
      requests.push(entry);
    });
    return super.send(body);
  }
}

class RecordingSocket extends WS {
  constructor(url, ...rest) {
    super(url, ...rest);
    this.record = { url: new URL(url).pathname + new URL(url).search, opened: false, activitySets: 0, keepAlives: 0, activityIds: [], types: [] };
    sockets.push(this);
    this.addEventListener('open', () => { this.record.opened = true; });
    this.addEventListener('message', (message) => {
      if (message.data === '') { this.record.keepAlives++; return; }
      const set = JSON.parse(message.data);
      this.record.activitySets++;
      for (const activity of set.activities) {
        this.record.activityIds.push(activity.id);
        this.record.types.push(activity.type);
      }
      this.record.lastWatermarkType = typeof set.watermark;
    });
  }
}

global.XMLHttpRequest = RecordingXhr;
global.WebSocket = RecordingSocket;

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const baseUrl = (process.env.ASB_BASE_URL || process.argv[2] || '').replace(/\/$/, '');
const secret = process.env.ASB_SECRET || '';
const domain = baseUrl + '/v3/directline';
const timeoutMs = Number(process.env.ASB_TIMEOUT_MS || 60000);

function fail(message, details) {
  process.stderr.write('FAILED: ' + message + '\n' + JSON.stringify({ details, requests, sockets: sockets.map((s) => s.record) }, null, 1) + '\n');
  process.exit(1);
}

function done(result) {
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

/** Runs a scenario: a missing URL, a thrown error or the overall deadline all fail with a clear message. */
function run(scenario) {
  if (!baseUrl) fail('Pass the server URL as ASB_BASE_URL or the first argument.');
  setTimeout(() => fail(`Scenario did not finish within ${timeoutMs} ms.`), timeoutMs).unref();
  scenario().then(done, (error) => fail(error && error.stack ? error.stack : String(error)));
}

/** The customer page's own token source; pass the previous token to resume. */
async function session(previousToken) {
  const response = await fetch(baseUrl + '/api/webchat/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: previousToken || null }),
  });
  if (!response.ok) throw new Error('session: HTTP ' + response.status + ' ' + (await response.text()));
  return response.json();
}

/** Wraps a DirectLine: records its statuses and every activity it delivers. */
function observe(directLine) {
  const seen = { statuses: [], activities: [], watermarks: [] };
  directLine.connectionStatus$.subscribe((status) => seen.statuses.push(status));
  directLine.activity$.subscribe(
    (activity) => { seen.activities.push(activity); seen.watermarks.push(directLine.watermark); },
    (error) => { seen.error = String(error && error.message ? error.message : error); });
  return seen;
}

/** Resolves when <predicate> holds, polling every 50 ms; rejects after <ms> with <what>. */
function until(predicate, what, ms = 30000) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      let value;
      try { value = predicate(); } catch (error) { reject(error); return; }
      if (value) resolve(value);
      else if (Date.now() - started > ms) reject(new Error('Timed out waiting for ' + what));
      else setTimeout(check, 50);
    };
    check();
  });
}

function status(directLine, wanted, ms) {
  return until(() => directLine.connectionStatus$.getValue() === wanted, 'connection status ' + wanted
    + ' (now ' + directLine.connectionStatus$.getValue() + ')', ms);
}

/** Posts as Web Chat does, and returns the server's id. */
function post(directLine, userId, text, clientActivityID, locale = 'en-US') {
  return new Promise((resolve, reject) => {
    directLine.postActivity({
      type: 'message', text, locale, textFormat: 'plain',
      from: { id: userId, role: 'user' },
      channelData: { clientActivityID },
    }).subscribe(resolve, (error) => reject(new Error('postActivity failed: ' + (error && error.status) + ' ' + (error && error.message))));
  });
}

/** The bot's replies to <id> among <activities>: the greeting on the first message, then the placeholder. */
function repliesTo(activities, id) {
  return activities.filter((a) => a.replyToId === id && a.type === 'message');
}

function summarise(activity) {
  return {
    id: activity.id, type: activity.type, text: activity.text, replyToId: activity.replyToId,
    role: activity.from && activity.from.role, clientActivityID: activity.channelData && activity.channelData.clientActivityID,
  };
}

module.exports = {
  DirectLine, ConnectionStatus, baseUrl, domain, secret, requests, sockets,
  run, session, observe, until, status, post, repliesTo, summarise,
};
