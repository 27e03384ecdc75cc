// A polling client resuming with {token, conversationId, watermark} receives only what came after the
// watermark, exactly as the first client saw it.
'use strict';
const h = require('./harness');

h.run(async () => {
  const s = await h.session();
  const before = new h.DirectLine({ domain: h.domain, token: s.token, webSocket: false, pollingInterval: 200 });
  const seenBefore = h.observe(before);
  await h.status(before, h.ConnectionStatus.Online);
  const first = await h.post(before, s.userId, 'The kettle trips the fuse', 'wm-1-' + Date.now());
  await h.until(() => h.repliesTo(seenBefore.activities, first).length >= 2, 'the replies to the first message');
  const watermark = before.watermark;
  const countAtWatermark = seenBefore.activities.length;
  const second = await h.post(before, s.userId, 'Every time', 'wm-2-' + Date.now());
  await h.until(() => h.repliesTo(seenBefore.activities, second).length >= 1, 'the reply to the second message');
  before.end();

  const after = new h.DirectLine({ domain: h.domain, token: s.token, conversationId: s.conversationId, watermark, webSocket: false, pollingInterval: 200 });
  const seenAfter = h.observe(after);
  const expected = seenBefore.activities.slice(countAtWatermark).map((a) => a.id);
  await h.until(() => seenAfter.activities.length >= expected.length, 'the activities after the watermark');
  // Poll a few more times so anything wrongly replayed would have shown up.
  const polls = h.requests.length;
  await h.until(() => h.requests.length >= polls + 3, 'three more polls');
  after.end();

  return {
    watermark, first, second,
    statusesAfter: seenAfter.statuses,
    idsBefore: seenBefore.activities.map((a) => a.id),
    expectedAfter: expected,
    idsAfter: seenAfter.activities.map((a) => a.id),
  };
});
