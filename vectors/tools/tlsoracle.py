"""Independent minimal parser of TLS handshake messages: the oracle for the vector files.

It exists so that the "fields" recorded beside each message in vectors/ come from a second,
tiny implementation written straight from the RFC structs (RFC 8446 §4, RFC 5246 §7.4,
RFC 8422 §5, RFC 5077 §3.3), never from the Java code the vectors test. It reads only what a
reader of the vectors needs to cross-check; every length is checked and any leftover byte is
an error, so a malformed vector fails here before it reaches a test.

Codes (versions, cipher suites, groups, schemes, extension types) are plain integers; opaque
values are lower-case hex strings.
"""

HELLO_RETRY_REQUEST_RANDOM = bytes.fromhex(
    "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c")  # RFC 8446 §4.1.3

HANDSHAKE_TYPE_NAMES = {
    0: "hello_request", 1: "client_hello", 2: "server_hello", 4: "new_session_ticket",
    5: "end_of_early_data", 8: "encrypted_extensions", 11: "certificate",
    12: "server_key_exchange", 13: "certificate_request", 14: "server_hello_done",
    15: "certificate_verify", 16: "client_key_exchange", 20: "finished", 24: "key_update",
    254: "message_hash",
}

CONTENT_TYPE_NAMES = {20: "change_cipher_spec", 21: "alert", 22: "handshake",
                      23: "application_data"}


class OracleError(ValueError):
    """The bytes do not parse as the RFC struct says."""


class Reader:
    """A bounded cursor over bytes; every read checks the bounds."""

    def __init__(self, data, what="message"):
        self.data = bytes(data)
        self.pos = 0
        self.what = what

    def remaining(self):
        return len(self.data) - self.pos

    def take(self, n, field):
        if n > self.remaining():
            raise OracleError(f"{self.what}: {field} needs {n} bytes, {self.remaining()} left")
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def uint(self, n, field):
        return int.from_bytes(self.take(n, field), "big")

    def opaque(self, length_bytes, field):
        return self.take(self.uint(length_bytes, field + " length"), field)

    def sub(self, length_bytes, field):
        return Reader(self.opaque(length_bytes, field), f"{self.what}/{field}")

    def end(self):
        if self.remaining():
            raise OracleError(f"{self.what}: {self.remaining()} trailing bytes")


def u16_list(r, field):
    inner = r.sub(2, field)
    out = []
    while inner.remaining():
        out.append(inner.uint(2, field))
    return out


def split_handshake_messages(payload):
    """Splits a handshake record payload into whole messages (type u8, length u24, body)."""
    r = Reader(payload, "handshake payload")
    out = []
    while r.remaining():
        start = r.pos
        r.uint(1, "msg_type")
        r.take(r.uint(3, "length"), "body")
        out.append(payload[start:r.pos])
    return out


def parse_extensions(r, msg_type, dialect, is_hrr=False):
    """Reads an Extension extensions<..2^16-1> block: returns (types in order, decoded values)."""
    block = r.sub(2, "extensions")
    types, values = [], {}
    while block.remaining():
        ext_type = block.uint(2, "extension_type")
        body = Reader(block.opaque(2, f"extension {ext_type}"), f"extension {ext_type}")
        types.append(ext_type)
        decoded = decode_extension(ext_type, body, msg_type, dialect, is_hrr)
        body.end()
        if decoded is not None:
            values.update(decoded)
    return types, values


def decode_extension(ext_type, b, msg_type, dialect, is_hrr):
    """The few extensions a reader cross-checks, as RFC 8446 §4.2 and RFC 8422 §5.1 define them."""
    ch = msg_type == 1
    if ext_type == 0:  # server_name, RFC 6066 §3
        if not b.remaining():
            return {"server_name": []}
        names = b.sub(2, "server_name_list")
        out = []
        while names.remaining():
            names.uint(1, "name_type")
            out.append(names.opaque(2, "host_name").decode("ascii"))
        return {"server_name": out}
    if ext_type == 10:  # supported_groups
        return {"supported_groups": u16_list(b, "named_group_list")}
    if ext_type == 11:  # ec_point_formats, RFC 8422 §5.1.2
        return {"ec_point_formats": list(b.opaque(1, "ec_point_format_list"))}
    if ext_type == 13:  # signature_algorithms
        return {"signature_algorithms": u16_list(b, "supported_signature_algorithms")}
    if ext_type == 28:  # record_size_limit, RFC 8449 §4
        return {"record_size_limit": b.uint(2, "RecordSizeLimit")}
    if ext_type == 21:  # padding, RFC 7685 §3
        pad = b.take(b.remaining(), "padding")
        return {"padding_length": len(pad)}
    if ext_type == 42:  # early_data
        if msg_type == 4:
            return {"max_early_data_size": b.uint(4, "max_early_data_size")}
        return {"early_data": True}
    if ext_type == 43:  # supported_versions
        if ch:
            v = b.opaque(1, "versions")
            return {"supported_versions": [int.from_bytes(v[i:i + 2], "big")
                                           for i in range(0, len(v), 2)]}
        return {"selected_version": b.uint(2, "selected_version")}
    if ext_type == 44:  # cookie
        return {"cookie": b.opaque(2, "cookie").hex()}
    if ext_type == 45:  # psk_key_exchange_modes
        return {"psk_key_exchange_modes": list(b.opaque(1, "ke_modes"))}
    if ext_type == 51:  # key_share
        if ch:
            shares = b.sub(2, "client_shares")
            groups, keys = [], []
            while shares.remaining():
                groups.append(shares.uint(2, "group"))
                keys.append(shares.opaque(2, "key_exchange").hex())
            return {"key_share_groups": groups, "key_share_key_exchange": keys}
        if is_hrr:
            return {"key_share_selected_group": b.uint(2, "selected_group")}
        group = b.uint(2, "group")
        return {"key_share_group": group, "key_share_key_exchange": b.opaque(2, "key_exchange").hex()}
    if ext_type == 41:  # pre_shared_key
        if ch:
            ids = b.sub(2, "identities")
            identities, ages = [], []
            while ids.remaining():
                identities.append(ids.opaque(2, "identity").hex())
                ages.append(ids.uint(4, "obfuscated_ticket_age"))
            binders = b.sub(2, "binders")
            out = []
            while binders.remaining():
                out.append(binders.opaque(1, "binder").hex())
            return {"psk_identities": identities, "psk_obfuscated_ticket_ages": ages,
                    "psk_binders": out}
        return {"psk_selected_identity": b.uint(2, "selected_identity")}
    if ext_type == 65281:  # renegotiation_info, RFC 5746 §3.2
        return {"renegotiated_connection": b.opaque(1, "renegotiated_connection").hex()}
    b.take(b.remaining(), "extension body")  # present, not decoded: only its type is recorded
    return None


def parse_message(msg, dialect, key_exchange=None):
    """Returns the reader-facing fields of one handshake message (header included).

    dialect is "tls13" or "tls12": it picks the struct where the two versions differ
    (Certificate, CertificateRequest, NewSessionTicket, Finished length). key_exchange
    ("ecdhe" or "rsa") picks the TLS 1.2 ClientKeyExchange form, which the bytes do not tell.
    """
    r = Reader(msg, "handshake")
    msg_type = r.uint(1, "msg_type")
    length = r.uint(3, "length")
    body = Reader(r.take(length, "body"), HANDSHAKE_TYPE_NAMES.get(msg_type, str(msg_type)))
    r.end()
    f = {}
    if msg_type == 1:
        f["legacy_version"] = body.uint(2, "legacy_version")
        f["random"] = body.take(32, "random").hex()
        f["legacy_session_id"] = body.opaque(1, "legacy_session_id").hex()
        f["cipher_suites"] = u16_list(body, "cipher_suites")
        f["legacy_compression_methods"] = list(body.opaque(1, "legacy_compression_methods"))
        if body.remaining():
            f["extensions"], values = parse_extensions(body, 1, dialect)
            f.update(values)
    elif msg_type == 2:
        f["legacy_version"] = body.uint(2, "legacy_version")
        random = body.take(32, "random")
        f["random"] = random.hex()
        is_hrr = random == HELLO_RETRY_REQUEST_RANDOM
        f["is_hello_retry_request"] = is_hrr
        f["legacy_session_id_echo"] = body.opaque(1, "legacy_session_id_echo").hex()
        f["cipher_suite"] = body.uint(2, "cipher_suite")
        f["legacy_compression_method"] = body.uint(1, "legacy_compression_method")
        if body.remaining():
            f["extensions"], values = parse_extensions(body, 2, dialect, is_hrr)
            f.update(values)
    elif msg_type == 4:
        f["ticket_lifetime"] = body.uint(4, "ticket_lifetime")
        if dialect == "tls13":
            f["ticket_age_add"] = body.uint(4, "ticket_age_add")
            f["ticket_nonce"] = body.opaque(1, "ticket_nonce").hex()
            f["ticket_length"] = len(body.opaque(2, "ticket"))
            f["extensions"], values = parse_extensions(body, 4, dialect)
            f.update(values)
        else:  # RFC 5077 §3.3: ticket_lifetime_hint, opaque ticket<0..2^16-1>
            f["ticket_length"] = len(body.opaque(2, "ticket"))
    elif msg_type == 5 or msg_type == 14:
        pass  # EndOfEarlyData, ServerHelloDone: empty bodies
    elif msg_type == 8:
        f["extensions"], values = parse_extensions(body, 8, dialect)
        f.update(values)
    elif msg_type == 11:
        if dialect == "tls13":
            f["certificate_request_context"] = body.opaque(1, "certificate_request_context").hex()
        entries = body.sub(3, "certificate_list")
        lengths, entry_exts = [], []
        while entries.remaining():
            lengths.append(len(entries.opaque(3, "cert_data")))
            if dialect == "tls13":
                types, _ = parse_extensions(entries, 11, dialect)
                entry_exts.append(types)
        f["certificate_count"] = len(lengths)
        f["certificate_lengths"] = lengths
        if dialect == "tls13":
            f["entry_extensions"] = entry_exts
    elif msg_type == 12:  # ServerKeyExchange, ECDHE only (RFC 8422 §5.4)
        f["curve_type"] = body.uint(1, "curve_type")
        if f["curve_type"] != 3:
            raise OracleError("ServerKeyExchange: only named_curve is parsed")
        f["named_curve"] = body.uint(2, "namedcurve")
        f["public_length"] = len(body.opaque(1, "public"))
        f["signature_scheme"] = body.uint(2, "SignatureAndHashAlgorithm")
        f["signature_length"] = len(body.opaque(2, "signature"))
    elif msg_type == 13:
        if dialect == "tls13":
            f["certificate_request_context"] = body.opaque(1, "certificate_request_context").hex()
            f["extensions"], values = parse_extensions(body, 13, dialect)
            f.update(values)
        else:  # RFC 5246 §7.4.4
            f["certificate_types"] = list(body.opaque(1, "certificate_types"))
            f["supported_signature_algorithms"] = u16_list(body, "supported_signature_algorithms")
            cas = body.sub(2, "certificate_authorities")
            count = 0
            while cas.remaining():
                cas.opaque(2, "DistinguishedName")
                count += 1
            f["certificate_authorities_count"] = count
    elif msg_type == 15:
        f["signature_scheme"] = body.uint(2, "algorithm")
        f["signature_length"] = len(body.opaque(2, "signature"))
    elif msg_type == 16:  # ClientKeyExchange: the form depends on the negotiated suite
        if key_exchange == "ecdhe":  # RFC 8422 §5.7: ECPoint ecdh_Yc, opaque point <1..2^8-1>
            f["public_length"] = len(body.opaque(1, "ecdh_Yc"))
        elif key_exchange == "rsa":  # RFC 5246 §7.4.7.1: EncryptedPreMasterSecret <0..2^16-1>
            f["encrypted_pre_master_secret_length"] = len(body.opaque(2, "pre_master_secret"))
        else:
            raise OracleError("ClientKeyExchange needs the key exchange (ecdhe or rsa)")
    elif msg_type == 20:
        f["verify_data"] = body.take(body.remaining(), "verify_data").hex()
        expected = 12 if dialect == "tls12" else None
        if expected is not None and len(f["verify_data"]) != 2 * expected:
            raise OracleError("TLS 1.2 Finished.verify_data is 12 bytes")
    else:
        raise OracleError(f"no oracle for handshake type {msg_type}")
    body.end()
    return f
