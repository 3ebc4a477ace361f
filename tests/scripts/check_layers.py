#!/usr/bin/env python3
"""The core does not depend on the simulator.

Fails when a file in models/ or in services/ outside services/sandbox/ includes a header of
services/sandbox/, and (with --build) when orgconsole_core compiles a file of services/sandbox/ or
links orgconsole_sandbox, directly or through another library of the project. The link facts come
from link-graph.txt, which tests/CMakeLists.txt has CMake write at generate time, so they are what
the build really does, not what a CMakeLists.txt seems to say.

Usage: check_layers.py --source DIR [--build DIR]
"""
import argparse
import os
import re
import sys

SANDBOX = "services/sandbox"
CORE, SANDBOX_LIB = "orgconsole_core", "orgconsole_sandbox"
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]')


def under(path, folder):
    return path == folder or path.startswith(folder + "/")


def include_problems(source):
    """Every `#include` of a services/sandbox/ header from models/ or the rest of services/."""
    problems = []
    for top in ("models", "services"):
        for dirpath, _, names in os.walk(os.path.join(source, top)):
            rel_dir = os.path.relpath(dirpath, source).replace(os.sep, "/")
            if under(rel_dir, SANDBOX):
                continue
            for name in sorted(names):
                if not name.endswith((".h", ".cpp")):
                    continue
                rel = f"{rel_dir}/{name}"
                with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        target = m.group(1)
                        # Both spellings: from the project root, and relative to the including file.
                        relative = os.path.normpath(os.path.join(rel_dir, target)).replace(os.sep, "/")
                        if under(target, SANDBOX) or under(relative, SANDBOX):
                            problems.append(f"{rel}:{number}: includes {target}")
    return problems


def read_graph(build):
    """`link LIB DEP`, `source PATH` and `sourcedir DIR` lines written by CMake."""
    path = os.path.join(build, "tests", "link-graph.txt")
    if not os.path.exists(path):
        sys.exit(f"check_layers: {path} is missing; configure the build with the tests first")
    links, sources, source_dir = {}, [], ""
    for line in open(path, encoding="utf-8"):
        kind, _, rest = line.rstrip("\n").partition(" ")
        if kind == "link":
            lib, _, dep = rest.partition(" ")
            links.setdefault(lib, set())
            if dep:
                links[lib].add(dep)
        elif kind == "source" and rest:
            sources.append(rest)
        elif kind == "sourcedir":
            source_dir = rest
    return links, sources, source_dir


def link_problems(source, build):
    links, sources, source_dir = read_graph(build)
    problems = []
    if CORE not in links:
        return [f"{CORE} is not in the link graph"]
    # Everything orgconsole_core pulls in, following the project's own libraries.
    seen, todo = set(), [CORE]
    while todo:
        lib = todo.pop()
        for dep in links.get(lib, ()):
            if dep in seen:
                continue
            seen.add(dep)
            if dep.startswith("orgconsole_"):
                if dep not in links:
                    problems.append(f"{lib} links {dep}, which tests/CMakeLists.txt does not list in the link graph")
                todo.append(dep)
    if SANDBOX_LIB in seen:
        problems.append(f"{CORE} links {SANDBOX_LIB} (directly or through a library it links)")
    root = os.path.realpath(source)
    for s in sources:
        full = os.path.realpath(s if os.path.isabs(s) else os.path.join(source_dir, s))
        rel = os.path.relpath(full, root).replace(os.sep, "/")
        if under(rel, SANDBOX):
            problems.append(f"{CORE} compiles {rel}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True)
    parser.add_argument("--build")
    args = parser.parse_args()
    problems = include_problems(args.source)
    if args.build:
        problems += link_problems(args.source, args.build)
    if problems:
        print("The core must not depend on services/sandbox/ (the sandbox depends on the core, not the reverse):")
        for p in problems:
            print("  " + p)
        print("Reach the sandbox through services/core/LocalProxy.h; only programs and tests link orgconsole_sandbox.")
        return 1
    print("models/ and services/ (outside sandbox/) do not include services/sandbox/; "
          f"{CORE} does not compile or link the sandbox")
    return 0


if __name__ == "__main__":
    sys.exit(main())
