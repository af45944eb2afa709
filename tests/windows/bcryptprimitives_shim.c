/* Test-only stand-in for bcryptprimitives.dll, which Rust's standard library
 * imports on Windows (for ProcessPrng) and Wine 8.0 does not provide (Wine 9
 * does; every supported Windows version does). It is placed next to the test
 * programs only, never shipped. The library itself never asks for random
 * bytes; this only lets the loader resolve the import. */
#include <windows.h>

/* RtlGenRandom, exported by advapi32 as SystemFunction036. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
