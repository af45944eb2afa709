#!/usr/bin/env bash
# Windows: the DLL and programs built with mingw-w64, run under Wine.
# Sourced by tests/run_all.sh (which sources tests/lib/common.sh first); defines
# functions only, and windows_steps, which runs this area's steps in order.

mingw() {
    local output=$1
    shift
    x86_64-w64-mingw32-gcc -std=c11 "${STRICT_C[@]}" -I include "$@" "$WINDOWS/libwsa_error.dll.a" -lws2_32 \
        -o "$WINDOWS/$output"
}

windows_header_beside_winsock() {
    mingw header_winsock_first.exe -DWINSOCK_FIRST tests/c/header_only.c &&
        mingw header_winsock_after.exe -DWINSOCK_AFTER tests/c/header_only.c
}

run_wine() {
    (cd "$WINDOWS" && WINEPREFIX=$TARGET_DIR/wineprefix WINEDEBUG=-all wine "$@")
}

# The DLL imports only KERNEL32.dll and the C runtime, so it loads on any
# Windows (and under Wine 8) with nothing beside it.
windows_dll_imports() {
    local imports
    imports=$(x86_64-w64-mingw32-objdump -p "$WINDOWS/wsa_error.dll" | sed -n 's/^\tDLL Name: //p' |
        LC_ALL=C sort | tr '\n' ' ')
    echo "wsa_error.dll: $(stat -c %s "$WINDOWS/wsa_error.dll") bytes; imports: $imports"
    test "$imports" = "KERNEL32.dll msvcrt.dll "
}

windows_programs() {
    mingw winsock_e2e.exe tests/windows/winsock_e2e.c &&
        mingw ntstatus_e2e.exe tests/windows/ntstatus_e2e.c &&
        mingw catalog_dump.exe tests/c/catalog_dump.c &&
        mingw header_run.exe tests/c/header_only.c
}

windows_end_to_end() {
    run_wine header_run.exe && run_wine winsock_e2e.exe
}

# Every NTSTATUS of the table through Wine's GetOverlappedResult and
# WSAGetOverlappedResult, and a real reset read through a completion port.
windows_ntstatus() {
    python3 -c 'import json, sys
for row in json.load(open("docs/catalog.json"))["ntstatus"]:
    print("0x%08X" % row["code"])' >"$WINDOWS/ntstatus.txt" &&
        run_wine ntstatus_e2e.exe ntstatus.txt
}

windows_snapshot() {
    run_wine catalog_dump.exe >"$OUT/catalog_dump_windows.tsv" &&
        python3 tests/compare_snapshot.py windows-dll <"$OUT/catalog_dump_windows.tsv"
}

windows_steps() {
    step "windows: cross build (wsa_error.dll)" cargo build --release -p wsa-error-ffi --target "$WINDOWS_TARGET"
    step "windows: the DLL imports only KERNEL32.dll and msvcrt.dll" windows_dll_imports
    step "windows: header beside <winsock2.h>, both orders" windows_header_beside_winsock
    step "windows: build test programs with mingw-w64" windows_programs
    step "windows: real Winsock failures under Wine" windows_end_to_end
    step "windows: NTSTATUS and Win32 translations against Wine; a reset through a completion port" \
        windows_ntstatus
    step "windows: the DLL matches docs/catalog.json under Wine" windows_snapshot
}
