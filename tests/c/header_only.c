/* The header is self-contained, guarded against double inclusion, and clean
 * under -Wall -Wextra -Wpedantic -Werror as C99 and C11; with mingw-w64 it
 * also compiles next to <winsock2.h>, included before or after it
 * (-DWINSOCK_FIRST / -DWINSOCK_AFTER), with no name clash. */
#if defined(WINSOCK_FIRST)
#include <winsock2.h>
#include <ws2tcpip.h>
#endif
#include "wsa_error.h"
#include "wsa_error.h"
#if defined(WINSOCK_AFTER)
#include <winsock2.h>
#include <ws2tcpip.h>
#endif

#include <stdio.h>

#if defined(WINSOCK_FIRST) || defined(WINSOCK_AFTER)
/* The portable constants equal the SDK's own. */
typedef char same_connreset[WSA_ERROR_WSAECONNRESET == WSAECONNRESET ? 1 : -1];
typedef char same_host_not_found[WSA_ERROR_WSAHOST_NOT_FOUND == WSAHOST_NOT_FOUND ? 1 : -1];
typedef char same_io_pending[WSA_ERROR_WSA_IO_PENDING == WSA_IO_PENDING ? 1 : -1];
typedef char same_no_address[WSA_ERROR_WSANO_ADDRESS == WSANO_ADDRESS ? 1 : -1];
#endif

int main(void) {
    char line[64];
    size_t needed = wsa_error_format(WSA_ERROR_WSAECONNRESET, line, sizeof line);
    printf("%s (%zu bytes), library %s, header %s\n", line, needed, wsa_error_version(), WSA_ERROR_VERSION_STRING);
    return needed == 47 ? 0 : 1;
}
