"""Exit 0 if a Synapse SQLite database holds TEXT anywhere, 1 if not, 2 on any error.

    python3 db_contains.py DB_PATH TEXT

Looks in two ways so neither page layout nor encoding can hide a hit:
  1. the raw bytes of DB_PATH and its -wal / -journal files, if present;
  2. every text and blob value of every table, read through the sqlite3 module
     (read-only, so a running Synapse is not disturbed).
Each is searched for the UTF-8 bytes of TEXT and for its JSON-escaped form
(Synapse stores events as JSON, where non-ASCII may appear as \\uXXXX).
"""

import json
import os
import sqlite3
import sys


def needles(text):
    forms = {text.encode("utf-8"), json.dumps(text)[1:-1].encode("ascii")}
    return [f for f in forms if f]


def in_files(db_path, wanted):
    for suffix in ("", "-wal", "-journal"):
        path = db_path + suffix
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            data = f.read()
        for n in wanted:
            if n in data:
                return path
    return None


def in_rows(db_path, wanted):
    conn = sqlite3.connect("file:%s?mode=ro" % db_path, uri=True, timeout=10)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            quoted = '"%s"' % table.replace('"', '""')
            try:
                rows = conn.execute("SELECT * FROM %s" % quoted)
            except sqlite3.DatabaseError:
                continue  # e.g. an FTS shadow table the module cannot read directly
            for row in rows:
                for value in row:
                    if isinstance(value, str):
                        value = value.encode("utf-8", "surrogatepass")
                    if isinstance(value, (bytes, bytearray)) and any(n in value for n in wanted):
                        return table
    finally:
        conn.close()
    return None


def main(argv):
    if len(argv) != 3 or not argv[2]:
        print("usage: db_contains.py DB_PATH TEXT (TEXT non-empty)", file=sys.stderr)
        return 2
    db_path, text = argv[1], argv[2]
    if not os.path.isfile(db_path):
        print("db_contains: no database at %s" % db_path, file=sys.stderr)
        return 2
    wanted = needles(text)
    where = in_files(db_path, wanted) or in_rows(db_path, wanted)
    if where:
        print("db_contains: found in %s" % where, file=sys.stderr)
        return 0
    return 1


if __name__ == "__main__":
    try:
        code = main(sys.argv)
    except Exception as e:  # an unreadable database must not read as "not found" (exit 1)
        print("db_contains: %s: %s" % (type(e).__name__, e), file=sys.stderr)
        code = 2
    sys.exit(code)
