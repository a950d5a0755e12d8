#!/usr/bin/env python3
"""Extracts the RFC 8448 traces into vectors/rfc8448/*.json.

Usage: python3 vectors/rfc8448/extract.py [path/to/rfc8448.txt]
(default: ../shared/reference/rfc/rfc8448.txt beside the repository, as laid out for tlsref).

Every hex value and every label comes from the RFC text. The "fields" of each message come from
an independent minimal parse (vectors/tools/tlsoracle.py), not from tlsref's Java codecs.
The script also cross-checks the trace against itself and stops on any inconsistency:
  - each "construct ... handshake message" equals the bytes sent in a handshake record;
  - every record header length matches its body, and "complete record" = header + payload for
    plaintext records;
  - every protected record decrypts (AES-128-GCM, RFC 8446 §5.2) under one of the trace's own
    traffic keys and IVs to its published payload and inner content type;
  - every HKDF-Extract / HKDF-Expand-Label step recomputes (RFC 5869, RFC 8446 §7.1);
  - every "hash" of a Derive-Secret step is the transcript hash of a prefix of the messages;
  - every Finished and PSK binder value recomputes (RFC 8446 §4.4.4, §4.2.11.2), and a
    truncated "construct ClientHello" value is exactly the binder's "ClientHello prefix";
  - each ephemeral public key matches its private key, the key shares carry them, and the
    (EC)DHE output matches the IKM of "extract secret handshake".
Findings that are odd but not wrong (see NOTES) are written into the files as "notes".
Needs the "cryptography" package for X25519, P-256 and AES-GCM.
"""

import hashlib
import hmac
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import tlsoracle  # noqa: E402

from cryptography.hazmat.primitives.asymmetric import ec, x25519  # noqa: E402
from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402
from cryptography.hazmat.primitives import serialization  # noqa: E402

TRACES = {
    3: ("simple-1rtt", "Simple 1-RTT Handshake"),
    4: ("resumed-0rtt", "Resumed 0-RTT Handshake"),
    5: ("hrr", "HelloRetryRequest"),
    6: ("client-auth", "Client Authentication"),
    7: ("compat-mode", "Compatibility Mode"),
}

PAGE_LINE = re.compile(r"^(Thomson\s+Informational\s+\[Page \d+\]|RFC 8448\s+TLS 1\.3 Traces\s+January 2019)\s*$")
SECTION = re.compile(r"^(\d+)\.  (\S.*)$")
STEP = re.compile(r"^   \{(client|server)\}  (\S.*)$")
VALUE = re.compile(r"^      ([A-Za-z][A-Za-z0-9 ]*?)(?: \((\d+) octets?\))?:  (\S.*)$")
KEY_VALUE = re.compile(r"^   ([a-z][a-z0-9 ()]*?):  (\S.*)$")
HEX_TOKENS = re.compile(r"^(?:[0-9a-f]{2})(?: [0-9a-f]{2})*$")

SHA256_EMPTY = hashlib.sha256(b"").digest()


def clean_lines(text):
    """The RFC text without page headers, footers and form feeds."""
    out = []
    for line in text.replace("\f", "").split("\n"):
        line = line.rstrip()
        if PAGE_LINE.match(line):
            continue
        out.append(line)
    return out


def split_sections(lines):
    sections, current = {}, None
    for line in lines:
        m = SECTION.match(line)
        if m:
            current = int(m.group(1))
            sections[current] = {"title": m.group(2), "lines": []}
        elif current is not None:
            sections[current]["lines"].append(line)
    return sections


def to_hex(text, octets, where):
    """A published value as lower-case hex; checks the published octet count."""
    if text == "(empty)":
        data = ""
    elif HEX_TOKENS.match(text):
        data = text.replace(" ", "")
    else:
        raise ValueError(f"{where}: not hex: {text[:40]}")
    if octets is not None and len(data) != 2 * octets:
        raise ValueError(f"{where}: {len(data) // 2} octets, the RFC says {octets}")
    return data


def parse_steps(section_lines, where):
    """Each "{client}/{server} action:" block with its labelled values, in order."""
    steps, step, value = [], None, None

    def finish_value():
        nonlocal value
        if value is not None:
            text = " ".join(value["_text"])
            if value["_octets"] is None:
                value["text"] = text
            else:
                value["octets"] = value["_octets"]
                value["hex"] = to_hex(text, value["_octets"], f"{where}: {value['label']}")
            del value["_text"], value["_octets"]
            step["values"].append(value)
            value = None

    for line in section_lines:
        if not line.strip():
            continue
        m = STEP.match(line)
        if m:
            finish_value()
            step = {"actor": m.group(1), "_heading": [m.group(2)], "values": []}
            steps.append(step)
            continue
        if step is None:
            continue  # the prose that opens a section
        m = VALUE.match(line)
        if m:
            finish_value()
            value = {"label": m.group(1), "_octets": int(m.group(2)) if m.group(2) else None,
                     "_text": [m.group(3)]}
            continue
        if line.startswith("         ") and value is not None:
            value["_text"].append(line.strip())
        elif line.startswith("      ") and not step["values"] and value is None:
            step["_heading"].append(line.strip())  # a heading that wraps
        else:
            raise ValueError(f"{where}: unexpected line: {line!r}")
    finish_value()
    ordered = []
    for s in steps:
        heading = " ".join(s.pop("_heading"))
        step = {"actor": s["actor"], "action": heading[:-1] if heading.endswith(":") else heading}
        same = re.search(r"\((same as .*)\)$", step["action"])
        if same:
            step["same_as"] = same.group(1)
        step["values"] = s["values"]
        ordered.append(step)
    return ordered


def parse_private_keys(section_lines):
    """RFC 8448 §2: the server's RSA key, "name:  hex" with wrapped lines."""
    values, current = [], None
    for line in section_lines:
        m = KEY_VALUE.match(line)
        if m and HEX_TOKENS.match(m.group(2)):
            current = {"label": m.group(1), "_text": [m.group(2)]}
            values.append(current)
        elif current is not None and line.startswith("      ") and HEX_TOKENS.match(line.strip()):
            current["_text"].append(line.strip())
        elif line.strip():
            current = None
    for v in values:
        v["hex"] = to_hex(" ".join(v.pop("_text")), None, "§2 " + v["label"])
    return values


def check_rsa_key(k):
    """The §2 components agree with each other (RFC 8017 §3.2)."""
    n, e, d = k["modulus (public)"], k["public exponent"], k["private exponent"]
    p, q = k["prime1"], k["prime2"]
    assert p * q == n, "RSA: p*q != n"
    assert d % (p - 1) == k["exponent1"] and d % (q - 1) == k["exponent2"], "RSA: CRT exponents"
    assert (k["coefficient"] * q) % p == 1, "RSA: coefficient"
    assert pow(pow(2, e, n), d, n) == 2, "RSA: e and d"


def value_of(step, label):
    for v in step["values"]:
        if v["label"] == label:
            return v.get("hex")
    return None


# ---- friendly names for the values a replay injects or checks -------------------------------

def friendly_names(step):
    """Maps (step, value label) to a stable name such as "client handshake traffic secret"."""
    a, who = step["action"], step["actor"]
    peer = "server" if who == "client" else "client"
    names = {}
    m = re.match(r"create an ephemeral (\S+) key pair", a)
    if m:
        names["private key"] = f"{who} ephemeral {m.group(1)} private key"
        names["public key"] = f"{who} ephemeral {m.group(1)} public key"
    derive = {
        '"tls13 c hs traffic"': "client handshake traffic secret",
        '"tls13 s hs traffic"': "server handshake traffic secret",
        '"tls13 c ap traffic"': "client application traffic secret",
        '"tls13 s ap traffic"': "server application traffic secret",
        '"tls13 exp master"': "exporter master secret",
        '"tls13 res master"': "resumption master secret",
        '"tls13 c e traffic"': "client early traffic secret",
        '"tls13 e exp master"': "early exporter master secret",
    }
    m = re.match(r'derive secret (".*")$', a)
    if m and m.group(1) in derive:
        names["expanded"] = derive[m.group(1)]
    if a == 'derive secret for handshake "tls13 derived"':
        names["expanded"] = "derived secret for handshake"
    if a == 'derive secret for master "tls13 derived"':
        names["expanded"] = "derived secret for master"
    if a == 'extract secret "early"':
        names["secret"] = "early secret"
    if a == 'extract secret "handshake"':
        names["IKM"] = "(EC)DHE shared secret"
        names["secret"] = "handshake secret"
    if a == 'extract secret "master"':
        names["secret"] = "master secret"
    if a == 'generate resumption secret "tls13 resumption"':
        names["expanded"] = "resumption secret"
    if a == "calculate PSK binder":
        names.update({"binder hash": "binder hash", "PRK": "binder key",
                      "expanded": "binder finished key", "finished": "binder"})
    if a == 'calculate finished "tls13 finished"':
        names["expanded"] = f"{who} finished key"
        names["finished"] = f"{who} finished verify_data"
    m = re.match(r"derive (write|read) traffic keys for (handshake|application|early application) data$", a)
    if m:
        owner = who if m.group(1) == "write" else peer
        phase = {"handshake": "handshake", "application": "application",
                 "early application": "early"}[m.group(2)]
        names["key expanded"] = f"{owner} {phase} key"
        names["iv expanded"] = f"{owner} {phase} iv"
    return names


def collect_secrets(steps, where):
    secrets = {}
    for i, s in enumerate(steps):
        for label, name in friendly_names(s).items():
            hexv = value_of(s, label)
            if hexv is None:
                continue
            if name in secrets and secrets[name]["hex"] != hexv:
                raise ValueError(f"{where}: {name} published twice with different values")
            secrets.setdefault(name, {"hex": hexv, "step": i, "label": label})
    return secrets


# ---- crypto cross-checks (standard library HKDF, cryptography for ECDH and AES-GCM) ----------

def hkdf_extract(salt, ikm):
    return hmac.new(salt or bytes(32), ikm, hashlib.sha256).digest()


def hkdf_expand(prk, info, length):
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def check_key_schedule(steps, where):
    """Recomputes every published HKDF step from its own published inputs."""
    for s in steps:
        v = {x["label"]: x for x in s["values"]}
        if "secret" in v and "IKM" in v:
            salt = bytes.fromhex(v["salt"]["hex"]) if "hex" in v["salt"] else bytes(32)
            got = hkdf_extract(salt, bytes.fromhex(v["IKM"]["hex"]))
            assert got.hex() == v["secret"]["hex"], f"{where}: {s['action']}"
        for prefix in ("", "key ", "iv "):
            if prefix + "info" in v and prefix + "expanded" in v:
                out = v[prefix + "expanded"]
                got = hkdf_expand(bytes.fromhex(v["PRK"]["hex"]),
                                  bytes.fromhex(v[prefix + "info"]["hex"]), out["octets"])
                assert got.hex() == out["hex"], f"{where}: {s['action']} {prefix}expanded"
        if "finished" in v:
            base = bytes.fromhex(v["expanded"]["hex"])
            if "binder hash" in v:
                th = bytes.fromhex(v["binder hash"]["hex"])
                assert hashlib.sha256(bytes.fromhex(v["ClientHello prefix"]["hex"])).digest() == th, where
                s["_finished_transcript"] = th
            s["_finished_key"] = base


def public_from_private(group, private_hex):
    priv = bytes.fromhex(private_hex)
    if group == "x25519":
        key = x25519.X25519PrivateKey.from_private_bytes(priv)
        return key, key.public_key().public_bytes(serialization.Encoding.Raw,
                                                  serialization.PublicFormat.Raw)
    key = ec.derive_private_key(int.from_bytes(priv, "big"), ec.SECP256R1())
    return key, key.public_key().public_bytes(serialization.Encoding.X962,
                                              serialization.PublicFormat.UncompressedPoint)


def check_ephemeral(steps, messages, secrets, where):
    pairs = {}
    for s in steps:
        m = re.match(r"create an ephemeral (\S+) key pair", s["action"])
        if m:
            group = m.group(1)
            key, pub = public_from_private(group, value_of(s, "private key"))
            assert pub.hex() == value_of(s, "public key"), f"{where}: {s['actor']} {group} public key"
            pairs[(s["actor"], group)] = (key, pub)
    # The shares on the wire are the published public keys.
    shares = set()
    for msg in messages:
        shares.update(msg["fields"].get("key_share_key_exchange", []) if msg["handshake_type"] == 1
                      else [msg["fields"]["key_share_key_exchange"]] if "key_share_key_exchange" in msg["fields"] else [])
    for (actor, group), (_, pub) in pairs.items():
        assert pub.hex() in shares, f"{where}: {actor} {group} public key not in any key_share"
    # The shared secret is the IKM of "extract secret handshake".
    ikm = secrets["(EC)DHE shared secret"]["hex"]
    groups = {g for (_, g) in pairs}
    for group in groups:
        if ("client", group) in pairs and ("server", group) in pairs:
            c, _ = pairs[("client", group)]
            _, spub = pairs[("server", group)]
            if group == "x25519":
                shared = c.exchange(x25519.X25519PublicKey.from_public_bytes(spub))
            else:
                shared = c.exchange(ec.ECDH(), ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), spub))
            assert shared.hex() == ikm, f"{where}: {group} shared secret != IKM"


def check_records(records, secrets, where):
    """Decrypts every protected record with the trace's own keys; names the key and sequence."""
    keysets = {}
    for name in secrets:
        if name.endswith(" key") and not name.endswith("private key") and not name.endswith("public key") \
                and not name.endswith("finished key") and name != "binder key":
            base = name[:-len(" key")]
            if base + " iv" in secrets:
                keysets[base] = (bytes.fromhex(secrets[name]["hex"]), bytes.fromhex(secrets[base + " iv"]["hex"]))
    for rec in records:
        if not rec["protected"]:
            continue
        raw = bytes.fromhex(rec["hex"])
        header, body = raw[:5], raw[5:]
        found = None
        for base, (key, iv) in keysets.items():
            if not base.startswith(rec["sender"]):
                continue
            for seq in range(16):
                nonce = bytes(a ^ b for a, b in zip(iv, seq.to_bytes(12, "big")))
                try:
                    inner = AESGCM(key).decrypt(nonce, body, header)
                except Exception:
                    continue
                found = (base, seq, inner)
                break
            if found:
                break
        assert found, f"{where}: record {rec['index']} decrypts under no published key"
        base, seq, inner = found
        stripped = inner.rstrip(b"\x00")
        inner_type, content = stripped[-1], stripped[:-1]
        assert content.hex() == rec["payload_hex"], f"{where}: record {rec['index']} payload mismatch"
        assert tlsoracle.CONTENT_TYPE_NAMES[inner_type] == rec["content"], where
        rec["inner_content_type"] = inner_type
        rec["padding_length"] = len(inner) - len(stripped)
        rec["keys"] = base
        rec["sequence_number"] = seq


def transcript_hashes(messages, hrr):
    """SHA-256 of each prefix of the transcript (RFC 8446 §4.4.1), keyed by hash."""
    out = {}
    data = b""
    for i, msg in enumerate(messages):
        raw = bytes.fromhex(msg["hex"])
        if hrr and i == 0:  # ClientHello1 is replaced by message_hash once an HRR follows
            raw = bytes([254, 0, 0, 32]) + hashlib.sha256(raw).digest()
        data += raw
        out[hashlib.sha256(data).hexdigest()] = i
    return out


def check_transcript(steps, messages, where):
    hrr = any(m["fields"].get("is_hello_retry_request") for m in messages)
    prefixes = transcript_hashes(messages, hrr)
    by_index = {i: m for i, m in enumerate(messages)}
    for s in steps:
        h = value_of(s, "hash")
        if s["action"].startswith("derive secret") and h is not None and len(h) == 64:
            if h == SHA256_EMPTY.hex():
                s["transcript"] = "empty"
            else:
                assert h in prefixes, f"{where}: {s['action']} hash is no transcript prefix"
                s["transcript_through_message"] = prefixes[h]
        if "_finished_key" in s:
            key = s.pop("_finished_key")
            if "_finished_transcript" in s:
                th = s.pop("_finished_transcript")
            else:
                # The Finished this step computes is the next Finished this actor sends.
                finished = value_of(s, "finished")
                idx = next(i for i, m in by_index.items()
                           if m["handshake_type"] == 20 and m["fields"]["verify_data"] == finished)
                th = bytes.fromhex(next(k for k, v in prefixes.items() if v == idx - 1))
                s["transcript_through_message"] = idx - 1
            assert hmac.new(key, th, hashlib.sha256).hexdigest() == value_of(s, "finished"), where
        if s["action"] == 'generate resumption secret "tls13 resumption"':
            nst = next(m for m in messages if m["handshake_type"] == 4)
            assert value_of(s, "hash") == nst["fields"]["ticket_nonce"], f"{where}: ticket_nonce"


# ---- messages and records -------------------------------------------------------------------

def build(steps, where):
    constructs = []
    for i, s in enumerate(steps):
        m = re.match(r"construct an? (\w+) handshake message$", s["action"])
        if m:
            (v,) = s["values"]
            assert v["label"] == m.group(1), f"{where}: {s['action']}"
            constructs.append({"label": v["label"], "sender": s["actor"], "hex": v["hex"], "step": i})
    records, messages, notes = [], [], []
    for i, s in enumerate(steps):
        m = re.match(r"send (\w+) record$", s["action"])
        if not m:
            continue
        payload, complete = value_of(s, "payload"), value_of(s, "complete record")
        raw = bytes.fromhex(complete)
        content_type, version, length = raw[0], int.from_bytes(raw[1:3], "big"), int.from_bytes(raw[3:5], "big")
        assert length == len(raw) - 5, f"{where}: record length"
        protected = complete[10:] != payload
        assert protected == (content_type == 23), f"{where}: protected records are application_data"
        rec = {"index": len(records), "sender": s["actor"], "step": i, "content": m.group(1),
               "content_type": content_type, "legacy_record_version": version, "length": length,
               "protected": protected, "payload_hex": payload, "hex": complete, "messages": []}
        if m.group(1) == "handshake":
            for part in tlsoracle.split_handshake_messages(bytes.fromhex(payload)):
                part = part.hex()
                c = next((c for c in constructs if c["sender"] == s["actor"] and "used" not in c
                          and part.startswith(c["hex"])), None)
                assert c is not None, f"{where}: record {rec['index']} carries an unannounced message"
                c["used"] = True
                msg = {"index": len(messages), "label": c["label"], "sender": s["actor"],
                       "handshake_type": int(part[:2], 16),
                       "handshake_type_name": tlsoracle.HANDSHAKE_TYPE_NAMES[int(part[:2], 16)],
                       "length": len(part) // 2, "hex": part, "record": rec["index"],
                       "step": c["step"], "protected": protected}
                if part != c["hex"]:
                    msg["rfc_message_hex"] = c["hex"]
                    note = (f"The {c['label']} the RFC shows under \"construct a {c['label']} handshake "
                            f"message\" ({len(c['hex']) // 2} octets) stops before the PSK binders: it is the "
                            f"binder's partial ClientHello; its 4-byte header already counts the binders "
                            f"(message length {len(part) // 2}). The whole message is taken from the record "
                            f"payload; the partial form is kept in rfc_message_hex.")
                    msg["note"] = note
                    notes.append(note)
                msg["fields"] = tlsoracle.parse_message(bytes.fromhex(part), "tls13")
                rec["messages"].append(msg["index"])
                messages.append(msg)
        records.append(rec)
    unused = [c["label"] for c in constructs if "used" not in c]
    assert not unused, f"{where}: messages never sent: {unused}"
    return messages, records, notes


def trace_notes(messages, records):
    """What a careful reader of the trace might trip on."""
    notes = []
    for rec in records:
        if rec["content"] == "handshake" and not rec["protected"] and rec["legacy_record_version"] != 0x0301 \
                and messages[rec["messages"][0]]["handshake_type"] == 1:
            notes.append(f"Record {rec['index']} carries a ClientHello with legacy_record_version "
                         f"0x{rec['legacy_record_version']:04x}, where the first ClientHello uses 0x0301; "
                         "RFC 8446 §5.1 allows either for a ClientHello sent after a HelloRetryRequest.")
    for rec in records:
        if len(rec["messages"]) > 1:
            labels = ", ".join(messages[i]["label"] for i in rec["messages"])
            notes.append(f"Record {rec['index']} ({rec['sender']}) coalesces {labels}.")
    return notes


def main():
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    candidates = sys.argv[1:] or [  # shared/ sits beside the clone, or beside its parent folder
        os.path.join(repo, "..", "shared", "reference", "rfc", "rfc8448.txt"),
        os.path.join(repo, "..", "..", "shared", "reference", "rfc", "rfc8448.txt")]
    path = next((c for c in candidates if os.path.exists(c)), None)
    if path is None:
        sys.exit("rfc8448.txt not found; pass its path")
    with open(path, encoding="ascii") as fh:
        sections = split_sections(clean_lines(fh.read()))

    keys = parse_private_keys(sections[2]["lines"])
    check_rsa_key({k["label"]: int(k["hex"], 16) for k in keys})
    write(os.path.join(HERE, "private-keys.json"), {
        "source": "RFC 8448 §2 (Private Keys)",
        "generated_by": "python3 vectors/rfc8448/extract.py",
        "description": "The RSA key of the server certificate in RFC 8448 §3, §5 and §7 (its "
                       "modulus is in those Certificate messages), as the RFC lists its components. "
                       "RFC 8448 §6 does not publish the keys of its certificates.",
        "kind": "rfc8448-private-key",
        "key": {"type": "rsa", "components": keys},
    })

    for number, (name, title) in TRACES.items():
        where = f"RFC 8448 §{number}"
        assert sections[number]["title"] == title, where
        steps = parse_steps(sections[number]["lines"], where)
        messages, records, notes = build(steps, where)
        secrets = collect_secrets(steps, where)
        check_key_schedule(steps, where)
        check_ephemeral(steps, messages, secrets, where)
        check_records(records, secrets, where)
        check_transcript(steps, messages, where)
        for msg in messages:  # the partial ClientHello is exactly what the binder covers
            if "rfc_message_hex" in msg:
                binder = next(s for s in steps if s["action"] == "calculate PSK binder")
                assert msg["rfc_message_hex"] == value_of(binder, "ClientHello prefix"), where
        notes += trace_notes(messages, records)
        server_hello = next(m for m in messages if m["handshake_type"] == 2
                            and not m["fields"]["is_hello_retry_request"])
        inputs = {k: v["hex"] for k, v in secrets.items() if "ephemeral" in k}
        secrets = {k: v for k, v in secrets.items() if "ephemeral" not in k}
        inputs["client random"] = messages[0]["fields"]["random"]
        inputs["server random"] = server_hello["fields"]["random"]
        early = next(s for s in steps if s["action"].startswith('extract secret "early"') and s["values"])
        if value_of(early, "IKM") != "00" * 32:
            inputs["psk"] = value_of(early, "IKM")
        doc = {
            "source": f"{where} ({title})",
            "generated_by": "python3 vectors/rfc8448/extract.py",
            "description": f"The {title} trace of RFC 8448 §{number}: every handshake message, every "
                           "record and every published intermediate value, with the RFC's labels.",
            "kind": "rfc8448",
            "trace": name,
            "dialect": "tls13",
            "cipher_suite": server_hello["fields"]["cipher_suite"],
            "notes": notes,
            "messages": messages,
            "records": records,
            "inputs": inputs,
            "secrets": {k: v["hex"] for k, v in secrets.items()},
            "steps": steps,
        }
        write(os.path.join(HERE, f"{name}.json"), doc)
        print(f"{name}: {len(messages)} messages, {len(records)} records, {len(inputs)} inputs, "
              f"{len(secrets)} secrets, "
              f"{len(steps)} steps, {len(notes)} notes")


def write(path, doc):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


if __name__ == "__main__":
    main()
