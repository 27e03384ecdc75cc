// The staff console's live parts: deadline timers, the queue refreshed when it changes, and a case's conversation
// with the chat box. Customer text is only ever set with textContent, never parsed as HTML.
(function () {
  'use strict';
  const body = document.body;

  function minutes(ms) {
    const m = Math.round(Math.abs(ms) / 60000);
    if (m < 60) return m + ' min';
    const h = Math.floor(m / 60);
    return h < 48 ? h + ' h ' + (m % 60) + ' min' : Math.floor(h / 24) + ' d ' + (h % 24) + ' h';
  }

  function tickTimers() {
    const now = Date.now();
    document.querySelectorAll('time.timer[datetime]').forEach(function (el) {
      const due = Date.parse(el.getAttribute('datetime'));
      if (isNaN(due)) return;
      const left = due - now;
      el.textContent = (left >= 0 ? body.dataset.tIn : body.dataset.tOverdue).replace('{0}', minutes(left));
      el.classList.toggle('overdue', left < 0);
      el.classList.toggle('soon', left >= 0 && left < 3600000);
    });
  }
  tickTimers();
  setInterval(tickTimers, 15000);

  // One format per language, always with the zone, in the staff member's own zone: the pattern and the zone come from
  // the page (ConsoleTime on the server fills the same fields), never from the browser's locale or zone.
  function formatTime(iso, zone, pattern) {
    const parts = {};
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset'
    }).formatToParts(new Date(iso)).forEach(function (p) { parts[p.type] = p.value; });
    // "GMT+08:00", "GMT-05:00" (some engines write U+2212), and plain "GMT" for a zero offset.
    const offset = parts.timeZoneName.replace('\u2212', '-').replace(/^GMT$/, 'GMT+00:00').replace(/^GMT/, 'UTC');
    const fields = { yyyy: parts.year, MM: parts.month, dd: parts.day, HH: parts.hour, mm: parts.minute, zone: zone, offset: offset };
    return pattern.replace(/\{(yyyy|MM|dd|HH|mm|zone|offset)\}/g, function (_, name) { return fields[name]; });
  }
  function consoleTime(iso) {
    return formatTime(iso, body.dataset.timeZone || 'UTC', body.dataset.timeFormat || '{yyyy}-{MM}-{dd} {HH}:{mm} ({zone}, {offset})');
  }
  window.consoleTime = { format: formatTime, local: consoleTime };

  // The printable transcript's button (the page has no inline script: the policy is script-src 'self').
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  const livePage = document.querySelector('[data-live]');
  const casePage = document.querySelector('.case-page');
  if (!window.signalR || (!livePage && !casePage)) return;

  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/console/hub')
    .withAutomaticReconnect()
    .build();

  // Queue and lists: fetch this page again and swap the live regions.
  async function refreshLive() {
    const response = await fetch(location.href, { headers: { 'X-Requested-With': 'fetch' }, credentials: 'same-origin' });
    if (!response.ok) return;
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    document.querySelectorAll('[data-live]').forEach(function (region) {
      const fresh = doc.querySelector('[data-live="' + region.dataset.live + '"]');
      if (fresh) region.replaceWith(document.importNode(fresh, true));
    });
    tickTimers();
  }
  let pending = null;
  function scheduleRefresh() {
    if (pending) return;
    pending = setTimeout(function () { pending = null; refreshLive(); }, 300);
  }
  connection.on('queue', scheduleRefresh);
  connection.on('approvals', scheduleRefresh);

  // A case: append lines after the last one drawn.
  const chat = document.getElementById('chat');
  let last = casePage ? Number(casePage.dataset.last || 0) : 0;
  const labels = { in: chat ? chat.dataset.customer : '', bot: chat ? chat.dataset.bot : '' };

  function append(line) {
    if (!chat || line.sequence <= last) return;
    last = line.sequence;
    const li = document.createElement('li');
    li.className = 'line ' + line.direction + (line.agent ? ' agent' : '');
    li.dataset.seq = String(line.sequence);
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = line.direction === 'in' ? labels.in : (line.agent || labels.bot);
    const at = document.createElement('time');
    at.dateTime = line.at;
    at.textContent = consoleTime(line.at);
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = line.text || '';
    li.append(who, ' ', at, ' ', text);
    chat.appendChild(li);
    li.scrollIntoView({ block: 'nearest' });
  }
  connection.on('line', append);
  connection.on('case', function () {
    const stale = document.getElementById('case-stale');
    if (stale) stale.classList.remove('hidden');
  });

  async function watch() {
    if (livePage) await connection.invoke('WatchQueue');
    if (casePage) {
      const missed = await connection.invoke('WatchCase', casePage.dataset.case, last);
      missed.forEach(append);
    }
    body.dataset.live = 'connected';
  }
  connection.onreconnected(watch);

  const form = document.getElementById('chat-form');
  if (form) {
    const text = document.getElementById('chat-text');
    const error = document.getElementById('chat-error');
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      const value = text.value.trim();
      if (!value) return;
      error.textContent = '';
      form.querySelector('button').disabled = true;
      try {
        const result = await connection.invoke('Send', casePage.dataset.case, value);
        if (result.sent) text.value = ''; else error.textContent = result.reason;
      } catch (err) {
        error.textContent = String(err && err.message || err);
      } finally {
        form.querySelector('button').disabled = false;
        text.focus();
      }
    });
    text.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
    });
  }

  connection.start().then(watch).catch(function (err) {
    body.dataset.live = 'failed';
    console.error(err);
  });
})();
