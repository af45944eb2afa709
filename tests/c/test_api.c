/* Exercises every function of the C API through the built library: known and
 * unknown codes, every int edge, NULL, non-UTF-8 and over-long strings, and
 * every buffer length with guard bytes. Prints "N passed, N failed" and exits
 * non-zero on any failure.
 *
 * Built as C99 and C11 with -Wall -Wextra -Wpedantic -Werror, linked once
 * against libwsa_error.so and once against libwsa_error.a, and run under
 * valgrind. */
#define _DEFAULT_SOURCE /* mmap's MAP_ANONYMOUS under -std=c99 */
#include "wsa_error.h"

#include "../check.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>


static int str_is(const char *got, const char *want) {
    if (got == NULL || want == NULL) return got == want;
    return strcmp(got, want) == 0;
}

/* Codes the catalog does not hold: gaps, neighbours and every int extreme. */
static const int unknown_codes[] = {INT_MIN, INT_MIN + 1, -10054, -1, 1, 2, 5, 7, 9, 86, 88,
                                    994, 998, 1000, 9999, 10000, 10001, 10003, 10005, 10010,
                                    10023, 10025, 10034, 10072, 10090, 10094, 10100, 10113,
                                    11000, 11034, 12000, 65535, 0x80072746, INT_MAX - 1, INT_MAX};

/* Whether the space-separated list has exactly `word` as one of its names. */
static int has_word(const char *list, const char *word) {
    size_t len = strlen(word);
    for (const char *at = list; at != NULL && *at != '\0';) {
        const char *end = strchr(at, ' ');
        size_t here = end != NULL ? (size_t)(end - at) : strlen(at);
        if (here == len && strncmp(at, word, len) == 0) return 1;
        at = end != NULL ? end + 1 : NULL;
    }
    return 0;
}

static void test_references(void) {
    const char *reset = wsa_error_references(10054);
    CHECK(reset != NULL && has_word(reset, "recv") && has_word(reset, "WSARecv") &&
          has_word(reset, "send") && !has_word(reset, "connect") && !has_word(reset, "WSARec"));
    CHECK(reset != NULL && reset[0] != ' ' && reset[strlen(reset) - 1] != ' ' && strstr(reset, "  ") == NULL);
    CHECK(has_word(wsa_error_references(10061), "connect"));
    CHECK(has_word(wsa_error_references(11001), "getaddrinfo"));
    CHECK(has_word(wsa_error_references(997), "WSARecv"));
    /* Codes no function page lists, and unknown codes, give NULL. */
    CHECK(wsa_error_references(11010) == NULL);
    CHECK(wsa_error_references(10071) == NULL);
    CHECK(wsa_error_references(0) == NULL);
    CHECK(wsa_error_references(-1) == NULL && wsa_error_references(INT_MAX) == NULL);
}

/* The Win32 and NTSTATUS socket errors (issue 12). */
static void test_other_spaces(void) {
    CHECK(str_is(wsa_error_win32_name(64), "ERROR_NETNAME_DELETED"));
    CHECK(wsa_error_win32_describe(64) != NULL && wsa_error_win32_details(64) != NULL);
    CHECK(wsa_error_from_win32(64) == 10054);
    CHECK(wsa_error_from_win32(10054) == 10054 && wsa_error_from_win32(995) == 995);
    CHECK(wsa_error_from_win32(0) == 0);
    CHECK(str_is(wsa_error_win32_name(995), "ERROR_OPERATION_ABORTED"));
    CHECK(wsa_error_win32_name(10054) == NULL); /* a catalog code: wsa_error_name */
    CHECK(wsa_error_from_win32(-1) == -1 && wsa_error_from_win32(INT_MIN) == -1);
    CHECK(wsa_error_from_win32(12345) == -1 && wsa_error_win32_name(12345) == NULL);
    CHECK(wsa_error_win32_name(-64) == NULL && wsa_error_win32_details(INT_MIN) == NULL);

    CHECK(str_is(wsa_error_ntstatus_name(0xC000020Du), "STATUS_CONNECTION_RESET"));
    CHECK(wsa_error_ntstatus_describe(0xC000020Du) != NULL);
    CHECK(wsa_error_ntstatus_to_win32(0xC000020Du) == 64);
    CHECK(wsa_error_from_ntstatus(0xC000020Du) == 10054);
    CHECK(wsa_error_from_ntstatus((uint32_t)-1073741299) == 10054); /* the same, signed */
    CHECK(wsa_error_from_ntstatus(0) == 0);                       /* STATUS_SUCCESS */
    CHECK(wsa_error_from_ntstatus(0xC0000001u) == -1 && wsa_error_ntstatus_to_win32(0xC0000001u) == -1);
    CHECK(wsa_error_ntstatus_name(0) == NULL && wsa_error_ntstatus_name(UINT32_MAX) == NULL);
    CHECK(wsa_error_ntstatus_describe(0x12345678u) == NULL);
}

static void test_known_codes(void) {
    CHECK(str_is(wsa_error_name(10054), "WSAECONNRESET"));
    CHECK(str_is(wsa_error_describe(10054), "Connection reset by peer"));
    CHECK(wsa_error_details(10054) != NULL && strlen(wsa_error_details(10054)) > 100);
    CHECK(str_is(wsa_error_posix_name(10054), "ECONNRESET"));
    CHECK(wsa_error_gai_name(10054) == NULL);
    CHECK(str_is(wsa_error_category(10054), "connection"));
    CHECK(wsa_error_is_transient(10054) == 0);
    CHECK(wsa_error_to_errno(10054) == ECONNRESET);

    CHECK(str_is(wsa_error_name(WSA_ERROR_WSAETIMEDOUT), "WSAETIMEDOUT"));
    CHECK(WSA_ERROR_WSAETIMEDOUT == 10060 && WSA_ERROR_WSAHOST_NOT_FOUND == 11001);
    CHECK(WSA_ERROR_WSANO_ADDRESS == WSA_ERROR_WSANO_DATA);
    CHECK(WSA_ERROR_WSA_QOS_EUNKNOWNPSOBJ == 11024 && WSA_ERROR_WSA_QOS_EUNKOWNPSOBJ == 11024);
    CHECK(str_is(wsa_error_name(0), "NO_ERROR"));
    CHECK(str_is(wsa_error_describe(0), "Success"));
    CHECK(str_is(wsa_error_category(0), "success"));
    CHECK(wsa_error_to_errno(0) == 0 && wsa_error_from_errno(0) == 0);
    CHECK(str_is(wsa_error_name(997), "WSA_IO_PENDING"));
    CHECK(str_is(wsa_error_name(11033), "WSA_IPSEC_NAME_POLICY_ERROR"));
    CHECK(str_is(wsa_error_name(11024), "WSA_QOS_EUNKOWNPSOBJ"));

    CHECK(str_is(wsa_error_gai_name(11001), "EAI_NONAME"));
    CHECK(str_is(wsa_error_gai_name(11002), "EAI_AGAIN"));
    CHECK(str_is(wsa_error_gai_name(10047), "EAI_FAMILY"));
    CHECK(str_is(wsa_error_gai_name(8), "EAI_MEMORY"));
    CHECK(wsa_error_posix_name(11001) == NULL);
    CHECK(wsa_error_to_errno(11001) == -1);
    CHECK(str_is(wsa_error_category(11001), "resolver"));

    CHECK(wsa_error_is_transient(10035) == 1);
    CHECK(wsa_error_is_transient(10004) == 0); /* a cancel or a close: retrying undoes neither */
    CHECK(wsa_error_is_transient(997) == 0);  /* still running: wait, do not repeat */
    CHECK(wsa_error_from_errno(ECANCELED) == 995);
    CHECK(wsa_error_is_transient(11002) == 1);
    CHECK(wsa_error_is_transient(10061) == 0);

    /* errno values of this platform, from its own <errno.h>. */
    CHECK(wsa_error_to_errno(10035) == EWOULDBLOCK);
    CHECK(wsa_error_to_errno(10061) == ECONNREFUSED);
    CHECK(wsa_error_to_errno(10060) == ETIMEDOUT);
    CHECK(wsa_error_to_errno(87) == EINVAL);
    CHECK(wsa_error_from_errno(ECONNRESET) == 10054);
    CHECK(wsa_error_from_errno(EAGAIN) == 10035);
    CHECK(wsa_error_from_errno(EINVAL) == 10022);
    CHECK(wsa_error_from_errno(EBADF) == 10009);
    CHECK(wsa_error_from_errno(ENOMEM) == 8);
    CHECK(wsa_error_from_errno(EPERM) == -1);
    CHECK(wsa_error_from_errno(-1) == -1);
    CHECK(wsa_error_from_errno(INT_MIN) == -1);
    CHECK(wsa_error_from_errno(INT_MAX) == -1);
#ifdef __linux__
    CHECK(wsa_error_to_errno(10054) == 104);
    CHECK(wsa_error_to_errno(10067) == -1); /* no EPROCLIM on Linux */
#endif
}

static void test_names_and_parsing(void) {
    CHECK(wsa_error_from_name("WSAECONNRESET") == 10054);
    CHECK(wsa_error_from_name("wsaeconnreset") == 10054);
    CHECK(wsa_error_from_name("WsaEConnReset") == 10054);
    CHECK(wsa_error_from_name("ECONNRESET") == 10054);
    CHECK(wsa_error_from_name("EINVAL") == 10022);
    CHECK(wsa_error_from_name("EAGAIN") == 10035);
    CHECK(wsa_error_from_name("WSANO_ADDRESS") == 11004);
    CHECK(wsa_error_from_name("WSA_QOS_EUNKNOWNPSOBJ") == 11024);
    CHECK(wsa_error_from_name("WSA_QOS_EUNKOWNPSOBJ") == 11024);
    CHECK(wsa_error_from_name("NO_ERROR") == 0);
    CHECK(wsa_error_from_name("WSA_IPSEC_NAME_POLICY_ERROR") == 11033);
    CHECK(wsa_error_from_name(NULL) == -1);
    CHECK(wsa_error_from_name("") == -1);
    CHECK(wsa_error_from_name("WSAECONNRESETT") == -1);
    CHECK(wsa_error_from_name(" WSAECONNRESET") == -1);
    CHECK(wsa_error_from_name("10054") == -1);
    CHECK(wsa_error_from_name("\xff\xfe\xfd") == -1);
    CHECK(wsa_error_from_name("WSAECONNRESET\xc3\xa9") == -1);

    CHECK(wsa_error_parse("10054") == 10054);
    CHECK(wsa_error_parse("0x2746") == 10054);
    CHECK(wsa_error_parse("0X2746") == 10054);
    CHECK(wsa_error_parse("0x80072746") == 10054);
    CHECK(wsa_error_parse("-2147014842") == 10054);
    CHECK(wsa_error_parse("  wsaeconnreset\n") == 10054);
    CHECK(wsa_error_parse("ECONNREFUSED") == 10061);
    CHECK(wsa_error_parse("0") == 0);
    CHECK(wsa_error_parse("11001") == 11001);
    CHECK(wsa_error_parse(NULL) == -1);
    CHECK(wsa_error_parse("") == -1);
    CHECK(wsa_error_parse("12345") == -1);
    CHECK(wsa_error_parse("0x80070005") == -1);
    CHECK(wsa_error_parse("0x") == -1);
    CHECK(wsa_error_parse("10054abc") == -1);
    CHECK(wsa_error_parse("99999999999999999999999") == -1);
    CHECK(wsa_error_parse("\x80\x81") == -1);

    CHECK(wsa_error_from_hresult((int32_t)0x80072746u) == 10054);
    CHECK(wsa_error_from_hresult((int32_t)0x80072AF9u) == 11001);
    CHECK(wsa_error_from_hresult((int32_t)0x800703E5u) == 997);
    CHECK(wsa_error_from_hresult(0) == 0);
    CHECK(wsa_error_from_hresult((int32_t)0x80070005u) == -1);
    CHECK(wsa_error_from_hresult((int32_t)0x80042746u) == -1);
    CHECK(wsa_error_from_hresult(10054) == -1);
    CHECK(wsa_error_from_hresult(INT32_MIN) == -1);
    CHECK(wsa_error_from_hresult(INT32_MAX) == -1);
    CHECK(wsa_error_from_hresult(-1) == -1);
}

static void test_long_strings(void) {
    size_t size = 1u << 20;
    char *text = malloc(size + 1);
    CHECK(text != NULL);
    if (text == NULL) return;
    memset(text, 'A', size);
    text[size] = '\0';
    CHECK(wsa_error_from_name(text) == -1);
    CHECK(wsa_error_parse(text) == -1);
    memset(text, ' ', size);
    memcpy(text + size - 5, "10054", 5);
    CHECK(wsa_error_parse(text) == -1); /* over 256 bytes: rejected, whatever it holds */
    free(text);
}

/* A string that ends exactly at an unreadable page, with no NUL: the bounded
 * readers must stop before the page. */
static void test_unterminated_strings_stop_at_the_documented_bound(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(map != MAP_FAILED);
    if (map == MAP_FAILED) return;
    CHECK(mprotect(map + page, (size_t)page, PROT_NONE) == 0);
    char *end = map + page;
    memset(map, 'W', (size_t)page);
    CHECK(wsa_error_from_name(end - WSA_ERROR_NAME_READ_MAX) == -1); /* reads at most that many bytes */
    CHECK(wsa_error_parse(end - WSA_ERROR_PARSE_READ_MAX) == -1);
    memcpy(end - 14, "WSAECONNRESET", 14);       /* terminated just before the guard page */
    CHECK(wsa_error_from_name(end - 14) == 10054);
    CHECK(wsa_error_parse(end - 14) == 10054);
    /* wsa_error_scan reads exactly len bytes: a mention that ends at the page. */
    static const char line[] = "recv failed: WSAECONNRESET";
    size_t line_len = sizeof line - 1, offset = 0, length = 0;
    memcpy(end - line_len, line, line_len);
    CHECK(wsa_error_scan(end - line_len, line_len, &offset, &length) == 10054);
    CHECK(offset == 13 && length == 13);
    munmap(map, (size_t)page * 2);
}

/* wsa_error_scan over a few log lines: every mention, in order, with its span. */
static void test_scan(void) {
    static const char log[] =
        "2026-11-30 10:54:00 connect to 127.0.0.1:10054 failed: 10061\n"
        "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed\n"
        "sent 10061 bytes in 11001 ms\n"
        "GetQueuedCompletionStatus failed: ERROR_NETNAME_DELETED\n";
    static const struct {
        const char *text;
        int code;
    } want[] = {{"10061", 10061}, {"10054", 10054}, {"ERROR_NETNAME_DELETED", 10054}};
    size_t at = 0, offset = 0, length = 0, found = 0, len = sizeof log - 1;
    int code;
    while ((code = wsa_error_scan(log + at, len - at, &offset, &length)) != -1) {
        CHECK(found < sizeof want / sizeof want[0]);
        if (found >= sizeof want / sizeof want[0]) break;
        CHECK(code == want[found].code);
        CHECK(length == strlen(want[found].text) && memcmp(log + at + offset, want[found].text, length) == 0);
        CHECK(at + offset + length <= len);
        at += offset + length;
        found++;
    }
    CHECK(found == sizeof want / sizeof want[0]);
    /* Bad input: a defined answer, nothing stored. */
    offset = length = 12345;
    CHECK(wsa_error_scan(NULL, 10, &offset, &length) == -1 && offset == 12345 && length == 12345);
    CHECK(wsa_error_scan(log, 0, &offset, &length) == -1 && offset == 12345);
    CHECK(wsa_error_scan("no code here", 12, &offset, &length) == -1);
    CHECK(wsa_error_scan("WSAECONNRESET", 13, NULL, NULL) == 10054);
    static const char bad_utf8[] = "\xff\xfe error: 10060 \xc3";
    CHECK(wsa_error_scan(bad_utf8, sizeof bad_utf8 - 1, &offset, &length) == 10060 && length == 5);
}

/* Every length from 0 to past the full text, with guard bytes after the buffer. */
static void check_format_lengths(int code, const char *expected) {
    size_t full = strlen(expected);
    enum { GUARD = 16 };
    CHECK(wsa_error_format(code, NULL, 0) == full);
    CHECK(wsa_error_format(code, NULL, 100) == full);
    for (size_t len = 0; len <= full + 3; len++) {
        char buf[256 + GUARD];
        memset(buf, 0xAA, sizeof buf);
        size_t got = wsa_error_format(code, buf, len);
        int ok = got == full;
        if (len > 0) {
            size_t kept = len - 1 < full ? len - 1 : full;
            ok = ok && memcmp(buf, expected, kept) == 0 && buf[kept] == '\0';
        }
        for (size_t i = len; i < len + GUARD; i++) ok = ok && (unsigned char)buf[i] == 0xAA;
        if (!ok) fprintf(stderr, "format(%d) with len %zu\n", code, len);
        CHECK(ok);
    }
}

static void test_format(void) {
    check_format_lengths(10054, "WSAECONNRESET (10054): Connection reset by peer");
    check_format_lengths(0, "NO_ERROR (0): Success");
    check_format_lengths(12345, "Unknown Windows Sockets error 12345");
    check_format_lengths(INT_MIN, "Unknown Windows Sockets error -2147483648");
    check_format_lengths(INT_MAX, "Unknown Windows Sockets error 2147483647");
    check_format_lengths(11033, "WSA_IPSEC_NAME_POLICY_ERROR (11033): Name-based IPsec policy could not be added");
}

static void test_every_entry(void) {
    size_t count = wsa_error_count();
    CHECK(count == 98);
    int previous = INT_MIN;
    for (size_t i = 0; i < count; i++) {
        int code = wsa_error_code_at(i);
        CHECK(code > previous);
        previous = code;
        const char *name = wsa_error_name(code);
        CHECK(name != NULL && wsa_error_describe(code) != NULL && wsa_error_details(code) != NULL &&
              wsa_error_category(code) != NULL);
        if (name == NULL) continue;
        CHECK(wsa_error_from_name(name) == code);
        CHECK(wsa_error_parse(name) == code);
        char expected[256], got[256], number[32];
        snprintf(expected, sizeof expected, "%s (%d): %s", name, code, wsa_error_describe(code));
        CHECK(wsa_error_format(code, got, sizeof got) == strlen(expected) && strcmp(got, expected) == 0);
        snprintf(number, sizeof number, "%d", code);
        CHECK(wsa_error_parse(number) == code);
        snprintf(number, sizeof number, "0x%x", (unsigned)code);
        CHECK(wsa_error_parse(number) == code);
        if (code > 0) CHECK(wsa_error_from_hresult((int32_t)(0x80070000u | (unsigned)code)) == code);
        const char *posix = wsa_error_posix_name(code);
        if (posix != NULL) CHECK(str_is(wsa_error_posix_name(wsa_error_from_name(posix)), posix));
        int transient = wsa_error_is_transient(code);
        CHECK(transient == 0 || transient == 1);
    }
    CHECK(wsa_error_code_at(count) == -1);
    CHECK(wsa_error_code_at(count + 1000) == -1);
    CHECK(wsa_error_code_at(SIZE_MAX) == -1);
}

static void test_unknown_codes(void) {
    for (size_t i = 0; i < sizeof unknown_codes / sizeof unknown_codes[0]; i++) {
        int code = unknown_codes[i];
        CHECK(wsa_error_name(code) == NULL && wsa_error_describe(code) == NULL &&
              wsa_error_details(code) == NULL && wsa_error_posix_name(code) == NULL &&
              wsa_error_gai_name(code) == NULL && wsa_error_category(code) == NULL &&
              wsa_error_references(code) == NULL);
        CHECK(wsa_error_is_transient(code) == 0 && wsa_error_to_errno(code) == -1);
        char expected[64], got[64];
        snprintf(expected, sizeof expected, "%s%d", WSA_ERROR_UNKNOWN_PREFIX, code);
        CHECK(wsa_error_format(code, got, sizeof got) == strlen(expected) && strcmp(got, expected) == 0);
    }
    /* Across a wide band, exactly the catalog's codes are known, and the
     * string functions agree on which. */
    size_t known = 0;
    for (int code = -100000; code <= 200000; code++) {
        int has = wsa_error_name(code) != NULL;
        int consistent = has == (wsa_error_describe(code) != NULL) && has == (wsa_error_details(code) != NULL) &&
                         has == (wsa_error_category(code) != NULL);
        if (!consistent) CHECK(consistent);
        known += (size_t)has;
    }
    CHECK(known == wsa_error_count());
}

static void test_version(void) {
    CHECK(str_is(wsa_error_version(), WSA_ERROR_VERSION_STRING));
    char built[32];
    snprintf(built, sizeof built, "%d.%d.%d", WSA_ERROR_VERSION_MAJOR, WSA_ERROR_VERSION_MINOR,
             WSA_ERROR_VERSION_PATCH);
    CHECK(strncmp(built, WSA_ERROR_VERSION_STRING, strlen(built)) == 0);
}

int main(void) {
    test_known_codes();
    test_references();
    test_other_spaces();
    test_scan();
    test_names_and_parsing();
    test_long_strings();
    test_unterminated_strings_stop_at_the_documented_bound();
    test_format();
    test_every_entry();
    test_unknown_codes();
    test_version();
    return check_summary("c_api");
}
