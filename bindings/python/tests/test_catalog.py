"""Every catalog entry is reachable from Python and equal to docs/catalog.json,
the snapshot the C library, the Windows DLL and the C++ layer are compared with."""

import pytest

import wsa_error
from wsa_error import WSAError, _native


def test_one_member_per_entry_in_code_order(entries):
    assert [(member.name, member.value) for member in WSAError] == [
        (entry["name"], entry["code"]) for entry in entries
    ]
    assert len(WSAError) == len(entries) == 98
    assert _native.codes() == tuple(entry["code"] for entry in entries)


def test_version_matches_the_snapshot(snapshot):
    assert wsa_error.__version__ == snapshot["version"]


def test_every_entry_equals_the_snapshot(entries):
    problems = []
    for entry in entries:
        member = wsa_error.lookup(entry["code"])
        found = {
            "code": int(member),
            "hex": f"0x{member:04X}",
            "name": member.name,
            "identifier": member.identifier,
            "aliases": list(member.aliases),
            "message": member.message,
            "details": member.details,
            "posix": member.posix_name,
            "gai": member.gai_name,
            "references": list(member.references),
            "category": member.category,
            "transient": member.transient,
            "hresult": f"0x{member.hresult:08X}",
        }
        assert set(found) == set(entry), "the snapshot gained a column this test does not check"
        problems += [
            f"{entry['name']}: {key} is {found[key]!r}, the snapshot says {entry[key]!r}"
            for key in entry
            if found[key] != entry[key]
        ]
    assert not problems, "\n".join(problems)


def test_module_functions_equal_the_snapshot(entries):
    for entry in entries:
        code = entry["code"]
        assert wsa_error.name(code) == entry["name"]
        assert wsa_error.describe(code) == entry["message"]
        assert wsa_error.details(code) == entry["details"]
        assert wsa_error.format(code) == f"{entry['name']} ({code}): {entry['message']}"


def test_every_name_and_alias_reaches_its_member(entries):
    for entry in entries:
        member = WSAError[entry["name"]]
        assert member.value == entry["code"]
        assert wsa_error.lookup(entry["name"]) is member
        assert wsa_error.lookup(entry["name"].lower()) is member
        for alias in entry["aliases"]:
            assert WSAError[alias] is member
            assert getattr(WSAError, alias) is member
            assert wsa_error.lookup(alias) is member
            assert wsa_error.lookup(alias.lower()) is member


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [("WSANO_ADDRESS", "WSANO_DATA"), ("WSA_QOS_EUNKNOWNPSOBJ", "WSA_QOS_EUNKOWNPSOBJ")],
)
def test_the_sdk_aliases(alias, canonical):
    member = WSAError[canonical]
    assert WSAError[alias] is member
    assert wsa_error.lookup(alias) is member
    assert alias in member.aliases
    assert alias not in [m.name for m in WSAError], "an alias is not a member of its own"
    assert WSAError.__members__[alias] is member


def test_every_posix_name_resolves_like_the_crate(entries):
    for posix_name, code in _native.posix_names():
        assert wsa_error.lookup(posix_name).value == code
    # Shared names prefer the 10000 range; synonyms resolve like their partner.
    assert wsa_error.lookup("EINVAL") is WSAError.WSAEINVAL
    assert wsa_error.lookup("EAGAIN") is WSAError.WSAEWOULDBLOCK
    assert wsa_error.lookup("ENOTSUP") is WSAError.WSAEOPNOTSUPP
    assert wsa_error.lookup("econnreset") is WSAError.WSAECONNRESET
