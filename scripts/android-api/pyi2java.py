#!/usr/bin/env python3
"""Turns chaquopy's Android API stubs (.pyi, one per Java package) into compile-only Java sources.

    pyi2java.py SRC_OUT CLASSES_OUT CLASSPATH ANDROID_JAR STUBS_DIR...

The .pyi files carry every public class, field and method of the Android (API 36) and androidx
artifacts with their Java parameter types; what Python typing cannot say (int vs long returns,
interface vs class) is taken from the real android.jar (API 23) where the class already existed
there, and guessed otherwise (see `kind_of` and `return_type`). Bodies throw: these classes are
only compiled against (by scripts/check-android.sh), never run.
"""

import ast
import keyword
import os
import re
import struct
import subprocess
import sys
import zipfile

PRIMS = {
    "jboolean": "boolean", "jbyte": "byte", "jchar": "char", "jshort": "short",
    "jint": "int", "jlong": "long", "jfloat": "float", "jdouble": "double",
}
ARRAYS = {"JavaArrayJ" + k[1:].capitalize(): v for k, v in PRIMS.items()}
JAVA_KEYWORDS = set("""abstract assert boolean break byte case catch char class const continue
default do double else enum extends final finally float for goto if implements import instanceof
int interface long native new package private protected public return short static strictfp super
switch synchronized this throw throws transient try void volatile while true false null _""".split())


# --- the real android.jar: kinds and exact method descriptors --------------------------------

def read_class(data):
    """(name, access flags, super, interfaces, {(method, params descriptor): return descriptor})."""
    pos = 10
    count = struct.unpack(">H", data[8:10])[0]
    pool = [None] * count
    i = 1
    while i < count:
        tag = data[pos]
        if tag == 1:
            n = struct.unpack(">H", data[pos + 1:pos + 3])[0]
            pool[i] = data[pos + 3:pos + 3 + n].decode("utf-8", "replace")
            pos += 3 + n
        elif tag in (7, 8, 16, 19, 20):
            pool[i] = ("ref", struct.unpack(">H", data[pos + 1:pos + 3])[0])
            pos += 3
        elif tag == 15:
            pos += 4
        elif tag in (3, 4, 9, 10, 11, 12, 17, 18):
            pos += 5
        elif tag in (5, 6):
            pos += 9
            i += 1
        else:
            raise ValueError("constant pool tag %d" % tag)
        i += 1

    def cls(idx):
        return pool[pool[idx][1]] if idx else None

    access, this, sup = struct.unpack(">HHH", data[pos:pos + 6])
    pos += 6
    n = struct.unpack(">H", data[pos:pos + 2])[0]
    ifaces = [cls(struct.unpack(">H", data[pos + 2 + 2 * k:pos + 4 + 2 * k])[0]) for k in range(n)]
    pos += 2 + 2 * n
    methods = {}
    for table in ("fields", "methods"):
        n = struct.unpack(">H", data[pos:pos + 2])[0]
        pos += 2
        for _ in range(n):
            _, name_i, desc_i, attrs = struct.unpack(">HHHH", data[pos:pos + 8])
            pos += 8
            for _ in range(attrs):
                length = struct.unpack(">I", data[pos + 2:pos + 6])[0]
                pos += 6 + length
            if table == "methods":
                desc = pool[desc_i]
                params, ret = desc[1:].split(")")
                methods[(pool[name_i], params)] = ret
    return cls(this), access, cls(sup), ifaces, methods


def load_jar(path):
    info = {}
    with zipfile.ZipFile(path) as jar:
        for entry in jar.namelist():
            if entry.startswith(("android/", "org/")) and entry.endswith(".class"):
                name, access, sup, ifaces, methods = read_class(jar.read(entry))
                dots = [c.replace("/", ".").replace("$", ".") for c in [sup] + ifaces if c]
                info[name.replace("/", ".").replace("$", ".")] = (access, methods, dots)
    return info


def jdk_classes():
    """Every class in the JDK's runtime image: {dotted name: binary name}."""
    home = os.path.dirname(os.path.dirname(os.path.realpath(subprocess.check_output(
        ["sh", "-c", "command -v javac"], text=True).strip())))
    out = subprocess.check_output([os.path.join(home, "bin", "jimage"), "list", os.path.join(home, "lib", "modules")], text=True)
    names = {}
    for line in out.splitlines():
        line = line.strip()
        if line.endswith(".class") and "module-info" not in line:
            binary = line[:-6].replace("/", ".")
            names[binary.replace("$", ".")] = binary
    return names


# --- the stubs --------------------------------------------------------------------------------

class Klass:
    def __init__(self, package, name, node, outer=None):
        self.package, self.name, self.node, self.outer = package, name, node, outer
        self.fqn = (outer.fqn if outer else package) + "." + name
        self.inner = []
        self.typevars = []
        self.bases = []
        self.kind = "class"


def flatten_union(node):
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return flatten_union(node.left) + flatten_union(node.right)
    return [node]


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted(node.value)
        return inner + "." + node.attr if inner else None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class Converter:
    def __init__(self, android_jar, jdk):
        self.android = load_jar(android_jar)
        self.jdk = jdk
        self.classes = {}
        self.typevar_names = {}

    def load(self, root, top):
        for dirpath, _, files in os.walk(root):
            for f in files:
                if f != "__init__.pyi":
                    continue
                rel = os.path.relpath(dirpath, root)
                package = top if rel == "." else top + "." + rel.replace(os.sep, ".")
                tree = ast.parse(open(os.path.join(dirpath, f)).read())
                self.collect(package, tree.body, None)

    def collect(self, package, body, outer):
        for node in body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                    and dotted(node.value.func) == "typing.TypeVar":
                # "_Foo__T = typing.TypeVar('_Foo__T')  # <T>": the Java name is the last part.
                name = node.targets[0].id
                self.typevar_names[name] = name.rsplit("__", 1)[-1]
            if isinstance(node, ast.ClassDef):
                k = Klass(package, node.name, node, outer)
                if k.fqn in self.classes:  # two artifacts may both carry a class: first wins
                    continue
                self.classes[k.fqn] = k
                if outer:
                    outer.inner.append(k)
                self.collect(package, node.body, k)

    # Names inside a module are relative to it or to the enclosing classes.
    def resolve(self, name, k):
        scope = k
        while scope is not None:
            if scope.fqn + "." + name in self.classes:
                return scope.fqn + "." + name
            scope = scope.outer
        if k.package + "." + name in self.classes:
            return k.package + "." + name
        if name in self.classes or name in self.jdk or name in self.android:
            return name
        if "java.lang." + name in self.jdk:
            return "java.lang." + name
        return None

    def jtype(self, node, k, tvars, boxed=False):
        """Java type for an annotation, or None when it names nothing we have."""
        if node is None:
            return "void"
        if isinstance(node, ast.Constant) and node.value is None:
            return "void"
        parts = [p for p in flatten_union(node) if not (isinstance(p, ast.Constant) and p.value is None)]
        if len(parts) > 1:
            for p in parts:
                d = dotted(p)
                if d and d.startswith("java.") and d[5:] in PRIMS:
                    return PRIMS[d[5:]]
            java = [p for p in parts if (dotted(p) or "") not in ("str", "int", "float", "bool")]
            return self.jtype(java[0] if java else parts[0], k, tvars, boxed)
        node = parts[0]
        if isinstance(node, ast.Subscript):
            base = dotted(node.value)
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if base == "typing.Type":
                # Java APIs take Class<?> or Class<? extends X>; only a type variable is exact.
                inner = self.jtype(args[0], k, tvars, True)
                if inner in (None, "java.lang.Object"):
                    return "java.lang.Class<?>"
                return "java.lang.Class<%s>" % (inner if inner in tvars.values() else "? extends " + inner)
            if base == "java.chaquopy.JavaArray":
                inner = self.jtype(args[0], k, tvars)
                return (inner or "java.lang.Object") + "[]"
            if base in ("typing.Union", "typing.Optional"):
                return self.jtype(args[0], k, tvars, boxed)
            raw = self.jtype(node.value, k, tvars)
            if raw is None or raw == "java.lang.Object":
                return raw
            targs = [self.jtype(a, k, tvars, True) for a in args]
            if any(t is None or t in PRIMS.values() for t in targs):
                return raw
            return "%s<%s>" % (raw, ", ".join(targs))
        d = dotted(node)
        if d is None:
            return "java.lang.Object"
        if d in tvars:
            return tvars[d]
        if d in ("str",):
            return "java.lang.String"
        if d == "bool":
            return "java.lang.Boolean" if boxed else "boolean"
        if d == "int":
            return "java.lang.Integer" if boxed else "int"
        if d == "float":
            return "java.lang.Double" if boxed else "double"
        if d in ("typing.Any", "object"):
            return "java.lang.Object"
        if d.startswith("java.chaquopy.") and d[14:] in ARRAYS:
            return ARRAYS[d[14:]] + "[]"
        if d.startswith("java.") and d[5:] in PRIMS:
            return PRIMS[d[5:]]
        fqn = self.resolve(d, k)
        return fqn

    # --- kinds ---

    def classify(self):
        by_base = {}
        for k in self.classes.values():
            tvars = self.class_tvars(k)
            for b in k.node.bases:
                d = dotted(b.value if isinstance(b, ast.Subscript) else b)
                if d == "typing.Generic":
                    continue
                k.bases.append((self.resolve(d, k) if d else None, b))
            by_base[k.fqn] = k
            k.typevars = tvars
        interfaces = set()
        for k in self.classes.values():
            real = self.android.get(k.fqn)
            if real is not None:
                if real[0] & 0x0200:
                    interfaces.add(k.fqn)
                continue
            methods = [n for n in k.node.body if isinstance(n, ast.FunctionDef)]
            has_init = any(m.name == "__init__" for m in methods)
            instance = [m for m in methods if not any(dotted(d) == "staticmethod" for d in m.decorator_list)]
            params = [a.arg for m in instance for a in m.args.args[1:] + m.args.posonlyargs[1:]]
            if not has_init and params and all(re.fullmatch(r"arg\d+", p) for p in params):
                interfaces.add(k.fqn)
        # Java lists the superclass first: every later base is an interface, unless android.jar
        # says otherwise.
        for k in self.classes.values():
            for fqn, _ in k.bases[1:]:
                real = self.android.get(fqn)
                if fqn in self.classes and (real is None or real[0] & 0x0200):
                    interfaces.add(fqn)
        changed = True
        while changed:  # an interface's bases are interfaces
            changed = False
            for fqn in list(interfaces):
                for b, _ in self.classes[fqn].bases if fqn in self.classes else []:
                    if b in self.classes and b not in interfaces and b not in self.android:
                        interfaces.add(b)
                        changed = True
        for k in self.classes.values():
            if k.fqn in interfaces:
                k.kind = "interface"
            elif any(b == "java.lang.Enum" for b, _ in k.bases):
                k.kind = "enum"

    def class_tvars(self, k):
        tv = {}
        for b in k.node.bases:
            if isinstance(b, ast.Subscript) and dotted(b.value) == "typing.Generic":
                args = b.slice.elts if isinstance(b.slice, ast.Tuple) else [b.slice]
                for a in args:
                    tv[a.id] = self.typevar_names.get(a.id, a.id)
        # Nested classes are emitted static: they do not see the outer class's type variables.
        return tv

    # --- emitting ---

    def emit(self, out_dir):
        for k in self.classes.values():
            if k.outer is not None:
                continue
            path = os.path.join(out_dir, *k.package.split("."), k.name + ".java")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write("package %s;\n\n" % k.package)
                f.write("\n".join(self.emit_class(k, "")))
                f.write("\n")

    def emit_class(self, k, indent):
        tvars = dict(k.typevars)
        tparams = "<%s>" % ", ".join(tvars.values()) if tvars else ""
        lines = []
        mods = "public " + ("static " if k.outer is not None else "")
        extends, implements = None, []
        for fqn, node in k.bases:
            if fqn is None or fqn == "java.lang.Object" or fqn == "java.lang.Enum":
                continue
            t = self.jtype(node, k.outer or k, tvars) if isinstance(node, ast.Subscript) else fqn
            iface = (fqn in self.classes and self.classes[fqn].kind == "interface") or fqn in JDK_INTERFACES \
                or (fqn in self.android and self.android[fqn][0] & 0x0200)
            if fqn in self.jdk and not iface:
                continue  # extending a JDK class (and its abstract methods) is not worth the risk
            if iface:
                implements.append(t)
            elif extends is None and k.kind == "class":
                extends = t
        if k.kind == "interface":
            head = "%sinterface %s%s" % (mods, k.name, tparams)
            if implements:
                head += " extends " + ", ".join(implements)
        elif k.kind == "enum":
            head = "%senum %s" % (mods, k.name)
            if implements:
                head += " implements " + ", ".join(implements)
        else:
            # Made abstract later only where javac finds an interface method the stubs left out.
            head = "%sclass %s%s" % (mods, k.name, tparams)
            if extends:
                head += " extends " + extends
            if implements:
                head += " implements " + ", ".join(implements)
        lines.append(indent + head + " {")
        body = indent + "    "
        if k.kind == "enum":
            consts = [n.target.id for n in k.node.body if isinstance(n, ast.AnnAssign)
                      and self.jtype(self.unclassvar(n.annotation), k, tvars) == k.fqn]
            lines.append(body + ", ".join(consts) + ";")
        else:
            consts = []
        seen = set()
        has_noarg = False
        for n in k.node.body:
            if isinstance(n, ast.AnnAssign) and n.target.id not in consts:
                is_static = isinstance(n.annotation, ast.Subscript) and dotted(n.annotation.value) == "typing.ClassVar"
                t = self.jtype(self.unclassvar(n.annotation), k, tvars if not is_static else {})
                if t is None or t == "void":
                    t = "java.lang.Object"
                name = self.ident(n.target.id)
                if k.kind == "interface":
                    lines.append("%s%s %s = %s;" % (body, t, name, self.default(t)))
                elif is_static:
                    lines.append("%spublic static final %s %s = %s;" % (body, t, name, self.default(t)))
                else:
                    lines.append("%spublic %s %s;" % (body, t, name))
            elif isinstance(n, ast.FunctionDef):
                line = self.emit_method(n, k, tvars, body, seen)
                if line:
                    if n.name == "__init__" and "()" in line.split("{")[0]:
                        has_noarg = True
                    lines.append(line)
        if k.kind == "class" and not has_noarg:
            # Subclasses in these stubs call super() with no arguments.
            lines.append("%sprotected %s() {}" % (body, k.name))
        for inner in k.inner:
            lines.extend(self.emit_class(inner, body))
        lines.append(indent + "}")
        return lines

    @staticmethod
    def unclassvar(a):
        if isinstance(a, ast.Subscript) and dotted(a.value) == "typing.ClassVar":
            return a.slice
        return a

    @staticmethod
    def default(t):
        if t == "boolean":
            return "false"
        if t in ("int", "long", "short", "byte", "char", "float", "double"):
            return "(%s) 0" % t
        if t == "java.lang.String":
            return '""'
        return "null"

    @staticmethod
    def ident(name):
        # The stubs spell Java names that are Python keywords with a trailing "_" (`from_`).
        if name.endswith("_") and keyword.iskeyword(name[:-1]):
            name = name[:-1]
        return name + "_" if name in JAVA_KEYWORDS else name

    def emit_method(self, n, k, class_tvars, indent, seen):
        static = any(dotted(d) == "staticmethod" for d in n.decorator_list)
        args = n.args.posonlyargs + n.args.args
        if not static:
            args = args[1:]
        method_tvars = {}
        for sub in ast.walk(n):
            d = dotted(sub) if isinstance(sub, (ast.Name, ast.Attribute)) else None
            if d in self.typevar_names and d not in class_tvars:
                method_tvars[d] = self.typevar_names[d]
        if static:
            # A static method cannot use the class's type variables: they become its own.
            for sub in ast.walk(n):
                if isinstance(sub, ast.Name) and sub.id in class_tvars:
                    method_tvars[sub.id] = class_tvars[sub.id]
        tvars = dict(class_tvars) if not static else {}
        tvars.update(method_tvars)
        params = []
        for i, a in enumerate(args):
            t = self.jtype(a.annotation, k, tvars)
            if t is None or t == "void":
                t = "java.lang.Object"
            params.append(t)
        if n.args.vararg is not None:
            t = self.jtype(n.args.vararg.annotation, k, tvars) or "java.lang.Object"
            params.append(t + "...")
        erased = tuple(re.sub(r"<.*>", "", p) for p in params)
        key = (n.name, erased)
        if key in seen:
            return None
        seen.add(key)
        plist = ", ".join("%s a%d" % (t, i) for i, t in enumerate(params))
        tparams = "<%s> " % ", ".join(sorted(set(method_tvars.values()))) if method_tvars else ""
        if n.name == "__init__":
            if k.kind != "class":
                return None
            return "%spublic %s%s(%s) { throw new RuntimeException(); }" % (indent, tparams, k.name, plist)
        if n.name.startswith("__"):
            return None
        if k.kind == "enum" and n.name in ("values", "valueOf") and static:
            return None
        ret = self.return_type(n, k, tvars, params)
        name = self.ident(n.name)
        if k.kind == "interface":
            if static:
                return "%sstatic %s%s %s(%s) { throw new RuntimeException(); }" % (indent, tparams, ret, name, plist)
            return "%sdefault %s%s %s(%s) { throw new RuntimeException(); }" % (indent, tparams, ret, name, plist)
        mods = "public static " if static else "public "
        return "%s%s%s%s %s(%s) { throw new RuntimeException(); }" % (indent, mods, tparams, ret, name, plist)

    def return_type(self, n, k, tvars, params):
        t = self.jtype(n.returns, k, tvars)
        if t is None:
            return "java.lang.Object"
        if t in ("int", "double"):
            # android.jar knows the width, for this class or one it inherits the method from;
            # match on name and argument count.
            todo, seen = [k.fqn], set()
            while todo:
                fqn = todo.pop(0)
                if fqn in seen:
                    continue
                seen.add(fqn)
                real = self.android.get(fqn)
                if real is not None:
                    for (name, desc), ret in real[1].items():
                        if name == n.name and count_params(desc) == len(params):
                            return {"I": "int", "J": "long", "S": "short", "B": "byte", "C": "char",
                                    "F": "float", "D": "double"}.get(ret, t)
                    todo.extend(real[2])
                elif fqn in self.classes:
                    todo.extend(b for b, _ in self.classes[fqn].bases if b)
        if t == "int" and re.search(r"Long|Millis|Time|Nanos|Duration|Bytes|Size$", n.name):
            return "long"
        return t


def count_params(desc):
    n, i = 0, 0
    while i < len(desc):
        c = desc[i]
        if c == "[":
            i += 1
            continue
        if c == "L":
            i = desc.index(";", i)
        n += 1
        i += 1
    return n


JDK_INTERFACES = set()


def compile_with_repairs(src_dir, classes_dir, classpath):
    """javac over the generated sources. What the stubs' Python types cannot say exactly (a
    `charAt` typed `str`, a generic override javac sees as a clash) makes a member javac rejects:
    such members are dropped and counted, never guessed at, and a header that inherits two
    incompatible defaults loses its bases from outside the stubs. Returns the dropped count."""
    sources = sorted(os.path.join(d, f) for d, _, fs in os.walk(src_dir) for f in fs if f.endswith(".java"))
    listing = os.path.join(os.path.dirname(classes_dir), "sources.txt")
    with open(listing, "w") as f:
        f.write("\n".join(sources))
    dropped = 0
    for _ in range(8):
        run = subprocess.run(["javac", "-nowarn", "-proc:none", "-encoding", "UTF-8", "-Xmaxerrs", "100000",
                              "-cp", classpath, "-d", classes_dir, "@" + listing], capture_output=True, text=True)
        if run.returncode == 0:
            return dropped
        edits = {}
        for m in re.finditer(r"^(\S+\.java):(\d+): error: (.*)", run.stdout + run.stderr, re.M):
            edits.setdefault(m.group(1), {}).setdefault(int(m.group(2)), m.group(3))
        if not edits:
            sys.exit(run.stderr)
        for path, numbers in edits.items():
            lines = open(path).read().split("\n")
            for n in sorted(numbers, reverse=True):
                text = lines[n - 1]
                if "is not abstract and does not override" in numbers[n] and " class " in text:
                    lines[n - 1] = text.replace(" class ", " abstract class ", 1)
                elif "throw new RuntimeException" in text:
                    del lines[n - 1]
                    dropped += 1
                elif re.search(r"\b(class|interface|enum) ", text) and " extends " in text:
                    head, _, bases = text.partition(" extends ")
                    kept = [b.strip() for b in bases.rstrip(" {").split(", ") if b.strip().startswith(("android.", "androidx."))]
                    lines[n - 1] = head + (" extends " + ", ".join(kept) if kept else "") + " {"
                    dropped += 1
                else:
                    sys.exit("pyi2java: cannot repair %s:%d\n%s" % (path, n, run.stderr[-3000:]))
            with open(path, "w") as f:
                f.write("\n".join(lines))
    sys.exit("pyi2java: javac still fails after repairs\n" + run.stderr[-3000:])


def main():
    out_dir, classes_dir, classpath, android_jar, *stub_dirs = sys.argv[1:]
    jdk = jdk_classes()
    # Which JDK classes are interfaces: ask the JVM once (a small reflective probe).
    probe = os.path.join(os.path.dirname(os.path.abspath(__file__)), "JdkKinds.java")
    candidates = sorted(b for n, b in jdk.items() if n.startswith(("java.", "javax.")))
    result = subprocess.run(["java", probe], input="\n".join(candidates), capture_output=True, text=True, check=True)
    JDK_INTERFACES.update(result.stdout.split())
    conv = Converter(android_jar, jdk)
    for d in stub_dirs:
        top = os.path.basename(d.rstrip("/"))
        conv.load(d, top[:-len("-stubs")] if top.endswith("-stubs") else top)
    conv.classify()
    conv.emit(out_dir)
    dropped = compile_with_repairs(out_dir, classes_dir, classpath)
    print("pyi2java: %d classes, %d members javac rejected left out" % (len(conv.classes), dropped))


if __name__ == "__main__":
    main()
