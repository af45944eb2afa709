/* The check tally shared by the C and C++ test programs (C99 and C++11).
 *
 * CHECK(cond) counts a pass, or prints the failed condition (followed by
 * check_context, which a program may fill to say what it was checking) and
 * counts a failure; check_summary(label) prints "label: N passed, N failed"
 * and returns the exit status. */
#ifndef WSA_ERROR_TESTS_CHECK_H
#define WSA_ERROR_TESTS_CHECK_H

#include <stdio.h>

static int checks_passed, checks_failed;
/* Printed after a failed condition; empty unless a program sets it. */
static char check_context[96];

#define CHECK(cond)                                                                        \
    do {                                                                                   \
        if (cond) {                                                                        \
            checks_passed++;                                                               \
        } else {                                                                           \
            checks_failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s%s\n", __FILE__, __LINE__, #cond,    \
                    check_context);                                                        \
        }                                                                                  \
    } while (0)

static int check_summary(const char *label) {
    printf("%s: %d passed, %d failed\n", label, checks_passed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}

#endif
