#!/usr/bin/env python3
"""Fails when a crate's modules import each other in a cycle.

Usage: scripts/import_cycles.py [-v] DIR [DIR ...]   (e.g. `src server/src`; -v prints every edge)

For each DIR it takes the crate root (`lib.rs`, else `main.rs`), follows the `mod x;`
declarations to the crate's module files, builds the graph "module A uses an item of module B"
and exits 1 if the graph has a cycle, printing one cycle per strongly connected component with
the file and line that makes each edge. Python 3 standard library only. Before checking, it
checks itself on a few small crates (the rules below, each with a case that must fail and one
that must pass), so a change that made it pass everything fails instead.

Granularity, so that the check means something and is not trivially passing:

* Nodes are modules that other code can depend on: the crate root and every module file
  declared `pub mod` (any `pub`). A private `mod x;` file can only be named from inside its
  parent, so it is part of its parent's node: a parent and its private children are one unit,
  and what they import counts as that unit's imports (`i18n/mod.rs` with a private `locale.rs`
  is one node `i18n`). A module written inline (`mod x { ... }`) belongs to its file.
* An edge A -> B is a path in A that names an item of B: `use crate::b::Item;`, `crate::b::f()`
  in an expression, `super::Item`, `self::child::f()`, and paths that start with a child
  module's name (`use child::Item;`, `child::routes()`) or with a name the file imports
  (`use crate::api; api::users::f()`). A path names the longest prefix of its segments that is
  a module file, and then the item: when that module only re-exports the item (`pub use
  child::Item;`, or an import that a child reaches with `super::Item`), the edge goes to where
  the re-export leads (another module, or another crate: no edge). So a facade that only
  re-exports costs nothing, but its own `pub use` lines are its edges.
* Declaring a child (`mod child;`) is not an edge. A public child may use its parent's own items
  (`super::Thing` defined in `mod.rs`) only while the parent uses nothing of the child: a parent
  that also uses it (`pub use child::X;`, `child::routes()`) forms a cycle with it and the check
  fails. (With a private child the two are one node, as above.)
* Test code is ignored: files declared under `#[cfg(test)]` (or `cfg(all(test, ...))`), and any
  item under such an attribute (`#[cfg(test)] mod tests { ... }`, a test-only `use` or fn).
  Comments, strings and character literals are skipped; macro bodies are scanned like code.
"""

import os
import re
import sys

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def tokenize(text):
    """Tokens (kind, value, line): kind is 'id' or 'p' (punctuation; `::` is one token)."""
    toks = []
    i, n, line = 0, len(text), 1
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    line += text[i] == "\n"
                    i += 1
        elif (m := re.match(r'b?r(#*)"', text[i:i + 300])) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            end = '"' + m.group(1)
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            line += text.count("\n", i, j)
            i = j
        elif c == '"' or (c == "b" and text.startswith('b"', i)):
            j = i + (2 if c == "b" else 1)
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            line += text.count("\n", i, j)
            i = j + 1
        elif c == "'":
            # A character literal ('x', '\n', '\u{1F600}', '"') or a lifetime ('a).
            if text.startswith("\\", i + 1):
                j = text.find("'", i + 3)
                i = n if j < 0 else j + 1
            elif i + 2 < n and text[i + 2] == "'":
                i += 3
            else:
                i += 1
        elif c.isalpha() or c == "_":
            m = IDENT.match(text, i)
            toks.append(("id", m.group(0), line))
            i = m.end()
        elif c.isdigit():
            m = re.compile(r"[0-9A-Za-z_.]+").match(text, i)
            i = m.end()
        elif text.startswith("::", i):
            toks.append(("p", "::", line))
            i += 2
        else:
            toks.append(("p", c, line))
            i += 1
    return toks


def cfg_is_test(attr_toks):
    """True for `#[cfg(test)]`, `#[cfg(all(test, ...))]`: code that only exists in tests."""
    vals = [v for _, v, _ in attr_toks]
    if len(vals) < 2 or vals[0] != "cfg":
        return False
    text = " ".join(vals)
    if "not ( test )" in text or "any (" in text:
        return False
    return "test" in vals


def skip_group(toks, i):
    """toks[i] opens a group ( [ {; returns the index after its matching close."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = [pairs[toks[i][1]]]
    i += 1
    while i < len(toks) and stack:
        v = toks[i][1]
        if toks[i][0] == "p" and v in pairs:
            stack.append(pairs[v])
        elif toks[i][0] == "p" and v == stack[-1]:
            stack.pop()
        i += 1
    return i


def skip_item(toks, i):
    """Skips one item starting at toks[i] (after its attributes): to the `;` or the end of the
    first `{ ... }` at bracket depth 0."""
    while i < len(toks):
        kind, v, _ = toks[i]
        if kind == "p" and v == "#":
            j = i + 1 + (toks[i + 1][1] == "!")
            i = skip_group(toks, j)
            continue
        if kind == "p" and v in "([":
            i = skip_group(toks, i)
            continue
        if kind == "p" and v == "{":
            return skip_group(toks, i)
        if kind == "p" and v == ";":
            return i + 1
        i += 1
    return i


def parse_use_tree(toks, i, prefix, out):
    """Parses a use tree from toks[i]; appends (full path, name it binds or None) to out."""
    path = list(prefix)
    if toks[i][1] == "::":
        path.append("::")
        i += 1
    while i < len(toks):
        kind, v, _ = toks[i]
        if kind == "id":
            path.append(v)
            i += 1
            if i < len(toks) and toks[i][1] == "::":
                i += 1
                continue
            bound = path[-2] if v == "self" and len(path) > 1 else v
            if i < len(toks) and toks[i][1] == "as":
                bound = toks[i + 1][1]
                i += 2
            out.append((path, bound))
            return i
        if v == "*":
            out.append((path, None))
            return i + 1
        if v == "{":
            i += 1
            while i < len(toks) and toks[i][1] != "}":
                if toks[i][1] == ",":
                    i += 1
                    continue
                i = parse_use_tree(toks, i, path, out)
            return i + 1
        return i + 1
    return i


def parse_path(toks, i):
    """A path expression from toks[i]: (segments, next index)."""
    segs = []
    if toks[i][1] == "::":
        segs.append("::")
        i += 1
    while i < len(toks) and toks[i][0] == "id":
        segs.append(toks[i][1])
        i += 1
        if i < len(toks) and toks[i][1] == "::" and i + 1 < len(toks) and toks[i + 1][0] == "id":
            i += 1
        else:
            break
    return segs, i


class Module:
    def __init__(self, path, file, children_dir, public):
        self.path = path  # tuple of segments, () for the crate root
        self.file = file
        self.children_dir = children_dir
        self.public = public  # `pub mod` (any `pub`), or the crate root
        self.children = {}  # name -> path of the non-test child modules declared in this file
        self.imports = {}  # name -> path segments, for the file's top-level `use` items
        self.refs = []  # (segments, inline depth, line)


def is_pub(toks, i):
    """Whether the `mod` at toks[i] is declared `pub`, `pub(crate)`, `pub(super)` ..."""
    j = i - 1
    if j >= 0 and toks[j][1] == ")":
        while j >= 0 and toks[j][1] != "(":
            j -= 1
        j -= 1
    return j >= 0 and toks[j][1] == "pub"


def scan_file(mod):
    """Collects the file's references and imports; returns ([(child, public)], whole file is test)."""
    with open(mod.file, encoding="utf-8") as f:
        toks = tokenize(f.read())
    declared = []
    i, depth_stack = 0, []  # depth_stack: brace depth at which each inline module closes
    brace = 0
    pending_test = False
    while i < len(toks):
        kind, v, line = toks[i]
        if kind == "p" and v == "#":
            inner = i + 1 < len(toks) and toks[i + 1][1] == "!"
            j = i + 1 + inner
            if j < len(toks) and toks[j][1] == "[":
                end = skip_group(toks, j)
                if cfg_is_test(toks[j + 1:end - 1]):
                    if inner:
                        return declared, True  # #![cfg(test)]: the whole file is test code
                    pending_test = True
                i = end
                continue
        if pending_test:
            pending_test = False
            i = skip_item(toks, i)
            continue
        if kind == "p" and v == "{":
            brace += 1
        elif kind == "p" and v == "}":
            brace -= 1
            while depth_stack and depth_stack[-1] > brace:
                depth_stack.pop()
        elif kind == "id" and v == "mod" and i + 2 < len(toks) and toks[i + 1][0] == "id":
            name, after = toks[i + 1][1], toks[i + 2][1]
            if after == ";" and not depth_stack:
                declared.append((name, is_pub(toks, i)))
            elif after == "{":
                depth_stack.append(brace + 1)
            i += 2
            continue
        elif kind == "id" and v == "use":
            paths = []
            j = parse_use_tree(toks, i + 1, [], paths)
            for p, bound in paths:
                mod.refs.append((p, len(depth_stack), line))
                if brace == 0 and bound is not None and bound != "_":
                    mod.imports[bound] = p
            i = j
            continue
        elif (kind == "id" or v == "::") and (i == 0 or toks[i - 1][1] not in ("::", ".")):
            segs, j = parse_path(toks, i)
            if len(segs) > 1:
                mod.refs.append((segs, len(depth_stack), line))
            i = max(j, i + 1)
            continue
        i += 1
    return declared, False


def find_child_file(mod, name):
    for cand in (os.path.join(mod.children_dir, name + ".rs"), os.path.join(mod.children_dir, name, "mod.rs")):
        if os.path.exists(cand):
            return cand
    return None


def load_crate(src_dir):
    root_file = next((os.path.join(src_dir, f) for f in ("lib.rs", "main.rs") if os.path.exists(os.path.join(src_dir, f))), None)
    if root_file is None:
        sys.exit(f"{src_dir}: no lib.rs or main.rs")
    modules = {}
    todo = [Module((), root_file, src_dir, True)]
    while todo:
        mod = todo.pop()
        declared, all_test = scan_file(mod)
        if all_test:
            continue
        modules[mod.path] = mod
        for name, public in declared:
            f = find_child_file(mod, name)
            if f is None:
                continue  # declared under a cfg we do not model, or generated
            base = os.path.basename(f)
            cdir = os.path.dirname(f) if base == "mod.rs" else os.path.join(os.path.dirname(f), name)
            child = Module(mod.path + (name,), f, cdir, public)
            mod.children[name] = child.path
            todo.append(child)
    return modules


def resolve(modules, mod, segs, inline_depth, hops=0):
    """The module file that defines what a path names (following `use` re-exports), or None when
    the path leaves the crate or names something local."""
    if not segs or segs[0] == "::" or hops > 32:
        return None
    first = segs[0]
    if first == "crate":
        base, rest = (), segs[1:]
    elif first == "super":
        base, k, depth = mod.path, 0, inline_depth
        while k < len(segs) and segs[k] == "super":
            if depth:
                depth -= 1
            elif base:
                base = base[:-1]
            else:
                return None
            k += 1
        rest = segs[k:]
    elif first == "self":
        base, rest = mod.path, segs[1:]
    elif inline_depth == 0 and first in mod.children:
        base, rest = mod.children[first], segs[1:]
    elif inline_depth == 0 and first in mod.imports:
        return resolve(modules, mod, mod.imports[first] + segs[1:], 0, hops + 1)
    else:
        return None
    target = base
    k = 0
    while k < len(rest) and target + (rest[k],) in modules:
        target, k = target + (rest[k],), k + 1
    # An item the module re-exports (`pub use child::Item;`, or an import a child reaches with
    # `super::Item`) is defined where that `use` leads: another module, or another crate (no edge).
    if k < len(rest) and target in modules and rest[k] in modules[target].imports:
        return resolve(modules, modules[target], modules[target].imports[rest[k]] + rest[k + 1:], 0, hops + 1)
    return target


def node(modules, path):
    """The graph node of a module: itself if public, else its parent's node."""
    while path and not modules[path].public:
        path = path[:-1]
    return path


def graph(modules):
    edges = {node(modules, p): {} for p in modules}
    for mod in modules.values():
        src = node(modules, mod.path)
        for segs, depth, line in mod.refs:
            t = resolve(modules, mod, segs, depth)
            if t is None or t not in modules:
                continue
            t = node(modules, t)
            if t != src:
                edges[src].setdefault(t, (mod.file, line, "::".join(segs)))
    return edges


def strongly_connected(edges):
    index, low, on, stack, out, counter = {}, {}, set(), [], [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(comp)

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return [c for c in out if len(c) > 1]


def one_cycle(edges, comp):
    """A shortest cycle through the component's first module (breadth-first)."""
    members = set(comp)
    start = min(comp)
    prev, frontier = {start: None}, [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(edges[v]):
                if w not in members:
                    continue
                if w == start:
                    path = [v]
                    while prev[path[-1]] is not None:
                        path.append(prev[path[-1]])
                    return list(reversed(path)) + [start]
                if w not in prev:
                    prev[w] = v
                    nxt.append(w)
        frontier = nxt
    return [start]

# Small crates the checker must get right: (name, files, whether the graph has a cycle).
SELF_TEST = [
    (
        "two modules that import each other through a facade",
        {
            "lib.rs": "pub mod config;\npub mod i18n;\n",
            "config.rs": "use crate::i18n::Locale;\npub struct Cloud;\npub fn l(_: Locale) {}\n",
            "i18n/mod.rs": "mod locale;\npub use locale::Locale;\nuse crate::config::Cloud;\npub struct I18n(Cloud);\n",
            "i18n/locale.rs": "pub enum Locale {}\n",
        },
        True,
    ),
    (
        "the same with the shared types in a leaf",
        {
            "lib.rs": "pub mod config;\npub mod i18n;\npub mod locale;\n",
            "config.rs": "pub use crate::locale::Cloud;\nuse crate::locale::Locale;\npub fn l(_: Locale) {}\n",
            "i18n/mod.rs": "pub use crate::locale::Locale;\nuse crate::locale::Cloud;\npub struct I18n(Cloud);\n",
            "locale.rs": "pub struct Cloud;\npub enum Locale {}\n",
        },
        False,
    ),
    (
        "a parent that uses its public child, which uses the parent",
        {
            "lib.rs": "pub mod api;\n",
            "api/mod.rs": "pub mod users;\npub const ROLES: u8 = 1;\npub fn routes() { users::routes() }\n",
            "api/users.rs": "use super::ROLES;\npub fn routes() { let _ = ROLES; }\n",
        },
        True,
    ),
    (
        "a child that uses its parent, which does not use it",
        {
            "lib.rs": "pub mod api;\npub fn v1() { api::users::routes() }\n",
            "api/mod.rs": "pub mod users;\npub const ROLES: u8 = 1;\n",
            "api/users.rs": "use super::ROLES;\npub fn routes() { let _ = ROLES; }\n",
        },
        False,
    ),
    (
        "a facade's re-exports lead to the modules that define the items",
        {
            "lib.rs": "pub mod components;\npub mod form;\n",
            "components/mod.rs": "pub mod a;\npub mod b;\npub use a::A;\npub use b::B;\n",
            "components/a.rs": "use crate::components::B;\nuse crate::form::F;\npub struct A(B, F);\n",
            "components/b.rs": "pub struct B;\n",
            "form.rs": "use crate::components::B;\npub struct F(B);\n",
        },
        False,
    ),
    (
        "... and a cycle through a re-export is still one",
        {
            "lib.rs": "pub mod components;\npub mod form;\n",
            "components/mod.rs": "pub mod a;\npub mod b;\npub use a::A;\npub use b::B;\n",
            "components/a.rs": "pub struct A;\n",
            "components/b.rs": "use crate::form::F;\npub struct B(F);\n",
            "form.rs": "pub struct F;\npub fn f() -> crate::components::B { todo!() }\n",
        },
        True,
    ),
    (
        "test code, comments and strings are not imports",
        {
            "lib.rs": "pub mod a;\npub mod b;\n#[cfg(test)]\nmod t;\n",
            "a.rs": "use crate::b::B;\npub struct A(B);\n",
            "b.rs": "// crate::a::A\npub struct B;\nconst S: &str = \"crate::a::A\";\n"
            "#[cfg(test)]\nmod tests {\n    use crate::a::A;\n}\n",
            "t.rs": "use crate::a::A;\n",
        },
        False,
    ),
    (
        "... but a test-less use is",
        {
            "lib.rs": "pub mod a;\npub mod b;\n",
            "a.rs": "use crate::b::B;\npub struct A(B);\n",
            "b.rs": "pub struct B;\npub fn f(_: crate::a::A) {}\n",
        },
        True,
    ),
]


def self_test():
    """Runs SELF_TEST; returns the names of the cases the checker gets wrong."""
    import tempfile

    wrong = []
    for title, files, cyclic in SELF_TEST:
        with tempfile.TemporaryDirectory() as root:
            for path, text in files.items():
                full = os.path.join(root, path)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "w", encoding="utf-8") as f:
                    f.write(text)
            if bool(strongly_connected(graph(load_crate(root)))) != cyclic:
                wrong.append(title)
    return wrong


def name(path):
    return "crate" if not path else "crate::" + "::".join(path)


def check(src_dir, verbose=False):
    modules = load_crate(src_dir)
    edges = graph(modules)
    if verbose:
        for a in sorted(edges):
            for b in sorted(edges[a]):
                file, line, path = edges[a][b]
                print(f"{name(a)} -> {name(b)}    ({os.path.relpath(file)}:{line}: {path})")
    comps = strongly_connected(edges)
    n_edges = sum(len(e) for e in edges.values())
    if not comps:
        print(f"{src_dir}: no import cycle ({len(edges)} modules, {n_edges} edges)")
        return True
    for comp in comps:
        print(f"{src_dir}: import cycle among {len(comp)} modules:", file=sys.stderr)
        cycle = one_cycle(edges, comp)
        for a, b in zip(cycle, cycle[1:]):
            file, line, path = edges[a][b]
            print(f"  {name(a)} -> {name(b)}    ({os.path.relpath(file)}:{line}: {path})", file=sys.stderr)
        if len(comp) > len(cycle) - 1:
            rest = sorted(name(p) for p in comp if p not in cycle)
            print(f"  (the same cycle also takes in: {', '.join(rest)})", file=sys.stderr)
    return False


def main(argv):
    verbose = "-v" in argv
    dirs = [a for a in argv[1:] if a != "-v"]
    if not dirs:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    wrong = self_test()
    if wrong:
        print("import_cycles.py gets its own test cases wrong: " + "; ".join(wrong), file=sys.stderr)
        return 2
    ok = True
    for d in dirs:
        ok &= check(d, verbose)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
