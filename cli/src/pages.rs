//! Where each Windows API function named in the catalog's `references`
//! column is documented: its page under
//! <https://learn.microsoft.com/windows/win32/api/>, as the MicrosoftDocs
//! sdk-api repository names it (`winsock2/nf-winsock2-recv`). The Markdown
//! reference links every name through this table; a test checks that every
//! name the catalog uses has a row.

/// The address of Microsoft's reference pages for the Win32 API.
const API_BASE: &str = "https://learn.microsoft.com/windows/win32/api/";

/// (function, page), sorted by function ignoring ASCII case.
const PAGES: &[(&str, &str)] = &[
    ("accept", "winsock2/nf-winsock2-accept"),
    ("AcceptEx", "mswsock/nf-mswsock-acceptex"),
    ("bind", "winsock2/nf-winsock2-bind"),
    ("closesocket", "winsock2/nf-winsock2-closesocket"),
    ("connect", "winsock2/nf-winsock2-connect"),
    ("ConnectEx", "mswsock/nc-mswsock-lpfn_connectex"),
    ("DisconnectEx", "mswsock/nc-mswsock-lpfn_disconnectex"),
    ("getaddrinfo", "ws2tcpip/nf-ws2tcpip-getaddrinfo"),
    ("GetAddrInfoEx", "ws2tcpip/nf-ws2tcpip-getaddrinfoexa"),
    (
        "GetAddrInfoExOverlappedResult",
        "ws2tcpip/nf-ws2tcpip-getaddrinfoexoverlappedresult",
    ),
    ("GetAddrInfoW", "ws2tcpip/nf-ws2tcpip-getaddrinfow"),
    ("gethostbyaddr", "winsock2/nf-winsock2-gethostbyaddr"),
    ("gethostbyname", "winsock2/nf-winsock2-gethostbyname"),
    ("gethostname", "winsock2/nf-winsock2-gethostname"),
    ("GetHostNameW", "winsock2/nf-winsock2-gethostnamew"),
    ("getnameinfo", "ws2tcpip/nf-ws2tcpip-getnameinfo"),
    ("GetNameInfoW", "ws2tcpip/nf-ws2tcpip-getnameinfow"),
    ("getpeername", "winsock2/nf-winsock2-getpeername"),
    ("getprotobyname", "winsock2/nf-winsock2-getprotobyname"),
    ("getprotobynumber", "winsock2/nf-winsock2-getprotobynumber"),
    ("getservbyname", "winsock2/nf-winsock2-getservbyname"),
    ("getservbyport", "winsock2/nf-winsock2-getservbyport"),
    ("getsockname", "winsock2/nf-winsock2-getsockname"),
    ("getsockopt", "winsock2/nf-winsock2-getsockopt"),
    ("inet_ntop", "ws2tcpip/nf-ws2tcpip-inet_ntop"),
    ("inet_pton", "ws2tcpip/nf-ws2tcpip-inet_pton"),
    ("ioctlsocket", "winsock2/nf-winsock2-ioctlsocket"),
    ("listen", "winsock2/nf-winsock2-listen"),
    ("recv", "winsock2/nf-winsock2-recv"),
    ("recvfrom", "winsock2/nf-winsock2-recvfrom"),
    (
        "RIOCreateCompletionQueue",
        "mswsock/nc-mswsock-lpfn_riocreatecompletionqueue",
    ),
    (
        "RIOCreateRequestQueue",
        "mswsock/nc-mswsock-lpfn_riocreaterequestqueue",
    ),
    ("RIONotify", "mswsock/nc-mswsock-lpfn_rionotify"),
    ("RIOReceive", "mswsock/nc-mswsock-lpfn_rioreceive"),
    ("RIOReceiveEx", "mswsock/nc-mswsock-lpfn_rioreceiveex"),
    (
        "RIORegisterBuffer",
        "mswsock/nc-mswsock-lpfn_rioregisterbuffer",
    ),
    (
        "RIOResizeCompletionQueue",
        "mswsock/nc-mswsock-lpfn_rioresizecompletionqueue",
    ),
    (
        "RIOResizeRequestQueue",
        "mswsock/nc-mswsock-lpfn_rioresizerequestqueue",
    ),
    ("RIOSend", "mswsock/nc-mswsock-lpfn_riosend"),
    ("RIOSendEx", "mswsock/nc-mswsock-lpfn_riosendex"),
    ("select", "winsock2/nf-winsock2-select"),
    ("send", "winsock2/nf-winsock2-send"),
    ("sendto", "winsock2/nf-winsock2-sendto"),
    ("SetAddrInfoEx", "ws2tcpip/nf-ws2tcpip-setaddrinfoexa"),
    ("setsockopt", "winsock2/nf-winsock2-setsockopt"),
    ("shutdown", "winsock2/nf-winsock2-shutdown"),
    ("socket", "winsock2/nf-winsock2-socket"),
    ("TransmitFile", "mswsock/nf-mswsock-transmitfile"),
    ("TransmitPackets", "mswsock/nc-mswsock-lpfn_transmitpackets"),
    ("WSAAccept", "winsock2/nf-winsock2-wsaaccept"),
    (
        "WSAAddressToString",
        "winsock2/nf-winsock2-wsaaddresstostringa",
    ),
    (
        "WSAAsyncGetHostByAddr",
        "winsock2/nf-winsock2-wsaasyncgethostbyaddr",
    ),
    (
        "WSAAsyncGetHostByName",
        "winsock2/nf-winsock2-wsaasyncgethostbyname",
    ),
    (
        "WSAAsyncGetProtoByName",
        "winsock2/nf-winsock2-wsaasyncgetprotobyname",
    ),
    (
        "WSAAsyncGetProtoByNumber",
        "winsock2/nf-winsock2-wsaasyncgetprotobynumber",
    ),
    (
        "WSAAsyncGetServByName",
        "winsock2/nf-winsock2-wsaasyncgetservbyname",
    ),
    (
        "WSAAsyncGetServByPort",
        "winsock2/nf-winsock2-wsaasyncgetservbyport",
    ),
    ("WSAAsyncSelect", "winsock2/nf-winsock2-wsaasyncselect"),
    (
        "WSACancelAsyncRequest",
        "winsock2/nf-winsock2-wsacancelasyncrequest",
    ),
    ("WSACleanup", "winsock2/nf-winsock2-wsacleanup"),
    ("WSACloseEvent", "winsock2/nf-winsock2-wsacloseevent"),
    ("WSAConnect", "winsock2/nf-winsock2-wsaconnect"),
    ("WSAConnectByList", "winsock2/nf-winsock2-wsaconnectbylist"),
    ("WSAConnectByName", "winsock2/nf-winsock2-wsaconnectbynamea"),
    ("WSACreateEvent", "winsock2/nf-winsock2-wsacreateevent"),
    (
        "WSADeleteSocketPeerTargetName",
        "ws2tcpip/nf-ws2tcpip-wsadeletesocketpeertargetname",
    ),
    (
        "WSADuplicateSocket",
        "winsock2/nf-winsock2-wsaduplicatesocketa",
    ),
    (
        "WSAEnumNameSpaceProviders",
        "winsock2/nf-winsock2-wsaenumnamespaceprovidersa",
    ),
    (
        "WSAEnumNameSpaceProvidersEx",
        "winsock2/nf-winsock2-wsaenumnamespaceprovidersexa",
    ),
    (
        "WSAEnumNetworkEvents",
        "winsock2/nf-winsock2-wsaenumnetworkevents",
    ),
    ("WSAEnumProtocols", "winsock2/nf-winsock2-wsaenumprotocolsa"),
    ("WSAEventSelect", "winsock2/nf-winsock2-wsaeventselect"),
    (
        "WSAGetOverlappedResult",
        "winsock2/nf-winsock2-wsagetoverlappedresult",
    ),
    ("WSAGetQOSByName", "winsock2/nf-winsock2-wsagetqosbyname"),
    (
        "WSAGetServiceClassInfo",
        "winsock2/nf-winsock2-wsagetserviceclassinfoa",
    ),
    (
        "WSAGetServiceClassNameByClassId",
        "winsock2/nf-winsock2-wsagetserviceclassnamebyclassida",
    ),
    ("WSAHtonl", "winsock2/nf-winsock2-wsahtonl"),
    ("WSAHtons", "winsock2/nf-winsock2-wsahtons"),
    (
        "WSAImpersonateSocketPeer",
        "ws2tcpip/nf-ws2tcpip-wsaimpersonatesocketpeer",
    ),
    (
        "WSAInstallServiceClass",
        "winsock2/nf-winsock2-wsainstallserviceclassa",
    ),
    ("WSAIoctl", "winsock2/nf-winsock2-wsaioctl"),
    ("WSAJoinLeaf", "winsock2/nf-winsock2-wsajoinleaf"),
    (
        "WSALookupServiceBegin",
        "winsock2/nf-winsock2-wsalookupservicebegina",
    ),
    (
        "WSALookupServiceEnd",
        "winsock2/nf-winsock2-wsalookupserviceend",
    ),
    (
        "WSALookupServiceNext",
        "winsock2/nf-winsock2-wsalookupservicenexta",
    ),
    ("WSANSPIoctl", "winsock2/nf-winsock2-wsanspioctl"),
    ("WSANtohl", "winsock2/nf-winsock2-wsantohl"),
    ("WSANtohs", "winsock2/nf-winsock2-wsantohs"),
    ("WSAPoll", "winsock2/nf-winsock2-wsapoll"),
    (
        "WSAProviderConfigChange",
        "winsock2/nf-winsock2-wsaproviderconfigchange",
    ),
    (
        "WSAQuerySocketSecurity",
        "ws2tcpip/nf-ws2tcpip-wsaquerysocketsecurity",
    ),
    ("WSARecv", "winsock2/nf-winsock2-wsarecv"),
    (
        "WSARecvDisconnect",
        "winsock2/nf-winsock2-wsarecvdisconnect",
    ),
    ("WSARecvEx", "mswsock/nf-mswsock-wsarecvex"),
    ("WSARecvFrom", "winsock2/nf-winsock2-wsarecvfrom"),
    ("WSARecvMsg", "mswsock/nc-mswsock-lpfn_wsarecvmsg"),
    (
        "WSARemoveServiceClass",
        "winsock2/nf-winsock2-wsaremoveserviceclass",
    ),
    ("WSAResetEvent", "winsock2/nf-winsock2-wsaresetevent"),
    (
        "WSARevertImpersonation",
        "ws2tcpip/nf-ws2tcpip-wsarevertimpersonation",
    ),
    ("WSASend", "winsock2/nf-winsock2-wsasend"),
    (
        "WSASendDisconnect",
        "winsock2/nf-winsock2-wsasenddisconnect",
    ),
    ("WSASendMsg", "winsock2/nf-winsock2-wsasendmsg"),
    ("WSASendTo", "winsock2/nf-winsock2-wsasendto"),
    ("WSASetEvent", "winsock2/nf-winsock2-wsasetevent"),
    ("WSASetService", "winsock2/nf-winsock2-wsasetservicea"),
    (
        "WSASetSocketPeerTargetName",
        "ws2tcpip/nf-ws2tcpip-wsasetsocketpeertargetname",
    ),
    (
        "WSASetSocketSecurity",
        "ws2tcpip/nf-ws2tcpip-wsasetsocketsecurity",
    ),
    ("WSASocket", "winsock2/nf-winsock2-wsasocketa"),
    ("WSAStartup", "winsock2/nf-winsock2-wsastartup"),
    (
        "WSAStringToAddress",
        "winsock2/nf-winsock2-wsastringtoaddressa",
    ),
    (
        "WSAWaitForMultipleEvents",
        "winsock2/nf-winsock2-wsawaitformultipleevents",
    ),
    (
        "WSCDeinstallProvider",
        "ws2spi/nf-ws2spi-wscdeinstallprovider",
    ),
    (
        "WSCEnableNSProvider",
        "ws2spi/nf-ws2spi-wscenablensprovider",
    ),
    (
        "WSCEnumNameSpaceProviders32",
        "ws2spi/nf-ws2spi-wscenumnamespaceproviders32",
    ),
    ("WSCEnumProtocols", "ws2spi/nf-ws2spi-wscenumprotocols"),
    (
        "WSCGetApplicationCategory",
        "ws2spi/nf-ws2spi-wscgetapplicationcategory",
    ),
    ("WSCGetProviderInfo", "ws2spi/nf-ws2spi-wscgetproviderinfo"),
    ("WSCGetProviderPath", "ws2spi/nf-ws2spi-wscgetproviderpath"),
    (
        "WSCInstallNameSpace",
        "ws2spi/nf-ws2spi-wscinstallnamespace",
    ),
    (
        "WSCInstallNameSpaceEx",
        "ws2spi/nf-ws2spi-wscinstallnamespaceex",
    ),
    ("WSCInstallProvider", "ws2spi/nf-ws2spi-wscinstallprovider"),
    (
        "WSCInstallProviderAndChains",
        "ws2spi/nf-ws2spi-wscinstallproviderandchains",
    ),
    (
        "WSCInstallQOSTemplate",
        "ws2spi/nf-ws2spi-wscinstallqostemplate",
    ),
    (
        "WSCRemoveQOSTemplate",
        "ws2spi/nf-ws2spi-wscremoveqostemplate",
    ),
    (
        "WSCSetApplicationCategory",
        "ws2spi/nf-ws2spi-wscsetapplicationcategory",
    ),
    ("WSCSetProviderInfo", "ws2spi/nf-ws2spi-wscsetproviderinfo"),
    (
        "WSCUnInstallNameSpace",
        "ws2spi/nf-ws2spi-wscuninstallnamespace",
    ),
    ("WSCUpdateProvider", "ws2spi/nf-ws2spi-wscupdateprovider"),
];

/// The address of `function`'s Microsoft reference page, if the table has it.
pub(crate) fn reference_url(function: &str) -> Option<String> {
    PAGES
        .iter()
        .find(|(name, _)| *name == function)
        .map(|(_, page)| format!("{API_BASE}{page}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_the_catalog_references_has_a_page() {
        for entry in wsa_error::entries() {
            for function in entry.references() {
                assert!(
                    reference_url(function).is_some(),
                    "{}: no page for {function}",
                    entry.name()
                );
            }
        }
    }

    #[test]
    fn every_page_is_referenced_and_named_once() {
        for (i, (function, page)) in PAGES.iter().enumerate() {
            assert!(
                wsa_error::entries()
                    .iter()
                    .any(|entry| entry.references().any(|name| name == *function)),
                "{function} is in no entry's references"
            );
            assert!(
                !PAGES[..i].iter().any(|(other, _)| other == function),
                "{function} twice"
            );
            let header = page.split('/').next().unwrap_or("");
            assert!(
                page.starts_with(&format!("{header}/nf-{header}-"))
                    || page.starts_with(&format!("{header}/nc-{header}-")),
                "{function}: {page} is not a function page"
            );
        }
    }
}
