"""Validates a SARIF log against the SARIF 2.1.0 JSON schema.

usage: python3 validate_sarif.py SCHEMA SARIF_FILE
Prints "valid SARIF 2.1.0: N results, M notifications" or every schema error.
Uses Debian's python3-jsonschema (the schema is JSON Schema draft-04).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(3)

schema_path, document_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(document_path, encoding="utf-8") as f:
    document = json.load(f)

validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
if errors:
    for error in errors:
        path = "/".join(str(p) for p in error.absolute_path)
        print(f"invalid at /{path}: {error.message}")
    sys.exit(1)

runs = document["runs"]
results = sum(len(run.get("results", [])) for run in runs)
notifications = sum(
    len(inv.get("toolExecutionNotifications", []))
    for run in runs
    for inv in run.get("invocations", [])
)
print(f"valid SARIF 2.1.0: {results} results, {notifications} notifications")
