// The customer page: asks our server for a Direct Line session (never holding the secret), remembers it in
// the browser so a returning customer resumes the same conversation, and renders the real Web Chat.
(function () {
  'use strict';

  var SESSION_KEY = 'aftersalesbot.session';
  var LOCALE_KEY = 'aftersalesbot.locale';

  var TEXTS = {
    en: {
      title: 'After-sales service',
      subtitle: 'Tell us what went wrong with your product. We are listening.',
      newConversation: 'New conversation',
      confirmNew: 'Start a new conversation? The current one stays saved on our side.',
      connecting: 'Connecting to the service…',
      reconnecting: 'Connection lost — reconnecting. Nothing you wrote is lost.',
      failed: 'We could not reach the service. Check your connection; we will keep trying.',
      ended: 'This conversation has ended. Starting a new one…',
      sessionFailed: 'The chat could not start. Please reload the page in a moment.',
      busy: 'Many chats are starting from your network right now. We will connect you in {0} seconds.',
      resumeRefused: 'Your earlier conversation could not be opened here (after 30 days, or from another browser), so this is a new one. If you have a case number (AS-…), just tell us and we will look it up.'
    },
    zh: {
      title: '售后服务',
      subtitle: '请告诉我们您的产品出了什么问题，我们在倾听。',
      newConversation: '新对话',
      confirmNew: '要开始新的对话吗？当前对话会保存在我们这里。',
      connecting: '正在连接服务…',
      reconnecting: '连接中断，正在重新连接。您写的内容不会丢失。',
      failed: '暂时无法连接服务。请检查网络，我们会继续尝试。',
      ended: '本次对话已结束，正在开始新的对话…',
      sessionFailed: '聊天无法启动，请稍后刷新页面。',
      busy: '您所在的网络正有很多对话同时开始，我们将在 {0} 秒后为您连接。',
      resumeRefused: '无法在这里打开您之前的对话（已超过 30 天，或来自其他浏览器），这是一个新的对话。如有案件编号（AS-…），请直接告诉我们，我们会为您查询。'
    }
  };

  function pickLocale() {
    var saved = localStorage.getItem(LOCALE_KEY);
    if (saved === 'zh-CN' || saved === 'en-US') return saved;
    var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < languages.length; i++) {
      var tag = String(languages[i]).toLowerCase();
      if (tag.indexOf('zh') === 0) return 'zh-CN';
      if (tag.indexOf('en') === 0) return 'en-US';
    }
    return document.documentElement.getAttribute('data-default-locale') || 'en-US';
  }

  var locale = pickLocale();
  var texts = locale === 'zh-CN' ? TEXTS.zh : TEXTS.en;

  function applyTexts() {
    document.documentElement.lang = locale === 'zh-CN' ? 'zh-CN' : 'en';
    document.title = texts.title + ' — AfterSalesBot';
    document.querySelectorAll('[data-text]').forEach(function (el) {
      el.textContent = texts[el.getAttribute('data-text')];
    });
    document.querySelectorAll('[data-locale]').forEach(function (el) {
      el.setAttribute('aria-pressed', String(el.getAttribute('data-locale') === locale));
      el.addEventListener('click', function () {
        localStorage.setItem(LOCALE_KEY, el.getAttribute('data-locale'));
        location.reload(); // the conversation resumes from the stored session
      });
    });
    document.getElementById('new-conversation').addEventListener('click', function () {
      if (window.confirm(texts.confirmNew)) {
        localStorage.removeItem(SESSION_KEY);
        location.reload();
      }
    });
  }

  function showStatus(message, isError) {
    var el = document.getElementById('status');
    el.hidden = !message;
    el.textContent = message || '';
    el.className = 'status' + (isError ? ' error' : '');
  }

  function readSaved() {
    try { return JSON.parse(localStorage.getItem(SESSION_KEY) || 'null'); } catch (e) { return null; }
  }

  function fetchSession(previousToken) {
    return fetch('/api/webchat/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: previousToken || null })
    }).then(function (response) {
      if (response.status === 429) {
        // Too many new sessions from this address: wait as long as the server says, then try again.
        var seconds = Math.max(1, parseInt(response.headers.get('Retry-After'), 10) || 30);
        showStatus(texts.busy.replace('{0}', seconds));
        return new Promise(function (resolve) { setTimeout(resolve, seconds * 1000); })
          .then(function () { return fetchSession(previousToken); });
      }
      if (!response.ok) throw new Error('session ' + response.status);
      return response.json();
    });
  }

  function save(session, token) {
    localStorage.setItem(SESSION_KEY, JSON.stringify({
      conversationId: session.conversationId, userId: session.userId, token: token || session.token
    }));
  }

  function start() {
    applyTexts();
    showStatus(texts.connecting);
    var saved = readSaved();
    fetchSession(saved && saved.token).then(function (session) {
      save(session);
      // The server could not resume the conversation this browser remembered: say so rather than silently start afresh.
      var notice = document.getElementById('notice');
      notice.hidden = !session.resumeRefused;
      notice.textContent = session.resumeRefused ? texts.resumeRefused : '';
      var directLine = window.WebChat.createDirectLine({
        domain: location.origin + '/v3/directline',
        token: session.token,
        conversationId: session.conversationId,
        webSocket: true
      });
      // DirectLineJS refreshes its token every 15 minutes; keep the newest one for the next visit.
      setInterval(function () { if (directLine.token) save(session, directLine.token); }, 60000);
      var styleOptions = {
        accent: '#0b5cad',
        botAvatarInitials: 'AS',
        userAvatarInitials: locale === 'zh-CN' ? '我' : 'You',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        hideUploadButton: false,
        sendTypingIndicator: false
      };
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: locale } } });
            }
            return next(action);
          };
        };
      });
      // Web Chat drops a message sent before Direct Line is online, so the send box is usable only then.
      var render = function (online) {
        window.WebChat.renderWebChat({
          directLine: directLine,
          store: store,
          userID: session.userId,
          locale: locale,
          disabled: !online,
          styleOptions: styleOptions
        }, document.getElementById('webchat'));
      };
      render(false);
      var online = false;
      directLine.connectionStatus$.subscribe(function (status) {
        // 0 uninitialised, 1 connecting, 2 online, 3 expired token, 4 failed, 5 ended
        if ((status === 2) !== online) { online = status === 2; render(online); }
        if (status === 2) showStatus('');
        else if (status === 1) showStatus(texts.connecting);
        else if (status === 3) { showStatus(texts.reconnecting); setTimeout(function () { location.reload(); }, 1500); }
        else if (status === 4) showStatus(texts.failed, true);
        else if (status === 5) { showStatus(texts.ended, true); localStorage.removeItem(SESSION_KEY); setTimeout(function () { location.reload(); }, 2000); }
      });
      document.querySelector('#webchat').setAttribute('data-conversation-id', session.conversationId);
    }).catch(function () {
      showStatus(texts.sessionFailed, true);
    });
  }

  start();
})();
