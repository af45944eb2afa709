/* End to end on Windows (run under Wine): the NTSTATUS table against the real
 * overlapped APIs.
 *
 * 1. For every status listed in the file argv[1] (one 0xXXXXXXXX a line, written
 *    from docs/catalog.json's "ntstatus" array), an OVERLAPPED completed with
 *    that status is handed to GetOverlappedResult and WSAGetOverlappedResult on
 *    a real socket, and what they report is compared with
 *    wsa_error_ntstatus_to_win32 and wsa_error_from_ntstatus. A difference is
 *    a check failure unless known_differences below explains, with a source,
 *    why the library's answer is the right one for Windows.
 * 2. A real overlapped WSARecv on a loopback connection the peer resets, read
 *    through an I/O completion port: GetQueuedCompletionStatus's Win32 code
 *    must stand for WSAECONNRESET to wsa_error_from_win32, and
 *    WSAGetOverlappedResult must report WSAECONNRESET.
 *
 * Built with x86_64-w64-mingw32-gcc -std=c11 -Wall -Wextra -Wpedantic -Werror
 * against include/wsa_error.h and the import library of wsa_error.dll; see
 * ntstatus_e2e.md beside it for the commands. Ends with
 * "ntstatus_e2e: N passed, N failed" and exits non-zero on any failure. */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wsa_error.h"

#include "../check.h"

/* The statuses this program treats specially (spelled here so as not to depend
 * on which of <winnt.h> and <ntstatus.h> defines them). */
#define NT_SUCCESS_STATUS 0x00000000u
#define NT_PENDING 0x00000103u
#define NT_CONNECTION_RESET 0xC000020Du

/* Written to the thread's last error before each call, to see whether the call
 * set it at all. */
#define UNTOUCHED 0x5EEDu

/* A status for which what Wine 8.0 reports differs from what the library
 * says, and why the library's answer is the one Windows gives. A listed
 * status excuses a difference in either column (Win32 or Winsock) for that
 * status; the reason must say which, and cite where Windows' answer comes
 * from. Each entry is printed when it is used, and an entry no row needed is
 * reported as stale (so that a fixed Wine, or a changed row, is noticed).
 *
 * The bar for an entry is high. Wine's WSAGetOverlappedResult maps through
 * NtStatusToWSAError (dlls/ws2_32/socket.c), and Wine's own test
 * test_WSAGetOverlappedResult (dlls/ws2_32/tests/sock.c, which also runs on
 * real Windows) walks every status of 0x00000000-0x0000FFFF,
 * 0x40000000-0x40000FFF, 0x80000000-0x80000FFF, 0xC0000000-0xC0000FFF and the
 * 0x8007/0xC007/0xD000/0xD007 ranges and expects Windows' answer from a copy
 * of that table (map_status). GetOverlappedResult maps through
 * RtlNtStatusToDosError (dlls/ntdll/error.c), also tested against Windows
 * (dlls/ntdll/tests/error.c). So for a status in those ranges a difference
 * most likely means the row is wrong. libuv's uv_ntstatus_to_winsock_error
 * (src/win/winsock.c) is not evidence of what WSAGetOverlappedResult
 * reports: it maps STATUS_CANCELLED to WSAEINTR, where Windows reports
 * WSA_OPERATION_ABORTED (995). Statuses outside the ranges above (say
 * STATUS_HOPLIMIT_EXCEEDED, 0xC000A012, for which Wine's ntdll has no entry
 * and gives 317, and ws2_32 falls back to WSAEINVAL) are where an entry may
 * be needed; cite a Windows source for them.
 *
 * The list ends with a {0, NULL} entry (C11 has no empty initialiser). */
struct known_difference {
    uint32_t status;
    const char *why;
};

static const struct known_difference known_differences[] = {
    /* Every other status of the table gets the same Win32 and Winsock codes
     * from Wine 8 as from the library. */
    {0x00000102u, /* STATUS_TIMEOUT */
     "a success-class status (severity 0): Wine's WSAGetOverlappedResult reports success "
     "for it, while its GetOverlappedResult fails with 1460, which is what "
     "RtlNtStatusToDosError gives; the row follows libuv (uv__ntstatus_to_winsock_error) "
     "and ReactOS msafd, which translate it to WSAETIMEDOUT"},
    {0xC000A012u, /* STATUS_HOPLIMIT_EXCEEDED */
     "Wine 8 has no entry for it (its RtlNtStatusToDosError falls back to 317, "
     "ERROR_MR_MID_NOT_FOUND, and ws2_32 to WSAEINVAL); the row follows wepoll's "
     "table (ERROR_HOST_UNREACHABLE) and libuv's (WSAECONNRESET)"},
    {0, NULL},
};

static int known_used[sizeof known_differences / sizeof known_differences[0]];

static const struct known_difference *find_known(uint32_t status) {
    for (size_t i = 0; known_differences[i].why != NULL; i++) {
        if (known_differences[i].status == status) {
            known_used[i] = 1;
            return &known_differences[i];
        }
    }
    return NULL;
}

/* A printable name for a Win32 code: the Win32 table's, else the catalog's
 * (995 and the 10000-range codes are catalog codes), else "?". */
static const char *win32_label(long long code) {
    if (code < 0 || code > INT32_MAX) return "-";
    const char *name = wsa_error_win32_name((int)code);
    if (name == NULL) name = wsa_error_name((int)code);
    return name != NULL ? name : "?";
}

static const char *wsa_label(long long code) {
    if (code < 0 || code > INT32_MAX) return "-";
    const char *name = wsa_error_name((int)code);
    return name != NULL ? name : "?";
}

static void set_context(const char *what, uint32_t status) {
    snprintf(check_context, sizeof check_context, "  [%s, status 0x%08lX]", what, (unsigned long)status);
}

/* ---- part 1: the table against GetOverlappedResult and WSAGetOverlappedResult */

typedef ULONG(WINAPI *rtl_nt_status_to_dos_error_fn)(ULONG);

static rtl_nt_status_to_dos_error_fn rtl_nt_status_to_dos_error(void) {
    HMODULE ntdll = GetModuleHandleA("ntdll.dll");
    FARPROC proc = ntdll != NULL ? GetProcAddress(ntdll, "RtlNtStatusToDosError") : NULL;
    /* Through void (*)(void), which -Wcast-function-type accepts to and from
     * any function pointer type. */
    return (rtl_nt_status_to_dos_error_fn)(void (*)(void))proc;
}

struct answers {
    BOOL gor_ok;        /* GetOverlappedResult's return value */
    DWORD gor_error;    /* GetLastError() after it (UNTOUCHED if not set) */
    DWORD gor_bytes;    /* the byte count it stored */
    BOOL wsagor_ok;     /* WSAGetOverlappedResult's return value */
    int wsagor_error;   /* WSAGetLastError() after it (UNTOUCHED if not set) */
    DWORD wsagor_bytes; /* the byte count it stored */
};

/* Asks both functions about an OVERLAPPED whose I/O completed with `status`
 * (InternalHigh 0, so no byte was transferred). */
static struct answers ask(SOCKET sock, HANDLE event, uint32_t status) {
    struct answers a;
    OVERLAPPED ov;

    memset(&ov, 0, sizeof ov);
    ov.Internal = (ULONG_PTR)status;
    ov.InternalHigh = 0;
    ov.hEvent = event;
    a.gor_bytes = 0xFFFFFFFFu;
    SetLastError(UNTOUCHED);
    a.gor_ok = GetOverlappedResult((HANDLE)sock, &ov, &a.gor_bytes, FALSE);
    a.gor_error = GetLastError();

    memset(&ov, 0, sizeof ov);
    ov.Internal = (ULONG_PTR)status;
    ov.InternalHigh = 0;
    ov.hEvent = event;
    DWORD flags = 0xFFFFFFFFu;
    a.wsagor_bytes = 0xFFFFFFFFu;
    WSASetLastError((int)UNTOUCHED);
    a.wsagor_ok = WSAGetOverlappedResult(sock, &ov, &a.wsagor_bytes, FALSE, &flags);
    a.wsagor_error = WSAGetLastError();
    return a;
}

static void print_row(uint32_t status, const char *name, long long wine_win32, long long lib_win32,
                      long long wine_wsa, long long lib_wsa, const char *verdict) {
    printf("0x%08lX %-32s win32 wine %5lld %-26s lib %5lld %-26s | wsa wine %5lld %-22s lib %5lld %-22s %s\n",
           (unsigned long)status, name, wine_win32, win32_label(wine_win32), lib_win32, win32_label(lib_win32),
           wine_wsa, wsa_label(wine_wsa), lib_wsa, wsa_label(lib_wsa), verdict);
}

/* STATUS_SUCCESS: both calls succeed and report no byte; the library maps it
 * to NO_ERROR (and, if the table lists it, to Win32 0). */
static void check_success_status(SOCKET sock, HANDLE event, const char *name) {
    struct answers a = ask(sock, event, NT_SUCCESS_STATUS);
    int lib_win32 = wsa_error_ntstatus_to_win32(NT_SUCCESS_STATUS);
    int lib_wsa = wsa_error_from_ntstatus(NT_SUCCESS_STATUS);
    set_context("STATUS_SUCCESS", NT_SUCCESS_STATUS);
    CHECK(a.gor_ok && a.gor_bytes == 0);
    CHECK(a.wsagor_ok && a.wsagor_bytes == 0);
    CHECK(lib_wsa == 0);
    CHECK(lib_win32 == -1 || lib_win32 == 0);
    /* On success neither function promises anything about the last error
     * (Wine's WSAGetOverlappedResult sets 0, its GetOverlappedResult leaves it
     * alone): the row shows 0 for "succeeded". */
    print_row(NT_SUCCESS_STATUS, name, 0, lib_win32, 0, lib_wsa,
              a.gor_ok && a.wsagor_ok ? "ok (both calls succeed)" : "FAIL");
}

/* STATUS_PENDING: the I/O has not completed, so with bWait FALSE neither call
 * reports the status itself: GetOverlappedResult fails with
 * ERROR_IO_INCOMPLETE (996) and WSAGetOverlappedResult with WSA_IO_INCOMPLETE
 * (996), on Windows (as documented, and as Wine's test_WSAGetOverlappedResult
 * expects there) and under Wine. What the library says about
 * the status (RtlNtStatusToDosError's ERROR_IO_PENDING, 997, and WSA_IO_PENDING)
 * is checked against ntdll's RtlNtStatusToDosError instead. */
static void check_pending_status(SOCKET sock, HANDLE event, const char *name) {
    struct answers a = ask(sock, event, NT_PENDING);
    int lib_win32 = wsa_error_ntstatus_to_win32(NT_PENDING);
    int lib_wsa = wsa_error_from_ntstatus(NT_PENDING);
    rtl_nt_status_to_dos_error_fn rtl = rtl_nt_status_to_dos_error();
    long long rtl_win32 = rtl != NULL ? (long long)rtl(NT_PENDING) : -1;
    set_context("STATUS_PENDING", NT_PENDING);
    CHECK(!a.gor_ok && a.gor_error == ERROR_IO_INCOMPLETE);
    CHECK(!a.wsagor_ok && a.wsagor_error == WSA_IO_INCOMPLETE);
    CHECK(rtl_win32 == ERROR_IO_PENDING);
    /* Not in the table (-1), or RtlNtStatusToDosError's answer. */
    CHECK(lib_win32 == -1 || lib_win32 == rtl_win32);
    /* Not in the table (-1), or the overlapped operation "will complete later". */
    CHECK(lib_wsa == -1 || lib_wsa == WSA_IO_PENDING);
    print_row(NT_PENDING, name, (long long)a.gor_error, lib_win32, a.wsagor_error, lib_wsa,
              "incomplete: both calls report 996 (*_IO_INCOMPLETE), not the status");
    printf("           %-32s RtlNtStatusToDosError(0x103) = %lld %s\n", "", rtl_win32, win32_label(rtl_win32));
}

static void check_status(SOCKET sock, HANDLE event, uint32_t status) {
    const char *name = wsa_error_ntstatus_name(status);
    set_context(name != NULL ? name : "status not in the DLL's table", status);
    /* Every status of the list comes from the table: the DLL must know it. */
    CHECK(name != NULL);
    if (name == NULL) name = "(unknown to the DLL)";

    if (status == NT_SUCCESS_STATUS) {
        check_success_status(sock, event, name);
        return;
    }
    if (status == NT_PENDING) {
        check_pending_status(sock, event, name);
        return;
    }

    struct answers a = ask(sock, event, status);
    int lib_win32 = wsa_error_ntstatus_to_win32(status);
    int lib_wsa = wsa_error_from_ntstatus(status);
    int is_error = (status & 0x80000000u) != 0; /* NT_ERROR or NT_WARNING */

    /* Both calls fail for an error or warning status, set the last error, and
     * report InternalHigh (0) as the byte count. For an informational or
     * success-class status (0x00000001-0x7FFFFFFF) the return value is
     * printed, not checked: Windows and Wine need not agree on it. */
    if (is_error) {
        CHECK(!a.gor_ok);
        CHECK(!a.wsagor_ok);
    }
    CHECK(a.gor_error != UNTOUCHED || a.gor_ok);
    CHECK(a.wsagor_error != (int)UNTOUCHED || a.wsagor_ok);
    CHECK(a.gor_bytes == 0 && a.wsagor_bytes == 0);
    /* A status of the table always has a Win32 translation in the library. */
    CHECK(lib_win32 != -1);

    int win32_same = (long long)a.gor_error == (long long)lib_win32;
    /* The library's -1 ("no Winsock equivalent") agrees with Wine only when
     * what WSAGetOverlappedResult reported is no Winsock code either (say
     * ERROR_TIMEOUT, 1460); against a catalog code it is a difference. */
    int wsa_none_both = lib_wsa == -1 && wsa_error_name(a.wsagor_error) == NULL;
    int wsa_same = wsa_none_both || (lib_wsa != -1 && a.wsagor_error == lib_wsa);
    const char *verdict;
    if (win32_same && wsa_same) {
        verdict = wsa_none_both ? "ok (no Winsock code on either side)" : "ok";
        CHECK(1);
    } else {
        const struct known_difference *known = find_known(status);
        if (known != NULL) {
            verdict = "known difference (see below)";
            CHECK(1);
        } else {
            verdict = lib_wsa == -1 ? "FAIL: library has no Winsock code; explain in known_differences"
                                    : "FAIL: Wine and library differ; not in known_differences";
            /* The unexplained difference, as a failed check. */
            CHECK(win32_same && wsa_same);
        }
    }
    print_row(status, name, (long long)a.gor_error, lib_win32, a.wsagor_error, lib_wsa, verdict);
    if (!is_error || a.gor_ok || a.wsagor_ok) {
        printf("           %-32s returned GetOverlappedResult %d, WSAGetOverlappedResult %d\n", "", a.gor_ok,
               a.wsagor_ok);
    }
    const struct known_difference *known = (win32_same && wsa_same) ? NULL : find_known(status);
    if (known != NULL) printf("           why the library is right: %s\n", known->why);
}

/* Reads the list: one 0xXXXXXXXX a line (blank lines and lines starting
 * with '#' are allowed). A malformed line is a failed check, not a skip. */
static size_t read_statuses(const char *path, uint32_t **out) {
    FILE *file = fopen(path, "r");
    size_t count = 0, capacity = 0;
    uint32_t *list = NULL;
    char line[128];
    unsigned lineno = 0;

    *out = NULL;
    snprintf(check_context, sizeof check_context, "  [opening %s]", path);
    CHECK(file != NULL);
    if (file == NULL) return 0;
    while (fgets(line, sizeof line, file) != NULL) {
        lineno++;
        char *text = line;
        while (*text == ' ' || *text == '\t') text++;
        if (*text == '\0' || *text == '\n' || *text == '\r' || *text == '#') continue;
        char *end = NULL;
        unsigned long value = 0;
        int ok = (text[0] == '0' && (text[1] == 'x' || text[1] == 'X'));
        if (ok) {
            value = strtoul(text + 2, &end, 16);
            ok = end != text + 2 && end - (text + 2) <= 8;
            while (ok && (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n')) end++;
            ok = ok && *end == '\0';
        }
        snprintf(check_context, sizeof check_context, "  [%s line %u is not 0xXXXXXXXX]", path, lineno);
        CHECK(ok);
        if (!ok) {
            printf("FAIL %s line %u: %s", path, lineno, line);
            continue;
        }
        if (count == capacity) {
            capacity = capacity != 0 ? capacity * 2 : 64;
            uint32_t *grown = realloc(list, capacity * sizeof *list);
            if (grown == NULL) {
                printf("FAIL out of memory reading %s\n", path);
                free(list);
                fclose(file);
                return 0;
            }
            list = grown;
        }
        list[count++] = (uint32_t)value;
    }
    fclose(file);
    *out = list;
    return count;
}

static void part1(const char *path) {
    uint32_t *statuses = NULL;
    size_t count = read_statuses(path, &statuses);
    printf("== part 1: %lu statuses from %s, against GetOverlappedResult and WSAGetOverlappedResult\n",
           (unsigned long)count, path);
    snprintf(check_context, sizeof check_context, "  [the status list is empty]");
    CHECK(count > 0);

    SOCKET sock = socket(AF_INET, SOCK_STREAM, 0);
    snprintf(check_context, sizeof check_context, "  [socket(): %d]", WSAGetLastError());
    CHECK(sock != INVALID_SOCKET);
    /* A manual-reset event, not signalled: with bWait FALSE it is never waited
     * on, but it is what a real overlapped call would carry. */
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL);
    CHECK(event != NULL);
    if (sock == INVALID_SOCKET || event == NULL) {
        free(statuses);
        return;
    }

    printf("status     name                             win32 (GetLastError after GetOverlappedResult) wine vs "
           "library | wsa (WSAGetLastError after WSAGetOverlappedResult) wine vs library\n");
    for (size_t i = 0; i < count; i++) {
        for (size_t k = 0; k < i; k++) {
            if (statuses[k] == statuses[i]) {
                set_context("listed twice", statuses[i]);
                CHECK(statuses[k] != statuses[i]);
            }
        }
        check_status(sock, event, statuses[i]);
    }

    /* A known difference no row needed: the table or Wine changed. Reported,
     * not failed, since the list may be a subset of what the entries cover. */
    for (size_t i = 0; known_differences[i].why != NULL; i++) {
        if (!known_used[i]) {
            printf("note: known_differences entry 0x%08lX was not needed in this run (stale?)\n",
                   (unsigned long)known_differences[i].status);
        }
    }
    CloseHandle(event);
    closesocket(sock);
    free(statuses);
}

/* ---- part 2: a real overlapped receive on a connection the peer resets */

static struct sockaddr_in loopback(unsigned short port) {
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    return addr;
}

/* Static: if the receive were still pending when part 2 gives up, it must
 * not point into a dead stack frame. */
static OVERLAPPED recv_ov;
static char recv_data[256];

static void part2(void) {
    printf("== part 2: overlapped WSARecv through an I/O completion port, peer resets\n");
    set_context("part 2 setup", 0);

    SOCKET listener = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = loopback(0);
    int len = sizeof addr;
    int ok = listener != INVALID_SOCKET && bind(listener, (struct sockaddr *)&addr, sizeof addr) == 0 &&
             listen(listener, 1) == 0 && getsockname(listener, (struct sockaddr *)&addr, &len) == 0;
    if (!ok) printf("FAIL loopback listener: %d\n", WSAGetLastError());
    CHECK(ok);
    if (!ok) return;

    SOCKET client = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in target = loopback(ntohs(addr.sin_port));
    ok = client != INVALID_SOCKET && connect(client, (struct sockaddr *)&target, sizeof target) == 0;
    if (!ok) printf("FAIL connect: %d\n", WSAGetLastError());
    CHECK(ok);
    SOCKET server = ok ? accept(listener, NULL, NULL) : INVALID_SOCKET;
    if (ok && server == INVALID_SOCKET) printf("FAIL accept: %d\n", WSAGetLastError());
    CHECK(server != INVALID_SOCKET);
    closesocket(listener);
    if (server == INVALID_SOCKET) {
        if (client != INVALID_SOCKET) closesocket(client);
        return;
    }

    const ULONG_PTR key = 0x2746;
    HANDLE port = CreateIoCompletionPort((HANDLE)client, NULL, key, 0);
    if (port == NULL) printf("FAIL CreateIoCompletionPort: %lu\n", GetLastError());
    CHECK(port != NULL);
    if (port == NULL) {
        closesocket(server);
        closesocket(client);
        return;
    }

    WSABUF buf;
    buf.buf = recv_data;
    buf.len = sizeof recv_data;
    DWORD flags = 0;
    memset(&recv_ov, 0, sizeof recv_ov);
    int rc = WSARecv(client, &buf, 1, NULL, &flags, &recv_ov, NULL);
    int recv_error = rc == SOCKET_ERROR ? WSAGetLastError() : 0;
    printf("WSARecv: returned %d, WSAGetLastError %d %s\n", rc, recv_error, wsa_label(recv_error));
    set_context("WSARecv must be pending", 0);
    CHECK(rc == SOCKET_ERROR && recv_error == WSA_IO_PENDING);

    /* A hard close: SO_LINGER on with a zero timeout makes closesocket send
     * a RST instead of a FIN. */
    struct linger hard;
    hard.l_onoff = 1;
    hard.l_linger = 0;
    set_context("server-side reset", 0);
    CHECK(setsockopt(server, SOL_SOCKET, SO_LINGER, (const char *)&hard, sizeof hard) == 0);
    CHECK(closesocket(server) == 0);

    DWORD bytes = 0xFFFFFFFFu;
    ULONG_PTR got_key = 0;
    OVERLAPPED *got_ov = NULL;
    SetLastError(UNTOUCHED);
    BOOL dequeued = GetQueuedCompletionStatus(port, &bytes, &got_key, &got_ov, 5000);
    DWORD gqcs_error = GetLastError();
    const char *win32_name = wsa_error_win32_name((int)gqcs_error);
    int as_wsa = wsa_error_from_win32((int)gqcs_error);
    printf("GetQueuedCompletionStatus: returned %d, GetLastError %lu %s (wsa_error_win32_name: %s), "
           "overlapped %s, key %#lx, bytes %lu\n",
           dequeued, (unsigned long)gqcs_error, win32_label((long long)gqcs_error),
           win32_name != NULL ? win32_name : "NULL", got_ov == &recv_ov ? "ours" : (got_ov ? "other" : "NULL"),
           (unsigned long)got_key, (unsigned long)bytes);
    printf("wsa_error_from_win32(%lu) = %d %s\n", (unsigned long)gqcs_error, as_wsa, wsa_label(as_wsa));
    set_context("GetQueuedCompletionStatus", 0);
    CHECK(!dequeued);
    CHECK(got_ov == &recv_ov && got_key == key && bytes == 0);
    CHECK(as_wsa == WSAECONNRESET);

    if (got_ov == &recv_ov) {
        /* The completed I/O's own status, and what the library makes of it. */
        uint32_t status = (uint32_t)recv_ov.Internal;
        const char *status_name = wsa_error_ntstatus_name(status);
        int status_win32 = wsa_error_ntstatus_to_win32(status);
        printf("OVERLAPPED.Internal = 0x%08lX %s; library: win32 %d %s, wsa %d %s\n", (unsigned long)status,
               status_name != NULL ? status_name : "(not in the table)", status_win32,
               win32_label(status_win32), wsa_error_from_ntstatus(status),
               wsa_label(wsa_error_from_ntstatus(status)));
        set_context("the completed status", status);
        CHECK(status == NT_CONNECTION_RESET);
        CHECK((long long)status_win32 == (long long)gqcs_error);
        CHECK(wsa_error_from_ntstatus(status) == WSAECONNRESET);

        /* GetOverlappedResult on the same OVERLAPPED: the same Win32 code. */
        DWORD gor_bytes = 0xFFFFFFFFu;
        SetLastError(UNTOUCHED);
        BOOL gor = GetOverlappedResult((HANDLE)client, &recv_ov, &gor_bytes, FALSE);
        DWORD gor_error = GetLastError();
        printf("GetOverlappedResult: returned %d, GetLastError %lu %s\n", gor, (unsigned long)gor_error,
               win32_label((long long)gor_error));
        set_context("GetOverlappedResult after the reset", status);
        CHECK(!gor && gor_error == gqcs_error && gor_bytes == 0);

        DWORD ov_bytes = 0xFFFFFFFFu, ov_flags = 0xFFFFFFFFu;
        WSASetLastError((int)UNTOUCHED);
        BOOL got = WSAGetOverlappedResult(client, &recv_ov, &ov_bytes, FALSE, &ov_flags);
        int wsa_error = WSAGetLastError();
        printf("WSAGetOverlappedResult: returned %d, WSAGetLastError %d %s\n", got, wsa_error,
               wsa_label(wsa_error));
        set_context("WSAGetOverlappedResult after the reset", status);
        CHECK(!got && wsa_error == WSAECONNRESET);
    } else {
        printf("FAIL the receive did not complete within 5 s; cancelling it\n");
        CancelIo((HANDLE)client);
    }

    closesocket(client);
    CloseHandle(port);
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IONBF, 0);
    if (argc != 2) {
        fprintf(stderr, "usage: ntstatus_e2e STATUS-LIST-FILE (one 0xXXXXXXXX a line)\n");
        return 2;
    }
    WSADATA wsa;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) {
        printf("FAIL WSAStartup\n");
        return 1;
    }
    printf("wsa_error %s\n", wsa_error_version());
    part1(argv[1]);
    part2();
    WSACleanup();
    return check_summary("ntstatus_e2e");
}
