#!/usr/bin/env python3
"""Validates request bodies captured by litellm-sim (/sim/requests) against LiteLLM v1.95.0's own
OpenAPI request schemas: every field we send must be declared (the proxy silently drops unknown
fields) and must have the declared type."""
import json
import sys
from pathlib import Path

import jsonschema
import yaml

captured = json.loads(Path(sys.argv[1]).read_text())
openapi_dir = Path(sys.argv[2])
docs = [yaml.safe_load(p.read_text()) for p in sorted(openapi_dir.glob("*.yml"))]


def find_operation(path, method):
    for doc in docs:
        op = doc.get("paths", {}).get(path, {}).get(method.lower())
        if op:
            return doc, op
    return None, None


def resolve(doc, schema):
    while isinstance(schema, dict) and "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        schema = doc["components"]["schemas"][name]
    return schema


checked = 0
errors = []
for req in captured["requests"]:
    if "body" not in req or req["method"] != "POST":
        continue
    doc, op = find_operation(req["endpoint"], req["method"])
    if op is None or "requestBody" not in op:
        errors.append(f"{req['method']} {req['endpoint']}: not in LiteLLM's OpenAPI documents")
        continue
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    full = dict(resolve(doc, schema))
    full["components"] = doc["components"]
    # Make the document's internal references resolvable from this root.
    resolver_root = {"components": doc["components"], **full}
    props = resolve(doc, schema).get("properties", {})
    for field in req["body"]:
        if field not in props:
            errors.append(f"{req['endpoint']}: field '{field}' is not in the request schema")
    try:
        jsonschema.validate(req["body"], resolver_root)
    except jsonschema.ValidationError as e:
        errors.append(f"{req['endpoint']}: {e.message} at {list(e.absolute_path)}")
    checked += 1

if checked == 0:
    errors.append("no request bodies were captured")
for e in errors:
    print("SCHEMA:", e)
print(f"{checked} request bodies checked against the OpenAPI schemas, {len(errors)} problems")
sys.exit(1 if errors else 0)
