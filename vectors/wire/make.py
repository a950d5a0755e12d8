#!/usr/bin/env python3
"""Writes the negative wire vectors of vectors/wire/*.json (kind "wire", vectors/README.md).

    python3 vectors/wire/make.py            # rewrite the files
    python3 vectors/wire/make.py --check    # fail if a file differs from what this script writes

Two sources of cases:

* Variants of real messages. Every handshake message of vectors/rfc8448 and vectors/recorded is
  parsed by the independent oracle vectors/tools/tlsoracle.py with a recording reader, which gives
  the offset, width and value of every length field the oracle reads and what it covers. For each
  length field of each message type (first message that has it), the script writes: a cut inside
  the field, a length claiming one byte more than its enclosing structure holds, a value past the
  declared ceiling, a byte appended inside the vector (enclosing lengths fixed up), a content below
  the declared floor and above the ceiling, an empty body for extensions that have a structure,
  and a duplicate of every extension. The expected alert follows from the RFC struct (its
  <floor..ceiling> and element type, transcribed below from the RFCs), never from tlsref's Java.
* Hand-written cases for what no real message holds: every extension form, placement against the
  RFC 8446 §4.2 / RFC 9846 §4.3 table (transcribed below), records, alerts, change_cipher_spec,
  TLSInnerPlaintext, values out of range.

As a check on the generator, every structural variant (cut, over-long, appended byte where the
oracle parses the structure) must also be rejected by the oracle; the script stops otherwise.

Tlsref's reason names (DecodeFailure) follow one reading order that any strict decoder shares: a
vector length is compared with its <floor..ceiling> before the bytes it claims are looked for.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VECTORS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(VECTORS, "tools"))
import tlsoracle  # noqa: E402  (the independent parser; imported after the path is set)

# ---------------------------------------------------------------------------------------------
# Encoding helpers (the presentation language of RFC 8446 §3)
# ---------------------------------------------------------------------------------------------


def u8(v):
    return bytes([v])


def u16(v):
    return v.to_bytes(2, "big")


def u24(v):
    return v.to_bytes(3, "big")


def u32(v):
    return v.to_bytes(4, "big")


def vec8(b):
    return u8(len(b)) + b


def vec16(b):
    return u16(len(b)) + b


def vec24(b):
    return u24(len(b)) + b


def ext(ext_type, body):
    """One Extension: extension_type, extension_data<0..2^16-1>."""
    return u16(ext_type) + vec16(body)


def block(*extensions):
    """An Extension extensions<0..2^16-1> block."""
    return vec16(b"".join(extensions))


def handshake(msg_type, body):
    """A Handshake struct: msg_type, uint24 length, body (RFC 8446 §4)."""
    return u8(msg_type) + vec24(body)


def record(content_type, body, version=0x0303):
    """A TLSPlaintext / TLSCiphertext record (RFC 8446 §5.1)."""
    return u8(content_type) + u16(version) + vec16(body)


HRR_RANDOM = tlsoracle.HELLO_RETRY_REQUEST_RANDOM

# ---------------------------------------------------------------------------------------------
# Names the RFCs give (only what the generator needs)
# ---------------------------------------------------------------------------------------------

EXT = {
    0: "server_name", 1: "max_fragment_length", 5: "status_request", 10: "supported_groups",
    11: "ec_point_formats", 13: "signature_algorithms", 14: "use_srtp", 15: "heartbeat",
    16: "application_layer_protocol_negotiation", 17: "status_request_v2",
    18: "signed_certificate_timestamp", 19: "client_certificate_type",
    20: "server_certificate_type", 21: "padding", 22: "encrypt_then_mac",
    23: "extended_master_secret", 27: "compress_certificate", 28: "record_size_limit",
    34: "delegated_credential", 35: "session_ticket", 41: "pre_shared_key", 42: "early_data",
    43: "supported_versions", 44: "cookie", 45: "psk_key_exchange_modes",
    47: "certificate_authorities", 48: "oid_filters", 49: "post_handshake_auth",
    50: "signature_algorithms_cert", 51: "key_share", 52: "transparency_info",
    57: "quic_transport_parameters", 64768: "ech_outer_extensions",
    65037: "encrypted_client_hello", 65281: "renegotiation_info",
}
EXT_SHORT = {16: "alpn", 65037: "ech"}


def ext_slug(code):
    return EXT_SHORT.get(code, EXT.get(code, f"ext{code}")).replace("_", "-")


MSG_SLUG = {
    0: "hello-request", 1: "client-hello", 2: "server-hello", 4: "new-session-ticket",
    5: "end-of-early-data", 8: "encrypted-extensions", 11: "certificate",
    12: "server-key-exchange", 13: "certificate-request", 14: "server-hello-done",
    15: "certificate-verify", 16: "client-key-exchange", 20: "finished", 24: "key-update",
}

# Where each message's struct is defined, for the "why" of its cases.
MSG_SOURCE = {
    ("tls13", 1): "RFC 8446 §4.1.2", ("tls12", 1): "RFC 5246 §7.4.1.2",
    ("tls13", 2): "RFC 8446 §4.1.3", ("tls12", 2): "RFC 5246 §7.4.1.3",
    ("tls13", "hrr"): "RFC 8446 §4.1.4", ("tls13", 4): "RFC 8446 §4.6.1",
    ("tls12", 4): "RFC 5077 §3.3", ("tls13", 5): "RFC 8446 §4.5",
    ("tls13", 8): "RFC 8446 §4.3.1", ("tls13", 11): "RFC 8446 §4.4.2",
    ("tls12", 11): "RFC 5246 §7.4.2", ("tls12", 12): "RFC 8422 §5.4",
    ("tls13", 13): "RFC 8446 §4.3.2 (bounds of RFC 9846 §4.4.2)",
    ("tls12", 13): "RFC 5246 §7.4.4", ("tls12", 14): "RFC 5246 §7.4.5",
    ("tls13", 15): "RFC 8446 §4.4.3", ("tls12", 15): "RFC 5246 §7.4.8",
    ("tls12", 16): "RFC 5246 §7.4.7", ("tls13", 20): "RFC 8446 §4.4.4",
    ("tls12", 20): "RFC 5246 §7.4.9", ("tls13", 24): "RFC 8446 §4.6.3",
    ("tls12", 0): "RFC 5246 §7.4.1.1",
}

# ---------------------------------------------------------------------------------------------
# The RFC structs: bounds and element type of every length-prefixed field the oracle reads
# ---------------------------------------------------------------------------------------------
#
# kind: what the vector holds, which fixes what one appended byte does:
#   opaque     bytes without structure (an appended byte is still well formed)
#   u8list     uint8 codes (ditto)
#   u16list    uint16 codes: an odd length is malformed (RFC 8446 §3.4)
#   structs    structs whose first field needs >= 2 bytes: one byte is a truncated struct
#   binders    PskBinderEntry<32..255>: one zero byte is a binder of length 0
#   extblock   an extension block: one byte is a truncated extension_type
#   extdata    one extension's extension_data (see EXT_FORM)
#   body       a handshake message body

FIELDS = {
    "body": (0, 0xFFFFFF, "body", "RFC 8446 §4 (uint24 length)"),
    "legacy_session_id": (0, 32, "opaque", "RFC 8446 §4.1.2 legacy_session_id<0..32>"),
    "legacy_session_id_echo": (0, 32, "opaque",
                               "RFC 8446 §4.1.3 legacy_session_id_echo<0..32>"),
    "cipher_suites": (2, 0xFFFE, "u16list", "RFC 8446 §4.1.2 cipher_suites<2..2^16-2>"),
    "legacy_compression_methods": (1, 255, "u8list",
                                   "RFC 8446 §4.1.2 legacy_compression_methods<1..2^8-1>"),
    "extensions": (0, 0xFFFF, "extblock", "RFC 8446 §4.2 extensions<0..2^16-1>"),
    "server_name_list": (1, 0xFFFF, "structs", "RFC 6066 §3 server_name_list<1..2^16-1>"),
    "host_name": (1, 0xFFFF, "opaque", "RFC 6066 §3 HostName<1..2^16-1>"),
    "named_group_list": (2, 0xFFFF, "u16list", "RFC 8446 §4.2.7 named_group_list<2..2^16-1>"),
    "ec_point_format_list": (1, 255, "u8list", "RFC 8422 §5.1.2 ec_point_format_list<1..2^8-1>"),
    "supported_signature_algorithms": (
        2, 0xFFFE, "u16list", "RFC 8446 §4.2.3 supported_signature_algorithms<2..2^16-2>"),
    "versions": (2, 254, "u16list", "RFC 8446 §4.2.1 versions<2..254>"),
    "cookie": (1, 0xFFFF, "opaque", "RFC 8446 §4.2.2 cookie<1..2^16-1>"),
    "ke_modes": (1, 255, "u8list", "RFC 8446 §4.2.9 ke_modes<1..255>"),
    "client_shares": (0, 0xFFFF, "structs", "RFC 8446 §4.2.8 client_shares<0..2^16-1>"),
    "key_exchange": (1, 0xFFFF, "opaque", "RFC 8446 §4.2.8 key_exchange<1..2^16-1>"),
    "identities": (7, 0xFFFF, "structs", "RFC 8446 §4.2.11 identities<7..2^16-1>"),
    "identity": (1, 0xFFFF, "opaque", "RFC 8446 §4.2.11 identity<1..2^16-1>"),
    "binders": (33, 0xFFFF, "binders", "RFC 8446 §4.2.11 binders<33..2^16-1>"),
    "binder": (32, 255, "opaque", "RFC 8446 §4.2.11 PskBinderEntry<32..255>"),
    "renegotiated_connection": (0, 255, "opaque",
                                "RFC 5746 §3.2 renegotiated_connection<0..255>"),
    "ticket_nonce": (0, 255, "opaque", "RFC 8446 §4.6.1 ticket_nonce<0..255>"),
    "certificate_request_context": (0, 255, "opaque",
                                    "RFC 8446 §4.4.2 certificate_request_context<0..2^8-1>"),
    "cert_data": (1, 0xFFFFFF, "opaque", "RFC 8446 §4.4.2 cert_data<1..2^24-1>"),
    "public": (1, 255, "opaque", "RFC 8422 §5.4 ECPoint point<1..2^8-1>"),
    "signature": (0, 0xFFFF, "opaque", "RFC 8446 §4.4.3 signature<0..2^16-1>"),
    "certificate_types": (1, 255, "u8list", "RFC 5246 §7.4.4 certificate_types<1..2^8-1>"),
    "certificate_authorities": (0, 0xFFFF, "structs",
                                "RFC 5246 §7.4.4 certificate_authorities<0..2^16-1>"),
    "DistinguishedName": (1, 0xFFFF, "opaque", "RFC 5246 §7.4.4 DistinguishedName<1..2^16-1>"),
    "ecdh_Yc": (1, 255, "opaque", "RFC 8422 §5.7 ECPoint point<1..2^8-1>"),
    "pre_master_secret": (0, 0xFFFF, "opaque",
                          "RFC 5246 §7.4.7.1 and §4.7: a public-key-encrypted element is an "
                          "opaque vector <0..2^16-1>"),
}


def field_spec(name, msg_key, dialect):
    """(floor, ceiling, kind, citation) of a field, where the message or dialect changes it."""
    tls12 = dialect == "tls12"
    if name.startswith("extension "):
        return (0, 0xFFFF, "extdata", ("RFC 5246 §7.4.1.4" if tls12 else "RFC 8446 §4.2")
                + " extension_data<0..2^16-1>")
    if name == "extensions" and tls12:
        return (0, 0xFFFF, "extblock", "RFC 5246 §7.4.1.2 extensions<0..2^16-1>")
    if name == "body" and tls12:
        return (0, 0xFFFFFF, "body", "RFC 5246 §7.4 (uint24 length)")
    if name == "signature" and tls12:
        return (0, 0xFFFF, "opaque", "RFC 5246 §4.7 DigitallySigned signature<0..2^16-1>")
    if name == "extensions" and msg_key == "hrr":
        return (6, 0xFFFF, "extblock", "RFC 8446 §4.1.4 (the ServerHello struct) "
                                       "extensions<6..2^16-1>")
    if name == "extensions" and msg_key == 13:
        return (0, 0xFFFF, "extblock", "RFC 9846 §4.4.2 extensions<0..2^16-1> "
                                       "(RFC 8446 had <2..2^16-1>)")
    if name == "ticket":
        return ((1, 0xFFFF, "opaque", "RFC 8446 §4.6.1 ticket<1..2^16-1>") if dialect == "tls13"
                else (0, 0xFFFF, "opaque", "RFC 5077 §3.3 ticket<0..2^16-1>"))
    if name == "certificate_list":
        return ((0, 0xFFFFFF, "structs", "RFC 8446 §4.4.2 certificate_list<0..2^24-1>")
                if dialect == "tls13" else
                (0, 0xFFFFFF, "structs", "RFC 5246 §7.4.2 certificate_list<0..2^24-1>"))
    if name == "supported_signature_algorithms" and msg_key == 13:
        return (2, 0xFFFE, "u16list", "RFC 5246 §7.4.4 supported_signature_algorithms, with the "
                                      "<2..2^16-2> bounds RFC 5246 §7.4.1.4.1 gives the list")
    return FIELDS[name]


# The form of extension_data in each message (RFC 8446 §4.2, RFC 6066, RFC 8422, ...):
# "struct" has a fixed structure (a byte after it is left over, decode_error); "empty" is a
# struct {} (same); "rest" takes every byte (an appended byte is still well formed).
def ext_form(code, msg_key):
    if code == 21:
        return "rest"          # RFC 7685 §3: any number of zero bytes
    if code == 35 and msg_key == 1:
        return "rest"          # RFC 5077 §3.2: the ticket is the whole extension_data
    if code in (0, 5) and msg_key in (2, 8, "hrr"):
        return "empty"         # RFC 6066 §3, §8: the server's extension_data SHALL be empty
    if code in (22, 23, 35, 49):
        return "empty"         # RFC 7366 §2, RFC 7627 §5.1, RFC 5077 §3.2, RFC 8446 §4.2.6
    if code == 42 and msg_key != 4:
        return "empty"         # RFC 8446 §4.2.10: Empty in ClientHello and EncryptedExtensions
    if code in EXT:
        return "struct"
    return "rest"


EXT_SOURCE = {
    0: "RFC 6066 §3", 1: "RFC 6066 §4", 5: "RFC 6066 §8", 10: "RFC 8446 §4.2.7",
    11: "RFC 8422 §5.1.2", 13: "RFC 8446 §4.2.3", 16: "RFC 7301 §3.1", 21: "RFC 7685 §3",
    22: "RFC 7366 §2", 23: "RFC 7627 §5.1", 28: "RFC 8449 §4", 35: "RFC 5077 §3.2",
    41: "RFC 8446 §4.2.11", 42: "RFC 8446 §4.2.10", 43: "RFC 8446 §4.2.1",
    44: "RFC 8446 §4.2.2", 45: "RFC 8446 §4.2.9", 47: "RFC 8446 §4.2.4", 48: "RFC 8446 §4.2.5",
    49: "RFC 8446 §4.2.6", 50: "RFC 8446 §4.2.3", 51: "RFC 8446 §4.2.8",
    65281: "RFC 5746 §3.2",
}

# ---------------------------------------------------------------------------------------------
# Locating fields: the oracle's own reader, recording every read
# ---------------------------------------------------------------------------------------------


class _Located(bytes):
    """Bytes that remember their offset in the message, so nested readers know where they are."""
    base = 0


class _RecordingReader(tlsoracle.Reader):
    log = []

    def __init__(self, data, what="message"):
        self.base = getattr(data, "base", 0)
        super().__init__(data, what)

    def take(self, n, field):
        start = self.base + self.pos
        out = _Located(super().take(n, field))
        out.base = start
        _RecordingReader.log.append((field, start, n, self.base + len(self.data)))
        return out


class LengthField:
    """A length prefix: where it is, how wide, its value, what it covers and the scope it is in."""

    def __init__(self, name, off, width, value, scope_end):
        self.name, self.off, self.width, self.value = name, off, width, value
        self.start = off + width
        self.end = self.start + value
        self.scope_end = scope_end
        self.path = None

    def contains(self, other):
        return other is not self and self.start <= other.off and other.end <= self.end


class ExtensionEntry:
    def __init__(self, code, off, end, block):
        self.code, self.off, self.end, self.block = code, off, end, block


def locate(msg, dialect, key_exchange):
    """Parses msg with the oracle and returns (fields dict, length fields, extension entries)."""
    original = tlsoracle.Reader
    _RecordingReader.log = []
    tlsoracle.Reader = _RecordingReader
    try:
        parsed = tlsoracle.parse_message(msg, dialect, key_exchange)
    finally:
        tlsoracle.Reader = original
    log = _RecordingReader.log
    lengths, entries = [], []
    for i, (field, start, n, scope_end) in enumerate(log):
        nxt = log[i + 1] if i + 1 < len(log) else None
        if field == "length" and nxt and nxt[0] == "body":
            lengths.append(LengthField("body", start, n, nxt[2], scope_end))
        elif field.endswith(" length") and nxt and nxt[0] == field[:-len(" length")] \
                and nxt[1] == start + n:
            lengths.append(LengthField(nxt[0], start, n, nxt[2], scope_end))
    for f in lengths:
        parents = sorted((g for g in lengths if g.contains(f)), key=lambda g: g.start)
        f.parents = parents
        f.path = [g.name for g in parents] + [f.name]
    for i, (field, start, n, _) in enumerate(log):
        if field == "extension_type":
            code = int.from_bytes(msg[start:start + 2], "big")
            data = next(f for f in lengths if f.off == start + 2)
            blk = max((g for g in lengths if g.name == "extensions" and g.contains(data)),
                      key=lambda g: g.start)
            entries.append(ExtensionEntry(code, start, data.end, blk))
    return parsed, lengths, entries


def oracle_rejects(msg, dialect, key_exchange):
    try:
        tlsoracle.parse_message(msg, dialect, key_exchange)
    except tlsoracle.OracleError:
        return True
    return False


# ---------------------------------------------------------------------------------------------
# Editing a message while keeping every enclosing length right
# ---------------------------------------------------------------------------------------------


def put(buf, field, value):
    if value < 0 or value >= 1 << (8 * field.width):
        raise ValueError("length does not fit")
    buf[field.off:field.off + field.width] = value.to_bytes(field.width, "big")


def replace(msg, a, b, new, adjust):
    """Replaces msg[a:b] with new and adds the size change to every field in adjust."""
    delta = len(new) - (b - a)
    buf = bytearray(msg)
    for f in adjust:
        put(buf, f, f.value + delta)
    return bytes(buf[:a]) + new + bytes(buf[b:])


def set_content(msg, field, new):
    """The message with field's content replaced and its length and its parents' fixed."""
    return replace(msg, field.start, field.end, new, [field] + field.parents)


def cut(msg, at):
    """msg cut after `at` bytes, with the handshake header length claiming exactly what is left."""
    out = bytearray(msg[:at])
    if at >= 4:
        out[1:4] = (at - 4).to_bytes(3, "big")
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------

ALERT_OF = {
    "TRUNCATED": "decode_error", "TRAILING_BYTES": "decode_error",
    "LENGTH_OUT_OF_RANGE": "decode_error", "LENGTH_NOT_MULTIPLE": "decode_error",
    "WRONG_ELEMENT_COUNT": "decode_error", "DUPLICATE_EXTENSION": "illegal_parameter",
    "EXTENSION_NOT_ALLOWED": "illegal_parameter", "UNSOLICITED_EXTENSION": "unsupported_extension",
    "PRE_SHARED_KEY_NOT_LAST": "illegal_parameter", "DUPLICATE_ENTRY": "illegal_parameter",
    "RECORD_SIZE_LIMIT_TOO_SMALL": "illegal_parameter", "ILLEGAL_VALUE": "illegal_parameter",
    "UNEXPECTED_CONTENT_TYPE": "unexpected_message", "UNEXPECTED_MESSAGE": "unexpected_message",
    "RECORD_OVERFLOW": "record_overflow", "EMPTY_RECORD": "unexpected_message",
    "RECORD_VERSION_NOT_TLS": "protocol_version",
    "MISSING_INNER_CONTENT_TYPE": "unexpected_message",
    "ILLEGAL_CHANGE_CIPHER_SPEC": "unexpected_message",
    "PROTECTED_CHANGE_CIPHER_SPEC": "unexpected_message",
    "HANDSHAKE_INTERLEAVED": "unexpected_message", "MESSAGE_TOO_LARGE": "illegal_parameter",
    "UNKNOWN_KEY_UPDATE_REQUEST": "illegal_parameter",
    "UNSUPPORTED_EC_CURVE_TYPE": "handshake_failure",
}

DECODE_ERROR_WHY = ("decode_error (RFC 8446 §6.2, RFC 5246 §7.2.2): \"A message could not be "
                    "decoded because some field was out of the specified range or the length of "
                    "the message was incorrect.\"")


class File:
    def __init__(self, name, source, description, notes=()):
        self.name, self.source, self.description, self.notes = name, source, description, notes
        self.cases = []
        self.names = set()

    def add(self, name, kind, hex_bytes, reason, why, dialect="tls13", **extra):
        if name in self.names:
            raise ValueError(f"{self.name}: duplicate case name {name}")
        self.names.add(name)
        case = {"name": name, "kind": kind, "dialect": dialect}
        for key in ("context", "key_exchange", "limit", "offered", "base"):
            if key in extra:
                case[key] = extra.pop(key)
        if extra:
            raise ValueError(f"unknown members {extra}")
        case["hex"] = hex_bytes.hex()
        case["alert"] = ALERT_OF[reason]
        case["reason"] = reason
        case["why"] = why
        self.cases.append(case)

    def json(self):
        out = {"source": self.source, "description": self.description, "kind": "wire"}
        if self.notes:
            out["notes"] = list(self.notes)
        out["cases"] = self.cases
        return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# The real messages
# ---------------------------------------------------------------------------------------------


class Base:
    def __init__(self, file, msg, dialect, key_exchange):
        self.file = file
        self.index = msg["index"]
        self.label = msg["label"]
        self.sender = msg["sender"]
        self.type = msg["handshake_type"]
        self.bytes = bytes.fromhex(msg["hex"])
        self.dialect = dialect
        self.key_exchange = key_exchange
        is_hrr = self.type == 2 and self.bytes[6:38] == HRR_RANDOM
        self.key = "hrr" if is_hrr else self.type
        self.where = f"{file} messages[{self.index}] ({self.label}, {self.sender})"

    def slug(self):
        if self.key == "hrr":
            return "hello-retry-request"
        base = MSG_SLUG[self.type]
        if self.type in (4, 11, 13):
            base += "-" + self.dialect
        if self.type == 16:
            base += "-" + self.key_exchange
        return base

    def source(self):
        return MSG_SOURCE[(self.dialect, self.key)]


def load_bases():
    bases = []
    for folder in ("rfc8448", "recorded"):
        for name in sorted(os.listdir(os.path.join(VECTORS, folder))):
            if not name.endswith(".json"):
                continue
            with open(os.path.join(VECTORS, folder, name), encoding="utf-8") as f:
                doc = json.load(f)
            if "messages" not in doc:
                continue
            dialect = doc.get("dialect", "tls13")
            for msg in doc["messages"]:
                bases.append(Base(f"{folder}/{name}", msg, dialect, doc.get("key_exchange")))
    # Prefer the plain handshakes as the first source of a field, then the rest.
    order = ["rfc8448/simple-1rtt.json", "rfc8448/resumed-0rtt.json", "rfc8448/hrr.json",
             "rfc8448/client-auth.json", "rfc8448/compat-mode.json",
             "recorded/Client-TLSv12-ECDHE-ECDSA-ClientAuth.json",
             "recorded/Client-TLSv12-RSA-ClientAuth.json",
             "recorded/Client-TLSv12-ECDHE-RSA-TicketResumption.json"]
    rank = {f: i for i, f in enumerate(order)}
    bases.sort(key=lambda b: (rank.get(b.file, len(order)), b.file, b.index))
    return bases


def path_slug(path):
    parts = []
    comps = path[1:] if path and path[0] == "body" else path
    if not comps:
        return "header-length"
    for i, c in enumerate(comps):
        if c == "extensions" and i + 1 < len(comps) and comps[i + 1].startswith("extension "):
            continue
        if c.startswith("extension "):
            code = int(c.split()[1])
            parts.append(ext_slug(code) + ("-data" if i == len(comps) - 1 else ""))
        else:
            parts.append(c.replace("_", "-").lower())
    return "-".join(parts)


def field_label(path):
    """How a why sentence names the field."""
    last = path[-1]
    if last == "body":
        return "the handshake header's uint24 length"
    if last.startswith("extension "):
        return f"the {EXT.get(int(last.split()[1]), last)} extension_data"
    return last


def field_cases(base, lengths, out, seen):
    """The variants of every length field of base not yet covered for its message type."""
    msg, dialect, kx = base.bytes, base.dialect, base.key_exchange
    slug = base.slug()
    for f in lengths:
        # The hellos are one struct in both versions; the other messages are keyed by version.
        key = (slug, base.dialect if base.type not in (1, 2) else "", tuple(f.path))
        # A field first met empty gets its cut-in-content case from the first message where it
        # is not (the compat-mode session id, after the empty one of the simple handshake).
        only_content = key in seen and (key, "empty") in seen and f.value > 0
        if key in seen and not only_content:
            continue
        seen.add(key)
        seen.discard((key, "empty"))
        if f.value == 0 and not only_content:
            seen.add((key, "empty"))
        floor, ceiling, kind, cite = field_spec(f.name, base.key, dialect)
        name = f"{slug}-{path_slug(f.path)}"
        label = field_label(f.path)
        code = int(f.name.split()[1]) if kind == "extdata" else None
        common = dict(dialect=dialect, base=base.where)
        if kx and base.type in (12, 16):
            common["key_exchange"] = kx
        width_max = (1 << (8 * f.width)) - 1

        def add(variant, data, reason, why, structural=False):
            if structural and not oracle_rejects(data, dialect, kx):
                raise AssertionError(f"oracle accepts {name}-{variant}")
            out.add(f"{name}-{variant}", "handshake_message", data, reason, why, **common)

        if only_content:
            if f.name != "body":
                data = cut(msg, f.start + f.value // 2)
                add("cut-in-content", data, "TRUNCATED",
                    f"{cite}: the message (header length adjusted) ends {f.value // 2} of "
                    f"{f.value} bytes into {label}, so an enclosing length claims bytes that "
                    f"are not there; " + DECODE_ERROR_WHY, structural=True)
            continue

        # A cut inside the length prefix itself, then inside what it covers.
        if f.width > 1:
            data = cut(msg, f.off + 1)
            add("cut-in-length", data, "TRUNCATED",
                f"{cite}: the message ends inside {label}'s {f.width}-byte length; "
                + DECODE_ERROR_WHY, structural=True)
        if f.value > 0 and f.name != "body":
            data = cut(msg, f.start + f.value // 2)
            add("cut-in-content", data, "TRUNCATED",
                f"{cite}: the message (header length adjusted) ends {f.value // 2} of "
                f"{f.value} bytes into {label}, so an enclosing length claims bytes that are "
                f"not there; " + DECODE_ERROR_WHY, structural=True)
        if f.name == "body" and f.value > 0:
            data = msg[:f.start + f.value // 2]
            add("cut-in-body", data, "TRUNCATED",
                f"{cite}: the header claims {f.value} body bytes, {f.value // 2} follow; "
                + DECODE_ERROR_WHY, structural=True)

        # Over-long: one byte more than the enclosing structure holds (or, when the length
        # field is too narrow for that, its largest value if that is still more than remains).
        claim = f.scope_end - f.start + 1
        if claim > width_max and width_max > f.scope_end - f.start:
            claim = width_max
        if claim <= width_max:
            buf = bytearray(msg)
            put(buf, f, claim)
            reason = "LENGTH_OUT_OF_RANGE" if claim > ceiling else "TRUNCATED"
            add("over-long", bytes(buf), reason,
                f"{cite}: {label} claims {claim} bytes, more than the "
                f"{f.scope_end - f.start} left in its enclosing structure"
                + (f" and above the ceiling {ceiling}" if claim > ceiling else "")
                + "; " + DECODE_ERROR_WHY, structural=True)
        if ceiling < width_max and width_max != claim and width_max > f.scope_end - f.start:
            buf = bytearray(msg)
            put(buf, f, width_max)
            add("length-above-ceiling", bytes(buf), "LENGTH_OUT_OF_RANGE",
                f"{cite}: a length of {width_max} is above the ceiling {ceiling}; "
                + DECODE_ERROR_WHY, structural=True)

        # A byte appended inside the vector, every enclosing length fixed up.
        appended = None
        if kind == "u16list":
            appended = ("LENGTH_NOT_MULTIPLE", f"{f.value + 1} bytes is not a whole number of "
                                               "uint16 codes (RFC 8446 §3.4)")
        elif kind in ("structs", "extblock"):
            appended = ("TRUNCATED", "the extra byte is the start of an element too short to "
                                     "hold its first field")
        elif kind == "binders":
            appended = ("LENGTH_OUT_OF_RANGE", "the extra zero byte is a PskBinderEntry of "
                                               "length 0, below its floor of 32")
        elif kind == "extdata" and ext_form(code, base.key) in ("struct", "empty"):
            appended = ("TRAILING_BYTES", "a byte is left over after the extension's struct "
                        f"({EXT_SOURCE.get(code, 'RFC 8446 §4.2')})")
        elif kind == "body" and base.type != 20:
            appended = ("TRAILING_BYTES", "a byte is left over after the message's struct "
                        f"({base.source()})")
        if appended and f.value + 1 <= min(ceiling, width_max):
            data = set_content(msg, f, msg[f.start:f.end] + b"\x00")
            add("appended-byte", data, appended[0],
                f"{cite}: one zero byte appended inside {label}, enclosing lengths adjusted: "
                f"{appended[1]}; " + DECODE_ERROR_WHY,
                # the oracle reads versions as opaque bytes, without checking their parity
                structural=(kind != "extdata" or oracle_parses_ext(code))
                and f.name != "versions" and appended[0] != "LENGTH_OUT_OF_RANGE")
        if f.name == "body":
            add("byte-after-message", msg + b"\x00", "TRAILING_BYTES",
                f"{cite}: a byte follows the {f.value}-byte body the header announces, inside "
                f"the bytes handed over as one message; " + DECODE_ERROR_WHY,
                structural=True)

        # Below the floor and above the ceiling, correctly framed.
        if floor > 0:
            data = set_content(msg, f, msg[f.start:f.start + floor - 1])
            add("below-floor", data, "LENGTH_OUT_OF_RANGE",
                f"{cite}: {floor - 1} bytes is below the floor of {floor}; "
                + DECODE_ERROR_WHY)
        if floor > 1:
            data = set_content(msg, f, b"")
            add("empty", data, "LENGTH_OUT_OF_RANGE",
                f"{cite}: an empty {label} is below the floor of {floor}; "
                + DECODE_ERROR_WHY)
        if ceiling < width_max and ceiling + 1 <= 1024:
            content = (msg[f.start:f.end] + b"\x00" * (ceiling + 1))[:ceiling + 1]
            data = set_content(msg, f, content)
            add("above-ceiling", data, "LENGTH_OUT_OF_RANGE",
                f"{cite}: {ceiling + 1} bytes is above the ceiling of {ceiling}; "
                + DECODE_ERROR_WHY)

        # An extension whose struct needs bytes, sent with none.
        if kind == "extdata" and f.value > 0 and ext_form(code, base.key) == "struct":
            data = set_content(msg, f, b"")
            add("empty", data, "TRUNCATED",
                f"{EXT_SOURCE.get(code, 'RFC 8446 §4.2')}: {EXT[code]} has a struct with "
                "fields, and its extension_data is empty; " + DECODE_ERROR_WHY,
                # the oracle reads an empty server_name as the server's acknowledgement
                structural=oracle_parses_ext(code) and code != 0)


# Extensions whose body the oracle parses (so it must reject a malformed body too).
ORACLE_EXTS = {0, 10, 11, 13, 28, 41, 42, 43, 44, 45, 51, 65281}


def oracle_parses_ext(code):
    return code in ORACLE_EXTS


def duplicate_cases(base, entries, out, seen):
    """Each extension of each block sent twice (RFC 8446 §4.2)."""
    msg = base.bytes
    for e in entries:
        where = "certificate-entry" if base.type == 11 else ""
        key = (base.slug(), "dup", where, e.code)
        if key in seen:
            continue
        seen.add(key)
        copy = msg[e.off:e.end]
        data = replace(msg, e.end, e.end, copy, [e.block] + e.block.parents)
        name = f"{base.slug()}-{where + '-' if where else ''}duplicate-{ext_slug(e.code)}"
        out.add(name, "handshake_message", data, "DUPLICATE_EXTENSION",
                f"RFC 8446 §4.2: \"There MUST NOT be more than one extension of the same type "
                f"in a given extension block\"; {EXT.get(e.code, e.code)} appears twice. The RFC "
                "names no alert; RFC 8446 §6.2 illegal_parameter: \"A field in the handshake "
                "was incorrect or inconsistent with other fields.\"",
                dialect=base.dialect, base=base.where)


def wrong_dialect_cases(bases, out_by_dialect):
    """Real messages of one version fed to the other version's decoder (RFC 8446 §4)."""
    tls13_only = {5: "end_of_early_data", 8: "encrypted_extensions"}
    tls12_only = {12: "server_key_exchange", 14: "server_hello_done", 16: "client_key_exchange"}
    done = set()
    for b in bases:
        if b.dialect == "tls13" and b.type in tls13_only and b.type not in done:
            done.add(b.type)
            for kx in ("ecdhe", "rsa"):
                out_by_dialect["tls12"].add(
                    f"{MSG_SLUG[b.type]}-in-tls12-{kx}", "handshake_message", b.bytes,
                    "UNEXPECTED_MESSAGE",
                    f"RFC 5246 §7.4 has no {tls13_only[b.type]}; RFC 8446 §4: \"A peer which "
                    "receives a handshake message in an unexpected order MUST abort the "
                    "handshake with an \"unexpected_message\" alert.\"",
                    dialect="tls12", key_exchange=kx, base=b.where)
        if b.dialect == "tls12" and b.type in tls12_only and b.slug() not in done:
            done.add(b.slug())
            out_by_dialect["tls13"].add(
                f"{b.slug()}-in-tls13", "handshake_message", b.bytes, "UNEXPECTED_MESSAGE",
                f"RFC 8446 §4 / §B.3: {tls12_only[b.type]} is reserved in TLS 1.3; RFC 8446 §4: "
                "\"A peer which receives a handshake message in an unexpected order MUST abort "
                "the handshake with an \"unexpected_message\" alert.\"",
                dialect="tls13", base=b.where)
            if b.type == 12:
                out_by_dialect["tls12"].add(
                    "server-key-exchange-with-rsa-key-transport", "handshake_message", b.bytes,
                    "UNEXPECTED_MESSAGE",
                    "RFC 5246 §7.4.3: ServerKeyExchange \"MUST NOT be sent\" for the RSA key "
                    "exchange; received anyway it is unexpected_message (RFC 5246 §7.4).",
                    dialect="tls12", key_exchange="rsa", base=b.where)


# ---------------------------------------------------------------------------------------------
# Hand-written handshake messages
# ---------------------------------------------------------------------------------------------


def first(bases, file, index):
    return next(b for b in bases if b.file == file and b.index == index)


def with_extensions(base, new_block):
    """base with its (last) extension block replaced by new_block, header and lengths fixed."""
    _, lengths, _ = locate(base.bytes, base.dialect, base.key_exchange)
    blk = [f for f in lengths if f.name == "extensions"][-1]
    return replace(base.bytes, blk.off, blk.end, new_block, blk.parents)


def entries_of(base):
    _, _, entries = locate(base.bytes, base.dialect, base.key_exchange)
    return [(e.code, base.bytes[e.off:e.end]) for e in entries]


def hand_client_hello(bases, f):
    ch = first(bases, "rfc8448/resumed-0rtt.json", 0)
    exts = entries_of(ch)
    codes = [c for c, _ in exts]
    psk = exts[codes.index(41)]
    others = [e for e in exts if e[0] != 41]
    for at in (0, len(others) - 1):
        order = others[:at] + [psk] + others[at:]
        data = with_extensions(ch, vec16(b"".join(e for _, e in order)))
        f.add(f"client-hello-pre-shared-key-before-{ext_slug(others[at][0])}",
              "handshake_message", data, "PRE_SHARED_KEY_NOT_LAST",
              "RFC 8446 §4.2.11: pre_shared_key \"MUST be the last extension in the "
              "ClientHello\"; \"Servers MUST check that it is the last extension and otherwise "
              "fail the handshake with an \"illegal_parameter\" alert.\"", base=ch.where)
    simple = first(bases, "rfc8448/simple-1rtt.json", 0)
    exts = entries_of(simple)
    data = with_extensions(simple, vec16(b"".join(e for _, e in exts) + ext(48, vec16(b""))))
    f.add("client-hello-with-oid-filters", "handshake_message", data, "EXTENSION_NOT_ALLOWED",
          "RFC 8446 §4.2: oid_filters is allowed only in CertificateRequest; \"If an "
          "implementation receives an extension which it recognizes and which is not specified "
          "for the message in which it appears, it MUST abort the handshake with an "
          "\"illegal_parameter\" alert.\"", base=simple.where)
    # Trailing data after compression methods that is not an extension block.
    body = simple.bytes[4:]
    _, lengths, _ = locate(simple.bytes, "tls13", None)
    comp = next(x for x in lengths if x.name == "legacy_compression_methods")
    for extra, reason, what in ((b"\x00", "TRUNCATED", "one byte, too short for the block's "
                                 "uint16 length"),
                                (b"\x00\x00\x00", "TRAILING_BYTES", "an empty block and one "
                                 "byte after it")):
        data = handshake(1, body[:comp.end - 4] + extra)
        f.add(f"client-hello-{len(extra)}-bytes-after-compression-methods", "handshake_message",
              data, reason,
              "RFC 8446 §4.1.2: a ClientHello \"either contains no data after "
              "legacy_compression_methods or it contains a valid extensions block with no data "
              f"following. If not, then it MUST abort the handshake with a \"decode_error\" "
              f"alert.\" Here: {what}.", base=simple.where)


def hand_server_hello(bases, f):
    hrr = next(b for b in bases if b.key == "hrr")
    _, lengths, _ = locate(hrr.bytes, "tls13", None)
    blk = next(x for x in lengths if x.name == "extensions")
    for size, content in ((4, ext(0xFAFA, b"")), (5, ext(0xFAFA, b"\x00"))):
        data = replace(hrr.bytes, blk.start, blk.end, content, [blk] + blk.parents)
        f.add(f"hello-retry-request-extensions-of-{size}-bytes", "handshake_message", data,
              "LENGTH_OUT_OF_RANGE",
              "RFC 8446 §4.1.4: a HelloRetryRequest has the ServerHello structure, whose "
              f"extensions<6..2^16-1> has a floor of 6 bytes; {size} is below it; "
              + DECODE_ERROR_WHY, base=hrr.where)
    exts = entries_of(hrr)
    data = with_extensions(hrr, vec16(b"".join(e for _, e in exts) + ext(41, u16(0))))
    f.add("hello-retry-request-with-pre-shared-key", "handshake_message", data,
          "EXTENSION_NOT_ALLOWED",
          "RFC 8446 §4.2: pre_shared_key is allowed in CH and SH, not HRR; a recognized "
          "extension not specified for its message MUST get \"illegal_parameter\".",
          base=hrr.where)
    sh = first(bases, "rfc8448/simple-1rtt.json", 1)
    exts = entries_of(sh)
    for code, body in ((10, vec16(u16(0x1D))), (0, b""), (65281, b"\x00"), (23, b"")):
        data = with_extensions(sh, vec16(b"".join(e for _, e in exts) + ext(code, body)))
        f.add(f"server-hello-tls13-with-{ext_slug(code)}", "handshake_message", data,
              "EXTENSION_NOT_ALLOWED",
              f"RFC 8446 §4.2: {EXT[code]} is not specified for the TLS 1.3 ServerHello; a "
              "recognized extension not specified for its message MUST get "
              "\"illegal_parameter\".", base=sh.where)
    sh12 = next(b for b in bases if b.dialect == "tls12" and b.type == 2)
    exts = entries_of(sh12)
    for code, body in ((51, u16(0x1D) + vec16(b"\x11" * 32)), (43, u16(0x0303)),
                       (10, vec16(u16(0x1D))), (13, vec16(u16(0x0403)))):
        data = with_extensions(sh12, vec16(b"".join(e for _, e in exts) + ext(code, body)))
        f.add(f"server-hello-tls12-with-{ext_slug(code)}", "handshake_message", data,
              "EXTENSION_NOT_ALLOWED", TLS12_SH_WHY[code], dialect="tls12", base=sh12.where)
    # Responses the ClientHello did not ask for.
    ch = first(bases, "rfc8448/simple-1rtt.json", 0)
    offered = [c for c, _ in entries_of(ch)]
    for code in (51, 43):
        f.add(f"server-hello-{ext_slug(code)}-not-offered", "handshake_message", sh.bytes,
              "UNSOLICITED_EXTENSION", UNSOLICITED_WHY,
              offered=[c for c in offered if c != code], base=sh.where)
    ch12 = next(b for b in bases if b.dialect == "tls12" and b.type == 1
                and b.file == sh12.file)
    offered12 = [c for c, _ in entries_of(ch12)]
    for code, _ in exts:
        f.add(f"server-hello-tls12-{ext_slug(code)}-not-offered", "handshake_message",
              sh12.bytes, "UNSOLICITED_EXTENSION",
              "RFC 5246 §7.4.1.4: \"If a client receives an extension type in ServerHello that "
              "it did not request in the associated ClientHello, it MUST abort the handshake "
              "with an unsupported_extension fatal alert.\"", dialect="tls12",
              offered=[c for c in offered12 if c != code], base=sh12.where)


CT_STATUS_WHY = (
    "RFC 8446 §4.4.2.1: \"the body of the \"status_request\" extension from the server MUST be a "
    "CertificateStatus structure as defined in [RFC6066]\" (the same for a client's), and RFC 6066 "
    "§8 defines CertificateStatus for status_type ocsp(1) only; here status_type is {what}. The "
    "RFC names no alert: illegal_parameter, a well-formed field with a forbidden value (RFC 8446 "
    "§6.2), the reason tlsref's CertificateStatus codec itself declares. (OpenSSL and Go's "
    "crypto/tls refuse it too, with decode_error.)")

UNSOLICITED_WHY = ("RFC 8446 §4.2: \"Implementations MUST NOT send extension responses if the "
                   "remote endpoint did not send the corresponding extension requests, with the "
                   "exception of the \"cookie\" extension in the HelloRetryRequest. Upon "
                   "receiving such an extension, an endpoint MUST abort the handshake with an "
                   "\"unsupported_extension\" alert.\"")

TLS12_SH_WHY = {
    51: "RFC 8446 §4.2: key_share is a TLS 1.3 extension (CH, SH, HRR of TLS 1.3), not specified "
        "for a TLS 1.2 ServerHello; a recognized extension where it is not specified MUST get "
        "\"illegal_parameter\".",
    43: "RFC 8446 §4.2.1: \"A server which negotiates a version of TLS prior to TLS 1.3 MUST set "
        "ServerHello.version and MUST NOT send the \"supported_versions\" extension\"; its "
        "selected_version 0x0303 is \"a version prior to TLS 1.3\", for which the client \"MUST "
        "abort the handshake with an \"illegal_parameter\" alert\".",
    10: "RFC 8422 §5.2: a TLS 1.2 server answers the curve extensions with ec_point_formats "
        "only; supported_groups is not specified for the TLS 1.2 ServerHello, so a recognized "
        "extension there gets \"illegal_parameter\" (RFC 8446 §4.2 rule).",
    13: "RFC 5246 §7.4.1.4.1: signature_algorithms \"Servers MUST NOT send this extension.\"; a "
        "recognized extension where it is not specified gets \"illegal_parameter\" "
        "(RFC 8446 §4.2 rule).",
}


def hand_tls13_messages(bases, f):
    for value in (2, 3, 127, 255):
        f.add(f"key-update-request-update-{value}", "handshake_message",
              handshake(24, u8(value)), "UNKNOWN_KEY_UPDATE_REQUEST",
              f"RFC 8446 §4.6.3: request_update {value} is neither update_not_requested(0) nor "
              "update_requested(1): \"If an implementation receives any other value, it MUST "
              "terminate the connection with an \"illegal_parameter\" alert.\"")
    f.add("key-update-empty", "handshake_message", handshake(24, b""), "TRUNCATED",
          "RFC 8446 §4.6.3: KeyUpdate is one KeyUpdateRequest byte; none is there; "
          + DECODE_ERROR_WHY)
    f.add("key-update-two-bytes", "handshake_message", handshake(24, b"\x00\x00"),
          "TRAILING_BYTES",
          "RFC 8446 §4.6.3: KeyUpdate is one byte; a second is left over; "
          + DECODE_ERROR_WHY)
    f.add("key-update-header-claims-two-bytes", "handshake_message",
          u8(24) + u24(2) + b"\x00", "TRUNCATED",
          "RFC 8446 §4: the header claims 2 body bytes, 1 follows; " + DECODE_ERROR_WHY)
    f.add("end-of-early-data-with-a-byte", "handshake_message", handshake(5, b"\x00"),
          "TRAILING_BYTES",
          "RFC 8446 §4.5: struct {} EndOfEarlyData; a body byte is left over; "
          + DECODE_ERROR_WHY)
    for code, name in ((0, "hello_request"), (3, "hello_verify_request"),
                       (6, "hello_retry_request"), (7, "unassigned"), (9, "unassigned"),
                       (12, "server_key_exchange"), (14, "server_hello_done"),
                       (16, "client_key_exchange"), (17, "client_certificate_request"),
                       (21, "certificate_url"), (22, "certificate_status"),
                       (23, "supplemental_data"), (25, "compressed_certificate"),
                       (254, "message_hash"), (255, "unassigned")):
        f.add(f"handshake-type-{code}-in-tls13", "handshake_message", handshake(code, b""),
              "UNEXPECTED_MESSAGE",
              f"RFC 8446 §4 / §B.3: {name}({code}) is no TLS 1.3 handshake message"
              + (" (message_hash is only ever hashed, RFC 8446 §4.4.1)" if code == 254 else "")
              + "; RFC 8446 §4: \"A peer which receives a handshake message in an unexpected "
              "order MUST abort the handshake with an \"unexpected_message\" alert.\"")
    # Misplaced extensions inside real TLS 1.3 messages.
    ee = first(bases, "rfc8448/simple-1rtt.json", 2)
    exts = entries_of(ee)
    for code, body in ((51, u16(0x1D) + vec16(b"\x11" * 32)), (13, vec16(u16(0x0403))),
                       (21, b"\x00\x00"), (65281, b"\x00")):
        data = with_extensions(ee, vec16(b"".join(e for _, e in exts) + ext(code, body)))
        f.add(f"encrypted-extensions-with-{ext_slug(code)}", "handshake_message", data,
              "EXTENSION_NOT_ALLOWED",
              f"RFC 8446 §4.2: {EXT[code]} is not specified for EncryptedExtensions; a "
              "recognized extension not specified for its message MUST get "
              "\"illegal_parameter\".", base=ee.where)
    ch = first(bases, "rfc8448/simple-1rtt.json", 0)
    offered = [c for c, _ in entries_of(ch)]
    for code, _ in exts:
        f.add(f"encrypted-extensions-{ext_slug(code)}-not-offered", "handshake_message",
              ee.bytes, "UNSOLICITED_EXTENSION", UNSOLICITED_WHY,
              offered=[c for c in offered if c != code], base=ee.where)
    cr = next(b for b in bases if b.dialect == "tls13" and b.type == 13)
    exts = entries_of(cr)
    data = with_extensions(cr, vec16(b"".join(e for _, e in exts) + ext(10, vec16(u16(0x1D)))))
    f.add("certificate-request-tls13-with-supported-groups", "handshake_message", data,
          "EXTENSION_NOT_ALLOWED",
          "RFC 8446 §4.2: supported_groups is allowed in CH and EE, not CR; a recognized "
          "extension not specified for its message MUST get \"illegal_parameter\".",
          base=cr.where)
    nst = next(b for b in bases if b.dialect == "tls13" and b.type == 4)
    exts = entries_of(nst)
    data = with_extensions(nst, vec16(b"".join(e for _, e in exts) + ext(43, u16(0x0304))))
    f.add("new-session-ticket-tls13-with-supported-versions", "handshake_message", data,
          "EXTENSION_NOT_ALLOWED",
          "RFC 8446 §4.2: supported_versions is allowed in CH, SH, HRR, not NST; a recognized "
          "extension not specified for its message MUST get \"illegal_parameter\".",
          base=nst.where)
    cert = first(bases, "rfc8448/simple-1rtt.json", 3)
    _, lengths, _ = locate(cert.bytes, "tls13", None)
    blk = [x for x in lengths if x.name == "extensions"][0]
    for code, body in ((51, u16(0x1D) + vec16(b"\x11" * 32)), (0, b"")):
        data = replace(cert.bytes, blk.start, blk.end, ext(code, body), [blk] + blk.parents)
        f.add(f"certificate-tls13-entry-with-{ext_slug(code)}", "handshake_message", data,
              "EXTENSION_NOT_ALLOWED",
              f"RFC 8446 §4.2: {EXT[code]} is not specified for a CertificateEntry (CT); a "
              "recognized extension not specified for its message MUST get "
              "\"illegal_parameter\".", base=cert.where)
    data = replace(cert.bytes, blk.start, blk.end, ext(5, u8(2) + vec24(vec24(b"\x30\x00"))),
                   [blk] + blk.parents)
    f.add("certificate-tls13-entry-status-request-of-status-type-2", "handshake_message", data,
          "ILLEGAL_VALUE", CT_STATUS_WHY.format(what="ocsp_multi(2), RFC 6961's "
                                                     "OCSPResponseList"), base=cert.where)
    data = replace(cert.bytes, blk.start, blk.end, ext(5, u8(1) + vec24(b"\x30\x00")),
                   [blk] + blk.parents)
    f.add("certificate-tls13-entry-status-request-not-offered", "handshake_message", data,
          "UNSOLICITED_EXTENSION", UNSOLICITED_WHY + " The ClientHello of the trace offered no "
          "status_request.", offered=offered, base=cert.where)


def hand_tls12_messages(bases, f):
    ske = next(b for b in bases if b.dialect == "tls12" and b.type == 12)
    body = ske.bytes[4:]
    for curve_type, name in ((1, "explicit_prime"), (2, "explicit_char2"), (0, "unassigned"),
                             (4, "unassigned"), (248, "private use"), (255, "private use")):
        data = handshake(12, u8(curve_type) + body[1:])
        f.add(f"server-key-exchange-curve-type-{curve_type}", "handshake_message", data,
              "UNSUPPORTED_EC_CURVE_TYPE",
              f"RFC 8422 §5.4: curve_type {curve_type} ({name}) is not named_curve(3), \"now the "
              "only remaining format\" (1 and 2 are deprecated); the receiver's \"capabilities "
              "for handling elliptic curves\" are exceeded, \"a fatal handshake failure\" "
              "(RFC 8422 §5.4, Actions of the receiver).", dialect="tls12",
              key_exchange="ecdhe", base=ske.where)
    f.add("server-hello-done-with-a-byte", "handshake_message", handshake(14, b"\x00"),
          "TRAILING_BYTES", "RFC 5246 §7.4.5: struct { } ServerHelloDone; a body byte is left "
          "over; " + DECODE_ERROR_WHY, dialect="tls12", key_exchange="ecdhe")
    f.add("hello-request-with-a-byte", "handshake_message", handshake(0, b"\x00"),
          "TRAILING_BYTES", "RFC 5246 §7.4.1.1: struct { } HelloRequest; a body byte is left "
          "over; " + DECODE_ERROR_WHY, dialect="tls12", key_exchange="ecdhe")
    for code, name in ((3, "hello_verify_request"), (5, "end_of_early_data"),
                       (6, "hello_retry_request"), (8, "encrypted_extensions"),
                       (21, "certificate_url"), (22, "certificate_status"),
                       (23, "supplemental_data"), (24, "key_update"), (254, "message_hash"),
                       (255, "unassigned")):
        for kx in ("ecdhe", "rsa"):
            f.add(f"handshake-type-{code}-in-tls12-{kx}", "handshake_message",
                  handshake(code, b""), "UNEXPECTED_MESSAGE",
                  f"RFC 5246 §7.4: {name}({code}) is not a TLS 1.2 handshake message tlsref "
                  "speaks (certificate_url and certificate_status need RFC 6066 extensions it "
                  "never offers); RFC 5246 §7.4 and RFC 8446 §4: an unexpected handshake "
                  "message gets \"unexpected_message\".", dialect="tls12", key_exchange=kx)


# ---------------------------------------------------------------------------------------------
# Extensions, one form at a time
# ---------------------------------------------------------------------------------------------

CONTEXTS = ["CH", "SH", "HRR", "EE", "CR", "CT", "NST"]


def hand_extensions(f):
    def add(name, context, exts_hex, reason, why, dialect="tls13"):
        f.add(name, "extensions", exts_hex, reason, why, dialect=dialect, context=context)

    def one(name, context, code, body, reason, why, dialect="tls13"):
        f.add(name, "extension", ext(code, body), reason, why, dialect=dialect, context=context)

    de = DECODE_ERROR_WHY
    # The block itself.
    add("block-length-1-holds-half-a-type", "CH", vec16(b"\x00"), "TRUNCATED",
        "RFC 8446 §4.2: an Extension starts with a uint16 extension_type; one byte is not one; "
        + de)
    add("block-length-3", "EE", vec16(ext(0xFAFA, b"")[:3]), "TRUNCATED",
        "RFC 8446 §4.2: the block ends inside an extension's uint16 length; " + de)
    add("block-claims-more-than-present", "EE", u16(10) + ext(0xFAFA, b""), "TRUNCATED",
        "RFC 8446 §4.2: the block length 10 claims more bytes than follow; " + de)
    add("extension-claims-more-than-block", "EE", vec16(u16(0xFAFA) + u16(5) + b"\x00\x00"),
        "TRUNCATED", "RFC 8446 §4.2: extension_data claims 5 bytes, the block holds 2; " + de)
    add("block-then-trailing-byte", "EE", block(ext(0xFAFA, b"")) + b"\x00", "TRAILING_BYTES",
        "RFC 8446 §4.3.1: EncryptedExtensions is exactly the extension block; a byte follows "
        "it; " + de)
    for ctx in CONTEXTS:
        add(f"duplicate-unknown-extension-in-{ctx.lower()}", ctx,
            block(ext(0x1A1A, b""), ext(0x1A1A, b"")), "DUPLICATE_EXTENSION",
            "RFC 8446 §4.2: \"There MUST NOT be more than one extension of the same type in a "
            "given extension block\", recognized or not (here the GREASE value 0x1a1a, "
            "RFC 8701). The RFC names no alert; illegal_parameter (RFC 8446 §6.2: a field "
            "\"inconsistent with other fields\").")
    add("duplicate-apart-supported-versions", "CH",
        block(ext(43, vec8(u16(0x0304))), ext(0x1A1A, b""), ext(43, vec8(u16(0x0303)))),
        "DUPLICATE_EXTENSION",
        "RFC 8446 §4.2: supported_versions appears twice, with another extension between; "
        "\"There MUST NOT be more than one extension of the same type\".")
    add("duplicate-in-tls12-server-hello", "SH", block(ext(65281, b"\x00"), ext(65281, b"\x00")),
        "DUPLICATE_EXTENSION",
        "RFC 5246 §7.4.1.4: \"There MUST NOT be more than one extension of the same type.\"",
        dialect="tls12")

    # server_name (RFC 6066 §3)
    sni = "RFC 6066 §3"
    one("server-name-empty-list", "CH", 0, vec16(b""), "LENGTH_OUT_OF_RANGE",
        f"{sni}: server_name_list<1..2^16-1> is empty; " + de)
    one("server-name-empty-host-name", "CH", 0, vec16(u8(0) + vec16(b"")), "LENGTH_OUT_OF_RANGE",
        f"{sni}: HostName<1..2^16-1> is empty; " + de)
    one("server-name-host-name-over-long", "CH", 0, vec16(u8(0) + u16(9) + b"a.b"), "TRUNCATED",
        f"{sni}: HostName claims 9 bytes, the list holds 3; " + de)
    one("server-name-list-then-a-byte", "CH", 0, vec16(u8(0) + vec16(b"a.b")) + b"\x00",
        "TRAILING_BYTES", f"{sni}: a byte follows the ServerNameList; " + de)
    one("server-name-two-host-names", "CH", 0,
        vec16(u8(0) + vec16(b"a.example") + u8(0) + vec16(b"b.example")), "DUPLICATE_ENTRY",
        f"{sni}: \"The ServerNameList MUST NOT contain more than one name of the same "
        "name_type.\" The RFC names no alert; illegal_parameter (RFC 8446 §6.2).")
    for ctx in ("SH", "EE"):
        one(f"server-name-in-{ctx.lower()}-not-empty", ctx, 0, vec16(u8(0) + vec16(b"a")),
            "TRAILING_BYTES",
            f"{sni}: the server's server_name \"extension_data\" field \"SHALL be empty\"; "
            + de, dialect="tls12" if ctx == "SH" else "tls13")
    # max_fragment_length (RFC 6066 §4)
    for value in (0, 5, 255):
        for ctx in ("CH", "EE"):
            one(f"max-fragment-length-{value}-in-{ctx.lower()}", ctx, 1, u8(value),
                "ILLEGAL_VALUE",
                f"RFC 6066 §4: MaxFragmentLength is 1..4; \"If a server receives a maximum "
                "fragment length negotiation request for a value other than the allowed "
                "values, it MUST abort the handshake with an \"illegal_parameter\" alert\" (and "
                "a client one that differs from its request).")
    one("max-fragment-length-empty", "CH", 1, b"", "TRUNCATED",
        "RFC 6066 §4: the extension holds one MaxFragmentLength byte; none is there; " + de)
    one("max-fragment-length-two-bytes", "CH", 1, b"\x01\x01", "TRAILING_BYTES",
        "RFC 6066 §4: the extension holds one byte; a second is left over; " + de)
    # status_request (RFC 6066 §8, RFC 8446 §4.4.2.1)
    one("status-request-empty-in-ch", "CH", 5, b"", "TRUNCATED",
        "RFC 6066 §8: the ClientHello extension holds a CertificateStatusRequest, starting "
        "with status_type; none is there; " + de)
    one("status-request-ocsp-responder-list-over-long", "CH", 5,
        u8(1) + u16(8) + vec16(b"\x30"), "TRUNCATED",
        "RFC 6066 §8: responder_id_list claims 8 bytes, 3 follow; " + de)
    one("status-request-ocsp-empty-responder-id", "CH", 5,
        u8(1) + vec16(vec16(b"")) + vec16(b""), "LENGTH_OUT_OF_RANGE",
        "RFC 6066 §8: opaque ResponderID<1..2^16-1> is empty; " + de)
    one("status-request-ocsp-without-request-extensions", "CH", 5, u8(1) + vec16(b""),
        "TRUNCATED", "RFC 6066 §8: OCSPStatusRequest ends with request_extensions<0..2^16-1>; "
        "its length is missing; " + de)
    one("status-request-ocsp-then-a-byte", "CH", 5, u8(1) + vec16(b"") + vec16(b"") + b"\x00",
        "TRAILING_BYTES", "RFC 6066 §8: a byte follows the OCSPStatusRequest; " + de)
    one("status-request-in-cr-not-empty", "CR", 5, u8(1) + vec16(b"") + vec16(b""),
        "TRAILING_BYTES",
        "RFC 8446 §4.4.2.1: a server requests OCSP from a client \"by sending an empty "
        "status_request extension in its CertificateRequest\"; " + de)
    one("status-request-in-tls12-sh-not-empty", "SH", 5, b"\x00", "TRAILING_BYTES",
        "RFC 6066 §8: the server's status_request \"extension_data\" is empty; " + de,
        dialect="tls12")
    one("status-request-in-ct-empty", "CT", 5, b"", "TRUNCATED",
        "RFC 8446 §4.4.2.1: status_request in a CertificateEntry holds a CertificateStatus "
        "(RFC 6066 §8), starting with status_type; none is there; " + de)
    one("status-request-in-ct-empty-ocsp-response", "CT", 5, u8(1) + vec24(b""),
        "LENGTH_OUT_OF_RANGE", "RFC 6066 §8: OCSPResponse<1..2^24-1> is empty; " + de)
    one("status-request-in-ct-ocsp-response-over-long", "CT", 5, u8(1) + u24(9) + b"\x30\x00",
        "TRUNCATED", "RFC 6066 §8: OCSPResponse claims 9 bytes, 2 follow; " + de)
    one("status-request-in-ct-ocsp-then-a-byte", "CT", 5, u8(1) + vec24(b"\x30\x00") + b"\x00",
        "TRAILING_BYTES", "RFC 6066 §8: a byte follows the CertificateStatus; " + de)
    for status_type, body, what in (
            (2, vec24(vec24(b"\x30\x00")), "ocsp_multi(2), RFC 6961's OCSPResponseList"),
            (0, vec24(b"\x30\x00"), "0, unassigned"),
            (255, b"\x30\x00", "255, unassigned")):
        one(f"status-request-in-ct-status-type-{status_type}", "CT", 5, u8(status_type) + body,
            "ILLEGAL_VALUE", CT_STATUS_WHY.format(what=what))
    # supported_groups (RFC 8446 §4.2.7)
    for ctx in ("CH", "EE"):
        one(f"supported-groups-empty-in-{ctx.lower()}", ctx, 10, vec16(b""),
            "LENGTH_OUT_OF_RANGE", "RFC 8446 §4.2.7: named_group_list<2..2^16-1> is empty; "
            + de)
        one(f"supported-groups-odd-in-{ctx.lower()}", ctx, 10, vec16(u16(0x1D) + b"\x00"),
            "LENGTH_NOT_MULTIPLE", "RFC 8446 §4.2.7 and §3.4: 3 bytes of uint16 NamedGroup; "
            + de)
        one(f"supported-groups-duplicate-group-in-{ctx.lower()}", ctx, 10,
            vec16(u16(0x1D) + u16(0x17) + u16(0x1D)), "DUPLICATE_ENTRY",
            "RFC 9846 §4.3.7: \"The \"named_group_list\" MUST NOT contain any duplicate "
            "entries. A recipient MAY abort a connection with a fatal \"illegal_parameter\" "
            "alert if it detects a duplicate entry.\"")
    # ec_point_formats (RFC 8422 §5.1.2)
    for ctx, dialect in (("CH", "tls13"), ("SH", "tls12")):
        one(f"ec-point-formats-empty-in-{ctx.lower()}", ctx, 11, vec8(b""),
            "LENGTH_OUT_OF_RANGE",
            "RFC 8422 §5.1.2: ec_point_format_list<1..2^8-1> is empty; " + de, dialect=dialect)
    # signature_algorithms / signature_algorithms_cert (RFC 8446 §4.2.3)
    for code in (13, 50):
        for ctx in ("CH", "CR"):
            n = ext_slug(code)
            one(f"{n}-empty-in-{ctx.lower()}", ctx, code, vec16(b""), "LENGTH_OUT_OF_RANGE",
                "RFC 8446 §4.2.3: supported_signature_algorithms<2..2^16-2> is empty; " + de)
            one(f"{n}-odd-in-{ctx.lower()}", ctx, code, vec16(u16(0x0804) + b"\x04"),
                "LENGTH_NOT_MULTIPLE",
                "RFC 8446 §4.2.3 and §3.4: 3 bytes of uint16 SignatureScheme; " + de)
            one(f"{n}-list-then-a-byte-in-{ctx.lower()}", ctx, code, vec16(u16(0x0804)) + b"\x00",
                "TRAILING_BYTES", "RFC 8446 §4.2.3: a byte follows the SignatureSchemeList; "
                + de)
    # ALPN (RFC 7301 §3.1)
    alpn = "RFC 7301 §3.1"
    one("alpn-empty-list-in-ch", "CH", 16, vec16(b""), "LENGTH_OUT_OF_RANGE",
        f"{alpn}: ProtocolNameList protocol_name_list<2..2^16-1> is empty; " + de)
    one("alpn-empty-name-in-ch", "CH", 16, vec16(vec8(b"h2") + vec8(b"")), "LENGTH_OUT_OF_RANGE",
        f"{alpn}: opaque ProtocolName<1..2^8-1> is empty; " + de)
    one("alpn-only-an-empty-name-in-ch", "CH", 16, vec16(b"\x00\x00"), "LENGTH_OUT_OF_RANGE",
        f"{alpn}: the first ProtocolName<1..2^8-1> is empty; " + de)
    one("alpn-name-over-long-in-ch", "CH", 16, vec16(u8(8) + b"h2"), "TRUNCATED",
        f"{alpn}: a ProtocolName claims 8 bytes, the list holds 2; " + de)
    one("alpn-list-then-a-byte-in-ch", "CH", 16, vec16(vec8(b"h2")) + b"\x00", "TRAILING_BYTES",
        f"{alpn}: a byte follows the ProtocolNameList; " + de)
    for ctx, dialect in (("EE", "tls13"), ("SH", "tls12")):
        one(f"alpn-two-names-in-{ctx.lower()}", ctx, 16, vec16(vec8(b"h2") + vec8(b"http/1.1")),
            "WRONG_ELEMENT_COUNT",
            f"{alpn}: in the server's extension \"the \"ProtocolNameList\" MUST contain exactly "
            "one \"ProtocolName\"\"; it holds two. The RFC names no alert: the list is not the "
            "structure the message defines, decode_error (RFC 8446 §6.2).", dialect=dialect)
        one(f"alpn-empty-list-in-{ctx.lower()}", ctx, 16, vec16(b""), "LENGTH_OUT_OF_RANGE",
            f"{alpn}: protocol_name_list<2..2^16-1> is empty; " + de, dialect=dialect)
    # padding (RFC 7685 §3)
    one("padding-not-zero", "CH", 21, b"\x00\x00\x01\x00", "ILLEGAL_VALUE",
        "RFC 7685 §3: \"The client MUST fill the padding extension completely with zero "
        "bytes\"; a non-zero byte is a well-formed but forbidden value, illegal_parameter "
        "(RFC 8446 §6.2).")
    # encrypt_then_mac, extended_master_secret, post_handshake_auth, early_data: empty structs
    for code, ctx, dialect, why in (
            (22, "CH", "tls12", "RFC 7366 §2: its \"extension_data\" field \"SHALL be empty\""),
            (22, "SH", "tls12", "RFC 7366 §2: its \"extension_data\" field \"SHALL be empty\""),
            (23, "CH", "tls12", "RFC 7627 §5.1: its \"extension_data\" field is empty"),
            (23, "SH", "tls12", "RFC 7627 §5.1: its \"extension_data\" field is empty"),
            (49, "CH", "tls13", "RFC 8446 §4.2.6: struct {} PostHandshakeAuth"),
            (42, "CH", "tls13", "RFC 8446 §4.2.10: Empty in the ClientHello"),
            (42, "EE", "tls13", "RFC 8446 §4.2.10: Empty in EncryptedExtensions"),
            (35, "SH", "tls12", "RFC 5077 §3.2: the server's SessionTicket extension is empty")):
        one(f"{ext_slug(code)}-in-{ctx.lower()}-not-empty", ctx, code, b"\x00",
            "TRAILING_BYTES", f"{why}; a byte is left over; " + de, dialect=dialect)
    one("early-data-in-nst-three-bytes", "NST", 42, b"\x00\x00\x04", "TRUNCATED",
        "RFC 8446 §4.2.10: in NewSessionTicket early_data holds uint32 max_early_data_size; "
        "three bytes are not one; " + de)
    one("early-data-in-nst-five-bytes", "NST", 42, b"\x00\x00\x04\x00\x00", "TRAILING_BYTES",
        "RFC 8446 §4.2.10: uint32 max_early_data_size and a byte left over; " + de)
    # record_size_limit (RFC 8449 §4)
    for value in (0, 1, 63):
        for ctx, dialect in (("CH", "tls13"), ("EE", "tls13"), ("SH", "tls12")):
            one(f"record-size-limit-{value}-in-{ctx.lower()}", ctx, 28, u16(value),
                "RECORD_SIZE_LIMIT_TOO_SMALL",
                "RFC 8449 §4: \"Endpoints MUST NOT send a \"record_size_limit\" extension with "
                "a value smaller than 64. An endpoint MUST treat receipt of a smaller value as "
                "a fatal error and generate an \"illegal_parameter\" alert.\"", dialect=dialect)
    one("record-size-limit-one-byte", "CH", 28, b"\x40", "TRUNCATED",
        "RFC 8449 §4: uint16 RecordSizeLimit; one byte is not one; " + de)
    one("record-size-limit-three-bytes", "EE", 28, b"\x40\x00\x00", "TRAILING_BYTES",
        "RFC 8449 §4: uint16 RecordSizeLimit and a byte left over; " + de)
    # pre_shared_key (RFC 8446 §4.2.11)
    psk = "RFC 8446 §4.2.11"
    identity = vec16(b"ticket") + u32(0)
    binder = vec8(b"\x42" * 32)
    one("pre-shared-key-no-identities", "CH", 41, vec16(b"") + vec16(binder),
        "LENGTH_OUT_OF_RANGE", f"{psk}: identities<7..2^16-1> is empty; " + de)
    one("pre-shared-key-empty-identity", "CH", 41,
        vec16(vec16(b"") + u32(0) + vec16(b"x") + u32(0)) + vec16(binder + binder),
        "LENGTH_OUT_OF_RANGE", f"{psk}: opaque identity<1..2^16-1> is empty; " + de)
    one("pre-shared-key-identity-without-age", "CH", 41, vec16(vec16(b"ticket\x00")) + vec16(binder),
        "TRUNCATED", f"{psk}: PskIdentity ends with uint32 obfuscated_ticket_age, which is "
        "missing; " + de)
    one("pre-shared-key-no-binders", "CH", 41, vec16(identity) + vec16(b""),
        "LENGTH_OUT_OF_RANGE", f"{psk}: binders<33..2^16-1> is empty; " + de)
    one("pre-shared-key-binders-missing", "CH", 41, vec16(identity), "TRUNCATED",
        f"{psk}: OfferedPsks ends with binders, whose length is missing; " + de)
    one("pre-shared-key-binder-of-31-bytes", "CH", 41,
        vec16(identity) + vec16(vec8(b"\x42" * 31) + b"\x00\x00"), "LENGTH_OUT_OF_RANGE",
        f"{psk}: PskBinderEntry<32..255> of 31 bytes; " + de)
    one("pre-shared-key-two-identities-one-binder", "CH", 41,
        vec16(identity + vec16(b"other") + u32(0)) + vec16(binder), "WRONG_ELEMENT_COUNT",
        f"{psk}: binders are \"one for each value in the identities list\"; two identities "
        "have one binder. The RFC names no alert; the OfferedPsks is not the structure it "
        "defines, decode_error (RFC 8446 §6.2).")
    one("pre-shared-key-one-identity-two-binders", "CH", 41,
        vec16(identity) + vec16(binder + binder), "WRONG_ELEMENT_COUNT",
        f"{psk}: one identity, two binders (\"one for each value in the identities list\"); "
        "decode_error as above.")
    one("pre-shared-key-then-a-byte", "CH", 41, vec16(identity) + vec16(binder) + b"\x00",
        "TRAILING_BYTES", f"{psk}: a byte follows OfferedPsks; " + de)
    one("pre-shared-key-in-sh-one-byte", "SH", 41, b"\x00", "TRUNCATED",
        f"{psk}: uint16 selected_identity; one byte is not one; " + de)
    one("pre-shared-key-in-sh-three-bytes", "SH", 41, b"\x00\x00\x00", "TRAILING_BYTES",
        f"{psk}: uint16 selected_identity and a byte left over; " + de)
    add("pre-shared-key-not-last", "CH",
        block(ext(41, vec16(identity) + vec16(binder)), ext(45, vec8(b"\x01"))),
        "PRE_SHARED_KEY_NOT_LAST",
        f"{psk}: pre_shared_key \"MUST be the last extension in the ClientHello\"; \"Servers "
        "MUST check that it is the last extension and otherwise fail the handshake with an "
        "\"illegal_parameter\" alert.\"")
    add("pre-shared-key-first-of-three", "CH",
        block(ext(41, vec16(identity) + vec16(binder)), ext(42, b""), ext(0x1A1A, b"")),
        "PRE_SHARED_KEY_NOT_LAST",
        f"{psk}: pre_shared_key is first of three, followed by early_data and a GREASE "
        "extension; it MUST be the last (illegal_parameter).")
    # supported_versions (RFC 8446 §4.2.1)
    sv = "RFC 8446 §4.2.1"
    one("supported-versions-empty-list", "CH", 43, vec8(b""), "LENGTH_OUT_OF_RANGE",
        f"{sv}: versions<2..254> is empty; " + de)
    one("supported-versions-one-byte-list", "CH", 43, vec8(b"\x03"), "LENGTH_OUT_OF_RANGE",
        f"{sv}: versions<2..254> of 1 byte is below the floor of 2; " + de)
    one("supported-versions-odd-list", "CH", 43, vec8(u16(0x0304) + b"\x03"),
        "LENGTH_NOT_MULTIPLE", f"{sv} and §3.4: 3 bytes of uint16 ProtocolVersion; " + de)
    one("supported-versions-255-bytes", "CH", 43, vec8(u16(0x0304) * 127 + b"\x03"),
        "LENGTH_OUT_OF_RANGE", f"{sv}: versions<2..254> of 255 bytes is above the ceiling; "
        + de)
    one("supported-versions-list-over-long", "CH", 43, u8(6) + u16(0x0304), "TRUNCATED",
        f"{sv}: versions claims 6 bytes, 2 follow; " + de)
    for ctx in ("SH", "HRR"):
        one(f"supported-versions-in-{ctx.lower()}-one-byte", ctx, 43, b"\x03", "TRUNCATED",
            f"{sv}: ProtocolVersion selected_version is two bytes; one is there; " + de)
        one(f"supported-versions-in-{ctx.lower()}-three-bytes", ctx, 43, b"\x03\x04\x00",
            "TRAILING_BYTES", f"{sv}: selected_version and a byte left over; " + de)
    # cookie (RFC 8446 §4.2.2)
    for ctx in ("CH", "HRR"):
        one(f"cookie-empty-in-{ctx.lower()}", ctx, 44, vec16(b""), "LENGTH_OUT_OF_RANGE",
            "RFC 8446 §4.2.2: opaque cookie<1..2^16-1> is empty; " + de)
        one(f"cookie-over-long-in-{ctx.lower()}", ctx, 44, u16(40) + b"\x01\x02", "TRUNCATED",
            "RFC 8446 §4.2.2: cookie claims 40 bytes, 2 follow; " + de)
    # psk_key_exchange_modes (RFC 8446 §4.2.9)
    one("psk-key-exchange-modes-empty", "CH", 45, vec8(b""), "LENGTH_OUT_OF_RANGE",
        "RFC 8446 §4.2.9: ke_modes<1..255> is empty; " + de)
    one("psk-key-exchange-modes-then-a-byte", "CH", 45, vec8(b"\x01") + b"\x01",
        "TRAILING_BYTES", "RFC 8446 §4.2.9: a byte follows ke_modes; " + de)
    # certificate_authorities (RFC 8446 §4.2.4)
    for ctx in ("CH", "CR"):
        one(f"certificate-authorities-empty-in-{ctx.lower()}", ctx, 47, vec16(b""),
            "LENGTH_OUT_OF_RANGE",
            "RFC 8446 §4.2.4: DistinguishedName authorities<3..2^16-1> is empty; " + de)
        one(f"certificate-authorities-empty-name-in-{ctx.lower()}", ctx, 47,
            vec16(vec16(b"") + vec16(b"\x30\x00")), "LENGTH_OUT_OF_RANGE",
            "RFC 8446 §4.2.4: opaque DistinguishedName<1..2^16-1> is empty; " + de)
        one(f"certificate-authorities-name-over-long-in-{ctx.lower()}", ctx, 47,
            vec16(u16(9) + b"\x30\x00\x00"), "TRUNCATED",
            "RFC 8446 §4.2.4: a DistinguishedName claims 9 bytes, 3 follow; " + de)
    # oid_filters (RFC 8446 §4.2.5)
    oid = b"\x55\x1d\x25"  # id-ce-extKeyUsage, 2.5.29.37
    one("oid-filters-empty-oid", "CR", 48, vec16(vec8(b"") + vec16(b"")), "LENGTH_OUT_OF_RANGE",
        "RFC 8446 §4.2.5: opaque certificate_extension_oid<1..2^8-1> is empty; " + de)
    one("oid-filters-values-missing", "CR", 48, vec16(vec8(oid)), "TRUNCATED",
        "RFC 8446 §4.2.5: OIDFilter ends with certificate_extension_values<0..2^16-1>, whose "
        "length is missing; " + de)
    one("oid-filters-same-oid-twice", "CR", 48,
        vec16(vec8(oid) + vec16(b"") + vec8(oid) + vec16(b"")), "DUPLICATE_ENTRY",
        "RFC 8446 §4.2.5: \"Each OID MUST NOT appear more than once in the filters list.\" "
        "The RFC names no alert; illegal_parameter (RFC 8446 §6.2).")
    # key_share (RFC 8446 §4.2.8)
    ks = "RFC 8446 §4.2.8"
    share = u16(0x1D) + vec16(b"\x11" * 32)
    one("key-share-duplicate-group", "CH", 51, vec16(share + share), "DUPLICATE_ENTRY",
        f"{ks}: \"Clients MUST NOT offer multiple KeyShareEntry values for the same group\"; "
        "\"Servers MAY check for violations of these rules and abort the handshake with an "
        "\"illegal_parameter\" alert if one is violated.\"")
    one("key-share-empty-key-exchange-in-ch", "CH", 51, vec16(u16(0x1D) + vec16(b"")),
        "LENGTH_OUT_OF_RANGE", f"{ks}: opaque key_exchange<1..2^16-1> is empty; " + de)
    one("key-share-entry-without-key-exchange", "CH", 51, vec16(u16(0x1D)), "TRUNCATED",
        f"{ks}: KeyShareEntry ends with key_exchange, whose length is missing; " + de)
    one("key-share-empty-key-exchange-in-sh", "SH", 51, u16(0x1D) + vec16(b""),
        "LENGTH_OUT_OF_RANGE", f"{ks}: the server_share's key_exchange<1..2^16-1> is empty; "
        + de)
    one("key-share-in-sh-then-a-byte", "SH", 51, share + b"\x00", "TRAILING_BYTES",
        f"{ks}: a byte follows KeyShareServerHello; " + de)
    one("key-share-in-hrr-one-byte", "HRR", 51, b"\x00", "TRUNCATED",
        f"{ks}: KeyShareHelloRetryRequest is a uint16 selected_group; one byte is there; " + de)
    one("key-share-in-hrr-three-bytes", "HRR", 51, b"\x00\x1d\x00", "TRAILING_BYTES",
        f"{ks}: selected_group and a byte left over; " + de)
    # renegotiation_info (RFC 5746 §3.2)
    for ctx, dialect in (("CH", "tls13"), ("SH", "tls12")):
        one(f"renegotiation-info-empty-in-{ctx.lower()}", ctx, 65281, b"", "TRUNCATED",
            "RFC 5746 §3.2: the extension holds renegotiated_connection<0..255>, whose length "
            "byte is missing; " + de, dialect=dialect)
        one(f"renegotiation-info-over-long-in-{ctx.lower()}", ctx, 65281, b"\x0c\x00",
            "TRUNCATED", "RFC 5746 §3.2: renegotiated_connection claims 12 bytes, 1 follows; "
            + de, dialect=dialect)


# ---------------------------------------------------------------------------------------------
# Placement: RFC 8446 §4.2 as revised by RFC 9846 §4.3 (Table 1), plus the TLS 1.2 ServerHello
# ---------------------------------------------------------------------------------------------

# TLS 1.3 column. RFC 9846 Table 1 where it has the extension (it lists only "Recommended"
# extensions); RFC 8446 §4.2 for max_fragment_length and signed_certificate_timestamp.
TLS13_TABLE = {
    0: ("CH EE CR", "RFC 9846 §4.3 (CR from RFC 9261)"),
    1: ("CH EE", "RFC 8446 §4.2"),
    5: ("CH CR CT", "RFC 9846 §4.3"),
    10: ("CH EE", "RFC 9846 §4.3"),
    13: ("CH CR", "RFC 9846 §4.3"),
    14: ("CH EE", "RFC 9846 §4.3"),
    15: ("CH EE", "RFC 9846 §4.3"),
    16: ("CH EE", "RFC 9846 §4.3"),
    18: ("CH CR CT", "RFC 8446 §4.2"),
    19: ("CH EE", "RFC 9846 §4.3"),
    20: ("CH EE", "RFC 9846 §4.3"),
    21: ("CH", "RFC 9846 §4.3"),
    27: ("CH CR", "RFC 9846 §4.3"),
    28: ("CH EE", "RFC 9846 §4.3"),
    34: ("CH CR CT", "RFC 9846 §4.3"),
    41: ("CH SH", "RFC 9846 §4.3"),
    42: ("CH EE NST", "RFC 9846 §4.3"),
    43: ("CH SH HRR", "RFC 9846 §4.3"),
    44: ("CH HRR", "RFC 9846 §4.3"),
    45: ("CH", "RFC 9846 §4.3"),
    47: ("CH CR", "RFC 9846 §4.3"),
    48: ("CR", "RFC 9846 §4.3"),
    49: ("CH", "RFC 9846 §4.3"),
    50: ("CH CR", "RFC 9846 §4.3"),
    51: ("CH SH HRR", "RFC 9846 §4.3"),
    52: ("CH CR CT", "RFC 9846 §4.3"),
    57: ("CH EE", "RFC 9846 §4.3"),
    64768: ("CH", "RFC 9846 §4.3"),
    65037: ("CH HRR EE", "RFC 9846 §4.3"),
    # TLS 1.2 extensions, absent from the TLS 1.3 table: in a TLS 1.3 message other than the
    # (version-neutral) ClientHello they are "not specified for the message".
    11: ("", "RFC 8422 §5.1.2 (TLS 1.2 only)"),
    17: ("", "RFC 6961 (TLS 1.2 only; RFC 8446 §4.4.2.1: TLS 1.3 servers MUST NOT send it)"),
    22: ("", "RFC 7366 §2 (TLS 1.2 only)"),
    23: ("", "RFC 7627 §5.1 (TLS 1.2 only)"),
    35: ("", "RFC 5077 §3.2 (TLS 1.2 only)"),
    65281: ("", "RFC 5746 §3.2 (TLS 1.2 only; TLS 1.3 has no renegotiation)"),
}
TLS12_CLIENT_HELLO = {11, 17, 22, 23, 35, 65281}

# TLS 1.2 ServerHello: extensions whose defining RFC keeps them out of it, or that exist only in
# TLS 1.3, with the rule. (Extensions whose TLS 1.2 use the RFCs here leave open are omitted.)
TLS12_SH_FORBIDDEN = {
    10: "RFC 8422 §5.2: the TLS 1.2 server answers with ec_point_formats only",
    13: "RFC 5246 §7.4.1.4.1: \"Servers MUST NOT send this extension.\"",
    21: "RFC 7685 §3: \"The server MUST NOT echo the extension.\"",
    41: "RFC 8446 §4.2: pre_shared_key is TLS 1.3 only (CH, SH of TLS 1.3)",
    42: "RFC 8446 §4.2: early_data is TLS 1.3 only",
    43: "RFC 8446 §4.2.1: a server negotiating TLS 1.2 \"MUST NOT send the "
        "\"supported_versions\" extension\"",
    44: "RFC 8446 §4.2: cookie is TLS 1.3 only",
    45: "RFC 8446 §4.2: psk_key_exchange_modes is TLS 1.3 only (and CH only)",
    47: "RFC 8446 §4.2: certificate_authorities is TLS 1.3 only (CH, CR)",
    48: "RFC 8446 §4.2: oid_filters is TLS 1.3 only (CR)",
    49: "RFC 8446 §4.2: post_handshake_auth is TLS 1.3 only (CH)",
    50: "RFC 8446 §4.2.3: signature_algorithms_cert is a ClientHello / CertificateRequest "
        "extension",
    51: "RFC 8446 §4.2: key_share is TLS 1.3 only",
}

# A body valid for the extension in the message (RFC form), so that only its place is wrong.
REQUEST_BODY = {
    0: vec16(u8(0) + vec16(b"example.com")), 1: u8(1),
    5: u8(1) + vec16(b"") + vec16(b""), 10: vec16(u16(0x1D)), 11: vec8(b"\x00"),
    13: vec16(u16(0x0403)), 14: vec16(u16(0x0001)) + vec8(b""), 15: u8(1),
    16: vec16(vec8(b"h2")), 17: b"", 18: b"", 19: vec8(b"\x00"), 20: vec8(b"\x00"),
    21: b"\x00\x00", 22: b"", 23: b"", 27: vec8(u16(1)), 28: u16(0x4001),
    34: vec16(u16(0x0403)), 35: b"", 41: vec16(vec16(b"ticket") + u32(0))
    + vec16(vec8(b"\x42" * 32)), 42: b"", 43: vec8(u16(0x0304)), 44: vec16(b"\x01\x02\x03"),
    45: vec8(b"\x01"), 47: vec16(vec16(b"\x30\x00")), 48: vec16(vec8(b"\x55\x1d\x25")
                                                                 + vec16(b"")),
    49: b"", 50: vec16(u16(0x0403)), 51: vec16(u16(0x1D) + vec16(b"\x11" * 32)), 52: b"",
    57: b"", 64768: vec8(u16(10)), 65037: b"\x01", 65281: b"\x00",
}
RESPONSE_BODY = dict(REQUEST_BODY)
RESPONSE_BODY.update({
    0: b"", 5: b"", 14: vec16(u16(0x0001)) + vec8(b""), 16: vec16(vec8(b"h2")), 19: b"\x00",
    20: b"\x00", 28: u16(0x4001), 35: b"", 41: u16(0), 43: u16(0x0304),
    51: u16(0x1D) + vec16(b"\x11" * 32),
})


def body_for(code, context):
    if context == "CH":
        return REQUEST_BODY[code]
    if context == "HRR" and code == 51:
        return u16(0x1D)
    if context == "CT" and code == 5:
        return u8(1) + vec24(b"\x30\x00")
    if context == "NST" and code == 42:
        return u32(1024)
    if context in ("SH", "HRR", "EE", "CT"):
        return RESPONSE_BODY[code]
    return REQUEST_BODY[code]


def hand_placement(f):
    for code in sorted(TLS13_TABLE):
        allowed, cite = TLS13_TABLE[code]
        allowed = set(allowed.split())
        for ctx in CONTEXTS:
            ok = ctx in allowed or (ctx == "CH" and code in TLS12_CLIENT_HELLO)
            if ok:
                continue
            f.add(f"{ext_slug(code)}-in-{ctx.lower()}", "extensions",
                  block(ext(code, body_for(code, ctx))), "EXTENSION_NOT_ALLOWED",
                  f"{cite}: {EXT[code]} is allowed in "
                  f"{', '.join(sorted(allowed, key=CONTEXTS.index)) or 'no TLS 1.3 message'}"
                  + (" (and the TLS 1.2 ClientHello)" if code in TLS12_CLIENT_HELLO else "")
                  + f", not {ctx}: \"If an implementation receives an extension which it "
                  "recognizes and which is not specified for the message in which it appears, "
                  "it MUST abort the handshake with an \"illegal_parameter\" alert.\"",
                  dialect="tls13", context=ctx)
    for code in sorted(TLS12_SH_FORBIDDEN):
        f.add(f"{ext_slug(code)}-in-tls12-sh", "extensions",
              block(ext(code, body_for(code, "SH"))), "EXTENSION_NOT_ALLOWED",
              TLS12_SH_FORBIDDEN[code] + "; in the TLS 1.2 ServerHello it is a recognized "
              "extension \"not specified for the message in which it appears\": "
              "\"illegal_parameter\" (RFC 8446 §4.2).", dialect="tls12", context="SH")
    # Responses nobody asked for (RFC 8446 §4.2), in every response message.
    everything = sorted(TLS13_TABLE)
    for ctx in ("SH", "HRR", "EE", "CT"):
        for code in everything:
            allowed = set(TLS13_TABLE[code][0].split())
            if ctx not in allowed or (ctx == "HRR" and code == 44):
                continue
            f.add(f"{ext_slug(code)}-in-{ctx.lower()}-not-offered", "extension_response",
                  block(ext(code, body_for(code, ctx))), "UNSOLICITED_EXTENSION",
                  UNSOLICITED_WHY, dialect="tls13", context=ctx,
                  offered=[c for c in (0, 10, 13, 43, 51) if c != code])
    tls12_sh = [0, 1, 5, 11, 14, 15, 16, 18, 19, 20, 22, 23, 28, 35, 65281]
    for code in tls12_sh:
        f.add(f"{ext_slug(code)}-in-tls12-sh-not-offered", "extension_response",
              block(ext(code, body_for(code, "SH"))), "UNSOLICITED_EXTENSION",
              "RFC 5246 §7.4.1.4: \"If a client receives an extension type in ServerHello that "
              "it did not request in the associated ClientHello, it MUST abort the handshake "
              "with an unsupported_extension fatal alert.\"", dialect="tls12", context="SH",
              offered=[c for c in (10, 11, 13, 65281) if c != code])


# ---------------------------------------------------------------------------------------------
# Records, TLSInnerPlaintext, alerts, change_cipher_spec
# ---------------------------------------------------------------------------------------------


def hand_records(f, bases):
    ch = first(bases, "rfc8448/simple-1rtt.json", 0).bytes
    for ctype, name in ((0, "invalid"), (19, "unassigned"), (24, "heartbeat"),
                        (25, "tls12_cid"), (26, "ack"), (99, "unassigned"), (255, "unassigned")):
        f.add(f"record-content-type-{ctype}", "record", record(ctype, b"\x01\x00"),
              "UNEXPECTED_CONTENT_TYPE",
              f"RFC 8446 §5: content type {ctype} ({name}) is none of change_cipher_spec, "
              "alert, handshake, application_data and no negotiated extension defines it: \"If "
              "a TLS implementation receives an unexpected record type, it MUST terminate the "
              "connection with an \"unexpected_message\" alert.\"", context="plaintext")
    for version in (0x0000, 0x0200, 0x0002, 0xFEFD, 0x1603, 0x0403):
        f.add(f"record-version-{version:04x}", "record", record(22, ch, version),
              "RECORD_VERSION_NOT_TLS",
              f"RFC 9846 §E.5: \"Implementations SHOULD NOT accept any records with a version "
              f"less than 0x0300\"; legacy_record_version {version:04x} has no major version 3 "
              "(SSL 2, DTLS, another protocol). The RFCs name no alert; protocol_version.",
              context="plaintext")
    for ctype, name in ((22, "handshake"), (21, "alert"), (20, "change_cipher_spec")):
        for dialect in ("tls13", "tls12"):
            f.add(f"record-empty-{name.replace('_', '-')}-{dialect}", "record",
                  record(ctype, b""), "EMPTY_RECORD",
                  "RFC 8446 §5.1: \"Implementations MUST NOT send zero-length fragments of "
                  "Handshake types\" and RFC 5246 §6.2.1 adds Alert and ChangeCipherSpec; "
                  "received, unexpected_message, the alert RFC 8446 §5.4 names for the empty "
                  "protected Handshake or Alert.", dialect=dialect, context="plaintext")
    f.add("record-alert-three-bytes", "record", record(21, b"\x02\x28\x00"), "TRAILING_BYTES",
          "RFC 8446 §5.1: \"a record with an Alert type MUST contain exactly one message\"; "
          "two bytes of Alert and one left over; " + DECODE_ERROR_WHY,
          context="plaintext")
    f.add("record-alert-one-byte", "record", record(21, b"\x02"), "TRUNCATED",
          "RFC 8446 §6: an Alert is level and description; one byte is half of one; "
          + DECODE_ERROR_WHY, context="plaintext")
    for frag in (b"\x02", b"\x01\x01", b"\x00"):
        f.add(f"record-change-cipher-spec-{frag.hex()}", "record", record(20, frag),
              "ILLEGAL_CHANGE_CIPHER_SPEC",
              "RFC 8446 §5: only \"the single byte value 0x01\" is a change_cipher_spec; "
              "\"An implementation which receives any other change_cipher_spec value [...] "
              "MUST abort the handshake with an \"unexpected_message\" alert.\"",
              context="plaintext")
    f.add("record-handshake-type-unknown", "record", record(22, handshake(99, b"")),
          "UNEXPECTED_MESSAGE",
          "RFC 8446 §4: handshake type 99 is unassigned; \"A peer which receives a handshake "
          "message in an unexpected order MUST abort the handshake with an "
          "\"unexpected_message\" alert.\"", context="plaintext")
    # Streams: a handshake message split over records, with another record between the parts.
    for ctype, frag, name in ((21, b"\x01\x00", "alert"), (20, b"\x01", "change-cipher-spec"),
                              (23, b"\x17" * 8, "application-data")):
        stream = record(22, ch[:50]) + record(ctype, frag) + record(22, ch[50:])
        f.add(f"stream-{name}-inside-split-handshake-message", "record_stream", stream,
              "HANDSHAKE_INTERLEAVED",
              "RFC 8446 §5.1: \"if a handshake message is split over two or more records, "
              f"there MUST NOT be any other records between them\"; an {name.replace('-', '_')} "
              "record comes between the two parts of a ClientHello. The RFC names no alert; "
              "unexpected_message (RFC 8446 §6.2, a message out of place).", context="plaintext")
    stream = record(22, ch + ch[:3]) + record(21, b"\x01\x00")
    f.add("stream-alert-after-partial-handshake-header", "record_stream", stream,
          "HANDSHAKE_INTERLEAVED",
          "RFC 8446 §5.1: a record ends three bytes into a handshake header, then an alert "
          "record comes before the rest; \"there MUST NOT be any other records between "
          "them\" (unexpected_message).", context="plaintext")
    big = 0x10001
    stream = record(22, u8(11) + u24(big) + b"\x00" * 64)
    f.add("stream-handshake-message-of-65537-bytes", "record_stream", stream,
          "MESSAGE_TOO_LARGE",
          "RFC 8446 §4: a Certificate header announces 65537 body bytes, above tlsref's "
          "configured bound of 64 KiB for one handshake message (DESIGN.md, Limits: every "
          "buffer bounded). The RFCs name no alert; illegal_parameter, as OpenSSL sends for an "
          "excessive message size. Other implementations may use another bound.",
          context="plaintext")
    stream = record(22, ch) + record(24, b"\x01\x00")
    f.add("stream-heartbeat-record-after-client-hello", "record_stream", stream,
          "UNEXPECTED_CONTENT_TYPE",
          "RFC 8446 §5: after a whole ClientHello, a heartbeat(24) record that no extension "
          "negotiated: \"unexpected_message\".", context="plaintext")
    stream = record(22, ch) + record(22, b"")
    f.add("stream-empty-handshake-record-after-client-hello", "record_stream", stream,
          "EMPTY_RECORD",
          "RFC 8446 §5.1: a zero-length handshake fragment after a whole ClientHello "
          "(unexpected_message, as for the protected case of RFC 8446 §5.4).",
          context="plaintext")
    stream = record(22, ch) + record(22, ch[:20]) + record(21, b"\x02\x0a")
    f.add("stream-alert-after-first-record-of-second-message", "record_stream", stream,
          "HANDSHAKE_INTERLEAVED",
          "RFC 8446 §5.1: a whole message, then the first 20 bytes of the next, then an alert "
          "record: \"there MUST NOT be any other records between them\" (unexpected_message).",
          context="plaintext")


def hand_inner_plaintext(f):
    mx = "RFC 8446 §5.4"
    for n in (0, 1, 5, 64):
        f.add(f"inner-plaintext-all-zero-{n}-bytes", "inner_plaintext", b"\x00" * n,
              "MISSING_INNER_CONTENT_TYPE",
              f"{mx}: {n} zero bytes have no non-zero octet for the content type: \"If a "
              "receiving implementation does not find a non-zero octet in the cleartext, it "
              "MUST terminate the connection with an unexpected_message alert.\"")
    for content, name in ((b"\x01", "ccs"), (b"\x01\x00\x00", "ccs-padded")):
        f.add(f"inner-plaintext-change-cipher-spec-{name}", "inner_plaintext", content + b"\x14"
              + (b"\x00\x00" if name.endswith("padded") else b""), "PROTECTED_CHANGE_CIPHER_SPEC",
              "RFC 8446 §5: \"An implementation which receives [...] a protected "
              "change_cipher_spec record MUST abort the handshake with an "
              "\"unexpected_message\" alert.\"")
    for ctype in (0x18, 0x19, 0x63, 0xFF):
        f.add(f"inner-plaintext-content-type-{ctype}", "inner_plaintext", b"\x01\x00" + u8(ctype),
              "UNEXPECTED_CONTENT_TYPE",
              f"RFC 8446 §5: inner content type {ctype} is no type TLS 1.3 carries: \"If a TLS "
              "implementation receives an unexpected record type, it MUST terminate the "
              "connection with an \"unexpected_message\" alert.\"")
    for ctype, name in ((22, "handshake"), (21, "alert")):
        for pad in (0, 3):
            f.add(f"inner-plaintext-empty-{name}-padding-{pad}", "inner_plaintext",
                  u8(ctype) + b"\x00" * pad, "EMPTY_RECORD",
                  f"{mx}: \"Implementations MUST NOT send Handshake and Alert records that have "
                  "a zero-length TLSInnerPlaintext.content; if such a message is received, the "
                  "receiving implementation MUST terminate the connection with an "
                  "\"unexpected_message\" alert.\"")
    f.add("inner-plaintext-65-bytes-over-record-size-limit-64", "inner_plaintext",
          b"\x17" * 64 + b"\x17", "RECORD_OVERFLOW",
          "RFC 8449 §4: with record_size_limit 64 the TLSInnerPlaintext (content type and "
          "padding included, in TLS 1.3) may hold 64 bytes; 65 arrive: \"A TLS endpoint that "
          "receives a record larger than its advertised limit MUST generate a fatal "
          "\"record_overflow\" alert\".", limit=64)
    f.add("inner-plaintext-padding-over-record-size-limit-64", "inner_plaintext",
          b"\x17\x17" + b"\x00" * 63, "RECORD_OVERFLOW",
          "RFC 8449 §4: padding counts toward the TLS 1.3 limit; 2 bytes of content and type "
          "plus 63 of padding exceed record_size_limit 64 (record_overflow).", limit=64)
    f.add("inner-plaintext-alert-three-bytes", "inner_plaintext", b"\x02\x28\x00\x15",
          "TRAILING_BYTES",
          "RFC 8446 §5.1: a protected Alert record holds exactly one Alert (two bytes); three "
          "bytes leave one over; " + DECODE_ERROR_WHY)
    f.add("inner-plaintext-alert-one-byte", "inner_plaintext", b"\x02\x15",
          "TRUNCATED", "RFC 8446 §6: a protected alert record of one byte holds half an Alert; "
          + DECODE_ERROR_WHY)


def oversized_records(f):
    limits = (("plaintext", "tls13", 1 << 14, "RFC 8446 §5.1: TLSPlaintext.length \"MUST NOT "
               "exceed 2^14 bytes. An endpoint that receives a record that exceeds this length "
               "MUST terminate the connection with a record_overflow alert.\""),
              ("plaintext", "tls12", 1 << 14, "RFC 5246 §6.2.1: TLSPlaintext.length \"MUST NOT "
               "exceed 2^14\"; RFC 5246 §7.2.2 record_overflow."),
              ("ciphertext", "tls13", (1 << 14) + 256, "RFC 8446 §5.2: TLSCiphertext.length "
               "\"MUST NOT exceed 2^14 + 256 bytes. An endpoint that receives a record that "
               "exceeds this length MUST terminate the connection with a record_overflow "
               "alert.\""),
              ("ciphertext", "tls12", (1 << 14) + 2048, "RFC 5246 §6.2.3: TLSCiphertext.length "
               "\"MUST NOT exceed 2^14 + 2048\"; RFC 5246 §7.2.2 record_overflow."))
    for context, dialect, limit, why in limits:
        ctype = 22 if context == "plaintext" else 23
        f.add(f"record-{context}-{dialect}-{limit + 1}-bytes", "record",
              record(ctype, b"\x00" * (limit + 1)), "RECORD_OVERFLOW",
              f"{why} The fragment is {limit + 1} bytes, one over {limit}.",
              dialect=dialect, context=context)
    f.add("inner-plaintext-16386-bytes", "inner_plaintext", b"\x17" * 16386, "RECORD_OVERFLOW",
          "RFC 8446 §5.4: \"the full encoded TLSInnerPlaintext MUST NOT exceed 2^14 + 1 "
          "octets\"; 2^14 + 2 arrive; RFC 8446 §5.2 names record_overflow for a record past "
          "the limit.")


def hand_alerts(f):
    for body, reason, why in (
            (b"", "TRUNCATED", "an Alert is two bytes, level and description; none is there"),
            (b"\x02", "TRUNCATED", "one byte is half an Alert"),
            (b"\x02\x28\x00", "TRAILING_BYTES", "an alert record holds \"exactly one "
             "message\" (RFC 8446 §5.1); a third byte is left over"),
            (b"\x01\x00\x01\x00", "TRAILING_BYTES", "two close_notify alerts in one record: "
             "\"a record with an Alert type MUST contain exactly one message\" (RFC 8446 §5.1)")):
        f.add(f"alert-{len(body)}-bytes" + ("-two-alerts" if len(body) == 4 else ""), "alert",
              body, reason, f"RFC 8446 §6: {why}; " + DECODE_ERROR_WHY)
    for body in (b"", b"\x00", b"\x02", b"\xff", b"\x01\x01", b"\x01\x00"):
        f.add(f"change-cipher-spec-{body.hex() or 'empty'}", "change_cipher_spec", body,
              "ILLEGAL_CHANGE_CIPHER_SPEC",
              "RFC 8446 §5: only \"the single byte value 0x01\" is a change_cipher_spec: \"An "
              "implementation which receives any other change_cipher_spec value [...] MUST "
              "abort the handshake with an \"unexpected_message\" alert.\" RFC 5246 §7.1 "
              "defines the same single byte.")


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

FIELD_NOTE = ("Cases named <message>-<field>-<variant> are derived from the real message named "
              "in \"base\"; the field path is the oracle's (vectors/tools/tlsoracle.py) and the "
              "variants are: cut-in-length / cut-in-content (message cut inside the field, "
              "header length adjusted), cut-in-body (header not adjusted), over-long (one byte "
              "more than the enclosing structure holds), length-above-ceiling (the largest "
              "value the length field holds, above the declared ceiling), appended-byte (a zero "
              "byte appended inside the vector, enclosing lengths adjusted), byte-after-message "
              "(a byte after the message, header not adjusted), below-floor / empty / "
              "above-ceiling (a correctly framed content outside <floor..ceiling>), and empty "
              "for an extension whose struct needs bytes.")


def build():
    bases = load_bases()
    files = {
        "client-hello": File("client-hello.json", "RFC 8446 §4.1.2, §4.2; RFC 5246 §7.4.1.2",
                             "Malformed and forbidden ClientHello messages, derived from the "
                             "RFC 8448 and recorded ClientHellos, each with the alert it must "
                             "get.", [FIELD_NOTE]),
        "server-hello": File("server-hello.json", "RFC 8446 §4.1.3, §4.1.4, §4.2; RFC 5246 "
                             "§7.4.1.3, §7.4.1.4", "Malformed and forbidden ServerHello and "
                             "HelloRetryRequest messages, TLS 1.3 and TLS 1.2.", [FIELD_NOTE]),
        "tls13": File("tls13-messages.json", "RFC 8446 §4.3-§4.6; RFC 9846 §4.4-§4.7",
                      "Malformed and forbidden TLS 1.3 messages after the hellos: "
                      "EncryptedExtensions, CertificateRequest, Certificate, CertificateVerify, "
                      "Finished, NewSessionTicket, EndOfEarlyData, KeyUpdate, and handshake "
                      "types TLS 1.3 does not have.", [FIELD_NOTE]),
        "tls12": File("tls12-messages.json", "RFC 5246 §7.4; RFC 8422 §5.4, §5.7; RFC 5077 §3.3",
                      "Malformed and forbidden TLS 1.2 messages after the hellos, derived from "
                      "the recorded OpenSSL conversations, and handshake types TLS 1.2 does not "
                      "have.", [FIELD_NOTE]),
        "extensions": File("extensions.json", "RFC 8446 §4.2 and the RFC defining each "
                           "extension (cited per case)", "Malformed or forbidden extension "
                           "bodies and blocks, one extension form at a time, in the message "
                           "(context) that carries them.",
                           ["Kind \"extension\" holds one Extension (type, length, data); kind "
                            "\"extensions\" a whole block with its length."]),
        "placement": File("extension-placement.json", "RFC 8446 §4.2 as revised by RFC 9846 "
                          "§4.3 (Table 1); RFC 5246 §7.4.1.4", "Extensions in a message the "
                          "RFC 8446 §4.2 table does not allow them in (illegal_parameter), and "
                          "responses the peer did not ask for (unsupported_extension).",
                          ["The TLS 1.3 column is RFC 9846 Table 1, plus RFC 8446 §4.2 for "
                           "max_fragment_length and signed_certificate_timestamp (dropped from "
                           "the 9846 table, which lists only Recommended extensions). Table 1's "
                           "supported_ekt_ciphers, external_id_hash, external_session_id and "
                           "ticket_request are left out: the illegal_parameter rule binds only "
                           "an implementation that \"recognizes\" the extension.",
                           "A ClientHello is read before the version is known, so TLS 1.2 "
                           "extensions are allowed in it; only oid_filters is never allowed "
                           "there.",
                           "Bodies are valid for the extension's form in that message, or its "
                           "ClientHello form where the message has none, so only the place is "
                           "wrong."]),
        "records": File("records.json", "RFC 8446 §5.1, §5.4, §6; RFC 5246 §6.2",
                        "Records, record streams and TLSInnerPlaintext structures a receiver "
                        "must reject.",
                        ["Kind \"record_stream\" is a sequence of records read in order with "
                         "handshake messages reassembled across them."]),
        "overflow": File("record-overflow.json", "RFC 8446 §5.1, §5.2, §5.4; RFC 5246 §6.2",
                         "Records and TLSInnerPlaintext structures one byte (or more) over "
                         "their limit, in full (hence large).",
                         ["The fragments are complete, so an implementation that reads a whole "
                          "record before checking its header gets the same verdict."]),
        "alerts": File("alerts-ccs.json", "RFC 8446 §5, §5.1, §6; RFC 5246 §7.1, §7.2",
                       "Alert and change_cipher_spec bodies a receiver must reject."),
    }
    seen = set()
    by_type = {1: "client-hello", 2: "server-hello"}
    for b in bases:
        target = files[by_type.get(b.type, b.dialect)]
        _, lengths, entries = locate(b.bytes, b.dialect, b.key_exchange)
        field_cases(b, lengths, target, seen)
        duplicate_cases(b, entries, target, seen)
    hand_client_hello(bases, files["client-hello"])
    hand_server_hello(bases, files["server-hello"])
    wrong_dialect_cases(bases, {"tls13": files["tls13"], "tls12": files["tls12"]})
    hand_tls13_messages(bases, files["tls13"])
    hand_tls12_messages(bases, files["tls12"])
    hand_extensions(files["extensions"])
    hand_placement(files["placement"])
    hand_records(files["records"], bases)
    hand_inner_plaintext(files["records"])
    oversized_records(files["overflow"])
    hand_alerts(files["alerts"])
    return files


def main(argv):
    check = "--check" in argv
    files = build()
    stale = []
    for f in files.values():
        path = os.path.join(HERE, f.name)
        text = f.json()
        if check:
            try:
                with open(path, encoding="utf-8") as existing:
                    if existing.read() != text:
                        stale.append(f.name)
            except FileNotFoundError:
                stale.append(f.name)
        else:
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
        print(f"{f.name}: {len(f.cases)} cases")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
