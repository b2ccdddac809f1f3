#!/usr/bin/env python3
"""The iOS shell's String Catalog (ios/App/Localizable.xcstrings) against the Swift sources.

    scripts/ios-strings.py --check  [--catalog PATH]   # exit 1 on any problem, each one listed
    scripts/ios-strings.py --update [--catalog PATH]   # add the sources' missing keys (English);
                                                       # rewrite the tests' copy of Messages.xcstrings
    scripts/ios-strings.py --list                      # every key, where it is used

Reads ios/Sources/TendApp/*.swift, ios/Sources/TendShellLogic/*.swift and ios/App/*.swift and
finds the literals Xcode extracts into the catalog: `String(localized: "...")`,
`NSLocalizedString("...", comment: ...)` (TendShellLogic's sentences: it also builds on Linux,
where Foundation has no `String(localized:)`; the literal is the key as written, format specifiers
and all), `LocalizedStringKey("...")`, `LocalizedStringResource("...")`, and a literal (or a ternary of two
literals) as the unlabelled first argument of SwiftUI's LocalizedStringKey initialisers and
modifiers (Text, Button, Label, Toggle, Section, TextField, Picker, .navigationTitle,
.accessibilityLabel, .confirmationDialog, .alert, ...). An interpolation `\\(x)` becomes the format
specifier Foundation and SwiftUI put in the key for x's type (Int, Int64: %lld; Int8/16/32: %d;
UInt, UInt64: %llu; UInt8/16/32: %u; Double: %lf; Float: %f; String and anything else
formatted as an object: %@). The type is found from the enclosing function's parameters, from a
function the sources declare `-> String`, or from TYPES below, keyed by the source expression;
an interpolation none of these types stops the script (add it to TYPES).

--check fails on: a key the sources use that the catalog lacks; a catalog key no source uses
(except the core's message ids, see CORE_MESSAGE_ID); an entry without a translated value in each
of LANGUAGES (for a plural, each CLDR form the language needs: PLURAL_FORMS); format specifiers
that differ from the key's in any language or plural form; a value in another language identical
to the English one, unless the key is in SAME_OK; an Info.plist whose CFBundleLocalizations is not
LANGUAGES; a permission prompt of Info.plist (`NS…UsageDescription`) that
App/InfoPlist.xcstrings does not hold with Info.plist's English and a translation in each of
LANGUAGES, or a key there that Info.plist lacks.

Python 3 standard library only.
"""

import argparse
import json
import os
import plistlib
import re
import sys
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE_DIRS = ["ios/Sources/TendApp", "ios/Sources/TendShellLogic", "ios/App"]
CATALOG = "ios/App/Localizable.xcstrings"
INFO_PLIST = "ios/App/Info.plist"
# Info.plist's words the user reads (the permission prompts), in every language.
INFO_STRINGS = "ios/App/InfoPlist.xcstrings"
# The core's messages (written by scripts/l10n-export.py) and the Swift host tests' copy of it.

# The languages the app ships, the source language first. Adding one: here, in Info.plist's
# CFBundleLocalizations, and a translation of every entry in the catalog.
LANGUAGES = ["en", "es", "fr", "pt-BR", "de"]

# The CLDR plural forms each language needs for integers (one/other; Spanish, French and
# Portuguese also "many", for 1 000 000 and up: "1 000 000 de jours").
PLURAL_FORMS = {
    "en": ["one", "other"],
    "de": ["one", "other"],
    "es": ["one", "many", "other"],
    "fr": ["one", "many", "other"],
    "pt-BR": ["one", "many", "other"],
}

# The marker for the core's messages (reminder titles and bodies the Rust core names by id, added
# to this catalog by hand, with "extractionState" : "manual"): a key with a '-' and no space, like
# "reminder-daily-title". No Swift source uses them, so they are never reported as unused.
CORE_MESSAGE_ID = re.compile(r"^[^\s]*-[^\s]*$")

# Keys whose value may be the same as the English one in another language: the name of a thing,
# an abbreviation, or pure layout around values.
SAME_OK = {
    "SOS",
    "OK",
    "SMART Recovery",
    "https://",
    "%@  %@",
    "%@  %@, %@",
    "%@, %@",
    "%@ · %@",
    "%@ (%@)",
    "%@: %@",
}
# The same, for one language only: a word it shares with English.
SAME_OK_IN = {
    "es": set(),
    "fr": {"Version", "Message", "Messages", "Inspiration", "Types", "E-mail"},
    "pt-BR": {"Backup", "E-mail", "Online"},
    # German fellowships say "Meeting"; the others are German words too.
    "de": {"Meetings", "Name", "Version", "Inspiration", "Backup", "Online", "Passphrase", "Passphrase (optional)"},
}

# Interpolations the script cannot type by itself, by source expression ("File.swift:expr" when
# the same text has another type elsewhere). The types are the generated core records'
# (build/bindings/swift/TendModel.swift) or TendShellLogic's.
TYPES = {
    # GoalProgress.count, .streak: UInt32; Goal.target: UInt32; Goal.title: String
    "g.count": "UInt32",
    "g.streak": "UInt32",
    "g.goal.target": "UInt32",
    "g.goal.title": "String",
    # MilestoneReport.days: Int64, .networkName: String; Milestone.label: a core Message, shown
    # as its `text` (TendApp's Vocabulary.swift: String)
    "m.days": "Int64",
    "m.networkName": "String",
    "m.next.label.text": "String",
    "m.label.text": "String",
    'm.last?.label.text ?? ""': "String",
    "(m.last ?? m.next).label.text": "String",
    # BackupSummary's counts: UInt32
    "summary.people": "UInt32",
    "summary.groups": "UInt32",
    "summary.checkins": "UInt32",
    # NetworkRemoval's counts: UInt32
    "r.needs": "UInt32",
    "r.goals": "UInt32",
    "r.members": "UInt32",
    "r.groups": "UInt32",
    # ContactsReport.created: UInt32
    "r.created": "UInt32",
    # ImportReport's counts: UInt32, so their sum is one too
    "report.created + report.updated + report.unchanged": "UInt32",
    # MeetingToday / SoonMeeting: localStart, groupName, name: String
    "m.localStart": "String",
    "m.groupName": "String",
    "m.name": "String",
    # CrisisLine.phone, MatrixAccount.userId, PartnerLink.matrixId: String
    "line.phone": "String",
    "account.userId": "String",
    "link.matrixId": "String",
    # SupportGroup.name: String
    "g.name": "String",
    # InboxMessage: the partner's name (or Matrix ID) and the time, both String
    "m.personId.flatMap { names[$0] } ?? m.from": "String",
    # LogView: `let mood = c.mood.map(CheckinWords.mood) ?? ""` and the names or their fallback
    "LogView.swift:mood": "String",
    'e.person ?? String(localized: "someone no longer in Tend")': "String",
    'e.group ?? String(localized: "a group no longer in Tend")': "String",
    # MeetingSources: `let what = failureWords(f)` (String); Ago's payloads: Int64
    "MeetingSourcesView.swift:what": "String",
    "MeetingSourcesView.swift:n": "Int64",
    # PersonView.recentLine: `let day = ... .formatted(...) ?? c.localDate` (String)
    "PersonView.swift:day": "String",
    "c.channel.map(CheckinWords.channel) ?? CheckinWords.kind(.contact)": "String",
    # MeetingsView.meeting: `let zone = ... ? "" : " (\(m.timezone))"` (String)
    "MeetingsView.swift:zone": "String",
    # PeopleWords.standing: PersonSummary.daysSinceContact (Int64?, unwrapped), dueInDays ?? 1
    "Vocabulary.swift:since": "Int64",
    "Vocabulary.swift:due": "Int64",
    "Vocabulary.swift:days": "Int64",
    # craving (Checkin.craving: UInt8?, mapped) in LogView
    "LogView.swift:$0": "UInt8",
    # ShareToggle.declineDays: UInt32? (mapped) in PartnerView
    "PartnerView.swift:$0": "UInt32",
    # FirstLaunchGuide.position: (step: Int, of: Int)
    "p.step": "Int",
    "p.of": "Int",
    # Pattern-bound payloads, all String: Restore.problem, Problem.invalid's reason,
    # SourceLine.revealsList / .revealsArea / .addFailed, ReachLink's label
    "DataView.swift:reason": "String",
    "FormChrome.swift:reason": "String",
    "MeetingSourcesView.swift:name": "String",
    "MeetingSourcesView.swift:reason": "String",
    "PersonView.swift:label": "String",
    # startsIn(minutes:) is TendShellLogic's, -> String
    "startsIn(minutes: m.minutesUntil)": "String",
}

SPECIFIERS = {
    "String": "%@",
    "Substring": "%@",
    "Int": "%lld",
    "Int64": "%lld",
    "Int32": "%d",
    "Int16": "%d",
    "Int8": "%d",
    "UInt": "%llu",
    "UInt64": "%llu",
    "UInt32": "%u",
    "UInt16": "%u",
    "UInt8": "%u",
    "Double": "%lf",
    "CGFloat": "%lf",
    "Float": "%f",
}

# SwiftUI initialisers whose unlabelled first argument is a LocalizedStringKey (a literal there is
# extracted), and the modifiers likewise (called as `.name(...)`).
LSK_VIEWS = {
    "Text", "Button", "Label", "Toggle", "Section", "TextField", "SecureField", "Picker",
    "DatePicker", "Stepper", "Menu", "DisclosureGroup", "LabeledContent", "Link", "NavigationLink",
    "ShareLink", "ProgressView", "GroupBox", "ContentUnavailableView", "ControlGroup", "Gauge",
    "ColorPicker", "Tab",
    "LocalizedStringKey", "LocalizedStringResource",
}
LSK_MODIFIERS = {
    "navigationTitle", "accessibilityLabel", "accessibilityHint", "accessibilityValue",
    "confirmationDialog", "alert", "help", "badge", "navigationSubtitle",
}


class Failure(Exception):
    pass


# --- Lexing ------------------------------------------------------------------------------------

class Lit:
    """A string literal: its parts, ("lit", text with escapes resolved) or ("interp", source, offset)."""

    def __init__(self, start, end, parts):
        self.start, self.end, self.parts = start, end, parts

    @property
    def interpolated(self):
        return any(p[0] == "interp" for p in self.parts)


ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}


def read_string(text, i, where):
    """The literal starting at text[i] == '"': (Lit, index after it)."""
    if text.startswith('"""', i):
        raise Failure(f"{where(i)}: a multi-line string literal; ios-strings.py reads only one-line ones")
    j = i + 1
    parts, buf = [], []
    while True:
        if j >= len(text) or text[j] == "\n":
            raise Failure(f"{where(i)}: unterminated string literal")
        c = text[j]
        if c == '"':
            break
        if c == "\\":
            n = text[j + 1]
            if n == "(":
                if buf:
                    parts.append(("lit", "".join(buf)))
                    buf = []
                k = skip_balanced(text, j + 1, where)
                parts.append(("interp", text[j + 2:k - 1], j + 2))
                j = k
                continue
            if n == "u":
                m = re.match(r"u\{([0-9a-fA-F]{1,8})\}", text[j + 1:])
                if not m:
                    raise Failure(f"{where(j)}: bad \\u escape")
                buf.append(chr(int(m.group(1), 16)))
                j += 1 + len(m.group(0))
                continue
            if n not in ESCAPES:
                raise Failure(f"{where(j)}: unknown escape \\{n}")
            buf.append(ESCAPES[n])
            j += 2
            continue
        buf.append(c)
        j += 1
    if buf or not parts:
        parts.append(("lit", "".join(buf)))
    return Lit(i, j + 1, parts), j + 1


def skip_balanced(text, j, where):
    """text[j] == '(': the index after its matching ')', skipping nested strings."""
    depth = 0
    while j < len(text):
        c = text[j]
        if c == '"':
            _, j = read_string(text, j, where)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise Failure(f"{where(j)}: unbalanced parentheses")


def tokens(text, where):
    """Swift tokens, comments dropped: ("str", Lit), ("id", name), ("tern", "?") or ("p", text)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while depth and i < n:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif c == "#" and i + 1 < n and text[i + 1] == '"':
            raise Failure(f"{where(i)}: a raw string literal; ios-strings.py does not read those")
        elif c == '"':
            lit, i = read_string(text, i, where)
            out.append(("str", lit, lit.start))
        elif c.isalpha() or c == "_" or c == "$":
            m = re.compile(r"[$\w]+").match(text, i)
            out.append(("id", m.group(0), i))
            i = m.end()
        elif c == "?":
            if text.startswith("??", i):
                out.append(("p", "??", i))
                i += 2
            else:
                # A ternary's '?' has white space before it; an optional's does not.
                kind = "tern" if i > 0 and text[i - 1].isspace() else "p"
                out.append((kind, "?", i))
                i += 1
        else:
            out.append(("p", c, i))
            i += 1
    return out


# --- Extraction --------------------------------------------------------------------------------

class Source:
    def __init__(self, path):
        self.path = path
        self.rel = os.path.relpath(path, ROOT)
        self.name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            self.text = f.read()
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line(self, offset):
        lo, hi = 0, len(self.line_starts)
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if self.line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid
        return lo + 1

    def where(self, offset):
        return f"{self.rel}:{self.line(offset)}"


def first_argument(toks, open_index):
    """The tokens of the call's first argument (toks[open_index] is its '('), or None."""
    depth, j, arg = 0, open_index + 1, []
    while j < len(toks):
        kind, value = toks[j][0], toks[j][1]
        if kind == "p" and value in "([{":
            depth += 1
        elif kind == "p" and value in ")]}":
            if depth == 0:
                return arg
            depth -= 1
        elif kind == "p" and value == "," and depth == 0:
            return arg
        arg.append(toks[j])
        j += 1
    return None


def localizable_literals(toks, where):
    """The literals among `toks` that Xcode extracts."""
    found = []
    for t, tok in enumerate(toks):
        if tok[0] != "id" or t + 1 >= len(toks) or toks[t + 1][:2] != ("p", "("):
            continue
        name = tok[1]
        previous = toks[t - 1] if t else None
        is_member = previous is not None and previous[:2] == ("p", ".")
        arg = first_argument(toks, t + 1)
        if arg is None:
            continue
        if name == "NSLocalizedString" and not is_member:
            if len(arg) != 1 or arg[0][0] != "str" or arg[0][1].interpolated:
                raise Failure(f"{where(tok[2])}: NSLocalizedString with something other than one literal without interpolation")
            found.append(arg[0][1])
            continue
        if name == "String" and not is_member:
            if len(arg) >= 2 and arg[0][:2] == ("id", "localized") and arg[1][:2] == ("p", ":"):
                value = arg[2:]
                if len(value) != 1 or value[0][0] != "str":
                    raise Failure(f"{where(tok[2])}: String(localized:) with something other than one literal")
                found.append(value[0][1])
            continue
        if not ((name in LSK_VIEWS and not is_member) or (name in LSK_MODIFIERS and is_member)):
            continue
        if len(arg) >= 2 and arg[0][0] == "id" and arg[1][:2] == ("p", ":"):
            continue  # labelled (verbatim:, role:, ...): not a LocalizedStringKey
        if len(arg) == 1 and arg[0][0] == "str":
            found.append(arg[0][1])
            continue
        # cond ? "a" : "b" — both literals become LocalizedStringKeys.
        terns = [k for k, a in enumerate(arg) if a[0] == "tern"]
        if len(terns) == 1:
            q = terns[0]
            rest = arg[q + 1:]
            if len(rest) == 3 and rest[0][0] == "str" and rest[1][:2] == ("p", ":") and rest[2][0] == "str":
                found.extend([rest[0][1], rest[2][1]])
    return found


class Use:
    def __init__(self, key, where):
        self.key, self.where = key, where


class Extractor:
    def __init__(self, sources):
        self.sources = sources
        self.string_funcs = set()
        for s in sources:
            for m in re.finditer(r"func\s+(\w+)\s*(?:<[^>]*>)?\s*\(", s.text):
                sig_end = s.text.find("{", m.end())
                sig = s.text[m.end():sig_end]
                if re.search(r"->\s*String\s*$", sig.strip()):
                    self.string_funcs.add(m.group(1))
        self.string_funcs |= {"formatted", "joined", "trimmingCharacters"}

    def run(self):
        """Every use of a key; the interpolations it could not type are in self.errors."""
        uses = []
        self.errors = []
        for s in self.sources:
            self.scan(s, s.text, 0, uses)
        return uses

    def scan(self, source, text, base, uses):
        where = lambda off: source.where(base + off)
        toks = tokens(text, where)
        for lit in localizable_literals(toks, where):
            try:
                uses.append(Use(self.key(source, lit, base), source.where(base + lit.start)))
            except Failure as e:
                self.errors.append(str(e))
        for tok in toks:
            if tok[0] == "str":
                for part in tok[1].parts:
                    if part[0] == "interp":
                        self.scan(source, part[1], base + part[2], uses)

    def key(self, source, lit, base):
        out = []
        for part in lit.parts:
            if part[0] == "lit":
                out.append(part[1].replace("%", "%%") if lit.interpolated else part[1])
            else:
                out.append(self.specifier(source, part[1].strip(), base + part[2]))
        return "".join(out)

    def specifier(self, source, expr, offset):
        local = f"{source.name}:{expr}"
        if local in TYPES:
            return SPECIFIERS[TYPES[local]]
        if re.fullmatch(r"\w+", expr):
            typ = self.parameter_type(source, expr, offset)
            if typ is not None:
                if typ not in SPECIFIERS:
                    raise Failure(f"{source.where(offset)}: \\({expr}) is a {typ}; add its format specifier to SPECIFIERS")
                return SPECIFIERS[typ]
        if expr in TYPES:
            return SPECIFIERS[TYPES[expr]]
        if re.fullmatch(r"String\(localized:.*\)", expr, re.S):
            return "%@"
        m = re.fullmatch(r"[\w.]*?(\w+)\((.*)\)", expr, re.S)
        if m and m.group(1) in self.string_funcs:
            return "%@"
        raise Failure(
            f"{source.where(offset)}: cannot type the interpolation \\({expr}); add it to TYPES in scripts/ios-strings.py"
        )

    @staticmethod
    def parameter_type(source, name, offset):
        """The type of parameter `name` of the function around `offset`, if it is one."""
        head = source.text[:offset]
        funcs = list(re.finditer(r"func\s+\w+\s*(?:<[^>]*>)?\s*\(([^)]*)\)", head))
        if not funcs:
            return None
        params = funcs[-1].group(1)
        for p in params.split(","):
            m = re.match(r"\s*(?:\w+\s+)?(\w+)\s*:\s*([\w.]+)\s*$", p)
            if m and m.group(1) == name:
                return m.group(2)
        return None


def source_files():
    files = []
    for d in SOURCE_DIRS:
        full = os.path.join(ROOT, d)
        if os.path.isdir(full):
            files += [os.path.join(full, f) for f in sorted(os.listdir(full)) if f.endswith(".swift")]
    return [Source(f) for f in files]


def used_keys():
    extractor = Extractor(source_files())
    uses = extractor.run()
    if extractor.errors:
        raise Failure("\n".join(extractor.errors))
    keys = OrderedDict()
    for u in uses:
        keys.setdefault(u.key, []).append(u.where)
    return keys



# --- The catalog -------------------------------------------------------------------------------

FORMAT = re.compile(r"%(?:(\d+)\$)?(#@(\w+)@|arg(?![A-Za-z])|[-+ 0#']*\d*(?:\.\d+)?(?:hh|h|ll|l|q|L|z|t|j)?[@dDiuUxXoOfFeEgGcCsSpaA%])")


def specifiers(value, substitutions=None, arg=None):
    """{argument number: conversion} of a format string. `%#@name@` stands for its substitution's
    argument; `%arg` (inside a substitution) for `arg`, an (argument number, conversion) pair."""
    out, position, problems = {}, 0, []
    for m in FORMAT.finditer(value):
        explicit, body, name = m.group(1), m.group(2), m.group(3)
        if body == "%":
            continue
        if body == "arg":
            if arg is None:
                problems.append("%arg outside a substitution")
                continue
            number, conversion = arg
        elif name is not None:
            sub = (substitutions or {}).get(name)
            if sub is None:
                problems.append(f"no substitution named {name}")
                continue
            position += 1
            number = sub.get("argNum", int(explicit) if explicit else position)
            conversion = "%" + sub.get("formatSpecifier", "?")
        else:
            position += 1
            number = int(explicit) if explicit else position
            conversion = "%" + body
        if out.get(number, conversion) != conversion:
            problems.append(f"argument {number} is both {out[number]} and {conversion}")
        out[number] = conversion
    return out, problems


def plural_forms(variations):
    return (variations or {}).get("plural") or {}


def unit_value(node):
    unit = (node or {}).get("stringUnit") or {}
    if unit.get("state") != "translated" or not unit.get("value"):
        return None
    return unit["value"]


class Catalog:
    def __init__(self, path):
        self.path = path
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                self.data = json.load(f, object_pairs_hook=OrderedDict)
        else:
            self.data = OrderedDict([("sourceLanguage", "en"), ("strings", OrderedDict()), ("version", "1.0")])
        self.strings = self.data.setdefault("strings", OrderedDict())

    def save(self):
        self.data["strings"] = OrderedDict(sorted(self.strings.items(), key=lambda kv: kv[0]))
        text = json.dumps(self.data, ensure_ascii=False, indent=2, separators=(",", " : "))
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(text + "\n")

    def values(self, key, lang):
        """[(form, value)] of one language ("" for a plain value), or a list of problems."""
        loc = (self.strings[key].get("localizations") or {}).get(lang)
        if loc is None:
            return None, [f"no {lang} translation"]
        problems, out = [], []
        forms = plural_forms(loc.get("variations"))
        if forms:
            for form in PLURAL_FORMS[lang]:
                value = unit_value(forms.get(form))
                if value is None:
                    problems.append(f"{lang}: plural form '{form}' missing or not translated")
                else:
                    out.append((form, value))
        else:
            value = unit_value(loc)
            if value is None:
                problems.append(f"{lang}: no translated value")
            else:
                out.append(("", value))
        for name, sub in (loc.get("substitutions") or {}).items():
            sub_forms = plural_forms(sub.get("variations"))
            for form in PLURAL_FORMS[lang]:
                value = unit_value(sub_forms.get(form))
                if value is None:
                    problems.append(f"{lang}: substitution '{name}', plural form '{form}' missing or not translated")
                else:
                    out.append((f"{name}.{form}", value))
        return out, problems

    def format_problems(self, key, lang):
        """Where a value's format specifiers differ from the key's."""
        expected, _ = specifiers(key)
        loc = (self.strings[key].get("localizations") or {}).get(lang) or {}
        subs = loc.get("substitutions") or {}
        problems = []

        def compare(what, value, may_omit, arg=None):
            """`may_omit`: the argument numbers the value may leave out."""
            found, errors = specifiers(value, subs, arg)
            problems.extend(f"{lang}{what}: {e}" for e in errors)
            extra = {n: c for n, c in found.items() if expected.get(n) != c}
            missing = {n: c for n, c in expected.items() if n not in found and n not in may_omit}
            if extra or missing:
                problems.append(
                    f"{lang}{what}: format specifiers {fmt(found)} in \"{value}\" differ from the key's {fmt(expected)}"
                )

        # A plural form for exactly one ("one", like English "Every day") may leave the count out.
        singular = ("zero", "one", "two")
        forms = plural_forms(loc.get("variations"))
        if forms:
            for form, node in forms.items():
                value = unit_value(node)
                if value is not None:
                    compare(f" ({form})", value, set(expected) if form in singular and len(expected) == 1 else set())
        elif unit_value(loc) is not None:
            compare("", unit_value(loc), set())
        for name, sub in subs.items():
            number = sub.get("argNum")
            conversion = "%" + sub.get("formatSpecifier", "?")
            if number is None or expected.get(number) != conversion:
                problems.append(f"{lang}: substitution '{name}' is argument {number} {conversion}; the key has {fmt(expected)}")
            for form, node in plural_forms(sub.get("variations")).items():
                value = unit_value(node)
                if value is not None:
                    # The rest of the sentence is the top value's; the count is %arg.
                    others = set(expected) - {number}
                    compare(f" ({name}.{form})", value, others | ({number} if form in singular else set()), (number, conversion))
        return problems


def fmt(specs):
    return "[" + ", ".join(f"{n}:{c}" for n, c in sorted(specs.items())) + "]" if specs else "none"


def check(catalog, used):
    problems = []
    for key, wheres in used.items():
        if key not in catalog.strings:
            problems.append(f"missing from the catalog: \"{key}\" (used at {', '.join(wheres)})")
    for key, entry in catalog.strings.items():
        if key not in used and not CORE_MESSAGE_ID.match(key):
            problems.append(f"no source uses: \"{key}\"")
        english = {}
        for lang in LANGUAGES:
            values, errors = catalog.values(key, lang)
            problems.extend(f"\"{key}\": {e}" for e in errors)
            if values is None:
                continue
            problems.extend(f"\"{key}\": {e}" for e in catalog.format_problems(key, lang))
            if lang == LANGUAGES[0]:
                english = dict(values)
                continue
            if key in SAME_OK or key in SAME_OK_IN.get(lang, ()):
                continue
            for form, value in values:
                if "." in form:
                    continue  # a substitution's piece ("%arg check-ins"); its sentence is compared
                same_as = english.get(form, english.get(form.rsplit(".", 1)[0] + ".other", english.get("other")))
                if value == same_as:
                    problems.append(f"\"{key}\": {lang} value \"{value}\" is the English one (add the key to SAME_OK if right)")
    return problems


def info_plist_problems():
    """The app's Info.plist must list LANGUAGES as its localizations, English its own region."""
    path = os.path.join(ROOT, INFO_PLIST)
    try:
        with open(path, "rb") as f:
            info = plistlib.load(f)
    except (OSError, plistlib.InvalidFileException, ValueError) as e:
        return [f"{INFO_PLIST} cannot be read: {e}"]
    problems = []
    if info.get("CFBundleDevelopmentRegion") != LANGUAGES[0]:
        problems.append(f"{INFO_PLIST}: CFBundleDevelopmentRegion should be {LANGUAGES[0]}")
    if sorted(info.get("CFBundleLocalizations") or []) != sorted(LANGUAGES):
        problems.append(f"{INFO_PLIST}: CFBundleLocalizations {info.get('CFBundleLocalizations')} should be {LANGUAGES}")
    return problems


def info_strings_problems(path=None):
    """Every permission prompt of Info.plist, worded in every language by InfoPlist.xcstrings."""
    path = path or os.path.join(ROOT, INFO_STRINGS)
    try:
        with open(os.path.join(ROOT, INFO_PLIST), "rb") as f:
            info = plistlib.load(f)
        with open(path, encoding="utf-8") as f:
            strings = json.load(f).get("strings") or {}
    except (OSError, plistlib.InvalidFileException, ValueError) as e:
        return [f"{INFO_STRINGS} cannot be read against {INFO_PLIST}: {e}"]
    prompts = {k: v for k, v in info.items() if k.endswith("UsageDescription")}
    problems = [f"{INFO_STRINGS}: \"{k}\" is not in {INFO_PLIST}" for k in strings if k not in prompts]
    for key, english in prompts.items():
        locs = (strings.get(key) or {}).get("localizations") or {}
        value = lambda lang: ((locs.get(lang) or {}).get("stringUnit") or {}).get("value", "").strip()
        if value("en") != english:
            problems.append(f"{INFO_STRINGS}: \"{key}\" en is not {INFO_PLIST}'s words")
        for lang in LANGUAGES[1:]:
            if not value(lang):
                problems.append(f"{INFO_STRINGS}: \"{key}\" has no {lang} translation")
            elif value(lang) == english:
                problems.append(f"{INFO_STRINGS}: \"{key}\" {lang} is the English one")
    return problems


def update(catalog, used):
    added = []
    for key in used:
        if key not in catalog.strings:
            catalog.strings[key] = OrderedDict(
                [("localizations", OrderedDict([("en", OrderedDict([("stringUnit", OrderedDict([("state", "translated"), ("value", key)]))]))]))]
            )
            added.append(key)
    return added


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="report every problem; exit 1 if any")
    mode.add_argument("--update", action="store_true", help="add missing keys with their English value")
    mode.add_argument("--list", action="store_true", help="print every key and where it is used")
    parser.add_argument("--catalog", default=os.path.join(ROOT, CATALOG), help=f"the catalog (default {CATALOG})")
    parser.add_argument("--info-strings", default=None, help=f"Info.plist's catalog (default {INFO_STRINGS})")
    args = parser.parse_args()
    try:
        used = used_keys()
        if args.list:
            for key, wheres in used.items():
                print(json.dumps(key, ensure_ascii=False), " ".join(wheres))
            return 0
        catalog = Catalog(args.catalog)
        if args.update:
            added = update(catalog, used)
            catalog.save()
            for key in added:
                print(f"added (English only): \"{key}\"")
            print(f"ios-strings: {len(added)} keys added to {args.catalog}")
            return 0
        problems = check(catalog, used) + info_plist_problems() + info_strings_problems(args.info_strings)
    except Failure as e:
        print(f"ios-strings: {e}", file=sys.stderr)
        return 2
    for p in problems:
        print(f"ios-strings: {p}")
    plurals = sum(
        1 for e in catalog.strings.values()
        if any(plural_forms(l.get("variations")) or l.get("substitutions") for l in (e.get("localizations") or {}).values())
    )
    print(
        f"ios-strings: {len(catalog.strings)} keys ({plurals} with plurals) in {len(LANGUAGES)} languages, "
        f"{len(used)} used by the sources, {len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
