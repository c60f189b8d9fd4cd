#!/usr/bin/env python3
"""Generates resources/schema/archscope-v1.schema.json from the catalog.

The schema describes the .archscope v1 format for other tools. Property types come from the
catalog, so the two cannot drift: tests/schema/check_schema.py fails when the committed
schema differs from what this script generates.
Usage: gen-schema.py [--check]
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG = os.path.join(ROOT, "resources", "catalog")
OUT = os.path.join(ROOT, "resources", "schema", "archscope-v1.schema.json")


def prop_schema(p):
    t = p["type"]
    if t == "number":
        s = {"type": "number"}
    elif t == "integer":
        s = {"type": ["integer", "null"]} if p.get("optional") else {"type": "integer"}
    elif t == "boolean":
        s = {"type": "boolean"}
    elif t == "choice":
        s = {"enum": p["choices"]}
    elif t == "string":
        s = {"type": "string"}
    elif t == "series":
        s = {"type": "array", "items": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2}}
    elif t == "object":
        s = {"type": "object", "properties": {f["key"]: prop_schema(f) for f in p["fields"]}}
    else:
        raise SystemExit("unknown property type " + t)
    # Ranges are not part of the schema: a value out of range is a problem the app reports,
    # not a file it refuses to open.
    s["description"] = p.get("help", "")
    return s


def generate():
    index = json.load(open(os.path.join(CATALOG, "index.json")))
    kinds = index["kinds"]
    node_variants = []
    for kind in kinds:
        spec = json.load(open(os.path.join(CATALOG, kind + ".json")))
        node_variants.append({
            "if": {"properties": {"kind": {"const": kind}}},
            "then": {"properties": {"props": {"type": "object",
                                              "properties": {p["key"]: prop_schema(p) for p in spec["properties"]}}}},
        })
    wire_props = {w["key"]: prop_schema(w) for w in index["wireProperties"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://archscope.org/schema/archscope-v1.schema.json",
        "title": "Archscope diagram, format version 1",
        "description": "An event-driven AWS architecture: services (nodes), wires (edges) and simulation settings. Unknown keys are allowed and kept by Archscope.",
        "type": "object",
        "required": ["format", "version"],
        "properties": {
            "format": {"const": "archscope"},
            "version": {"const": 1},
            "title": {"type": "string"},
            "settings": {
                "type": "object",
                "properties": {
                    "region": {"type": "string"},
                    "horizonS": {"type": "number"},
                    "stepS": {"type": "number"},
                    "seed": {"type": "integer", "minimum": 0},
                    "freeTier": {"type": "boolean"},
                    "accountConcurrency": {"type": "integer", "minimum": 0},
                    "scaling": {"enum": ["2023", "legacy"]},
                },
            },
            "nodes": {"type": "array", "items": {"$ref": "#/$defs/node"}},
            "edges": {"type": "array", "items": {"$ref": "#/$defs/edge"}},
            "decision": {
                "type": "object",
                "description": "The compute questionnaire: answers by question id (see `archscope questions --json`) and the option put on the canvas. Ids are not restricted, so answers to questions of newer versions survive.",
                "properties": {
                    "answers": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}},
                    "chosen": {"type": "string"},
                },
            },
        },
        "$defs": {
            "node": {
                "type": "object",
                "required": ["id", "kind"],
                "properties": {
                    "id": {"type": "string", "minLength": 1},
                    "kind": {"enum": kinds},
                    "label": {"type": "string"},
                    "x": {"type": "number"},
                    "y": {"type": "number"},
                    "props": {"type": "object"},
                },
                "allOf": node_variants,
            },
            "edge": {
                "type": "object",
                "required": ["id", "from", "to"],
                "properties": {
                    "id": {"type": "string", "minLength": 1},
                    "from": {"type": "string", "minLength": 1},
                    "to": {"type": "string", "minLength": 1},
                    "kind": {"enum": ["trigger", "write", "failure"]},
                    "props": {"type": "object", "properties": wire_props},
                },
            },
        },
    }


def main():
    text = json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        current = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if current != text:
            sys.exit("resources/schema/archscope-v1.schema.json is out of date: run scripts/gen-schema.py")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    open(OUT, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
