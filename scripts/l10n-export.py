#!/usr/bin/env python3
"""Writes the phones' catalogs of the core's messages from the Fluent files, so a translator
words each message once (crates/tend-core/l10n/<lang>/tend.ftl) and all three platforms say
the same thing:

  android/app/src/main/res/values[-xx]/messages.xml   <string>/<plurals> named msg_<id with _>, arguments in
                                                       <xliff:g id="name"> and numbered in the
                                                       core's order (%1$s; the plural count %N$d)
  android/app/src/main/java/app/tend/android/MessageResources.kt
                                                       which resource words each MessageId
  ios/App/Messages.xcstrings                           a String Catalog (table "Messages"):
                                                       %N$@ per argument; a plural message
                                                       varies through a substitution named
                                                       after its count (%#@days@, %lld)

The message list and each message's arguments come from crates/tend-core/src/messages/mod.rs.
Only the Fluent the catalogs use is accepted: text with { $arg } placeables, or one select over
the message's plural argument spanning the whole value. Anything else stops the script.

  scripts/l10n-export.py           write the files
  scripts/l10n-export.py --check   exit 1 when a written file differs from what it would write
                                   (the catalog tests in `cargo test` check the contents)
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FTL = ROOT / "crates/tend-core/l10n"
SPEC = ROOT / "crates/tend-core/src/messages/mod.rs"
RES = ROOT / "android/app/src/main/res"
XCSTRINGS = ROOT / "ios/App/Messages.xcstrings"
LANGS = ["en", "es", "fr", "pt-BR", "de"]
ANDROID_DIR = {"en": "values", "es": "values-es", "fr": "values-fr", "pt-BR": "values-pt-rBR", "de": "values-de"}


def die(msg):
    sys.exit(f"l10n-export: {msg}")


VARIANTS = {}


def spec():
    """[(key, [arg names], plural arg or None)] in the core's order."""
    out = []
    pat = re.compile(r'^\s*(\w+) = "([a-z0-9-]+)" \(([^)]*)\)(?: plural (\w+))?;', re.M)
    for m in pat.finditer(SPEC.read_text()):
        args = [a.split(":")[0].strip() for a in m.group(3).split(",") if a.strip()]
        VARIANTS[m.group(2)] = m.group(1)
        out.append((m.group(2), args, m.group(4)))
    if not out:
        die(f"no messages found in {SPEC}")
    return out


PLACE = re.compile(r"\{ \$([a-z_]+) \}")


def parse_ftl(path):
    """{id: text} or {id: {category: text}}; the select's argument is checked by the caller."""
    msgs, lines, i = {}, path.read_text().splitlines(), 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^([a-z0-9-]+) =(?: (.*))?$", line)
        if not m:
            die(f"{path}:{i}: not a message: {line!r}")
        key, value = m.group(1), m.group(2)
        if value is not None:
            msgs[key] = value
            continue
        head = lines[i].strip() if i < len(lines) else ""
        sel = re.match(r"^\{ \$([a-z_]+) ->$", head)
        if not sel:
            die(f"{path}:{i + 1}: {key}: expected a plural select")
        i += 1
        forms = {"_arg": sel.group(1)}
        while i < len(lines) and lines[i].strip() != "}":
            v = re.match(r"^\s*(\*?)\[([a-z]+)\] (.*)$", lines[i])
            if not v:
                die(f"{path}:{i + 1}: {key}: not a variant: {lines[i]!r}")
            forms[v.group(2)] = v.group(3)
            i += 1
        i += 1
        msgs[key] = forms
    return msgs


def android_text(text, args, plural):
    def esc(s):
        s = s.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace("%", "%%")
        s = s.replace("'", "\\'").replace('"', '\\"')
        return s

    out, pos = [], 0
    for m in PLACE.finditer(text):
        out.append(esc(text[pos : m.start()]))
        name = m.group(1)
        if name not in args:
            die(f"argument ${name} is not the message's")
        n = args.index(name) + 1
        spec_ = f"%{n}$d" if name == plural else f"%{n}$s"
        out.append(f'<xliff:g id="{name}">{spec_}</xliff:g>')
        pos = m.end()
    out.append(esc(text[pos:]))
    s = "".join(out)
    if s.startswith(("@", "?")):
        s = "\\" + s
    return s


def ios_text(text, args, plural, in_variant):
    out, pos = [], 0
    for m in PLACE.finditer(text):
        out.append(text[pos : m.start()].replace("%", "%%"))
        name = m.group(1)
        n = args.index(name) + 1
        out.append("%arg" if (in_variant and name == plural) else f"%{n}$@")
        pos = m.end()
    out.append(text[pos:].replace("%", "%%"))
    return "".join(out)


def build():
    messages = spec()
    catalogs = {lang: parse_ftl(FTL / lang / "tend.ftl") for lang in LANGS}
    android, ios = {}, {}
    for lang in LANGS:
        cat = catalogs[lang]
        rows = ['<?xml version="1.0" encoding="utf-8"?>',
                "<!-- Generated by scripts/l10n-export.py from crates/tend-core/l10n/"
                f"{lang}/tend.ftl: edit that file, then run the script. -->",
                '<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">']
        for key, args, plural in messages:
            if key not in cat:
                die(f"{lang}: {key} is missing")
            v = cat[key]
            name = "msg_" + key.replace("-", "_")
            if isinstance(v, dict):
                if v["_arg"] != plural:
                    die(f"{lang}: {key} selects on ${v['_arg']}, not its plural argument")
                rows.append(f'    <plurals name="{name}">')
                for q, text in v.items():
                    if q != "_arg":
                        rows.append(f'        <item quantity="{q}">{android_text(text, args, plural)}</item>')
                rows.append("    </plurals>")
            else:
                if plural:
                    die(f"{lang}: {key} needs a plural select on ${plural}")
                rows.append(f'    <string name="{name}">{android_text(v, args, plural)}</string>')
        rows.append("</resources>")
        android[RES / ANDROID_DIR[lang] / "messages.xml"] = "\n".join(rows) + "\n"

    strings = {}
    for key, args, plural in messages:
        locs = {}
        for lang in LANGS:
            v = catalogs[lang][key]
            if isinstance(v, dict):
                variations = {
                    q: {"stringUnit": {"state": "translated", "value": ios_text(t, args, plural, True)}}
                    for q, t in v.items() if q != "_arg"
                }
                locs[lang] = {
                    "stringUnit": {"state": "translated", "value": f"%#@{plural}@"},
                    "substitutions": {
                        plural: {
                            "argNum": args.index(plural) + 1,
                            "formatSpecifier": "lld",
                            "variations": {"plural": variations},
                        }
                    },
                }
            else:
                locs[lang] = {"stringUnit": {"state": "translated", "value": ios_text(v, args, plural, False)}}
        strings[key] = {
            "comment": "Arguments: " + (", ".join(args) if args else "none") + (f"; varies by {plural}" if plural else ""),
            "extractionState": "manual",
            "localizations": locs,
        }
    ios[XCSTRINGS] = json.dumps({"sourceLanguage": "en", "strings": strings, "version": "1.0"},
                                ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    kt = ["// Generated by scripts/l10n-export.py from crates/tend-core/src/messages/mod.rs: do not edit.",
          "package app.tend.android", "", "import app.tend.core.MessageId", "",
          "/** The resource that words each of the core's messages: a string, or plurals when it varies by a count. */",
          "object MessageResources {",
          "    /** `R.string.*` or `R.plurals.*` for [id]; [isPlural] tells which. */",
          "    fun resourceOf(id: MessageId): Int = when (id) {"]
    for key, args, plural in messages:
        kind = "plurals" if plural else "string"
        kt.append(f"        MessageId.{kotlin_enum(VARIANTS[key])} -> R.{kind}.msg_{key.replace('-', '_')}")
    kt += ["    }", "", "    fun isPlural(id: MessageId): Boolean = when (id) {"]
    plurals = [kotlin_enum(VARIANTS[k]) for k, _, p in messages if p]
    kt.append("        " + ",\n        ".join(f"MessageId.{p}" for p in plurals) + " -> true")
    kt += ["        else -> false", "    }", "}"]
    kotlin = {ROOT / "android/app/src/main/java/app/tend/android/MessageResources.kt": "\n".join(kt) + "\n"}
    return {**android, **ios, **kotlin}


def kotlin_enum(variant):
    """UniFFI's Kotlin name for a Rust enum variant: CrisisUs988 -> CRISIS_US988."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", variant).upper()


def main():
    files = build()
    if "--check" in sys.argv[1:]:
        stale = [str(p.relative_to(ROOT)) for p, text in files.items()
                 if not p.exists() or p.read_text() != text]
        if stale:
            print("l10n-export: out of date (run scripts/l10n-export.py): " + ", ".join(stale))
            sys.exit(1)
        print(f"l10n-export: {len(files)} catalogs up to date")
        return
    for p, text in files.items():
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    print(f"l10n-export: wrote {len(files)} catalogs")


if __name__ == "__main__":
    main()
