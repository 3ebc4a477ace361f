#!/usr/bin/env python3
"""After the whole suite: no settings file, database file, log or result file that the tests left
holds a master key or a raw API key. Usage: secret_scan.py ROOT SECRETS_SEEN"""
import os
import re
import sys

root, seen_file = sys.argv[1], sys.argv[2]
secrets = set()
if os.path.exists(seen_file):
    secrets = {line.strip().encode() for line in open(seen_file) if line.strip()}
raw_key = re.compile(rb"sk-(?!\.\.\.)[A-Za-z0-9_\-]{20,}")
files = problems = 0
for dirpath, _, names in os.walk(root):
    for name in names:
        path = os.path.join(dirpath, name)
        with open(path, "rb") as f:
            data = f.read()
        files += 1
        for s in secrets:
            if s in data:
                print(f"{path}: holds a secret seen during the tests ({s[:6].decode()}...)")
                problems += 1
        m = raw_key.search(data)
        if m:
            print(f"{path}: holds something shaped like a raw key ({m.group(0)[:6].decode()}...)")
            problems += 1
# PostgreSQL: everything the end-to-end runs left on the test server.
admin = os.environ.get("ORGCONSOLE_TEST_PG_ADMIN_URL")
if admin:
    import subprocess
    host, port = admin.split("@")[1].split("/")[0].split(":")
    dump = subprocess.run(["pg_dumpall", "-h", host, "-p", port, "-U", "orgconsole"], capture_output=True, check=True).stdout
    files += 1
    for s in secrets:
        if s in dump:
            print(f"PostgreSQL dump: holds a secret seen during the tests ({s[:6].decode()}...)")
            problems += 1
    if raw_key.search(dump):
        print("PostgreSQL dump: holds something shaped like a raw key")
        problems += 1
    print(f"scanned a dump of every PostgreSQL database ({len(dump)} bytes)")
kinds = sorted({os.path.splitext(n)[1] or n for _, _, ns in os.walk(root) for n in ns})
print(f"scanned {files} files ({', '.join(kinds)}) for {len(secrets)} known secrets and raw-key patterns: {problems} problems")
if files == 0 or not secrets:
    print("nothing to scan: the end-to-end tests did not leave their folders")
    sys.exit(1)
sys.exit(1 if problems else 0)
