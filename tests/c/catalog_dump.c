/* Prints every entry the library holds, one tab-separated line each:
 *   code, name, message, posix, gai, category, transient, references, details
 * ("-" for NULL). tests/compare_snapshot.py compares this with
 * docs/catalog.json, proving the C API (and the Windows DLL, built with
 * mingw-w64 and run under Wine) shows the whole catalog. */
#include "wsa_error.h"

#include <stdio.h>

static const char *or_dash(const char *text) { return text != NULL ? text : "-"; }

int main(void) {
    size_t count = wsa_error_count();
    for (size_t i = 0; i < count; i++) {
        int code = wsa_error_code_at(i);
        printf("%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", code, or_dash(wsa_error_name(code)),
               or_dash(wsa_error_describe(code)), or_dash(wsa_error_posix_name(code)),
               or_dash(wsa_error_gai_name(code)), or_dash(wsa_error_category(code)),
               wsa_error_is_transient(code), or_dash(wsa_error_references(code)),
               or_dash(wsa_error_details(code)));
    }
    return 0;
}
