#!/usr/bin/env bash
# Builds the Teams app package: teams/build/aftersalesbot-teams.zip.
#
#   MICROSOFT_APP_ID  the Azure Bot's app (client) id; Bot__MicrosoftAppId is used if unset
#   BOT_HOST          public host name of the bot, e.g. bot.contoso.com (no scheme, no path)
#   APP_VERSION       package version, default 1.0.0; raise it for every re-upload
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/build"

export MICROSOFT_APP_ID="${MICROSOFT_APP_ID:-${Bot__MicrosoftAppId:-}}"
export BOT_HOST="${BOT_HOST:-}"
export APP_VERSION="${APP_VERSION:-1.0.0}"

rm -rf "$out/package"
mkdir -p "$out/package"

# Substitution and packaging in python3, which is everywhere the .NET SDK image is and does not
# need `zip`; it also re-parses the JSON so a bad value fails here, not in the Teams upload.
python3 - "$here" "$out" <<'PY'
import json, os, re, sys, zipfile
here, out = sys.argv[1], sys.argv[2]
app_id = os.environ["MICROSOFT_APP_ID"].strip()
host = re.sub(r"^https?://", "", os.environ["BOT_HOST"].strip()).split("/")[0]
version = os.environ["APP_VERSION"].strip()

errors = []
if not re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", app_id):
    errors.append("MICROSOFT_APP_ID must be the bot's app id (a GUID).")
if not re.fullmatch(r"(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}", host):
    errors.append("BOT_HOST must be a public host name such as bot.contoso.com.")
if not re.fullmatch(r"\d+\.\d+\.\d+", version):
    errors.append("APP_VERSION must look like 1.0.0.")
if errors:
    sys.exit("\n".join(errors))

values = {"MICROSOFT_APP_ID": app_id.lower(), "BOT_HOST": host.lower(), "APP_VERSION": version}
files = {}
for name in ("manifest.json", "zh-Hans.json"):
    text = open(os.path.join(here, name), encoding="utf-8").read()
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    if "{{" in text:
        sys.exit(f"{name}: unreplaced placeholder left: {text[text.index('{{'):][:40]}")
    json.loads(text)
    files[name] = text.encode("utf-8")
for name in ("color.png", "outline.png"):
    files[name] = open(os.path.join(here, name), "rb").read()

# Teams wants the files at the root of the archive, not in a folder.
zip_path = os.path.join(out, "aftersalesbot-teams.zip")
with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as package:
    for name, data in files.items():
        package.writestr(name, data)
        open(os.path.join(out, "package", name), "wb").write(data)
print(zip_path)
PY
