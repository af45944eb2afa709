/* End to end on Windows (run under Wine): make real failing Winsock calls and
 * check that wsa_error.dll names every code WSAGetLastError() returned, and
 * that wsa_error_to_errno agrees with the errno values of the mingw-w64 C
 * runtime. Built with x86_64-w64-mingw32-gcc against include/wsa_error.h and
 * the import library of wsa_error.dll. Prints "N passed, N failed". */
#include <winsock2.h>
#include <ws2tcpip.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "wsa_error.h"

static int passed, failed;

/* `got` is what Winsock reported for `call`; it must be `want` (the SDK
 * constant), named `name` by the library, with this CRT's errno (or -1). */
static void expect(const char *call, int got, int want, const char *name, int crt_errno) {
    char line[160];
    wsa_error_format(got, line, sizeof line);
    const char *named = wsa_error_name(got);
    int ok = got == want && named != NULL && strcmp(named, name) == 0 && wsa_error_to_errno(got) == crt_errno &&
             wsa_error_from_name(name) == want && wsa_error_parse(name) == want;
    if (ok) {
        passed++;
        printf("ok   %-34s %s\n", call, line);
    } else {
        failed++;
        printf("FAIL %-34s got %s; want %s (%d), errno %d (library says %d)\n", call, line, name, want, crt_errno,
               wsa_error_to_errno(got));
    }
}

static SOCKET tcp_socket(void) { return socket(AF_INET, SOCK_STREAM, IPPROTO_TCP); }

static struct sockaddr_in loopback(unsigned short port) {
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    return addr;
}

/* A loopback listener on an ephemeral port; its port is stored in *port. */
static SOCKET listener(unsigned short *port) {
    SOCKET s = tcp_socket();
    struct sockaddr_in addr = loopback(0);
    int len = sizeof addr;
    if (s == INVALID_SOCKET || bind(s, (struct sockaddr *)&addr, sizeof addr) != 0 ||
        listen(s, 4) != 0 || getsockname(s, (struct sockaddr *)&addr, &len) != 0) {
        printf("FAIL could not set up a loopback listener: %d\n", WSAGetLastError());
        failed++;
        return INVALID_SOCKET;
    }
    *port = ntohs(addr.sin_port);
    return s;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);

    /* Before WSAStartup every call fails with WSANOTINITIALISED. */
    SOCKET early = socket(AF_INET, SOCK_STREAM, 0);
    expect("socket() before WSAStartup", early == INVALID_SOCKET ? WSAGetLastError() : 0, WSANOTINITIALISED,
           "WSANOTINITIALISED", -1);

    WSADATA wsa;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) {
        printf("FAIL WSAStartup\n");
        return 1;
    }

    /* connect() to a loopback port nobody listens on. */
    unsigned short port = 0;
    SOCKET closed = listener(&port);
    closesocket(closed);
    SOCKET client = tcp_socket();
    struct sockaddr_in target = loopback(port);
    int rc = connect(client, (struct sockaddr *)&target, sizeof target);
    expect("connect() to a closed port", rc == SOCKET_ERROR ? WSAGetLastError() : 0, WSAECONNREFUSED,
           "WSAECONNREFUSED", ECONNREFUSED);
    closesocket(client);

    /* bind() to a port another socket holds. */
    SOCKET holder = listener(&port);
    SOCKET second = tcp_socket();
    struct sockaddr_in same = loopback(port);
    rc = bind(second, (struct sockaddr *)&same, sizeof same);
    expect("bind() to a port in use", rc == SOCKET_ERROR ? WSAGetLastError() : 0, WSAEADDRINUSE, "WSAEADDRINUSE",
           EADDRINUSE);
    closesocket(second);

    /* recv() on a TCP socket that never connected. */
    SOCKET lonely = tcp_socket();
    char byte;
    rc = recv(lonely, &byte, 1, 0);
    expect("recv() on an unconnected socket", rc == SOCKET_ERROR ? WSAGetLastError() : 0, WSAENOTCONN,
           "WSAENOTCONN", ENOTCONN);

    /* shutdown() with a `how` that is not SD_RECEIVE, SD_SEND or SD_BOTH. */
    SOCKET peer = tcp_socket();
    target = loopback(port);
    if (connect(peer, (struct sockaddr *)&target, sizeof target) != 0) {
        printf("FAIL connect() to the listener: %d\n", WSAGetLastError());
        failed++;
    }
    rc = shutdown(peer, 7);
    expect("shutdown() with how = 7", rc == SOCKET_ERROR ? WSAGetLastError() : 0, WSAEINVAL, "WSAEINVAL", EINVAL);
    closesocket(peer);
    closesocket(holder);

    /* send() on a handle that is not a socket (a closed one). */
    closesocket(lonely);
    rc = send(lonely, "x", 1, 0);
    expect("send() on a non-socket", rc == SOCKET_ERROR ? WSAGetLastError() : 0, WSAENOTSOCK, "WSAENOTSOCK",
           ENOTSOCK);

    /* getaddrinfo() of a name under .invalid, which never resolves. */
    struct addrinfo hints, *found = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    rc = getaddrinfo("wsa-error-test.invalid", "80", &hints, &found);
    expect("getaddrinfo() of a .invalid host", rc, WSAHOST_NOT_FOUND, "WSAHOST_NOT_FOUND", -1);
    if (found != NULL) freeaddrinfo(found);
    if (wsa_error_gai_name(rc) == NULL || strcmp(wsa_error_gai_name(rc), "EAI_NONAME") != 0 || rc != EAI_NONAME) {
        printf("FAIL getaddrinfo's %d is not EAI_NONAME to the library\n", rc);
        failed++;
    } else {
        passed++;
    }

    /* The CRT's errno values, mapped back. */
    int crt[][2] = {{ECONNRESET, WSAECONNRESET}, {EWOULDBLOCK, WSAEWOULDBLOCK}, {EAGAIN, WSAEWOULDBLOCK},
                    {ETIMEDOUT, WSAETIMEDOUT}, {EINVAL, WSAEINVAL}, {EINTR, WSAEINTR}};
    for (size_t i = 0; i < sizeof crt / sizeof crt[0]; i++) {
        if (wsa_error_from_errno(crt[i][0]) == crt[i][1]) {
            passed++;
        } else {
            printf("FAIL wsa_error_from_errno(%d) = %d, want %d\n", crt[i][0], wsa_error_from_errno(crt[i][0]),
                   crt[i][1]);
            failed++;
        }
    }

    WSACleanup();
    printf("winsock_e2e: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
