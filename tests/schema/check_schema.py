#!/usr/bin/env python3
"""Validates the bundled examples (and fixtures) against the shipped JSON Schema, checks the
schema is current with the catalog, and that it rejects documents it must reject."""
import glob
import json
import os
import subprocess
import sys

import jsonschema

root = sys.argv[1]
schema_path = os.path.join(root, "resources", "schema", "archscope-v1.schema.json")
subprocess.run([sys.executable, os.path.join(root, "scripts", "gen-schema.py"), "--check"], check=True)
schema = json.load(open(schema_path, encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

examples = sorted(glob.glob(os.path.join(root, "resources", "examples", "*.archscope")))
if len(examples) < 5:
    sys.exit("expected at least five examples, found %d" % len(examples))
failed = False
for path in examples:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    for e in errors:
        print("%s: %s at /%s" % (os.path.basename(path), e.message, "/".join(map(str, e.path))))
    failed = failed or bool(errors)
    print("%s: %s" % (os.path.basename(path), "invalid" if errors else "valid"))

# Documents the schema must refuse, so this test can fail.
bad = [
    {"format": "archscope", "version": 2},
    {"format": "archscope", "version": 1, "nodes": [{"id": "a", "kind": "mainframe"}]},
    {"format": "archscope", "version": 1, "nodes": [{"id": "a", "kind": "lambda", "props": {"memoryMb": "lots"}}]},
    {"format": "archscope", "version": 1, "edges": [{"id": "e", "from": "a", "to": "b", "kind": "teleport"}]},
    {"format": "archscope", "version": 1, "decision": {"answers": {"state": 3}}},
]
for doc in bad:
    if validator.is_valid(doc):
        print("schema accepted a document it must reject: %s" % json.dumps(doc))
        failed = True
sys.exit(1 if failed else 0)
