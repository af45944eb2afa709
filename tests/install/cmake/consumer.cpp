// A C++ program that knows wsa-error only as an installed CMake package: it
// links wsa_error::cpp and nothing else. Prints "cmake_cpp: N passed,
// N failed" and exits non-zero on any failure.
#include <wsa_error.hpp>

#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>

#include "../../check.h"


int main() {
    std::error_code ec = wsa::errc::connection_refused;
    CHECK(ec == std::errc::connection_refused);
    CHECK(ec.category() == wsa::category());
    CHECK(ec.message() == "WSAECONNREFUSED (10061): Connection refused");

    ec = wsa::make_error_code(11001);  // as from WSAGetLastError()
    CHECK(ec == wsa::errc::host_not_found);
    CHECK(ec.default_error_condition().category() == wsa::category());

    char line[64];
    CHECK(std::strcmp(wsa::message(12345, line, sizeof line),
                      "Unknown Windows Sockets error 12345") == 0);

    CHECK(std::strcmp(PACKAGE_VERSION, WSA_ERROR_VERSION_STRING) == 0);
    CHECK(std::strcmp(wsa_error_version(), WSA_ERROR_VERSION_STRING) == 0);

    return check_summary("cmake_cpp");
}
