#!/usr/bin/env python3
"""Proves from the machine code that no exported function can reach a panic.

The shared library links Rust's standard library, so its panic machinery is in
the file; what matters is that none of it is reachable from a `wsa_error_*`
function. This script disassembles the library (objdump -d), builds the call
graph from every exported function through the local functions, and fails if a
reached function's demangled name is one of the standard library's panic
entry points. It prints the number of reached functions and, on failure, one
call chain from an exported function to each panic function reached.

Edges of the graph, in the order they are looked for:

- direct `call`/`jmp` to an address in another function (tail calls included);
- a rip-relative operand (`lea`, `mov`, `call *...(%rip)`) naming a function:
  its address is taken, so it may be called;
- a rip-relative operand naming a GOT slot or a pointer in data: resolved with
  the dynamic relocations (`readelf -r`): an R_X86_64_RELATIVE addend is a
  local address, a GLOB_DAT/JUMP_SLOT names a symbol (imported from libc, or
  defined here);
- a rip-relative operand naming a data object of the symbol table (a vtable,
  a table of function pointers): every relocated pointer inside the object.

Register-indirect calls (`call *%rax`) need their target loaded first, which
one of the rip-relative rules sees.

Usage: no_panic_paths.py [--verbose] [--expect-panics NAME,...] LIBRARY.so
"""

import bisect
import re
import subprocess
import sys
from collections import deque

PANIC_PATTERNS = re.compile(
    r"core::panicking|panic_|unwrap_failed|expect_failed|slice_index_fail|"
    r"slice_error_fail|panic_bounds_check|begin_panic|catch_unwind"
)

INSTRUCTION = re.compile(r"^\s*([0-9a-f]+):\s+(\S+)\s*(.*)$")
FUNCTION_HEADER = re.compile(r"^([0-9a-f]+) <(.+)>:$")
DIRECT_TARGET = re.compile(r"^([0-9a-f]+) <([^>]+)>")
COMMENT_TARGET = re.compile(r"#\s*([0-9a-f]+)(?:\s+<([^>]+)>)?")
BRANCHES = ("call", "jmp", "bnd", "notrack")


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def exported_functions(library):
    names = []
    for line in run("nm", "-D", "--defined-only", "--format=posix", library).splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[1] in "TtWi":
            names.append(fields[0])
    return names


def symbol_table(library):
    """FUNC and OBJECT symbols of .symtab: (functions, objects), each a list of
    (address, size, name)."""
    functions, objects = [], []
    for line in run("readelf", "-sW", library).splitlines():
        fields = line.split()
        if len(fields) < 8 or not fields[0].endswith(":"):
            continue
        try:
            address, size = int(fields[1], 16), int(fields[2], 0)
        except ValueError:
            continue
        kind, name = fields[3], fields[7].split("@")[0]
        if address == 0:
            continue
        if kind == "FUNC":
            functions.append((address, size, name))
        elif kind in ("OBJECT", "TLS") and size > 0:
            objects.append((address, size, name))
    return functions, objects


def relocations(library):
    """Dynamic relocations: {offset: ("addr", address) or ("sym", name, value)}."""
    table = {}
    for line in run("readelf", "-rW", library).splitlines():
        fields = line.split()
        if len(fields) < 4 or not re.fullmatch(r"[0-9a-f]{8,}", fields[0]):
            continue
        offset, kind = int(fields[0], 16), fields[2]
        if kind.endswith("RELATIVE") and len(fields) >= 4:
            table[offset] = ("addr", int(fields[3], 16))
        elif len(fields) >= 5:
            value = int(fields[3], 16)
            name = fields[4].split("@")[0]
            table[offset] = ("sym", name, value)
    return table


def code_sections(library):
    """[(start, end)] of the executable sections."""
    spans = []
    for line in run("readelf", "-SW", library).splitlines():
        match = re.search(r"\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\S+\s+(\S*X\S*)\s", line)
        if match:
            start, size = int(match.group(2), 16), int(match.group(3), 16)
            spans.append((start, start + size))
    return spans


def disassembly(library):
    """{function start: (name, [referenced addresses and plt names])} from objdump."""
    functions = {}
    current = None
    output = run("objdump", "-d", "--no-show-raw-insn", "-j", ".text", "-j", ".plt", "-j", ".plt.got", library)
    for line in output.splitlines():
        header = FUNCTION_HEADER.match(line)
        if header:
            current = int(header.group(1), 16)
            functions[current] = (header.group(2), [])
            continue
        instruction = INSTRUCTION.match(line)
        if not instruction or current is None:
            continue
        mnemonic, operands = instruction.group(2), instruction.group(3)
        references = functions[current][1]
        if mnemonic.startswith(("call", "jmp")) or mnemonic in BRANCHES:
            # "bnd jmp" / "notrack jmp" put the real mnemonic in the operands.
            if mnemonic in ("bnd", "notrack"):
                operands = operands.split(None, 1)[1] if " " in operands else ""
            direct = DIRECT_TARGET.match(operands)
            if direct:
                target_name = direct.group(2)
                if target_name.endswith("@plt"):
                    references.append(target_name[: -len("@plt")])
                else:
                    references.append(int(direct.group(1), 16))
                continue
        comment = COMMENT_TARGET.search(operands)
        if comment:
            references.append(int(comment.group(1), 16))
    return functions


class Library:
    def __init__(self, path):
        self.functions, self.objects = symbol_table(path)
        self.functions.sort()
        self.objects.sort()
        self.function_starts = [start for start, _, _ in self.functions]
        self.object_starts = [start for start, _, _ in self.objects]
        self.relocations = relocations(path)
        self.relocation_offsets = sorted(self.relocations)
        self.code = disassembly(path)
        self.code_starts = sorted(self.code)
        self.code_spans = code_sections(path)
        self.exported = exported_functions(path)

    def function_at(self, address):
        """The start of the function whose code holds `address`, or None."""
        if not any(start <= address < end for start, end in self.code_spans):
            return None
        index = bisect.bisect_right(self.code_starts, address) - 1
        if index < 0:
            return None
        start = self.code_starts[index]
        # Inside the symbol's extent when it has one; objdump's block otherwise.
        symbol = bisect.bisect_right(self.function_starts, address) - 1
        if symbol >= 0:
            sym_start, size, _ = self.functions[symbol]
            if sym_start <= address < sym_start + max(size, 1):
                return sym_start if sym_start in self.code else start
        following = self.code_starts[index + 1] if index + 1 < len(self.code_starts) else None
        if following is None or address < following:
            return start
        return None

    def object_around(self, address):
        index = bisect.bisect_right(self.object_starts, address) - 1
        if index < 0:
            return None
        start, size, _ = self.objects[index]
        return (start, start + size) if start <= address < start + size else None

    def resolve(self, reference, seen_data):
        """The nodes (function starts or external names) a reference leads to."""
        if isinstance(reference, str):
            return [reference]
        function = self.function_at(reference)
        if function is not None:
            return [function]
        if reference in seen_data:
            return []
        seen_data.add(reference)
        slots = []
        span = self.object_around(reference)
        if span is not None:
            low = bisect.bisect_left(self.relocation_offsets, span[0])
            high = bisect.bisect_left(self.relocation_offsets, span[1])
            slots = self.relocation_offsets[low:high]
        elif reference in self.relocations:
            slots = [reference]
        nodes = []
        for slot in slots:
            target = self.relocations[slot]
            if target[0] == "addr":
                nodes.extend(self.resolve(target[1], seen_data))
            elif target[2] != 0:
                nodes.extend(self.resolve(target[2], seen_data) or [target[1]])
            else:
                nodes.append(target[1])
        return nodes

    def name_of(self, node):
        return node if isinstance(node, str) else self.code[node][0]


def demangle(names):
    output = subprocess.run(
        ["c++filt"], input="\n".join(names) + "\n", check=True, capture_output=True, text=True
    ).stdout.splitlines()
    return dict(zip(names, output))


def reach(library, root, stop):
    """BFS from `root`, not going past nodes for which `stop(node)` holds:
    {node: parent}."""
    parent = {root: None}
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if isinstance(node, str) or stop(node):
            continue  # imported from another library (memcpy, ...), or a panic: a leaf
        seen_data = set()
        for reference in library.code[node][1]:
            for target in library.resolve(reference, seen_data):
                if target not in parent:
                    parent[target] = node
                    queue.append(target)
    return parent


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--verbose"]
    expected_panics = None
    if len(arguments) == 3 and arguments[0] == "--expect-panics":
        expected_panics = set(filter(None, arguments[1].split(",")))
        arguments = arguments[2:]
    if len(arguments) != 1:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    library = Library(arguments[0])
    roots = {}
    for name in library.exported:
        starts = [start for start, (code_name, _) in library.code.items() if code_name == name]
        if not starts:
            print(f"no_panic: cannot find the code of exported {name}", file=sys.stderr)
            return 1
        roots[name] = starts[0]
    if not roots:
        print("no_panic: no exported function found", file=sys.stderr)
        return 1

    every_name = sorted({name for name, _ in library.code.values()} | {
        target[1] for target in library.relocations.values() if target[0] == "sym"
    })
    readable = demangle(every_name)

    def readable_name(node):
        name = library.name_of(node)
        return readable.get(name, name)

    def is_panic(node):
        return bool(PANIC_PATTERNS.search(readable_name(node)))

    reached = set()
    panicking = {}
    for name, root in sorted(roots.items()):
        parent = reach(library, root, is_panic)
        reached.update(parent)
        chains = []
        for node in parent:
            if is_panic(node):
                chain, step = [], node
                while step is not None:
                    chain.append(readable_name(step))
                    step = parent[step]
                chains.append(" -> ".join(reversed(chain)))
        if chains:
            panicking[name] = sorted(chains)

    imported = sorted({readable_name(node) for node in reached if isinstance(node, str)})
    local = sorted(readable_name(node) for node in reached if not isinstance(node, str) and node not in roots.values())
    if "--verbose" in sys.argv:
        print("no_panic: reached local functions: " + ", ".join(local))
    print(
        f"no_panic: {len(roots)} exported functions reach {len(reached) - len(roots)} other functions, "
        f"{len(imported)} of them imported ({', '.join(imported) or 'none'})"
    )
    for name, chains in sorted(panicking.items()):
        if expected_panics is not None and name in expected_panics:
            print(f"no_panic: {name} can panic, as expected: {chains[0]}")
            continue
        for chain in chains:
            print(f"no_panic: {name} can panic: {chain}", file=sys.stderr)
    if expected_panics is None:
        failed = set(panicking)
    else:
        # Self-test: exactly these functions must be found to panic.
        failed = set(panicking) ^ expected_panics
        for name in sorted(failed):
            print(f"no_panic: expected {name} {'to panic' if name in expected_panics else 'to be clean'}",
                  file=sys.stderr)
    print(f"no_panic: {len(roots) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
