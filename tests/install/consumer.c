/* A C program that knows wsa-error only as an installed package: it is built
 * with nothing but the flags pkg-config or CMake give for it. Checks that the
 * header and the library it finds work and belong together (the package
 * metadata's version, the header's and the library's agree). Prints
 * "<program name>: N passed, N failed" and exits non-zero on any failure.
 *
 * PACKAGE_VERSION is defined by the build: `pkg-config --modversion` or
 * CMake's wsa_error_VERSION. */
#include <wsa_error.h>

#include <stdio.h>
#include <string.h>

#include "../check.h"

#ifndef PACKAGE_VERSION
#error "build with -DPACKAGE_VERSION=\"<the version the package metadata gives>\""
#endif


static const char *program_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

int main(int argc, char **argv) {
    char line[128];
    const char *name = wsa_error_name(WSA_ERROR_WSAECONNRESET);
    size_t length = wsa_error_format(10054, line, sizeof line);
    (void)argc;

    CHECK(name != NULL && strcmp(name, "WSAECONNRESET") == 0);
    CHECK(length == strlen(line));
    CHECK(strcmp(line, "WSAECONNRESET (10054): Connection reset by peer") == 0);
    CHECK(wsa_error_parse("0x80072746") == 10054);
    CHECK(wsa_error_count() > 90 && wsa_error_code_at(wsa_error_count()) == -1);
    CHECK(strcmp(wsa_error_version(), WSA_ERROR_VERSION_STRING) == 0);
    CHECK(strcmp(PACKAGE_VERSION, WSA_ERROR_VERSION_STRING) == 0);

    return check_summary(program_name(argv[0]));
}
