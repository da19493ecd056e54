"""Reads a JUnit XML report with junitparser (a real consumer, Apache-2.0, installed by
.ci/run) and prints what it understood as JSON: the totals it computes and every test
case with its result. Used by tests/it/report_formats.rs.

Usage: python3 tests/junit/read.py REPORT.xml
"""

import json
import sys

from junitparser import Failure, JUnitXml, Skipped

xml = JUnitXml.fromfile(sys.argv[1])
xml.update_statistics()
cases = []
for suite in xml:
    for case in suite:
        results = []
        for r in case.result:
            kind = "failure" if isinstance(r, Failure) else "skipped" if isinstance(r, Skipped) else type(r).__name__
            results.append({"kind": kind, "type": r.type, "message": r.message, "text": r.text})
        cases.append({
            "suite": suite.name,
            "name": case.name,
            "classname": case.classname,
            "file": case._elem.get("file"),
            "line": case._elem.get("line"),
            "results": results,
        })
print(json.dumps({
    "tests": xml.tests,
    "failures": xml.failures,
    "errors": xml.errors,
    "skipped": xml.skipped,
    "suites": sum(1 for _ in xml),
    "cases": cases,
}))
