// Copies the Web Chat bundle from node_modules into the host's wwwroot, so the customer page is served
// locally (never from a CDN) and `dotnet run` works on a machine without npm. Run after changing the
// botframework-webchat version in package.json: `npm ci && npm run vendor-webchat`.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'node_modules', 'botframework-webchat');
const target = path.join(root, 'src', 'Bot', 'wwwroot', 'lib', 'botframework-webchat');
const version = require(path.join(source, 'package.json')).version;

fs.mkdirSync(target, { recursive: true });
for (const file of ['webchat.js', 'webchat.js.LICENSE.txt']) {
  fs.copyFileSync(path.join(source, 'dist', file), path.join(target, file));
}
fs.writeFileSync(path.join(target, 'VERSION'), version + '\n');
console.log(`Vendored botframework-webchat ${version} into ${path.relative(root, target)}`);

// The staff console's SignalR client, from @microsoft/signalr (its browser bundle), served by the host as well.
const signalrSource = path.join(root, 'node_modules', '@microsoft', 'signalr');
const signalrTarget = path.join(root, 'src', 'Bot', 'wwwroot', 'lib', 'microsoft-signalr');
const signalrVersion = require(path.join(signalrSource, 'package.json')).version;
fs.mkdirSync(signalrTarget, { recursive: true });
fs.copyFileSync(path.join(signalrSource, 'dist', 'browser', 'signalr.min.js'), path.join(signalrTarget, 'signalr.min.js'));
// The package ships no LICENSE file; it is MIT licensed (package.json).
fs.writeFileSync(path.join(signalrTarget, 'VERSION'), signalrVersion + '\n');
console.log(`Vendored @microsoft/signalr ${signalrVersion} into ${path.relative(root, signalrTarget)}`);
