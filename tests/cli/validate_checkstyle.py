"""Checks that a checkstyle report is well-formed XML of the usual structure.

usage: python3 validate_checkstyle.py CHECKSTYLE_FILE
<checkstyle [version]> holds only <file name="..."> elements, which hold only
<error> elements with a message, a severity among error/warning/info/ignore,
an optional positive line and column, and an optional source.
Prints "valid checkstyle: N files, M errors" or the problems.
"""
import sys
import xml.etree.ElementTree as ET

try:
    root = ET.parse(sys.argv[1]).getroot()
except ET.ParseError as e:
    print(f"not well-formed XML: {e}")
    sys.exit(1)

problems = []
if root.tag != "checkstyle":
    problems.append(f"root element is <{root.tag}>, not <checkstyle>")
if set(root.attrib) - {"version"}:
    problems.append(f"unexpected attributes on <checkstyle>: {sorted(root.attrib)}")
files = errors = 0
for file in root:
    files += 1
    if file.tag != "file" or set(file.attrib) != {"name"} or not file.get("name"):
        problems.append(f"<{file.tag} {file.attrib}> is not <file name=...>")
    for error in file:
        errors += 1
        attrs = set(error.attrib)
        if error.tag != "error":
            problems.append(f"<{error.tag}> inside <file>")
        if not {"message", "severity"} <= attrs or attrs - {"line", "column", "severity", "message", "source"}:
            problems.append(f"<error> attributes {sorted(attrs)}")
        if error.get("severity") not in ("error", "warning", "info", "ignore"):
            problems.append(f"severity {error.get('severity')!r}")
        for number in ("line", "column"):
            if number in error.attrib and not (error.get(number).isdigit() and int(error.get(number)) > 0):
                problems.append(f"{number}={error.get(number)!r}")
        if len(error):
            problems.append("<error> has children")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"valid checkstyle: {files} files, {errors} errors")
