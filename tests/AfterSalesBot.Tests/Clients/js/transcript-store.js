// Loads a .transcript export into botbuilder-core's MemoryTranscriptStore (what the Emulator and transcript tooling
// build on) and reads it back as that tooling would: the channel's conversations, then every page of activities.
// Usage: node transcript-store.js <base url (unused)> <file.transcript>
'use strict';
const fs = require('fs');
const { MemoryTranscriptStore } = require('botbuilder-core');

(async () => {
  const exported = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  const store = new MemoryTranscriptStore();
  // A file holds timestamps as strings; the store sorts Date objects, as TranscriptLoggerMiddleware logs them.
  for (const activity of exported) await store.logActivity({ ...activity, timestamp: new Date(activity.timestamp) });

  const channels = [...new Set(exported.map(a => a.channelId))];
  const conversations = [];
  for (const channel of channels) {
    for (const t of (await store.listTranscripts(channel)).items) conversations.push(channel + '/' + t.id);
  }
  const [channelId, conversationId] = [exported[0].channelId, exported[0].conversation.id];
  const read = [];
  let token;
  do {
    const page = await store.getTranscriptActivities(channelId, conversationId, token);
    read.push(...page.items);
    token = page.continuationToken;
  } while (token);

  console.log(JSON.stringify({
    exported: exported.length,
    read: read.length,
    conversations,
    orderKept: read.map(a => a.id).join('\n') === exported.map(a => a.id).join('\n'),
    withoutId: exported.filter(a => !a.id).length,
    withoutRecipient: exported.filter(a => !a.recipient || !a.recipient.id).length,
    withoutFrom: exported.filter(a => !a.from || !a.from.id).length,
    notUtcZ: exported.filter(a => typeof a.timestamp !== 'string' || !a.timestamp.endsWith('Z')).map(a => a.timestamp),
    duplicateIds: exported.length - new Set(exported.map(a => a.id)).size,
    agreementEvents: read.filter(a => a.type === 'event' && a.name === 'aftersales/handlingAgreement').length,
  }));
})().catch(e => { console.error(e && e.stack || e); process.exit(1); });
