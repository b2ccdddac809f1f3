#!/usr/bin/env python3
"""Writes the app's R.java from its res/ folder, as aapt would name the ids (values are
arbitrary: the class is only compiled against).

    gen_r.py RES_DIR PACKAGE OUT_DIR
"""

import os
import sys
import xml.etree.ElementTree as ET

VALUE_TYPES = {"string": "string", "plurals": "plurals", "color": "color", "dimen": "dimen",
               "bool": "bool", "integer": "integer", "string-array": "array", "style": "style"}


def main():
    res, package, out = sys.argv[1:]
    ids = {}
    for folder in sorted(os.listdir(res)):
        kind = folder.split("-")[0]
        for name in sorted(os.listdir(os.path.join(res, folder))):
            path = os.path.join(res, folder, name)
            if kind == "values":
                for item in ET.parse(path).getroot():
                    t = VALUE_TYPES.get(item.tag)
                    if t:
                        ids.setdefault(t, set()).add(item.get("name").replace(".", "_"))
            else:
                ids.setdefault(kind, set()).add(name.split(".")[0])
    lines = ["package %s;" % package, "", "public final class R {"]
    n = 0x7F000000
    for kind in sorted(ids):
        lines.append("    public static final class %s {" % kind)
        for name in sorted(ids[kind]):
            n += 1
            lines.append("        public static final int %s = 0x%08x;" % (name, n))
        lines.append("    }")
    lines.append("}")
    target = os.path.join(out, *package.split("."))
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "R.java"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
