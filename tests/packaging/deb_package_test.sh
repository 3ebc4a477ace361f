#!/usr/bin/env bash
# Builds the .deb (and .rpm, .tar.gz) from a clean release build, checks it with lintian, installs
# it with apt on this machine, runs the installed binaries (orgctl --version, a sandbox create, the
# console offscreen for a few seconds), validates the installed desktop and AppStream files, and
# removes the package again. Needs root (CI runs as root).
set -euo pipefail
src="$1"
work=$(mktemp -d /tmp/orgconsole-package-test.XXXXXX)
chmod 755 "$work"
cleanup() {
  if dpkg-query -W -f='${Status}' orgconsole 2>/dev/null | grep -q "install ok installed"; then
    apt-get remove -y orgconsole >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
[ "$(id -u)" -eq 0 ] || { echo "the package test installs a .deb and needs root"; exit 1; }
if dpkg-query -W -f='${Status}' orgconsole 2>/dev/null | grep -q "install ok installed"; then
  echo "orgconsole is already installed on this machine; refusing to touch it"; exit 1
fi

"$src/scripts/package" "$work/dist"
deb=$(ls "$work"/dist/orgconsole_*_amd64.deb)
ls "$work"/dist/orgconsole-*.rpm "$work"/dist/orgconsole-*-Linux.tar.gz >/dev/null

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges" || true
lintian --fail-on error "$deb" >/dev/null 2>&1

echo "== install"
DEBIAN_FRONTEND=noninteractive apt-get install -y "$deb" >/dev/null
[ -x /usr/bin/orgctl ] && [ -x /usr/bin/orgconsole ] && [ -x /usr/bin/litellm-sim ]
version=$(/usr/bin/orgctl --version)
echo "installed: $version"
[ "$version" = "orgctl $(sed -n 's/^project(OrgConsole VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")" ]

echo "== orgctl --sandbox org create"
export ORGCONSOLE_CONFIG_DIR="$work/config"
out=$(/usr/bin/orgctl --sandbox org create --name "Package Test Co" --owner kc-pkg --budget 42 --json 2>"$work/create.err")
echo "$out" | python3 -c 'import json,sys; o=json.load(sys.stdin); assert o["status"]=="active" and o["max_budget"]==42 and o["api_key"].startswith("sk-"), o'
/usr/bin/orgctl --sandbox org list | grep -q "Package Test Co"

echo "== console offscreen"
QT_QPA_PLATFORM=offscreen timeout 30 /usr/bin/orgconsole --quit-after 3000
echo "console ran and quit cleanly"

echo "== desktop file and AppStream metadata"
desktop-file-validate /usr/share/applications/io.github.orgconsole.OrgConsole.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.orgconsole.OrgConsole.metainfo.xml
[ -f /usr/share/icons/hicolor/scalable/apps/io.github.orgconsole.OrgConsole.svg ]
[ -f /usr/share/icons/hicolor/256x256/apps/io.github.orgconsole.OrgConsole.png ]
zcat /usr/share/man/man1/orgctl.1.gz | grep -q "EXIT STATUS"

echo "== remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y orgconsole >/dev/null
if [ -e /usr/bin/orgctl ] || [ -e /usr/share/applications/io.github.orgconsole.OrgConsole.desktop ]; then
  echo "files are left after removal"; exit 1
fi
echo "package built, checked, installed, run and removed cleanly"
