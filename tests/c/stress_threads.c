/* Many threads calling every function of the C API at once, each call's
 * answer checked against one computed before the threads start. Meant to run
 * under ThreadSanitizer (and helgrind): the library keeps no state, so there
 * must be no report and no wrong answer.
 *
 * Usage: stress_threads [THREADS [CALLS_PER_THREAD]]  (default: 8 x 1000000)
 * Prints "stress: N passed, N failed" (one count per call) and exits non-zero
 * on any failure. */
#define _POSIX_C_SOURCE 200809L
#include "wsa_error.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_THREADS = 64, UNKNOWN_COUNT = 12, MAX_CODES = 256, LINE = 128, SHORT = 9, OPERATIONS = 18 };

/* Everything one code answers, computed once before the threads start. */
struct expected {
    int code;
    const char *name, *describe, *details, *posix, *gai, *category;
    int transient, to_errno, from_errno, from_hresult, hresult;
    int parse_decimal, parse_hex, parse_hresult, from_name;
    char decimal[16], hex[16], hresult_text[16];
    size_t length;
    char line[LINE], cut[SHORT];
};

static struct expected table[MAX_CODES];
static size_t table_size;
static const char *version;
static size_t count;

static const int unknown_codes[UNKNOWN_COUNT] = {INT_MIN, -10054, -1, 1, 5, 9999, 10010, 10113, 11034, 65535,
                                                 0x7FFF0000, INT_MAX};

static void expect(struct expected *e, int code) {
    e->code = code;
    e->name = wsa_error_name(code);
    e->describe = wsa_error_describe(code);
    e->details = wsa_error_details(code);
    e->posix = wsa_error_posix_name(code);
    e->gai = wsa_error_gai_name(code);
    e->category = wsa_error_category(code);
    e->transient = wsa_error_is_transient(code);
    e->to_errno = wsa_error_to_errno(code);
    e->from_errno = wsa_error_from_errno(code);
    e->hresult = (int)(0x80070000u | ((uint32_t)code & 0xFFFFu));
    e->from_hresult = wsa_error_from_hresult(e->hresult);
    snprintf(e->decimal, sizeof e->decimal, "%d", code);
    snprintf(e->hex, sizeof e->hex, "0x%x", (unsigned)code);
    snprintf(e->hresult_text, sizeof e->hresult_text, "0x%08x", (unsigned)e->hresult);
    e->parse_decimal = wsa_error_parse(e->decimal);
    e->parse_hex = wsa_error_parse(e->hex);
    e->parse_hresult = wsa_error_parse(e->hresult_text);
    e->from_name = e->name ? wsa_error_from_name(e->name) : -1;
    e->length = wsa_error_format(code, e->line, sizeof e->line);
    wsa_error_format(code, e->cut, sizeof e->cut);
}

/* xorshift64: a cheap per-thread sequence, no shared state. */
static uint64_t next(uint64_t *state) {
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

struct worker {
    pthread_t id;
    unsigned index;
    long calls;
    long passed, failed;
};

static pthread_barrier_t start_together;

static int same(const char *got, const char *want) { return got == want; }

/* One call of operation `op` on `e`; 1 when the answer is the expected one. */
static int call(unsigned op, const struct expected *e, size_t index) {
    char line[LINE], cut[SHORT];
    switch (op) {
    case 0: return same(wsa_error_name(e->code), e->name);
    case 1: return same(wsa_error_describe(e->code), e->describe);
    case 2: return same(wsa_error_details(e->code), e->details);
    case 3: return same(wsa_error_posix_name(e->code), e->posix);
    case 4: return same(wsa_error_gai_name(e->code), e->gai);
    case 5: return same(wsa_error_category(e->code), e->category);
    case 6: return wsa_error_is_transient(e->code) == e->transient;
    case 7: return wsa_error_to_errno(e->code) == e->to_errno;
    case 8: return wsa_error_from_errno(e->code) == e->from_errno;
    case 9: return wsa_error_from_hresult(e->hresult) == e->from_hresult;
    case 10: return wsa_error_format(e->code, line, sizeof line) == e->length && strcmp(line, e->line) == 0;
    case 11: return wsa_error_format(e->code, cut, sizeof cut) == e->length && strcmp(cut, e->cut) == 0;
    case 12: return wsa_error_format(e->code, NULL, 0) == e->length;
    case 13: return wsa_error_parse(e->decimal) == e->parse_decimal;
    case 14: return wsa_error_parse(e->hex) == e->parse_hex && wsa_error_parse(e->hresult_text) == e->parse_hresult;
    case 15: return e->name == NULL || wsa_error_from_name(e->name) == e->from_name;
    case 16: return wsa_error_count() == count && same(wsa_error_version(), version);
    default: {
        size_t at = index % (count + 2); /* two past the end too */
        return wsa_error_code_at(at) == (at < count ? table[at].code : -1);
    }
    }
}

static void *work(void *arg) {
    struct worker *w = arg;
    uint64_t state = 0x9E3779B97F4A7C15ull * (w->index + 1);
    pthread_barrier_wait(&start_together);
    for (long i = 0; i < w->calls; i++) {
        uint64_t r = next(&state);
        size_t index = (size_t)(r >> 8) % table_size;
        unsigned op = (unsigned)(r & 0xFF) % OPERATIONS;
        if (call(op, &table[index], index)) {
            w->passed++;
        } else {
            if (w->failed++ < 5)
                fprintf(stderr, "stress: thread %u: operation %u on code %d\n", w->index, op, table[index].code);
        }
    }
    return NULL;
}

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : 8;
    long calls = argc > 2 ? atol(argv[2]) : 1000000;
    if (threads < 1 || threads > MAX_THREADS || calls < 1) {
        fprintf(stderr, "usage: %s [THREADS (1-%d) [CALLS_PER_THREAD]]\n", argv[0], MAX_THREADS);
        return 2;
    }
    /* The catalog's codes first, in code_at order (operation 17 relies on it), then unknown ones. */
    count = wsa_error_count();
    version = wsa_error_version();
    for (size_t i = 0; i < count && table_size < MAX_CODES; i++) {
        expect(&table[table_size++], wsa_error_code_at(i));
    }
    for (size_t i = 0; i < UNKNOWN_COUNT && table_size < MAX_CODES; i++) {
        expect(&table[table_size++], unknown_codes[i]);
    }

    static struct worker workers[MAX_THREADS];
    pthread_barrier_init(&start_together, NULL, (unsigned)threads);
    for (int t = 0; t < threads; t++) {
        workers[t].index = (unsigned)t;
        workers[t].calls = calls;
        if (pthread_create(&workers[t].id, NULL, work, &workers[t]) != 0) {
            fprintf(stderr, "stress: cannot start thread %d\n", t);
            return 1;
        }
    }
    long passed = 0, failed = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(workers[t].id, NULL);
        passed += workers[t].passed;
        failed += workers[t].failed;
    }
    pthread_barrier_destroy(&start_together);
    printf("stress: %d threads x %ld mixed calls over %zu codes\n", threads, calls, table_size);
    printf("stress: %ld passed, %ld failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
