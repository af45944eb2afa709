//! The catalog: every Windows Sockets error code the Windows SDK defines, and
//! code 0. Adding a code is adding one row here; the constants, the C header,
//! the bindings and the documents all follow from it.
//!
//! Rows stay sorted by code (the build fails otherwise) and a value never
//! changes meaning; an old spelling stays as an alias. Names and values are
//! checked against the mingw-w64 copy of the SDK headers by
//! `tests/sdk_headers.rs`. A comment above a row explains a POSIX or EAI
//! mapping that is a judgement rather than a fact.

crate::catalog::catalog! {
    0 NO_ERROR [] {
        identifier: success,
        message: "Success",
        posix: None, gai: None,
        category: Success, transient: false,
        details: "The last Winsock call on this thread succeeded, so WSAGetLastError has nothing to \
                   report. When a log shows error 0 next to a failure, the code was usually read too \
                   late, after some later successful call (even a logging or cleanup call) had reset \
                   it, or it was read on a path where nothing actually failed. Call WSAGetLastError \
                   immediately after the function that returned SOCKET_ERROR or INVALID_SOCKET and save \
                   the value before doing anything else.",
    }
    // A Win32 handle error; Winsock reports it for bad event object handles, which POSIX would call a
    // bad descriptor.
    6 WSA_INVALID_HANDLE [] {
        identifier: invalid_handle,
        message: "Specified event object handle is invalid",
        posix: EBADF, gai: None,
        category: Overlapped, transient: false,
        details: "A handle passed to an event or overlapped I/O function is not valid. This is the \
                   Win32 ERROR_INVALID_HANDLE value reused by Winsock, typically reported by \
                   WSAWaitForMultipleEvents, WSASetEvent, WSAResetEvent or WSACloseEvent when an event \
                   handle was never created, was already closed, or was corrupted. Check the result of \
                   WSACreateEvent against WSA_INVALID_EVENT and make sure no thread keeps using an \
                   event after WSACloseEvent.",
    }
    8 WSA_NOT_ENOUGH_MEMORY [] {
        identifier: not_enough_memory,
        message: "Insufficient memory available",
        posix: ENOMEM, gai: EAI_MEMORY,
        category: Resource, transient: true,
        details: "Windows could not allocate the memory an operation needed. This is the Win32 \
                   ERROR_NOT_ENOUGH_MEMORY value under a Winsock name; it comes from functions that map \
                   onto Win32 calls, such as WSACreateEvent, and getaddrinfo uses it for its \
                   out-of-memory case. Look for leaks in the process (unfreed addrinfo lists from \
                   missing freeaddrinfo calls, unclosed handles, piling up overlapped requests) and \
                   check overall system memory.",
    }
    87 WSA_INVALID_PARAMETER [] {
        identifier: invalid_parameter,
        message: "One or more parameters are invalid",
        posix: EINVAL, gai: None,
        category: Argument, transient: false,
        details: "A Winsock function that wraps a Win32 call was given a parameter the underlying \
                   function rejected. This is the Win32 ERROR_INVALID_PARAMETER value. A common case is \
                   WSAWaitForMultipleEvents called with a count of zero or with more than \
                   WSA_MAXIMUM_WAIT_EVENTS (64) handles, or with a NULL handle array. Validate counts, \
                   pointers and flags before the call; to wait on more than 64 events, split them \
                   across threads or move to I/O completion ports.",
    }
    // The I/O was cancelled (socket closed or CancelIoEx), as libuv maps it; CPython's EINVAL hides
    // that.
    995 WSA_OPERATION_ABORTED [] {
        identifier: operation_aborted,
        message: "Overlapped operation aborted",
        posix: ECANCELED, gai: None,
        category: Overlapped, transient: false,
        details: "A pending overlapped operation was cancelled before it could finish. It is reported \
                   through WSAGetOverlappedResult, a completion routine or GetQueuedCompletionStatus \
                   when the socket is closed with closesocket while a WSARecv, WSASend, AcceptEx or \
                   similar request is outstanding, or when CancelIo or CancelIoEx cancels it. During \
                   shutdown this is expected: release the buffers and OVERLAPPED for that request and \
                   do not retry it. If it appears unexpectedly, find the code that closes the socket \
                   early.",
    }
    // The overlapped operation is still running, which is what EINPROGRESS reports for a pending
    // connect.
    996 WSA_IO_INCOMPLETE [] {
        identifier: io_incomplete,
        message: "Overlapped I/O event object not in signaled state",
        posix: EINPROGRESS, gai: None,
        category: Overlapped, transient: true,
        details: "The overlapped operation you asked about has not completed yet. \
                   WSAGetOverlappedResult returns this when it is called with fWait set to FALSE on a \
                   request that is still pending. It is not a failure: wait on the event in the \
                   OVERLAPPED structure, call WSAGetOverlappedResult again later, or pass fWait as TRUE \
                   to block until the operation is done.",
    }
    // Not a failure: the operation was queued and completes later, like a non-blocking connect's
    // EINPROGRESS.
    997 WSA_IO_PENDING [] {
        identifier: io_pending,
        message: "Overlapped operation will complete later",
        posix: EINPROGRESS, gai: None,
        category: Overlapped, transient: true,
        details: "This is not a failure. An overlapped call such as WSASend, WSARecv, WSARecvFrom, \
                   AcceptEx or ConnectEx returned SOCKET_ERROR with this code to say the operation was \
                   started and will complete later. The result arrives through the event object, a \
                   completion routine or an I/O completion port. Keep the buffers and the OVERLAPPED \
                   structure alive and untouched until completion, and do not treat this code as an \
                   error or close the socket because of it.",
    }
    // Named after EINTR, and CPython raises InterruptedError; on Windows the cause is a cancelled
    // blocking call (libuv says ECANCELED).
    10004 WSAEINTR [] {
        identifier: interrupted,
        message: "Interrupted function call",
        posix: EINTR, gai: None,
        category: State, transient: true,
        details: "A blocking Winsock call was interrupted before it finished. In Winsock 1.1 programs \
                   this happened when WSACancelBlockingCall cancelled the call from a blocking hook. In \
                   current code it is usually seen when one thread calls closesocket on a socket that \
                   another thread is blocked on in recv, accept or select. If the interruption was \
                   intentional (for example during shutdown), treat it as a normal exit; otherwise \
                   coordinate socket closing between threads.",
    }
    10009 WSAEBADF [] {
        identifier: bad_file_descriptor,
        message: "File handle is not valid",
        posix: EBADF, gai: None,
        category: Argument, transient: false,
        details: "The handle given to the call is not a valid open file or socket handle. The code \
                   comes from the BSD error set; Winsock functions normally report a bad socket as \
                   WSAENOTSOCK (10038), so this one is rare. When it does appear, suspect a handle that \
                   was already closed, an uninitialized variable, or a C runtime file descriptor passed \
                   where a SOCKET was expected. Check the lifetime of every handle involved.",
    }
    10013 WSAEACCES [] {
        identifier: permission_denied,
        message: "Permission denied",
        posix: EACCES, gai: None,
        category: Argument, transient: false,
        details: "The operation was refused because of access rules. Typical cases: send or sendto to \
                   a broadcast address without first enabling SO_BROADCAST with setsockopt; bind to a \
                   port inside a range reserved by Windows or Hyper-V (list them with netsh int ipv4 \
                   show excludedportrange protocol=tcp); bind to a port another socket holds with \
                   SO_EXCLUSIVEADDRUSE; or opening a raw socket without administrator rights. Security \
                   software can also cause it. Pick another port or fix the option or permission.",
    }
    10014 WSAEFAULT [] {
        identifier: bad_address,
        message: "Bad address",
        posix: EFAULT, gai: None,
        category: Argument, transient: false,
        details: "Winsock was handed a pointer it could not use or a length that is too small. Common \
                   causes are an address length smaller than the address structure (for example \
                   sizeof(sockaddr_in) for an IPv6 address in bind, connect, accept or recvfrom), a \
                   buffer that is NULL or already freed, or a wrong optlen in setsockopt or getsockopt. \
                   Use sockaddr_storage for addresses of unknown family, pass the real buffer sizes, \
                   and make sure length variables are initialized before calls that update them.",
    }
    10022 WSAEINVAL [] {
        identifier: invalid_argument,
        message: "Invalid argument",
        posix: EINVAL, gai: EAI_BADFLAGS,
        category: Argument, transient: false,
        details: "An argument is invalid or the socket is in the wrong state for the call. Frequent \
                   causes: accept on a socket that is not listening, listen on a socket that was never \
                   bound, bind on a socket that is already bound, recvfrom on a UDP socket that has \
                   neither been bound nor used to send, select with all three sets empty, or shutdown \
                   with an unknown how value. Check that the calls happen in the right order and that \
                   flags and option values are valid for this socket type.",
    }
    10024 WSAEMFILE [] {
        identifier: too_many_open_sockets,
        message: "Too many open sockets",
        posix: EMFILE, gai: None,
        category: Resource, transient: true,
        details: "The process or the system ran out of socket handles, so socket, WSASocket or accept \
                   could not create a new one. The usual cause is a leak: sockets that are never passed \
                   to closesocket, for example on error paths or after a connection drops. Servers \
                   accepting many clients may also hit the limit legitimately. Count open handles (Task \
                   Manager or Process Explorer), fix leaks, and close idle connections.",
    }
    // The BSD spelling, as CPython maps it; EAGAIN is the same value on Linux and
    // from_name/from_errno accept it too.
    10035 WSAEWOULDBLOCK [] {
        identifier: operation_would_block,
        message: "Resource temporarily unavailable",
        posix: EWOULDBLOCK, gai: None,
        category: State, transient: true,
        details: "The call would have to wait, and the socket is in non-blocking mode, so it returned \
                   at once instead. This is normal: recv has no data yet, send found the send buffer \
                   full, or accept has no pending connection. Wait for readiness with select, WSAPoll \
                   or WSAEventSelect and repeat the call. For connect it means the connection attempt \
                   has started; wait until the socket is writable and then read SO_ERROR with \
                   getsockopt to learn the outcome.",
    }
    10036 WSAEINPROGRESS [] {
        identifier: operation_in_progress,
        message: "Operation now in progress",
        posix: EINPROGRESS, gai: None,
        category: State, transient: true,
        details: "A blocking Winsock call is already running in this thread, and Winsock 1.1 allows \
                   only one at a time per thread. It mostly appears in old programs that issue another \
                   Winsock call from a blocking hook or a window message handler while a blocking call \
                   is still in progress. Modern Winsock 2 code rarely sees it. Avoid re-entering \
                   Winsock during a blocking call, or switch to non-blocking or overlapped sockets.",
    }
    10037 WSAEALREADY [] {
        identifier: already_in_progress,
        message: "Operation already in progress",
        posix: EALREADY, gai: None,
        category: State, transient: true,
        details: "A non-blocking connect is already under way on this socket and connect (or \
                   WSAConnect) was called again before it finished. It can also come from \
                   WSACancelAsyncRequest when the request was already cancelled or completed. Do not \
                   repeat connect; wait until the socket becomes writable (select, WSAPoll) or \
                   FD_CONNECT is signaled, then check SO_ERROR with getsockopt to see whether the \
                   attempt succeeded.",
    }
    10038 WSAENOTSOCK [] {
        identifier: not_a_socket,
        message: "Socket operation on nonsocket",
        posix: ENOTSOCK, gai: None,
        category: Argument, transient: false,
        details: "The value passed as a socket is not a socket. It usually comes from using a socket \
                   after closesocket (including a double close or a close on another thread), passing \
                   INVALID_SOCKET because a failed socket or accept call went unchecked, using an \
                   uninitialized variable, or putting a stale handle into an fd_set for select. Check \
                   every socket creation result, set the variable to INVALID_SOCKET after closing it, \
                   and serialize closing with other threads.",
    }
    10039 WSAEDESTADDRREQ [] {
        identifier: destination_address_required,
        message: "Destination address required",
        posix: EDESTADDRREQ, gai: None,
        category: Argument, transient: false,
        details: "The call needs a destination address and none was supplied. On Windows this mainly \
                   comes from sendto or WSASendTo on an unconnected datagram socket with a NULL or \
                   empty destination address. Pass a filled-in address of the correct family and \
                   length, or call connect on the UDP socket first so that send can be used without an \
                   address.",
    }
    10040 WSAEMSGSIZE [] {
        identifier: message_size,
        message: "Message too long",
        posix: EMSGSIZE, gai: None,
        category: Argument, transient: false,
        details: "A datagram did not fit. On receive, recv, recvfrom or WSARecvFrom got a message \
                   bigger than the supplied buffer; the buffer is filled and the rest of the datagram \
                   is thrown away. On send, send or sendto was asked to transmit a datagram larger than \
                   the protocol allows (about 64 KB for UDP; getsockopt with SO_MAX_MSG_SIZE reports \
                   the limit). Use a receive buffer large enough for the biggest expected message, and \
                   split large payloads at the application level.",
    }
    10041 WSAEPROTOTYPE [] {
        identifier: wrong_protocol_type,
        message: "Protocol wrong type for socket",
        posix: EPROTOTYPE, gai: None,
        category: Unsupported, transient: false,
        details: "The protocol passed to socket or WSASocket exists but does not fit the requested \
                   socket type, such as asking for UDP on a SOCK_STREAM socket. On Windows some \
                   mismatched combinations are reported as WSAEPROTONOSUPPORT (10043) instead. Pair \
                   SOCK_STREAM with IPPROTO_TCP and SOCK_DGRAM with IPPROTO_UDP, or pass 0 as the \
                   protocol and let Winsock pick the default for the type.",
    }
    10042 WSAENOPROTOOPT [] {
        identifier: no_protocol_option,
        message: "Bad protocol option",
        posix: ENOPROTOOPT, gai: None,
        category: Argument, transient: false,
        details: "getsockopt or setsockopt was called with an option or level the socket does not \
                   support. Examples: TCP_NODELAY, SO_KEEPALIVE or SO_LINGER on a UDP socket, an option \
                   name used with the wrong level (SOL_SOCKET versus IPPROTO_TCP or IPPROTO_IP), or a \
                   newer option such as TCP_KEEPIDLE on a Windows version that predates it. Check the \
                   level and option constants, the socket type, and the minimum Windows version for the \
                   option.",
    }
    10043 WSAEPROTONOSUPPORT [] {
        identifier: protocol_not_supported,
        message: "Protocol not supported",
        posix: EPROTONOSUPPORT, gai: None,
        category: Unsupported, transient: false,
        details: "socket or WSASocket asked for a protocol that no installed provider supports, or \
                   that is not available for the given address family and type, for example \
                   IPPROTO_ICMP with SOCK_STREAM. Check the protocol argument, or pass 0 to get the \
                   default protocol for the type. If a standard protocol fails, list the installed \
                   providers with WSAEnumProtocols or netsh winsock show catalog; a broken catalog can \
                   be repaired with netsh winsock reset.",
    }
    10044 WSAESOCKTNOSUPPORT [] {
        identifier: socket_type_not_supported,
        message: "Socket type not supported",
        posix: ESOCKTNOSUPPORT, gai: EAI_SOCKTYPE,
        category: Unsupported, transient: false,
        details: "The socket type requested is not supported in the chosen address family. socket and \
                   WSASocket report it for combinations such as SOCK_SEQPACKET with AF_INET or for an \
                   invalid type value, and getaddrinfo uses it when ai_socktype in the hints is not \
                   valid. Use SOCK_STREAM or SOCK_DGRAM for TCP/IP, check the type constant for typos, \
                   and use SOCK_RAW only where the provider supports it and the process has rights.",
    }
    10045 WSAEOPNOTSUPP [] {
        identifier: operation_not_supported,
        message: "Operation not supported",
        posix: EOPNOTSUPP, gai: None,
        category: Unsupported, transient: false,
        details: "The operation is not supported for this kind of socket. Typical examples are listen \
                   or accept on a datagram (UDP) socket, MSG_OOB with send or recv on a socket that is \
                   not connection-oriented, and WSAIoctl with a control code the provider does not \
                   implement. Check that the socket type matches the calls you make, for example use \
                   SOCK_STREAM for anything that listens and accepts connections.",
    }
    10046 WSAEPFNOSUPPORT [] {
        identifier: protocol_family_not_supported,
        message: "Protocol family not supported",
        posix: EPFNOSUPPORT, gai: None,
        category: Unsupported, transient: false,
        details: "The protocol family is not supported or not configured on this machine. Winsock uses \
                   it rarely; address family problems are normally reported as WSAEAFNOSUPPORT (10047), \
                   which has largely replaced this code. If you see it, check the family constant \
                   passed to socket or WSASocket and make sure the matching protocol stack is installed \
                   and enabled.",
    }
    10047 WSAEAFNOSUPPORT [] {
        identifier: address_family_not_supported,
        message: "Address family not supported by protocol family",
        posix: EAFNOSUPPORT, gai: EAI_FAMILY,
        category: Unsupported, transient: false,
        details: "The address family is not supported by the protocol or does not match the socket. \
                   socket reports it for a family with no installed provider. bind, connect and sendto \
                   report it when the address structure has a different family than the socket, such as \
                   a sockaddr_in6 on an AF_INET socket. getaddrinfo uses it for an invalid ai_family \
                   hint. Create each socket with the ai_family from the getaddrinfo result you connect \
                   to, and pass matching address structures.",
    }
    10048 WSAEADDRINUSE [] {
        identifier: address_in_use,
        message: "Address already in use",
        posix: EADDRINUSE, gai: None,
        category: Address, transient: false,
        details: "The local address and port are already taken. bind reports it when another socket, \
                   often a second copy of the same server or a process that has not exited yet, is \
                   bound to that port; connect can report it when the local port was assigned through a \
                   wildcard bind. Find the owner with netstat -ano and the process ID, stop it or \
                   choose another port, and let clients bind to port 0 instead of a fixed port. Be \
                   careful with SO_REUSEADDR, which on Windows allows taking over a port in use.",
    }
    10049 WSAEADDRNOTAVAIL [] {
        identifier: address_not_available,
        message: "Cannot assign requested address",
        posix: EADDRNOTAVAIL, gai: None,
        category: Address, transient: false,
        details: "The address is not valid in this context. For bind it means the IP address does not \
                   belong to any local interface, for example a hard-coded address after a DHCP change, \
                   or an adapter that is down. For connect or sendto it usually means the destination \
                   is 0.0.0.0 (or ::) or the port is 0, often from an uninitialized sockaddr or a \
                   missing htons. Bind to INADDR_ANY or a current local address, and check destination \
                   addresses before use.",
    }
    10050 WSAENETDOWN [] {
        identifier: network_down,
        message: "Network is down",
        posix: ENETDOWN, gai: None,
        category: Network, transient: true,
        details: "The network subsystem failed, so almost any Winsock call, including send, recv and \
                   connect, can report it. It points to a problem below the application: a failed or \
                   disabled network adapter, a driver fault, or a damaged network stack. Check the \
                   adapter and its driver, look in the system event log, and if the Winsock catalog is \
                   corrupted by third-party software, run netsh winsock reset and restart. The program \
                   can retry later but cannot fix this itself.",
    }
    10051 WSAENETUNREACH [] {
        identifier: network_unreachable,
        message: "Network is unreachable",
        posix: ENETUNREACH, gai: None,
        category: Network, transient: true,
        details: "This machine has no route to the destination network, so connect, sendto or \
                   WSAConnect could not even start. Common causes are a missing default gateway, a \
                   disconnected cable or Wi-Fi, a VPN that changed the routing table, or a destination \
                   in an address range nothing routes to. Check with ipconfig and route print, confirm \
                   the target address is correct, and retry once connectivity returns.",
    }
    10052 WSAENETRESET [] {
        identifier: network_reset,
        message: "Network dropped connection on reset",
        posix: ENETRESET, gai: None,
        category: Connection, transient: false,
        details: "The connection was broken because keep-alive activity detected a failure while an \
                   operation was in progress. send or recv can report it, and setsockopt with \
                   SO_KEEPALIVE returns it if the connection has already failed. On a UDP socket, a \
                   receive call can report it when an ICMP message says a sent packet's time to live \
                   expired. Close the socket and open a new connection.",
    }
    10053 WSAECONNABORTED [] {
        identifier: connection_aborted,
        message: "Software caused connection abort",
        posix: ECONNABORTED, gai: None,
        category: Connection, transient: false,
        details: "The local TCP/IP stack aborted an established connection. Typical causes are data \
                   retransmissions that never got acknowledged, a keep-alive timeout, or a network path \
                   that stopped working; local security or filtering software can also tear connections \
                   down. send, recv, WSASend and WSARecv report it. The socket is no longer usable: \
                   close it, open a new connection if needed, and investigate the network path if it \
                   happens often.",
    }
    10054 WSAECONNRESET [] {
        identifier: connection_reset,
        message: "Connection reset by peer",
        posix: ECONNRESET, gai: None,
        category: Connection, transient: false,
        details: "The remote side forcibly closed the connection by sending a TCP reset. Common \
                   causes: the peer process crashed or was killed, it closed the socket while unread \
                   data remained in its receive buffer, it did a hard close with SO_LINGER set to zero, \
                   or a firewall or proxy reset the connection. recv, send, WSARecv and WSASend report \
                   it. For UDP, recvfrom reports it after an ICMP port unreachable; disable that with \
                   the SIO_UDP_CONNRESET ioctl. Close the socket and reconnect.",
    }
    10055 WSAENOBUFS [] {
        identifier: no_buffer_space,
        message: "No buffer space available",
        posix: ENOBUFS, gai: None,
        category: Resource, transient: true,
        details: "Winsock could not get the buffer space or resources it needed, so the call failed. \
                   Common causes are very many open sockets or outstanding overlapped requests \
                   consuming kernel memory, and exhaustion of ephemeral ports when a client makes many \
                   short connections, which makes connect or bind to port 0 fail. Close unused sockets, \
                   limit pending I/O, reuse connections, check port usage with netstat -ano, and if \
                   needed widen the dynamic port range with netsh int ipv4 set dynamicport.",
    }
    10056 WSAEISCONN [] {
        identifier: already_connected,
        message: "Socket is already connected",
        posix: EISCONN, gai: None,
        category: State, transient: false,
        details: "The socket is already connected, so the requested call does not apply. It is \
                   reported when connect, WSAConnect or ConnectEx is called again on a connected stream \
                   socket, or when listen is called on a connected socket. Track the connection state \
                   in the program and create a new socket for each new connection. A UDP socket is \
                   different: calling connect again on it simply changes the default peer.",
    }
    10057 WSAENOTCONN [] {
        identifier: not_connected,
        message: "Socket is not connected",
        posix: ENOTCONN, gai: None,
        category: State, transient: false,
        details: "The socket is not connected, so data cannot be sent or received on it. send or recv \
                   on a TCP socket whose connect failed, never happened, or is still in progress \
                   reports it, as do getpeername and shutdown on an unconnected socket and send on a \
                   UDP socket with no default peer. Check the result of connect, wait for a \
                   non-blocking connect to complete, and use sendto for unconnected UDP sockets.",
    }
    // The BSD errno named for this state, as CPython maps it (BrokenPipeError); libuv's EPIPE is what
    // a POSIX send would report.
    10058 WSAESHUTDOWN [] {
        identifier: shut_down,
        message: "Cannot send after socket shutdown",
        posix: ESHUTDOWN, gai: None,
        category: State, transient: false,
        details: "Data transfer in that direction was already shut off with shutdown. send or WSASend \
                   after shutdown with SD_SEND or SD_BOTH reports it, as does a receive after \
                   SD_RECEIVE or SD_BOTH. Check that the code calling shutdown runs only after all \
                   sends are done, and that no other thread keeps sending after the shutdown.",
    }
    10059 WSAETOOMANYREFS [] {
        identifier: too_many_references,
        message: "Too many references",
        posix: ETOOMANYREFS, gai: None,
        category: Resource, transient: false,
        details: "In BSD systems this code means too many references to a kernel object. Windows \
                   Sockets functions are not documented to return it, so seeing it is unusual and may \
                   indicate a third-party provider or code that maps its own errors into the Winsock \
                   range. Record which call produced it, and check installed network providers with \
                   netsh winsock show catalog.",
    }
    10060 WSAETIMEDOUT [] {
        identifier: timed_out,
        message: "Connection timed out",
        posix: ETIMEDOUT, gai: None,
        category: Connection, transient: true,
        details: "An operation waited for the remote side and gave up. For connect, no reply arrived \
                   to the connection request after several retries: the host is off, the address is \
                   wrong, or a firewall silently drops the packets. On an established connection, send \
                   or recv report it when retransmissions go unanswered, and a recv with SO_RCVTIMEO \
                   set reports it when the timeout expires, after which the socket should be closed. \
                   Check the address, port and firewall, for example with Test-NetConnection.",
    }
    10061 WSAECONNREFUSED [] {
        identifier: connection_refused,
        message: "Connection refused",
        posix: ECONNREFUSED, gai: None,
        category: Connection, transient: false,
        details: "The target machine answered but refused the connection, usually with a TCP reset \
                   because nothing is listening on that port. Causes include a service that is stopped \
                   or crashed, the wrong port or host, a server listening only on 127.0.0.1 or another \
                   interface, a port number not converted with htons, a full listen backlog, or a \
                   firewall that rejects. connect, WSAConnect and ConnectEx report it. Check the \
                   service is running and listening on the right address with netstat -ano.",
    }
    // The number is ELOOP's slot in the BSD table and ports map the symbol, though Windows uses it
    // for a name it cannot translate.
    10062 WSAELOOP [] {
        identifier: cannot_translate_name,
        message: "Cannot translate name",
        posix: ELOOP, gai: None,
        category: Resolver, transient: false,
        details: "Microsoft defines this code as Cannot translate name, meaning a name could not be \
                   converted. It is not a symbolic link loop, despite the ELOOP origin of the name in \
                   BSD. Common Winsock functions rarely return it. If it appears, inspect the name \
                   string that was passed to the failing call for invalid characters or encoding \
                   problems, and use the getaddrinfo result codes such as WSAHOST_NOT_FOUND for normal \
                   host lookup failures.",
    }
    10063 WSAENAMETOOLONG [] {
        identifier: name_too_long,
        message: "Name too long",
        posix: ENAMETOOLONG, gai: None,
        category: Argument, transient: false,
        details: "A name or one component of a name is longer than allowed. In Winsock this concerns \
                   names such as host names, where DNS limits a full name to 255 characters and each \
                   dot-separated label to 63. Check names read from configuration or user input for \
                   extra text, missing separators or stray whitespace, and truncate or reject over-long \
                   values before passing them to name resolution or service functions.",
    }
    10064 WSAEHOSTDOWN [] {
        identifier: host_down,
        message: "Host is down",
        posix: EHOSTDOWN, gai: None,
        category: Network, transient: true,
        details: "The remote host is down, so the operation failed. Windows seldom reports this code; \
                   a dead or unreachable peer normally shows up as WSAETIMEDOUT (10060) or \
                   WSAEHOSTUNREACH (10065). If connect or sendto returns it, check that the target \
                   machine is powered on and reachable, for example with ping, and retry later.",
    }
    10065 WSAEHOSTUNREACH [] {
        identifier: host_unreachable,
        message: "No route to host",
        posix: EHOSTUNREACH, gai: None,
        category: Network, transient: true,
        details: "No route to the target host exists, so connect, sendto or WSAConnect failed. A \
                   router may have returned an ICMP host unreachable message, the host may not answer \
                   address resolution on the local subnet, or the routing table has no suitable entry. \
                   Verify the destination address, the default gateway and any VPN or firewall rules \
                   with ping, tracert and route print.",
    }
    10066 WSAENOTEMPTY [] {
        identifier: directory_not_empty,
        message: "Directory not empty",
        posix: ENOTEMPTY, gai: None,
        category: Compat, transient: false,
        details: "This is the BSD error for a directory that is not empty, kept in the Winsock range \
                   for compatibility. Windows Sockets functions are not documented to return it. If it \
                   shows up in a socket log, the value probably came from a file operation or a \
                   third-party component rather than from Winsock, or a different error variable was \
                   logged. Trace which call actually set it.",
    }
    // A BSD errno (macOS and the BSDs have it, Linux does not), so wsa_error_to_errno gives -1 on
    // Linux.
    10067 WSAEPROCLIM [] {
        identifier: too_many_processes,
        message: "Too many processes",
        posix: EPROCLIM, gai: None,
        category: Resource, transient: true,
        details: "WSAStartup failed because the Winsock implementation limits how many applications or \
                   tasks may use it at once and the limit was reached. Windows itself does not impose a \
                   practical limit, so this mostly concerns old or third-party implementations. Close \
                   other network programs and retry, and make sure each WSAStartup is matched by a \
                   WSACleanup so processes do not hold registrations they no longer need.",
    }
    10068 WSAEUSERS [] {
        identifier: user_quota_exceeded,
        message: "User quota exceeded",
        posix: EUSERS, gai: None,
        category: Resource, transient: false,
        details: "A per-user quota ran out. The code comes from BSD and common Windows Sockets \
                   functions are not documented to return it, so it is rarely seen. If it appears, the \
                   cause is likely a resource limit imposed by a third-party provider or a system \
                   policy. Free the resources the user holds, such as sockets or handles, and check \
                   which component reports the error.",
    }
    10069 WSAEDQUOT [] {
        identifier: disk_quota_exceeded,
        message: "Disk quota exceeded",
        posix: EDQUOT, gai: None,
        category: Compat, transient: false,
        details: "This is the BSD error for an exceeded disk quota, kept in the Winsock range for \
                   compatibility. Windows Sockets functions are not documented to return it. If it \
                   appears in a network log, the value most likely came from a file operation or \
                   another component, or the wrong error variable was logged. Find the call that set it \
                   and check disk space and quotas only if a file write was involved.",
    }
    10070 WSAESTALE [] {
        identifier: stale_handle,
        message: "Stale file handle reference",
        posix: ESTALE, gai: None,
        category: Compat, transient: false,
        details: "This is the BSD error for a stale file handle, such as an NFS handle whose file was \
                   removed on the server. It is kept in the Winsock range for compatibility, but \
                   Windows Sockets functions are not documented to return it. If a socket log shows it, \
                   the value likely came from file or remote file system code, or from a third-party \
                   component; trace which call set it.",
    }
    10071 WSAEREMOTE [] {
        identifier: item_is_remote,
        message: "Item is remote",
        posix: EREMOTE, gai: None,
        category: Compat, transient: false,
        details: "This is the BSD error meaning the item is remote, originally used when a path \
                   pointed to a resource on another machine that could not be handled locally. Windows \
                   Sockets functions are not documented to return it; it exists only for compatibility \
                   with the BSD error numbers. If it shows up, the value probably came from another \
                   component, so find the call that produced it.",
    }
    10091 WSASYSNOTREADY [] {
        identifier: system_not_ready,
        message: "Network subsystem is unavailable",
        posix: None, gai: None,
        category: Startup, transient: true,
        details: "WSAStartup could not start Windows Sockets because the underlying network subsystem \
                   is not ready to serve requests. Typical causes are a damaged Winsock catalog, \
                   missing or corrupted system files such as ws2_32.dll or mswsock.dll, or a network \
                   stack that has not finished starting. WSAStartup returns this value directly, so do \
                   not call WSAGetLastError for it. Retry after a short delay; if it persists, run \
                   netsh winsock reset from an elevated prompt, reboot, and check system files with sfc \
                   /scannow.",
    }
    10092 WSAVERNOTSUPPORTED [] {
        identifier: version_not_supported,
        message: "Winsock.dll version out of range",
        posix: None, gai: None,
        category: Startup, transient: false,
        details: "WSAStartup was asked for a Winsock version that the installed Winsock DLL cannot \
                   provide, such as a request with a major version of 0. The value comes back as the \
                   return code of WSAStartup, and the library stays uninitialized. Request \
                   MAKEWORD(2,2), which every supported Windows release accepts, and after a successful \
                   call check wVersion in the WSADATA structure to confirm the version you actually \
                   got.",
    }
    10093 WSANOTINITIALISED [] {
        identifier: not_initialised,
        message: "Successful WSAStartup not yet performed",
        posix: None, gai: None,
        category: Startup, transient: false,
        details: "A Winsock function was called before WSAStartup had succeeded in this process, or \
                   after the matching WSACleanup had already released the library. Winsock keeps a \
                   reference count, so every successful WSAStartup needs exactly one WSACleanup, and an \
                   extra WSACleanup in some other module can shut Winsock down for the whole process. \
                   Check the WSAStartup return value, make sure initialization runs first, and count \
                   the startup and cleanup calls on every code path.",
    }
    // A graceful close of a message-oriented socket; POSIX reports that as a zero-length read, not an
    // errno.
    10101 WSAEDISCON [] {
        identifier: graceful_disconnect,
        message: "Graceful shutdown in progress",
        posix: None, gai: None,
        category: State, transient: false,
        details: "WSARecv or WSARecvFrom reports this on a message-oriented socket when the remote \
                   side has begun a graceful shutdown of the connection. It is a normal end-of-data \
                   signal, not a failure of your program. Read any data that is still queued, then stop \
                   receiving and close the socket with closesocket, the same way you would handle a \
                   zero-byte receive on a stream socket.",
    }
    10102 WSAENOMORE [] {
        identifier: no_more_results_legacy,
        message: "No more results",
        posix: None, gai: None,
        category: Resolver, transient: false,
        details: "WSALookupServiceNext has already returned every result for this query, so there is \
                   nothing more to fetch. It marks the normal end of an enumeration started with \
                   WSALookupServiceBegin, not an error condition. Stop the loop and call \
                   WSALookupServiceEnd to release the query handle. Winsock 2 normally reports the \
                   newer value 10110 (WSA_E_NO_MORE) for this case, so robust code should accept both \
                   values.",
    }
    10103 WSAECANCELLED [] {
        identifier: call_cancelled_legacy,
        message: "Call has been canceled",
        posix: ECANCELED, gai: None,
        category: Resolver, transient: false,
        details: "A name-service lookup was cancelled before it could finish. This happens when one \
                   thread calls WSALookupServiceEnd on a query handle while another thread is still \
                   blocked inside WSALookupServiceNext with that same handle. If you cancelled the \
                   query on purpose, treat it as expected; otherwise make sure a query handle is not \
                   closed while it is in use. The value 10111 (WSA_E_CANCELLED) means the same thing, \
                   so check for both.",
    }
    10104 WSAEINVALIDPROCTABLE [] {
        identifier: invalid_procedure_table,
        message: "Procedure call table is invalid",
        posix: None, gai: None,
        category: Startup, transient: false,
        details: "A Winsock service provider handed ws2_32 an invalid or incomplete table of its entry \
                   points when it was loaded. This means a provider DLL is broken, mismatched, or \
                   installed incorrectly, and it usually shows up when WSAStartup, socket, or WSASocket \
                   loads that provider. Remove or update recently installed networking software that \
                   adds a layered service provider, such as older firewalls or VPN clients, or run \
                   netsh winsock reset and reboot to restore the default catalog.",
    }
    10105 WSAEINVALIDPROVIDER [] {
        identifier: invalid_provider,
        message: "Service provider is invalid",
        posix: None, gai: None,
        category: Startup, transient: false,
        details: "A service provider listed in the Winsock catalog is not usable, usually because it \
                   reports a Winsock SPI version other than the one ws2_32 requires or its catalog \
                   entry is damaged. It usually surfaces from WSAStartup, socket, or WSASocket when the \
                   provider for the requested protocol is loaded. Check the installed providers with \
                   netsh winsock show catalog, uninstall or update any third-party layered service \
                   provider, and use netsh winsock reset if the catalog is corrupt.",
    }
    10106 WSAEPROVIDERFAILEDINIT [] {
        identifier: provider_failed_init,
        message: "Service provider failed to initialize",
        posix: None, gai: None,
        category: Startup, transient: false,
        details: "A Winsock service provider could not be initialized, because its DLL failed to load \
                   or its WSPStartup or NSPStartup function returned an error. It is commonly seen from \
                   socket or WSASocket, and also when a process is started with a custom environment \
                   block that lacks the SystemRoot variable, which prevents the provider DLLs from \
                   being found. Check that the environment is complete, remove faulty layered service \
                   providers, and run netsh winsock reset if the catalog is damaged.",
    }
    10107 WSASYSCALLFAILURE [] {
        identifier: system_call_failure,
        message: "System call failure",
        posix: None, gai: None,
        category: Startup, transient: false,
        details: "A system call that Winsock relies on failed unexpectedly, for instance a wait \
                   function or a registry call made while reading the protocol or namespace catalog. \
                   Any Winsock function can report it, though it is most often seen during WSAStartup \
                   or socket creation. It points to a damaged catalog, missing registry permissions, or \
                   a system low on resources. Retry once, then check the Winsock registry keys and \
                   catalog, run netsh winsock reset, and reboot.",
    }
    10108 WSASERVICE_NOT_FOUND [] {
        identifier: service_not_found,
        message: "Service not found",
        posix: None, gai: None,
        category: Resolver, transient: false,
        details: "The requested service is not known in the namespace that was searched. \
                   WSALookupServiceBegin and WSALookupServiceNext return it when no provider has a \
                   registration for the service, and WSASetService returns it when asked to delete a \
                   service that was never registered. Check the service name or GUID, the namespace you \
                   passed, and that the service was registered with the namespace provider you are \
                   querying.",
    }
    10109 WSATYPE_NOT_FOUND [] {
        identifier: type_not_found,
        message: "Class type not found",
        posix: None, gai: EAI_SERVICE,
        category: Resolver, transient: false,
        details: "The class type or service type that was requested could not be found. getaddrinfo \
                   and GetAddrInfoW report it as EAI_SERVICE when the service name is not listed in the \
                   local services file (drivers/etc/services under System32) or is not valid for the \
                   requested socket type, and WSAGetServiceClassInfo reports it for an unregistered \
                   service class. Pass a numeric port string instead of a name, or correct the service \
                   name or class GUID.",
    }
    10110 WSA_E_NO_MORE [] {
        identifier: no_more_results,
        message: "No more results",
        posix: None, gai: None,
        category: Resolver, transient: false,
        details: "WSALookupServiceNext has no more results to return for this query. This is the \
                   Winsock 2 value for the end of an enumeration and has the same meaning as the older \
                   10102 (WSAENOMORE), so code should accept either one. Treat it as the normal end of \
                   the result list, leave the loop, and call WSALookupServiceEnd to close the query \
                   handle.",
    }
    10111 WSA_E_CANCELLED [] {
        identifier: call_cancelled,
        message: "Call was canceled",
        posix: ECANCELED, gai: None,
        category: Resolver, transient: false,
        details: "The name-service lookup was cancelled before it completed. WSALookupServiceNext \
                   reports it when another thread calls WSALookupServiceEnd on the same query handle \
                   while the call is still running, and an asynchronous GetAddrInfoEx request cancelled \
                   with GetAddrInfoExCancel completes with it as well. It has the same meaning as 10103 \
                   (WSAECANCELLED). If the cancellation was intended, ignore it; otherwise look for \
                   code that closes or cancels a lookup too early.",
    }
    10112 WSAEREFUSED [] {
        identifier: query_refused,
        message: "Database query was refused",
        posix: None, gai: None,
        category: Resolver, transient: false,
        details: "A name-service or database query was refused, so no answer was returned. A namespace \
                   provider can report it through WSALookupServiceBegin or WSALookupServiceNext, and \
                   name resolution can report it when a server or local policy declines the request. \
                   Check that the caller is allowed to query the namespace, and review name resolution \
                   policy and server settings before retrying.",
    }
    // A resolver answer (EAI_NONAME, h_errno HOST_NOT_FOUND), not an errno.
    11001 WSAHOST_NOT_FOUND [] {
        identifier: host_not_found,
        message: "Host not found",
        posix: None, gai: EAI_NONAME,
        category: Resolver, transient: false,
        details: "Name resolution reported that the host does not exist, matching EAI_NONAME from \
                   getaddrinfo and GetAddrInfoW and also returned by gethostbyname. Common causes are a \
                   misspelled name, a name that is not registered in DNS, a missing DNS suffix in the \
                   search list, or a stale negative cache entry. getaddrinfo also uses it when both \
                   node and service are NULL, or when AI_NUMERICHOST is set and the string is not an \
                   address. Verify the name with nslookup, check ipconfig /all, and try ipconfig \
                   /flushdns.",
    }
    // A resolver answer (EAI_AGAIN, h_errno TRY_AGAIN), not an errno.
    11002 WSATRY_AGAIN [] {
        identifier: try_again,
        message: "Nonauthoritative host not found",
        posix: None, gai: EAI_AGAIN,
        category: Resolver, transient: true,
        details: "Name resolution hit a temporary failure, usually because the DNS server did not \
                   answer in time or returned a server failure. getaddrinfo and GetAddrInfoW report it \
                   as EAI_AGAIN, and gethostbyname returns it as well. The name may well exist, so \
                   retry after a short delay with backoff. If it keeps happening, check that the \
                   configured DNS servers are reachable and working, and whether a firewall or VPN is \
                   blocking DNS traffic.",
    }
    // A resolver answer (EAI_FAIL, h_errno NO_RECOVERY), not an errno.
    11003 WSANO_RECOVERY [] {
        identifier: no_recovery,
        message: "Nonrecoverable name server error",
        posix: None, gai: EAI_FAIL,
        category: Resolver, transient: false,
        details: "Name resolution failed with an error that retrying will not fix. A DNS server \
                   typically answered with a format error, a refusal, or a not-implemented response, \
                   and getaddrinfo reports this as EAI_FAIL. getservbyname and getprotobyname can also \
                   return it when the local services or protocol database cannot be read. Check which \
                   DNS server is being queried and whether it permits your queries, confirm the name is \
                   valid, and make sure the database files exist.",
    }
    // A resolver answer (h_errno NO_DATA), not an errno; the SDK defines EAI_NODATA as EAI_NONAME
    // (11001), mingw-w64 as 11004, so no EAI name is claimed.
    11004 WSANO_DATA [WSANO_ADDRESS] {
        identifier: no_data,
        message: "Valid name, no data record of requested type",
        posix: None, gai: None,
        category: Resolver, transient: false,
        details: "The name is valid and exists, but it has no record of the type that was asked for. A \
                   typical example is asking for an IPv6 address of a host that only has an A record, \
                   or looking up a name that only has MX records. gethostbyname, getaddrinfo, and \
                   getservbyname can report it, and WSANO_ADDRESS is an alias. Query the right address \
                   family, use AF_UNSPEC with getaddrinfo, or add the missing record in DNS.",
    }
    11005 WSA_QOS_RECEIVERS [] {
        identifier: qos_receivers,
        message: "QoS receivers",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "This is a Generic QoS (RSVP) status notice, not a failure: at least one reservation \
                   (RESV) message has arrived, so a receiver has reserved resources for your flow. It \
                   is delivered after an FD_QOS notification and can be read with WSAIoctl SIO_GET_QOS. \
                   No action is needed beyond updating your view of the flow. GQoS and RSVP were \
                   deprecated in Windows Vista; new code should use qWAVE or the Traffic Control API.",
    }
    11006 WSA_QOS_SENDERS [] {
        identifier: qos_senders,
        message: "QoS senders",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "This is a Generic QoS (RSVP) status notice, not a failure: at least one path (PATH) \
                   message has arrived, so a sender is advertising a flow you may reserve resources \
                   for. It is delivered after an FD_QOS notification and read with WSAIoctl \
                   SIO_GET_QOS. A receiver can now request its reservation. GQoS was deprecated in \
                   Windows Vista, so new code should use qWAVE or the Traffic Control API.",
    }
    11007 WSA_QOS_NO_SENDERS [] {
        identifier: qos_no_senders,
        message: "No QoS senders",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A Generic QoS (RSVP) notice reporting that there are no senders left for this flow, \
                   typically because every sender has stopped or its path state has timed out. It \
                   arrives with an FD_QOS notification. A receiver can release its reservation or wait \
                   for senders to return. GQoS was deprecated in Windows Vista; new code should use \
                   qWAVE or the Traffic Control API.",
    }
    11008 WSA_QOS_NO_RECEIVERS [] {
        identifier: qos_no_receivers,
        message: "No QoS receivers",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A Generic QoS (RSVP) notice reporting that there are no receivers left for this \
                   flow, so no reservations are currently in place for the traffic you send. It arrives \
                   with an FD_QOS notification. The sender can keep sending best-effort traffic or stop \
                   the flow. GQoS was deprecated in Windows Vista; new code should use qWAVE or the \
                   Traffic Control API.",
    }
    11009 WSA_QOS_REQUEST_CONFIRMED [] {
        identifier: qos_request_confirmed,
        message: "QoS request confirmed",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A Generic QoS (RSVP) status notice, not a failure, confirming that a requested \
                   reservation has been installed along the path. It is reported through FD_QOS and the \
                   status information read with WSAIoctl SIO_GET_QOS. No action is required. GQoS was \
                   deprecated in Windows Vista, so new code should use qWAVE or the Traffic Control \
                   API.",
    }
    11010 WSA_QOS_ADMISSION_FAILURE [] {
        identifier: qos_admission_failure,
        message: "QoS admission error",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The QoS request was rejected because the network or a node along the path lacked the \
                   resources to admit it, most often not enough bandwidth for the requested flowspec. \
                   It can come from WSAConnect, WSAJoinLeaf, or WSAIoctl SIO_SET_QOS, or arrive later \
                   through FD_QOS. Lower the TokenRate, PeakBandwidth, or other flowspec values, or \
                   fall back to best-effort traffic.",
    }
    11011 WSA_QOS_POLICY_FAILURE [] {
        identifier: qos_policy_failure,
        message: "QoS policy failure",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The QoS request was refused for administrative reasons, for example missing or \
                   invalid credentials or a policy that does not allow this reservation. It can be \
                   returned by the call that set the QoS or delivered later with an FD_QOS \
                   notification. Check the QoS policy that applies to the user, application, and host, \
                   and the policy objects you placed in the provider-specific buffer.",
    }
    11012 WSA_QOS_BAD_STYLE [] {
        identifier: qos_bad_style,
        message: "QoS bad style",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The RSVP reservation style is unknown or conflicts with a style already in use for \
                   this session. Reservation styles such as fixed filter, wildcard filter, and shared \
                   explicit must be consistent across receivers. It is reported by the call that set \
                   the QoS, such as WSAIoctl SIO_SET_QOS, or through FD_QOS. Check the filter style you \
                   requested in the RSVP reservation information and make it match the other \
                   participants.",
    }
    11013 WSA_QOS_BAD_OBJECT [] {
        identifier: qos_bad_object,
        message: "QoS bad object",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A generic problem was found in an object of the QoS request, such as a filterspec or \
                   the provider-specific buffer as a whole. It is reported by WSAConnect, WSAJoinLeaf, \
                   WSAIoctl SIO_SET_QOS, or an FD_QOS notification. Check the structure of the QOS data \
                   you passed, in particular the ObjectType and ObjectLength of every object in the \
                   provider-specific buffer and the terminating end-of-list object.",
    }
    11014 WSA_QOS_TRAFFIC_CTRL_ERROR [] {
        identifier: qos_traffic_ctrl_error,
        message: "QoS traffic control error",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The QoS request failed in the traffic control layer, typically because of a problem \
                   with the FLOWSPEC values or because traffic control could not install the flow on \
                   the interface. It can come back from the call that set the QoS or arrive through \
                   FD_QOS. Check that the flowspec values are consistent and supported, that the \
                   interface supports packet scheduling, and that the process has the required rights.",
    }
    11015 WSA_QOS_GENERIC_ERROR [] {
        identifier: qos_generic_error,
        message: "QoS generic error",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A QoS error occurred that does not fit any of the more specific QoS codes. It can be \
                   returned by WSAConnect, WSAJoinLeaf, or WSAIoctl SIO_SET_QOS, or delivered with an \
                   FD_QOS notification. Verify the whole QOS structure and the provider-specific \
                   buffer, then retry or fall back to best-effort traffic. GQoS was deprecated in \
                   Windows Vista; new code should use qWAVE or the Traffic Control API.",
    }
    11016 WSA_QOS_ESERVICETYPE [] {
        identifier: qos_service_type,
        message: "QoS service type error",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The ServiceType field of a FLOWSPEC holds a value the QoS provider does not \
                   recognize or cannot use. It is reported when the QoS is set through WSAConnect, \
                   WSAJoinLeaf, WSAIoctl SIO_SET_QOS, or a template from WSAGetQOSByName is modified \
                   incorrectly. Use one of the defined SERVICETYPE values, such as best effort, \
                   controlled load, or guaranteed, and only combine flags that the provider supports.",
    }
    11017 WSA_QOS_EFLOWSPEC [] {
        identifier: qos_flowspec,
        message: "QoS flowspec error",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A FLOWSPEC in the QOS structure is invalid or inconsistent, for example a \
                   PeakBandwidth lower than the TokenRate, a bad bucket size, or values the provider \
                   cannot accept. It is reported by the call that sets the QoS, such as WSAConnect or \
                   WSAIoctl SIO_SET_QOS. Check the SendingFlowspec and ReceivingFlowspec fields, or \
                   start from a template returned by WSAGetQOSByName and change only what you need.",
    }
    11018 WSA_QOS_EPROVSPECBUF [] {
        identifier: qos_provider_buffer,
        message: "Invalid QoS provider buffer",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The provider-specific buffer attached to the QOS structure is invalid, for example a \
                   wrong length, a bad pointer, or contents that cannot be parsed as a list of QoS \
                   objects. It is reported when the QoS is set through WSAConnect, WSAJoinLeaf, or \
                   WSAIoctl SIO_SET_QOS. Check that ProviderSpecific.len matches the real size of the \
                   buffer and that the objects inside end with a proper end-of-list object.",
    }
    11019 WSA_QOS_EFILTERSTYLE [] {
        identifier: qos_filter_style,
        message: "Invalid QoS filter style",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The filter style given in the QoS request is invalid. RSVP reservation styles such \
                   as fixed filter, wildcard, and shared explicit decide how a reservation is shared \
                   between senders, and an unknown value triggers this code. It is reported by the call \
                   that sets the QoS, typically WSAIoctl SIO_SET_QOS. Check the style field of the RSVP \
                   reservation information object in the provider-specific buffer.",
    }
    11020 WSA_QOS_EFILTERTYPE [] {
        identifier: qos_filter_type,
        message: "Invalid QoS filter type",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A filter in the QoS request has an invalid type, so the provider cannot tell which \
                   traffic the reservation should apply to. It is reported by the call that sets the \
                   QoS, such as WSAIoctl SIO_SET_QOS, or through FD_QOS. Check the filterspecs in the \
                   provider-specific buffer and make sure each one uses an address type the provider \
                   supports, such as an IPv4 filterspec.",
    }
    11021 WSA_QOS_EFILTERCOUNT [] {
        identifier: qos_filter_count,
        message: "Incorrect QoS filter count",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A flow descriptor in the QoS request lists the wrong number of filterspecs for the \
                   reservation style in use; a fixed filter style, for instance, expects a specific \
                   count per flow. It is reported by the call that sets the QoS, such as WSAIoctl \
                   SIO_SET_QOS. Check the NumFilters value of each flow descriptor against the array it \
                   points to and the rules of the chosen style.",
    }
    11022 WSA_QOS_EOBJLENGTH [] {
        identifier: qos_object_length,
        message: "Invalid QoS object length",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "An object in the QoS provider-specific buffer has an invalid ObjectLength, so the \
                   provider cannot walk the list of objects safely. It is reported when the QoS is \
                   applied through WSAConnect, WSAJoinLeaf, or WSAIoctl SIO_SET_QOS. Set each object \
                   header length to the full size of that object structure, header included, and make \
                   sure the lengths add up to the buffer size given in the QOS structure.",
    }
    11023 WSA_QOS_EFLOWCOUNT [] {
        identifier: qos_flow_count,
        message: "Incorrect QoS flow count",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The QoS request contains an incorrect number of flow descriptors, for example a \
                   count that does not match the array or is not allowed for the requested style. It is \
                   reported by the call that sets the QoS, typically WSAIoctl SIO_SET_QOS. Check the \
                   NumFlowDesc field of the RSVP reservation information object and the array of flow \
                   descriptors that it describes.",
    }
    11024 WSA_QOS_EUNKOWNPSOBJ [WSA_QOS_EUNKNOWNPSOBJ] {
        identifier: qos_unknown_ps_object,
        message: "Unrecognized QoS object",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The QoS provider-specific buffer contains an object whose ObjectType it does not \
                   recognize. It is reported when the QoS is set through WSAConnect, WSAJoinLeaf, or \
                   WSAIoctl SIO_SET_QOS. Use only the object types defined in the QoS headers, check \
                   that no garbage or misaligned data sits between objects, and terminate the list with \
                   an end-of-list object. The constant name really is spelled EUNKOWNPSOBJ in the \
                   Windows headers.",
    }
    11025 WSA_QOS_EPOLICYOBJ [] {
        identifier: qos_policy_object,
        message: "Invalid QoS policy object",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A policy object in the QoS provider-specific buffer is invalid or could not be \
                   processed. Policy data is used by RSVP to carry credentials or rules for admission \
                   control. It is reported by the call that sets the QoS, such as WSAIoctl SIO_SET_QOS, \
                   or through FD_QOS. Check the length and contents of the policy information object \
                   and its policy elements, or leave it out if you do not need it.",
    }
    11026 WSA_QOS_EFLOWDESC [] {
        identifier: qos_flow_descriptor,
        message: "Invalid QoS flow descriptor",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The QoS request contains an invalid flow descriptor in its flow descriptor list, for \
                   example a bad flowspec or a NULL or malformed filter list inside one entry. It is \
                   reported by the call that sets the QoS, such as WSAIoctl SIO_SET_QOS. Check each \
                   flow descriptor in the RSVP reservation information object, including its FlowSpec \
                   and the FilterList it points to.",
    }
    11027 WSA_QOS_EPSFLOWSPEC [] {
        identifier: qos_ps_flowspec,
        message: "Invalid QoS provider-specific flowspec",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A flowspec stored in the QoS provider-specific buffer is invalid or inconsistent \
                   with the rest of the request. It is reported when the QoS is set through WSAConnect, \
                   WSAJoinLeaf, or WSAIoctl SIO_SET_QOS. Compare the provider-specific flowspec fields \
                   with the FLOWSPEC in the main QOS structure, and check that rates, bucket sizes, and \
                   packet sizes form a consistent set.",
    }
    11028 WSA_QOS_EPSFILTERSPEC [] {
        identifier: qos_ps_filterspec,
        message: "Invalid QoS provider-specific filterspec",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A filterspec stored in the QoS provider-specific buffer is invalid, for example an \
                   unsupported address type, a malformed address, or an incorrect length. It is \
                   reported when the QoS is set through WSAIoctl SIO_SET_QOS or another call that \
                   carries a QOS structure. Check each filterspec used by the flow descriptors, \
                   including the address family, addresses, and ports.",
    }
    11029 WSA_QOS_ESDMODEOBJ [] {
        identifier: qos_shape_discard_mode_object,
        message: "Invalid QoS shape discard mode object",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The shape discard mode object in the QoS provider-specific buffer is invalid. This \
                   object tells the packet scheduler what to do with traffic that exceeds the flowspec, \
                   such as shaping, discarding, or borrowing. It is reported by the call that sets the \
                   QoS, typically WSAIoctl SIO_SET_QOS. Check the object length and make sure the mode \
                   field holds one of the defined values.",
    }
    11030 WSA_QOS_ESHAPERATEOBJ [] {
        identifier: qos_shaping_rate_object,
        message: "Invalid QoS shaping rate object",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "The shaping rate object in the QoS provider-specific buffer is invalid. This object \
                   sets the rate at which the packet scheduler shapes outgoing traffic for the flow. It \
                   is reported by the call that sets the QoS, such as WSAIoctl SIO_SET_QOS. Check the \
                   object length and make sure the shaping rate value is valid and consistent with the \
                   sending flowspec.",
    }
    11031 WSA_QOS_RESERVED_PETYPE [] {
        identifier: qos_reserved_petype,
        message: "Reserved policy QoS element type",
        posix: None, gai: None,
        category: Qos, transient: false,
        details: "A policy element in the QoS provider-specific buffer uses a type value that is \
                   reserved and may not be supplied by applications. It is reported by the call that \
                   sets the QoS, such as WSAIoctl SIO_SET_QOS, or through FD_QOS. Remove the reserved \
                   element or replace it with a defined policy element type, and check the policy \
                   information object for stray or uninitialized data.",
    }
    11032 WSA_SECURE_HOST_NOT_FOUND [] {
        identifier: secure_host_not_found,
        message: "No such host is known securely",
        posix: None, gai: None,
        category: Resolver, transient: false,
        details: "A secure name lookup could not find the host, because the answer could not be \
                   obtained or validated securely. This happens when the Name Resolution Policy Table \
                   requires DNSSEC validation for the namespace and the DNS response was unsigned, \
                   failed validation, or did not arrive. getaddrinfo and GetAddrInfoEx report it as \
                   EAI_NOSECURENAME. Check the NRPT rules, for example with Get-DnsClientNrptPolicy, \
                   and whether the DNS server supports and validates DNSSEC for that zone.",
    }
    11033 WSA_IPSEC_NAME_POLICY_ERROR [] {
        identifier: ipsec_name_policy_error,
        message: "Name-based IPsec policy could not be added",
        posix: None, gai: EAI_IPSECPOLICY,
        category: Resolver, transient: false,
        details: "Name resolution succeeded, but Windows could not add the name-based IPsec policy \
                   that the Name Resolution Policy Table requires for that name, so the result is not \
                   returned. getaddrinfo and GetAddrInfoEx report it as EAI_IPSECPOLICY. It mostly \
                   appears with DirectAccess or other NRPT rules that demand IPsec for a namespace. \
                   Check the NRPT and IPsec configuration, and confirm that the Base Filtering Engine \
                   and IKE and AuthIP IPsec Keying Modules services are running.",
    }
}
