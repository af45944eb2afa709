/* Benchmarks of the C API against the lookups people use today, all in one
 * run, through shared libraries as users call them. Prints one Markdown
 * table: ns/call (median and minimum over repetitions) and the ratio of each
 * function to its baseline (median / median; below 1 is faster).
 *
 * Inputs cycle through a fixed mix of 40 values, known and unknown, so
 * branch prediction is realistic. Run with `make bench`. */
#define _GNU_SOURCE /* strerrorname_np, strerrordesc_np, GNU strerror_r */
#include "wsa_error.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

const char *switch_name(int code);     /* bench/make_switch_baseline.py */
const char *switch_describe(int code);

enum { MIX = 40, REPS = 15 };
static long calls_per_rep = 2000000;

/* 32 catalog codes and 8 unknown ones, interleaved. */
static const int wsa_codes[MIX] = {10054, 10060, 10061, 12345, 11001, 10035, 10053, 10048, 10049, 10010,
                                   10013, 10022, 10038, 10057, -1,    10065, 997,   995,   11002, 10093,
                                   9999,  10036, 10050, 10051, 11004, 10101, 1,     10040, 10024, 10055,
                                   11015, 10113, 10004, 10058, 10064, 0,     11034, 10109, 10044, 70000};
/* The errno values of the same shape for the glibc baselines: 32 known, 8 unknown. */
static const int errno_codes[MIX] = {ECONNRESET, ETIMEDOUT, ECONNREFUSED, 4000, EHOSTUNREACH, EWOULDBLOCK,
                                     ECONNABORTED, EADDRINUSE, EADDRNOTAVAIL, 5000, EACCES, EINVAL, ENOTSOCK,
                                     ENOTCONN, -1, EHOSTUNREACH, EINPROGRESS, ECANCELED, EAGAIN, EPERM, 6000,
                                     EINPROGRESS, ENETDOWN, ENETUNREACH, ENOENT, EPIPE, 7000, EMSGSIZE, EMFILE,
                                     ENOBUFS, EIO, 8000, EINTR, ESHUTDOWN, EHOSTDOWN, EBADF, 9000, ENOMEM,
                                     ESOCKTNOSUPPORT, 10000};
static const char *names[MIX];          /* lower-case names: catalog, POSIX and near misses */
static const char *all_names[256];      /* what the strcasecmp scan walks */
static int all_codes[256];
static size_t all_count;

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static volatile uintptr_t sink;

typedef uintptr_t (*call_fn)(int i);

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

struct result {
    const char *label;
    double median, min;
};

static struct result measure(const char *label, call_fn call) {
    double samples[REPS];
    for (int r = 0; r < REPS; r++) {
        uintptr_t acc = 0;
        int i = 0;
        double start = now_ns();
        for (long n = 0; n < calls_per_rep; n++) {
            acc += call(i);
            if (++i == MIX) i = 0;
        }
        samples[r] = (now_ns() - start) / (double)calls_per_rep;
        sink += acc;
    }
    qsort(samples, REPS, sizeof samples[0], cmp_double);
    struct result out = {label, samples[REPS / 2], samples[0]};
    return out;
}

static uintptr_t call_name(int i) { return (uintptr_t)wsa_error_name(wsa_codes[i]); }
static uintptr_t call_describe(int i) { return (uintptr_t)wsa_error_describe(wsa_codes[i]); }
static uintptr_t call_strerrorname(int i) { return (uintptr_t)strerrorname_np(errno_codes[i]); }
static uintptr_t call_strerrordesc(int i) { return (uintptr_t)strerrordesc_np(errno_codes[i]); }
static uintptr_t call_switch_name(int i) { return (uintptr_t)switch_name(wsa_codes[i]); }
static uintptr_t call_switch_describe(int i) { return (uintptr_t)switch_describe(wsa_codes[i]); }
static uintptr_t call_format(int i) {
    char buf[128];
    size_t n = wsa_error_format(wsa_codes[i], buf, sizeof buf);
    return n + (unsigned char)buf[0];
}
static uintptr_t call_strerror_r(int i) {
    char buf[128];
    const char *text = strerror_r(errno_codes[i], buf, sizeof buf);
    return (uintptr_t)(unsigned char)text[0];
}
static uintptr_t call_from_name(int i) { return (uintptr_t)wsa_error_from_name(names[i]); }
static uintptr_t call_strcasecmp_scan(int i) {
    for (size_t k = 0; k < all_count; k++) {
        if (strcasecmp(all_names[k], names[i]) == 0) return (uintptr_t)all_codes[k];
    }
    return (uintptr_t)-1;
}
static const char *decimal_inputs[4] = {"10054", "11001", "997", "12345"};
static const char *hex_inputs[4] = {"0x2746", "0x80072746", "0x2AF9", "0x80070005"};
static uintptr_t call_parse_decimal(int i) { return (uintptr_t)wsa_error_parse(decimal_inputs[i & 3]); }
static uintptr_t call_parse_hex(int i) { return (uintptr_t)wsa_error_parse(hex_inputs[i & 3]); }
static uintptr_t call_parse_name(int i) { return (uintptr_t)wsa_error_parse(names[i]); }

static char *lower_copy(const char *text) {
    size_t n = strlen(text);
    char *out = malloc(n + 1);
    for (size_t k = 0; k <= n; k++) out[k] = (char)((text[k] >= 'A' && text[k] <= 'Z') ? text[k] + 32 : text[k]);
    return out;
}

static void prepare_names(void) {
    size_t count = wsa_error_count();
    for (size_t k = 0; k < count; k++) {
        int code = wsa_error_code_at(k);
        all_names[all_count] = wsa_error_name(code);
        all_codes[all_count++] = code;
    }
    for (size_t k = 0; k < count; k++) {
        int code = wsa_error_code_at(k);
        const char *posix = wsa_error_posix_name(code);
        if (posix != NULL && wsa_error_from_name(posix) == code) {
            all_names[all_count] = posix;
            all_codes[all_count++] = code;
        }
    }
    /* The lookup mix: the names of the known codes in wsa_codes (canonical,
     * or POSIX for every fourth), and near misses for the unknown ones. */
    for (int i = 0; i < MIX; i++) {
        const char *name = wsa_error_name(wsa_codes[i]);
        const char *posix = wsa_error_posix_name(wsa_codes[i]);
        if (name == NULL) {
            names[i] = (i % 2) ? "wsaeconnresett" : "not_a_name";
        } else if (i % 4 == 3 && posix != NULL) {
            names[i] = lower_copy(posix);
        } else {
            names[i] = lower_copy(name);
        }
    }
}

static void print_row(struct result ours, const struct result *base, const char *target) {
    if (base != NULL) {
        printf("| `%s` | %.2f | %.2f | `%s` | %.2f | %.2f | %.2f× | %s |\n", ours.label, ours.median, ours.min,
               base->label, base->median, base->min, ours.median / base->median, target);
    } else {
        printf("| `%s` | %.2f | %.2f | | | | | %s |\n", ours.label, ours.median, ours.min, target);
    }
}

int main(int argc, char **argv) {
    if (argc > 1) calls_per_rep = atol(argv[1]);
    prepare_names();

    struct result name = measure("wsa_error_name", call_name);
    struct result errname = measure("strerrorname_np", call_strerrorname);
    struct result sw_name = measure("switch_name (C switch .so)", call_switch_name);
    struct result describe = measure("wsa_error_describe", call_describe);
    struct result errdesc = measure("strerrordesc_np", call_strerrordesc);
    struct result sw_desc = measure("switch_describe (C switch .so)", call_switch_describe);
    struct result format = measure("wsa_error_format (stack buffer)", call_format);
    struct result strerr = measure("strerror_r (GNU)", call_strerror_r);
    struct result from_name = measure("wsa_error_from_name (lower case)", call_from_name);
    struct result scan = measure("strcasecmp linear scan", call_strcasecmp_scan);
    struct result parse_dec = measure("wsa_error_parse (decimal)", call_parse_decimal);
    struct result parse_hex = measure("wsa_error_parse (hex, HRESULT)", call_parse_hex);
    struct result parse_name = measure("wsa_error_parse (name)", call_parse_name);

    printf("%ld calls per repetition, %d repetitions, inputs cycling through %d values\n\n", calls_per_rep, REPS, MIX);
    printf("| function | median ns | min ns | baseline | median ns | min ns | ratio | target |\n");
    printf("|---|---:|---:|---|---:|---:|---:|---|\n");
    print_row(name, &errname, "≤ 1.25×");
    print_row(name, &sw_name, "< 1×");
    print_row(describe, &errdesc, "≤ 1.25×");
    print_row(describe, &sw_desc, "< 1×");
    print_row(format, &strerr, "< 1×");
    print_row(from_name, &scan, "≤ 0.2× (5× faster)");
    print_row(parse_dec, NULL, "");
    print_row(parse_hex, NULL, "");
    print_row(parse_name, NULL, "");
    return 0;
}
