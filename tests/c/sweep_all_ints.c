/* Calls every int-taking function of the C API for every int from INT_MIN to
 * INT_MAX and checks that the answers agree with each other:
 *
 *   - name, describe, details and category are all NULL or all non-NULL;
 *   - posix_name and gai_name are non-NULL only for known codes;
 *   - is_transient is 0 or 1, and 0 for unknown codes;
 *   - to_errno is -1 for unknown codes, 0 exactly for code 0, else -1 or > 0;
 *   - from_errno and from_hresult give -1 or a known code (and from_hresult
 *     only from 0 or 0x8007xxxx with xxxx that code);
 *   - format into a small stack buffer returns the full length, and the
 *     length of what it wrote is that (or len - 1 when cut); unknown codes
 *     get "Unknown Windows Sockets error <code>", known ones
 *     "<name> (<code>): <message>";
 *   - the Win32 and NTSTATUS functions, with the int's bits as the NTSTATUS:
 *     win32_name, win32_describe and win32_details are NULL together (and for
 *     every negative int); from_win32 gives -1 or a known code, the int itself
 *     for a known code; ntstatus_name and ntstatus_describe are NULL together;
 *     ntstatus_to_win32 is -1 exactly when the status is unknown, else a code
 *     of the Win32 table; from_ntstatus gives -1 or a known code (0 for 0);
 *   - errno is never touched;
 *   - the known codes found are exactly wsa_error_code_at(0 .. count - 1).
 *
 * from_errno is the exception by default (see from_errno_wanted); --full
 * calls it for every int too.
 *
 * Usage: sweep_all_ints [--full] [THREADS [FIRST LAST]]  (default: 2 threads, every int)
 * Prints the run time (wall and CPU) and "sweep: N passed, N failed" (one count per int
 * checked, plus the whole-catalog checks); exits non-zero on any failure.
 *
 * Built with -O2 against the release libwsa_error.so. */
#define _POSIX_C_SOURCE 200809L
#include "wsa_error.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { MAX_THREADS = 64, MAX_KNOWN = 4096, MAX_REPORTS = 20, FORMAT_ROOM = 64 };

/* Any errno value no function of the library could set. */
#define ERRNO_SENTINEL 0x5EED

static const char UNKNOWN_PREFIX[] = WSA_ERROR_UNKNOWN_PREFIX;

struct slice {
    int64_t first, last; /* inclusive */
    uint64_t passed, failed, from_errno_calls;
    size_t known_count;
    int known[MAX_KNOWN]; /* known codes met, ascending */
};

static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;
static int reports;

static void report(int code, const char *what) {
    pthread_mutex_lock(&report_lock);
    if (reports++ < MAX_REPORTS) fprintf(stderr, "sweep: code %d: %s\n", code, what);
    pthread_mutex_unlock(&report_lock);
}

static int is_known(int code) { return code != -1 && wsa_error_name(code) != NULL; }

/* The line format must write for an unknown code, kept up to date as the
 * sweep counts up: "Unknown Windows Sockets error " and the decimal digits,
 * changed in place from one int to the next (amortised O(1), no division), so
 * one memcmp checks the whole text, its NUL and so its length. */
struct unknown_line {
    char text[64];
    size_t length;
};

enum { PREFIX_LENGTH = sizeof UNKNOWN_PREFIX - 1 };

static void unknown_line_start(struct unknown_line *line, int code) {
    line->length = (size_t)snprintf(line->text, sizeof line->text, "%s%d", UNKNOWN_PREFIX, code);
}

/* From the line of `code` to the line of `code + 1`. */
static void unknown_line_next(struct unknown_line *line, int code) {
    char *digits = line->text + PREFIX_LENGTH;
    size_t length = line->length - PREFIX_LENGTH;
    if (code >= 0) { /* the magnitude grows: carry */
        size_t i = length;
        while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
        if (i == 0) {
            memmove(digits + 1, digits, length);
            digits[0] = '1';
            length++;
        } else {
            digits[i - 1]++;
        }
    } else if (code == -1) {
        digits[0] = '0';
        length = 1;
    } else { /* "-<magnitude>" shrinks: borrow, then drop a leading zero */
        size_t i = length;
        while (digits[i - 1] == '0') digits[--i] = '9';
        digits[i - 1]--;
        if (digits[1] == '0') {
            memmove(digits + 1, digits + 2, length - 2);
            length--;
        }
    }
    digits[length] = '\0';
    line->length = PREFIX_LENGTH + length;
}

/* Whether from_errno is called for `code` in the default mode. It is the one
 * function that scans the table (about 45 ns a call here, as much as all the
 * others together), so by default it gets every int in [-2^24, 2^24], the
 * 2^20 ints at each end and every 61st int between; --full gives it every int. */
static int full_mode;

static int from_errno_wanted(int code) {
    return full_mode || (code >= -(1 << 24) && code <= (1 << 24)) || code < INT_MIN + (1 << 20) ||
           code > INT_MAX - (1 << 20) || (uint32_t)code % 61u == 0;
}

/* The checks that only known codes reach (98 of them): the full line. */
static int check_known(int code, const char *describe, int to_errno, const char *buf, size_t n) {
    int ok = 1;
    if (code == 0 ? to_errno != 0 : to_errno == 0 || to_errno < -1) {
        report(code, "to_errno out of range");
        ok = 0;
    }
    if (to_errno > 0 && wsa_error_to_errno(wsa_error_from_errno(to_errno)) != to_errno) {
        report(code, "to_errno does not round-trip through from_errno");
        ok = 0;
    }
    char expected[512];
    int want = snprintf(expected, sizeof expected, "%s (%d): %s", wsa_error_name(code), code, describe);
    size_t kept = (size_t)want < FORMAT_ROOM - 1 ? (size_t)want : FORMAT_ROOM - 1;
    if (want < 0 || n != (size_t)want || strlen(buf) != kept || memcmp(buf, expected, kept) != 0) {
        report(code, "format wrote something other than \"<name> (<code>): <message>\"");
        ok = 0;
    }
    return ok;
}

/* The Win32 and NTSTATUS functions for one int (and its bits as an NTSTATUS). */
static int check_other_spaces(int code) {
    int ok = 1;
    const char *win32_name = wsa_error_win32_name(code);
    int win32_known = win32_name != NULL;
    if (win32_known != (wsa_error_win32_describe(code) != NULL) ||
        win32_known != (wsa_error_win32_details(code) != NULL) || (code < 0 && win32_known)) {
        report(code, "win32_name, win32_describe and win32_details disagree on NULL");
        ok = 0;
    }
    int from_win32 = wsa_error_from_win32(code);
    if (from_win32 != -1 && (!is_known(from_win32) || (is_known(code) && from_win32 != code))) {
        report(code, "from_win32 gave neither -1 nor a known code (a known code must give itself)");
        ok = 0;
    }
    if (from_win32 != -1 && !is_known(code) && !win32_known) {
        report(code, "from_win32 answered for a code in neither table");
        ok = 0;
    }
    uint32_t status = (uint32_t)code;
    const char *status_name = wsa_error_ntstatus_name(status);
    int status_known = status_name != NULL;
    int to_win32 = wsa_error_ntstatus_to_win32(status);
    if (status_known != (wsa_error_ntstatus_describe(status) != NULL) ||
        status_known != (to_win32 != -1) || (to_win32 != -1 && wsa_error_win32_name(to_win32) == NULL)) {
        report(code, "ntstatus_name, ntstatus_describe and ntstatus_to_win32 disagree");
        ok = 0;
    }
    int from_ntstatus = wsa_error_from_ntstatus(status);
    if (status == 0 ? from_ntstatus != 0
                    : from_ntstatus != -1 && (!is_known(from_ntstatus) || !status_known)) {
        report(code, "from_ntstatus gave neither -1 nor a known code of a known status");
        ok = 0;
    }
    return ok;
}

static int check_one(int code, struct slice *slice, const struct unknown_line *line) {
    const char *name = wsa_error_name(code);
    const char *describe = wsa_error_describe(code);
    const char *details = wsa_error_details(code);
    const char *category = wsa_error_category(code);
    const char *posix = wsa_error_posix_name(code);
    const char *gai = wsa_error_gai_name(code);
    int transient = wsa_error_is_transient(code);
    int to_errno = wsa_error_to_errno(code);
    int errno_wanted = from_errno_wanted(code);
    int from_errno = errno_wanted ? wsa_error_from_errno(code) : -1;
    int from_hresult = wsa_error_from_hresult(code);
    char buf[FORMAT_ROOM];
    size_t n = wsa_error_format(code, buf, sizeof buf);
    int ok = 1;
    slice->from_errno_calls += (uint64_t)errno_wanted;

    int known = name != NULL;
    if (known != (describe != NULL) || known != (details != NULL) || known != (category != NULL)) {
        report(code, "name, describe, details and category disagree on NULL");
        ok = 0;
    }
    if (!known && (posix != NULL || gai != NULL)) {
        report(code, "posix_name or gai_name for an unknown code");
        ok = 0;
    }
    if (transient != 0 && (transient != 1 || !known)) {
        report(code, "is_transient not 0/1, or 1 for an unknown code");
        ok = 0;
    }
    if (from_errno != -1 && !is_known(from_errno)) {
        report(code, "from_errno gave neither -1 nor a known code");
        ok = 0;
    }
    if (from_hresult != -1) {
        uint32_t bits = (uint32_t)code;
        int wraps = from_hresult == 0 ? bits == 0 : bits == (0x80070000u | (uint32_t)from_hresult);
        if (!is_known(from_hresult) || !wraps) {
            report(code, "from_hresult gave something other than -1 or the known code it wraps");
            ok = 0;
        }
    }
    ok &= check_other_spaces(code);
    if (known) {
        if (slice->known_count < MAX_KNOWN) slice->known[slice->known_count] = code;
        slice->known_count++;
        ok &= check_known(code, describe, to_errno, buf, n);
    } else {
        if (to_errno != -1) {
            report(code, "to_errno not -1 for an unknown code");
            ok = 0;
        }
        /* "Unknown Windows Sockets error " (30) and at most 11 characters always fit. */
        if (n != line->length || memcmp(buf, line->text, line->length + 1) != 0) {
            report(code, "format of an unknown code is not \"Unknown Windows Sockets error <code>\"");
            ok = 0;
        }
    }
    return ok;
}

static void *sweep_slice(void *arg) {
    struct slice *slice = arg;
    struct unknown_line line;
    unknown_line_start(&line, (int)slice->first);
    errno = ERRNO_SENTINEL;
    for (int64_t value = slice->first; value <= slice->last; value++) {
        int code = (int)value;
        if (check_one(code, slice, &line)) {
            slice->passed++;
        } else {
            slice->failed++;
        }
        /* errno is checked once per 2^20 codes: cheap, and still names the block. */
        if ((value & 0xFFFFF) == 0xFFFFF || value == slice->last) {
            if (errno != ERRNO_SENTINEL) {
                report(code, "errno changed in the block of 2^20 codes ending here");
                slice->failed++;
                errno = ERRNO_SENTINEL;
            }
        }
        if (value < slice->last) unknown_line_next(&line, code);
    }
    return NULL;
}

static double seconds_since(clockid_t clock, const struct timespec *start) {
    struct timespec now;
    clock_gettime(clock, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

int main(int argc, char **argv) {
    const char *program = argv[0];
    if (argc > 1 && strcmp(argv[1], "--full") == 0) {
        full_mode = 1;
        argc--;
        argv++;
    }
    int threads = argc > 1 ? atoi(argv[1]) : 2;
    int64_t first = argc > 3 ? strtoll(argv[2], NULL, 0) : INT_MIN;
    int64_t last = argc > 3 ? strtoll(argv[3], NULL, 0) : INT_MAX;
    if (threads < 1 || threads > MAX_THREADS || first < INT_MIN || last > INT_MAX || first > last) {
        fprintf(stderr, "usage: %s [--full] [THREADS (1-%d) [FIRST LAST]]\n", program, MAX_THREADS);
        return 2;
    }
    int whole_range = first == INT_MIN && last == INT_MAX;

    static struct slice slices[MAX_THREADS];
    pthread_t ids[MAX_THREADS];
    int64_t total = last - first + 1, start = first;
    struct timespec started, cpu_started;
    clock_gettime(CLOCK_MONOTONIC, &started);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_started);
    for (int t = 0; t < threads; t++) {
        int64_t size = total / threads + (t < total % threads);
        slices[t].first = start;
        slices[t].last = start + size - 1;
        start += size;
        if (pthread_create(&ids[t], NULL, sweep_slice, &slices[t]) != 0) {
            fprintf(stderr, "sweep: cannot start thread %d\n", t);
            return 1;
        }
    }
    uint64_t passed = 0, failed = 0, from_errno_calls = 0;
    size_t known = 0;
    int found[MAX_KNOWN];
    for (int t = 0; t < threads; t++) {
        pthread_join(ids[t], NULL);
        passed += slices[t].passed;
        failed += slices[t].failed;
        from_errno_calls += slices[t].from_errno_calls;
        for (size_t i = 0; i < slices[t].known_count && known < MAX_KNOWN; i++) found[known++] = slices[t].known[i];
    }
    double elapsed = seconds_since(CLOCK_MONOTONIC, &started);
    double cpu = seconds_since(CLOCK_PROCESS_CPUTIME_ID, &cpu_started);

    /* The known codes met, in ascending order because the slices are, are
     * exactly the catalog's codes in the range, in the order code_at gives. */
    size_t count = wsa_error_count(), expected = 0;
    int same = wsa_error_code_at(count) == -1;
    for (size_t i = 0; i < count; i++) {
        int code = wsa_error_code_at(i);
        if (code < first || code > last) continue; /* outside a partial sweep */
        same = same && expected < known && found[expected] == code;
        expected++;
    }
    same = same && expected == known && (!whole_range || known == count);
    if (same) {
        passed++;
    } else {
        failed++;
        fprintf(stderr, "sweep: met %zu known codes; code_at lists %zu in the range (of %zu)\n", known, expected,
                count);
    }

    printf("sweep: %lld ints from %lld to %lld on %d threads in %.1f s (%.1f s of CPU, %.1f ns per int);"
           " %zu known; from_errno called for %llu of them%s\n",
           (long long)total, (long long)first, (long long)last, threads, elapsed, cpu, cpu * 1e9 / (double)total,
           known, (unsigned long long)from_errno_calls, full_mode ? " (--full)" : "");
    printf("sweep: %llu passed, %llu failed\n", (unsigned long long)passed, (unsigned long long)failed);
    return failed == 0 ? 0 : 1;
}
