#!/usr/bin/env python3
"""The UI and orgctl talk to services only: nothing under ui/ or app/ includes a storage header,
QtSql or QThread, or makes a QNetworkAccessManager. The services (built by AppContext) own
connections, threads and network managers. Exits 1 naming each offending line."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
rules = [
    (re.compile(r'#\s*include\s*[<"](\.\./)*services/storage/'), "includes a storage header (ask a service: AppContext::queries(), operations(), diagnostics())"),
    (re.compile(r"#\s*include\s*<(QtSql/)?QSql"), "includes QtSql (database work belongs to the repository worker)"),
    (re.compile(r"#\s*include\s*<(QtCore/)?QThread>"), "includes QThread (threads belong to services)"),
    (re.compile(r"\bQNetworkAccessManager\b"), "uses QNetworkAccessManager (the context owns the one network manager)"),
]
problems = []
for folder in ("ui", "app"):
    for path in sorted((root / folder).rglob("*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            code = line.split("//")[0]
            for pattern, why in rules:
                if pattern.search(code):
                    problems.append(f"{path.relative_to(root)}:{number}: {why}: {line.strip()}")
for p in problems:
    print(p)
if problems:
    sys.exit(1)
print("ui/ and app/ talk to services only")
