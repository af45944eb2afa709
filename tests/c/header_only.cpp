// The header compiles as C++11 and C++20 under -Wall -Wextra -Wpedantic
// -Werror, declares the functions with C linkage, and works from C++ code.
#include "wsa_error.h"

#include <cstdio>
#include <cstring>

static_assert(WSA_ERROR_WSAETIMEDOUT == 10060, "constants are plain integer constants");

int main() {
    const char *name = wsa_error_name(WSA_ERROR_WSAETIMEDOUT);
    char line[80];
    wsa_error_format(WSA_ERROR_WSAETIMEDOUT, line, sizeof line);
    std::printf("%s\n", line);
    return name != nullptr && std::strcmp(name, "WSAETIMEDOUT") == 0 ? 0 : 1;
}
