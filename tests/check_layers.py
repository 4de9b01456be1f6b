#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every layer includes only what it may (ARCHITECTURE.md, "Layout").

Links go one way: app -> ui -> sync -> {models, protocol} -> domain. target_link_libraries
sets that direction, but Debian's Qt shares one include folder, so a wrong
`#include <QtWidgets/QWidget>` still compiles. This reads the #include lines instead.

    check_layers.py [--root DIR] [--qt-include DIR]   check the tree
    check_layers.py --self-test                        check the checker

Prints `path:line: layer X may not include Y` for each violation and exits 1, otherwise
prints "N files checked, 0 violations" and exits 0. Exit 2: it could not run.
Standard library only.
"""

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

# Layers, most specific directory first: (directory, layer name, allowed Qt modules or
# None for any, allowed project prefixes or None for any).
LAYERS = [
    ("models/domain", "domain", {"QtCore"}, ["models/domain/"]),
    ("sync/protocol", "protocol", {"QtCore"}, ["sync/protocol/", "models/domain/"]),
    ("models", "models", {"QtCore", "QtSql", "QtConcurrent"}, ["models/"]),
    ("sync", "sync", {"QtCore", "QtSql", "QtNetwork", "QtConcurrent"}, ["sync/", "models/"]),
    ("ui", "ui", None, ["ui/", "sync/", "models/"]),
    ("app", "app", None, None),
    ("server", "server", {"QtCore", "QtNetwork", "QtHttpServer", "QtSql"},
     ["server/", "sync/protocol/", "models/domain/"]),
]
# Top-level directories whose files are project headers when included.
PROJECT_DIRS = {"app", "ui", "sync", "models", "server", "tests", "bench", "resources"}
# Plain SQLite is never allowed; SQLCipher's header only in the models layer.
PLAIN_SQLITE = "sqlite3.h"
SQLCIPHER = "sqlcipher/sqlite3.h"
SQLCIPHER_LAYERS = {"models"}

SOURCE_SUFFIXES = (".h", ".hh", ".hpp", ".hxx", ".c", ".cc", ".cpp", ".cxx", ".inl", ".ipp",
                   ".tpp", ".mm")
INCLUDE_RE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]', re.MULTILINE)
QT_MODULE_RE = re.compile(r"^Qt[A-Z][A-Za-z0-9]*$")
BARE_QT_CLASS_RE = re.compile(r"^Q[A-Z][A-Za-z0-9_]*$")


def layer_of(relpath):
    """The layer row for a repository-relative path (with /), or None."""
    for directory, name, modules, prefixes in LAYERS:
        if relpath == directory or relpath.startswith(directory + "/"):
            return name, modules, prefixes
    return None


def strip_comments(text):
    """Blanks out comments, keeping newlines (so line numbers hold) and string literals."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if c == "/" and nxt == "/":
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c == "/" and nxt == "*":
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "R" and nxt == '"' and _raw_string_prefix_ok(text, i):
            m = RAW_OPEN_RE.match(text, i)
            if not m:
                out.append(c)
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', m.end())
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(text[i:j])
            i = j
        elif c in "\"'":
            if c == "'" and _is_digit_separator(text, i):
                out.append(c)
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


RAW_OPEN_RE = re.compile(r'R"([^()\\ \t\n]{0,16})\(')


def _raw_string_prefix_ok(text, i):
    """True when the R at i starts a raw string literal: R"(, u8R"(, LR"( and so on."""
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    return text[j:i] in ("", "u8", "u", "U", "L")


def _is_digit_separator(text, i):
    """True when the ' at i sits inside a number such as 1'000'000 (C++14)."""
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'."):
        j -= 1
    return j < i and text[j].isdigit()


class QtIndex:
    """Maps an include to the Qt module(s) that provide it, from the Qt include root."""

    def __init__(self, root):
        self.root = root
        self.modules = set()
        self.by_name = {}
        for entry in sorted(os.listdir(root)):
            path = os.path.join(root, entry)
            if not (QT_MODULE_RE.match(entry) and os.path.isdir(path)):
                continue
            self.modules.add(entry)
            for name in os.listdir(path):
                if os.path.isfile(os.path.join(path, name)):
                    self.by_name.setdefault(name, set()).add(entry)

    def modules_of(self, target):
        """The set of modules for an include target, or None when it is not Qt."""
        first, _, rest = target.partition("/")
        if first in self.modules:
            return {first}  # <QtWidgets/QWidget>, <QtWidgets>, <QtCore/private/...>
        if not rest and target in self.by_name:
            return self.by_name[target]  # <QWidget>, <qwidget.h>
        return None


def find_qt_include():
    """Best guess at the Qt 6 include root when none is given."""
    for tool in ("qmake6", "qmake-qt6", "qtpaths6"):
        try:
            out = subprocess.run([tool, "-query", "QT_INSTALL_HEADERS"], capture_output=True,
                                 text=True, timeout=20, check=False).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            continue
        if out and os.path.isdir(os.path.join(out, "QtCore")):
            return out
    candidates = sorted(glob.glob("/usr/include/*/qt6")) + ["/usr/include/qt6"]
    for candidate in candidates:
        if os.path.isdir(os.path.join(candidate, "QtCore")):
            return candidate
    return None


def source_files(root):
    """Repository-relative paths of the C++ files in every layer directory."""
    seen = set()
    for directory, *_ in LAYERS:
        top = os.path.join(root, directory)
        if not os.path.isdir(top):
            continue  # a layer that has no code yet
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "build")))
            for filename in sorted(filenames):
                if filename.endswith(SOURCE_SUFFIXES):
                    rel = os.path.relpath(os.path.join(dirpath, filename), root)
                    seen.add(rel.replace(os.sep, "/"))
    return sorted(seen)


def project_target(relpath, quote, target):
    """The repository-relative path a project include names, or None if it is not one."""
    target = target.strip()
    here = os.path.dirname(relpath)
    if target.startswith(("./", "../")) or (quote == '"' and "/" not in target):
        # A sibling (or relative) file: resolved from the including file's directory.
        return os.path.normpath(os.path.join(here, target)).replace(os.sep, "/")
    first = target.split("/", 1)[0]
    if "/" in target and first in PROJECT_DIRS:
        return os.path.normpath(target).replace(os.sep, "/")
    return None


def check_file(root, relpath, qt):
    """Violations in one file, as (line, message)."""
    layer, modules, prefixes = layer_of(relpath)
    with open(os.path.join(root, relpath), encoding="utf-8", errors="replace") as f:
        text = strip_comments(f.read())
    found = []
    for m in INCLUDE_RE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        quote, target = m.group(1), m.group(2).strip()
        written = f"<{target}>" if quote == "<" else f'"{target}"'

        if target == PLAIN_SQLITE:
            found.append((line, f"layer {layer} may not include {written}"
                                f" (plain SQLite; the store uses <{SQLCIPHER}>)"))
            continue
        if target == SQLCIPHER:
            if layer not in SQLCIPHER_LAYERS:
                found.append((line, f"layer {layer} may not include {written}"
                                    f" (SQLCipher belongs to the models layer)"))
            continue

        project = project_target(relpath, quote, target)
        if project is not None:
            if prefixes is not None and not any(project.startswith(p) for p in prefixes):
                target_layer = layer_of(project)
                where = f"layer {target_layer[0]}" if target_layer else project.split("/")[0]
                found.append((line, f"layer {layer} may not include {written} ({where})"))
            continue

        needed = qt.modules_of(target)
        if needed is None:
            if BARE_QT_CLASS_RE.match(target):
                print(f"{relpath}:{line}: warning: {written} is in no Qt module under"
                      f" {qt.root}; not checked", file=sys.stderr)
            continue  # the standard library, OpenSSL, QtKeychain, ...
        if modules is not None and not needed <= modules:
            names = "/".join(sorted(needed))
            found.append((line, f"layer {layer} may not include {written} ({names})"))
    return found


def check_tree(root, qt_include, out=sys.stdout):
    """Checks every layer file under root; returns (files checked, violation lines)."""
    qt = QtIndex(qt_include)
    files = source_files(root)
    violations = []
    for relpath in files:
        for line, message in check_file(root, relpath, qt):
            violations.append(f"{relpath}:{line}: {message}")
    for v in violations:
        print(v, file=out)
    return len(files), violations


# ---- self-test ----------------------------------------------------------------------------

SELF_TEST_QT = {
    "QtCore": ["QString", "QDateTime", "qstring.h", "QtCore"],
    "QtSql": ["QSqlQuery", "QSqlDatabase", "QtSql"],
    "QtGui": ["QAction", "qaction.h", "QtGui"],
    "QtWidgets": ["QWidget", "qaction.h", "QtWidgets"],
    "QtNetwork": ["QTcpSocket", "QtNetwork"],
    "QtConcurrent": ["QtConcurrentRun", "QtConcurrent"],
    "QtHttpServer": ["QHttpServer", "QtHttpServer"],
}

# path -> lines; a line ending in "  // BAD" must be reported, every other one must not.
SELF_TEST_TREE = {
    "models/domain/Money.h": [
        "#pragma once",
        "#include <QString>",
        '#include "models/domain/Error.h"',
        '#include "Error.h"',
        "#include <optional>",
        "#include <QSqlQuery>  // BAD",
        '#include "models/store/Store.h"  // BAD',
        "#include <QtCore/QDateTime>",
    ],
    "models/domain/Error.h": ["#pragma once", "#include <QtCore>"],
    "models/store/Store.h": [
        "#pragma once",
        "#include <QSqlDatabase>",
        "#include <QtSql/QSqlQuery>",
        "#include <QtConcurrentRun>",
        "#include <sqlcipher/sqlite3.h>",
        "#include <openssl/evp.h>",
        '#include "models/domain/Money.h"',
        '#include "StoreDetail.h"',
        "#include <QWidget>  // BAD",
        '#include "ui/MainWindow.h"  // BAD',
        "#include <sqlite3.h>  // BAD",
        "#  include <QtNetwork/QTcpSocket>  // BAD",
        "#include <qaction.h>  // BAD",
        "#include <QtWidgets>  // BAD",
        "// #include <QWidget>",
        "/* #include <QtWidgets/QWidget>",
        "   #include <QTcpSocket> */",
        'static const char *s = "/* not a comment";',
        "#include <QString>",
        "constexpr int big = 1'000'000;",
        "#include <QAction>  // BAD",
        'static const char *r = R"x(#include <QWidget>)x";',
        "#include <QtCore/QString>",
    ],
    "models/store/StoreDetail.h": ["#pragma once", '#include "../domain/Money.h"'],
    "sync/protocol/Codec.h": [
        '#include "models/domain/Money.h"',
        '#include "sync/protocol/Json.h"',
        '#include "models/store/Store.h"  // BAD',
        "#include <QtNetwork>  // BAD",
    ],
    "sync/SyncEngine.cpp": [
        '#include "models/store/Store.h"',
        "#include <QTcpSocket>",
        "#include <QWidget>  // BAD",
        '#include "ui/MainWindow.h"  // BAD',
    ],
    "ui/MainWindow.h": [
        "#include <QWidget>",
        "#include <QtNetwork/QTcpSocket>",
        '#include "sync/SyncEngine.h"',
        '#include "models/store/Store.h"',
        '#include "app/Application.h"  // BAD',
        "#include <sqlcipher/sqlite3.h>  // BAD",
    ],
    "app/main.cpp": [
        '#include "ui/MainWindow.h"',
        '#include "tests/support/Fake.h"',
        "#include <QtWidgets/QApplication>",
        "#include <sqlite3.h>  // BAD",
    ],
    "server/Server.cpp": [
        "#include <QtHttpServer/QHttpServer>",
        '#include "sync/protocol/Codec.h"',
        '#include "models/domain/Money.h"',
        '#include "models/store/Store.h"  // BAD',
        "#include <QWidget>  // BAD",
    ],
    "tests/TestStore.cpp": ["#include <QWidget>", "#include <sqlite3.h>"],  # not a layer
}


def self_test():
    with tempfile.TemporaryDirectory(prefix="check_layers.") as tmp:
        qt_root = os.path.join(tmp, "qt6")
        for module, names in SELF_TEST_QT.items():
            os.makedirs(os.path.join(qt_root, module))
            for name in names:
                with open(os.path.join(qt_root, module, name), "w", encoding="utf-8") as f:
                    f.write("// stand-in\n")

        tree = os.path.join(tmp, "tree")
        expected = set()
        for relpath, lines in SELF_TEST_TREE.items():
            path = os.path.join(tree, relpath)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            for number, text in enumerate(lines, start=1):
                if text.endswith("// BAD"):
                    expected.add(f"{relpath}:{number}")

        class Sink:
            def write(self, _):
                pass

        files, violations = check_tree(tree, qt_root, out=Sink())
        reported = {":".join(v.split(":", 2)[:2]) for v in violations}
        missed = sorted(expected - reported)
        extra = sorted(v for v in violations if ":".join(v.split(":", 2)[:2]) not in expected)
        for v in violations:
            print(f"  reported: {v}")
        ok = not missed and not extra and len(violations) == len(expected)
        for m in missed:
            print(f"self-test: NOT reported: {m}", file=sys.stderr)
        for e in extra:
            print(f"self-test: wrongly reported: {e}", file=sys.stderr)
        if not ok:
            print(f"self-test FAILED: {len(missed)} missed, {len(extra)} wrongly reported",
                  file=sys.stderr)
            return 1
        print(f"self-test passed: {files} files, exactly the {len(expected)} forbidden"
              " includes reported")
        return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))), help="repository root (default: this file's ../)")
    parser.add_argument("--qt-include", help="Qt 6 include root, the folder holding QtCore/"
                        " (default: asked of qmake6, else /usr/include/*/qt6)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the checker on a throw-away tree")
    args = parser.parse_args(argv)

    if args.self_test:
        return self_test()

    qt_include = args.qt_include or find_qt_include()
    if not qt_include or not os.path.isdir(os.path.join(qt_include, "QtCore")):
        print(f"check_layers: no Qt 6 include root (a folder with QtCore/) at"
              f" {qt_include or 'any known place'}; pass --qt-include", file=sys.stderr)
        return 2
    if not os.path.isdir(args.root):
        print(f"check_layers: no such directory: {args.root}", file=sys.stderr)
        return 2
    files, violations = check_tree(args.root, qt_include)
    if violations:
        print(f"{files} files checked, {len(violations)} violations", file=sys.stderr)
        return 1
    print(f"{files} files checked, 0 violations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
