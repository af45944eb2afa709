/* Calls a Rust function exported like the library's, which panics, to show
 * what a panic inside the library would do: the process aborts (SIGABRT)
 * before control comes back to C; it never unwinds into C and never
 * returns a made-up answer.
 *
 * Usage: calls_panic [no-panic]  (with no-panic: a normal call that returns) */
#include <stdio.h>
#include <string.h>

int fixture_panics(int value);

int main(int argc, char **argv) {
    int value = argc > 1 && strcmp(argv[1], "no-panic") == 0 ? -1 : 1;
    fprintf(stderr, "calls_panic: calling fixture_panics(%d)\n", value);
    int answer = fixture_panics(value);
    printf("calls_panic: returned %d\n", answer);
    return answer == -1 ? 0 : 3;
}
