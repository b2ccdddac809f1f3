#!/usr/bin/env python3
"""Parses Kotlin files with tree-sitter's Kotlin grammar and reports every syntax error.

    parse_kotlin.py FILE...

Used for MainActivity.kt, the one file that needs androidx.activity (only Google's repository
serves it), so it cannot be compiled here: a parse catches what a typo or a bad merge breaks. Exits non-zero on any error.
"""

import sys

import tree_sitter
import tree_sitter_kotlin


def errors(node, out):
    if node.is_error or node.is_missing:
        out.append(node)
        return
    if node.has_error:
        for child in node.children:
            errors(child, out)


def main():
    parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_kotlin.language()))
    failed = 0
    for path in sys.argv[1:]:
        found = []
        errors(parser.parse(open(path, "rb").read()).root_node, found)
        for node in found:
            row, col = node.start_point
            what = "missing " + node.type if node.is_missing else "unexpected text"
            print("%s:%d:%d: %s" % (path, row + 1, col + 1, what), file=sys.stderr)
        failed += bool(found)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
