#!/usr/bin/env python3
"""Converts an `openssl s_client -msg -msgfile FILE` dump into a vectors/recorded JSON file.

Called by record-openssl.sh; not meant to be run by hand. The dump lists, in order, each record
header and each message the client sent (">>>") or received ("<<<"), with the bytes in hex;
handshake messages in encrypted records appear decrypted. This script groups the lines into
records, checks every length it can (record header against content, handshake header against
body), and adds the fields an independent minimal parse finds (vectors/tools/tlsoracle.py).
"""

import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import tlsoracle  # noqa: E402

ENTRY = re.compile(r"^(>>>|<<<) (\S+ \S+|\?\?\?), (\w+) \[length ([0-9a-f]{4})\](?:, (.*))?$")
HEX_LINE = re.compile(r"^    ((?:[0-9a-f]{2} ?)+)$")
AEAD_EXPANSION = 8 + 16  # AES-GCM in TLS 1.2: explicit nonce and tag (RFC 5288 §3)


def read_entries(path):
    entries, current = [], None
    with open(path, encoding="ascii") as fh:
        for line in fh:
            line = line.rstrip("\n")
            m = ENTRY.match(line)
            if m:
                current = {"direction": m.group(1), "version": m.group(2), "kind": m.group(3),
                           "length": int(m.group(4), 16), "label": m.group(5), "hex": ""}
                entries.append(current)
                continue
            m = HEX_LINE.match(line)
            if m and current is not None:
                current["hex"] += m.group(1).replace(" ", "")
                continue
            current = None  # any other line ends the hex of an entry
    for e in entries:
        if len(e["hex"]) != 2 * e["length"]:
            raise ValueError(f"{e['kind']} {e['label']}: {len(e['hex']) // 2} bytes, dump says {e['length']}")
    return entries


def build(entries, key_exchange):
    records, messages = [], []
    encrypting = {"client": False, "server": False}
    current = None
    for e in entries:
        sender = "client" if e["direction"] == ">>>" else "server"
        if e["kind"] == "RecordHeader":
            header = bytes.fromhex(e["hex"])
            current = {"index": len(records), "sender": sender, "header_hex": e["hex"],
                       "content_type": header[0],
                       "content": tlsoracle.CONTENT_TYPE_NAMES.get(header[0], "unknown"),
                       "legacy_record_version": int.from_bytes(header[1:3], "big"),
                       "length": int.from_bytes(header[3:5], "big"),
                       "protected": encrypting[sender], "messages": [], "_content": 0}
            records.append(current)
            if header[0] == 20:
                encrypting[sender] = True  # RFC 5246 §7.1: later records use the new keys
            continue
        if current is None or current["sender"] != sender:
            raise ValueError(f"{e['kind']} without its record header")
        current["_content"] += e["length"]
        if e["kind"] == "Handshake":
            raw = bytes.fromhex(e["hex"])
            if int.from_bytes(raw[1:4], "big") != len(raw) - 4:
                raise ValueError(f"{e['label']}: handshake header length")
            messages.append({
                "index": len(messages), "label": e["label"], "sender": sender,
                "handshake_type": raw[0],
                "handshake_type_name": tlsoracle.HANDSHAKE_TYPE_NAMES[raw[0]],
                "length": len(raw), "hex": e["hex"], "record": current["index"],
                "protected": current["protected"],
                "fields": tlsoracle.parse_message(raw, "tls12", key_exchange)})
            current["messages"].append(messages[-1]["index"])
        else:
            current.setdefault("plaintext_hex", "")
            current["plaintext_hex"] += e["hex"]
            if e["label"]:
                current["description"] = e["label"]
    for rec in records:
        shown = rec.pop("_content")
        if rec["content_type"] == 20 and shown == 0:
            shown = 1  # OpenSSL does not print the content of a received ChangeCipherSpec
            rec["plaintext_hex"] = None
        expected = shown + (AEAD_EXPANSION if rec["protected"] else 0)
        if rec["length"] != expected:
            raise ValueError(f"record {rec['index']}: header says {rec['length']}, content {expected}")
        if rec.get("plaintext_hex", "") is None:
            del rec["plaintext_hex"]
    return records, messages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--msgfile", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--meta", required=True, help="JSON: description, commands, openssl, ...")
    ap.add_argument("--keylog")
    args = ap.parse_args()
    with open(args.meta, encoding="utf-8") as fh:
        meta = json.load(fh)
    records, messages = build(read_entries(args.msgfile), meta["key_exchange"])
    doc = {
        "source": "recorded: " + meta["openssl"] + " s_client against s_server on 127.0.0.1, "
                  "by vectors/recorded/record-openssl.sh",
        "description": meta["description"],
        "kind": "recorded",
        "dialect": "tls12",
        "side": "client",
        "peer": "openssl s_server",
        "openssl": meta["openssl"],
        "cipher_suite": next(m["fields"]["cipher_suite"] for m in messages if m["handshake_type"] == 2),
        "key_exchange": meta["key_exchange"],
        "client_certificate": meta["client_certificate"],
        "recorded_at": meta["recorded_at"],
        "commands": meta["commands"],
    }
    if args.keylog:
        with open(args.keylog, encoding="ascii") as fh:
            doc["keylog"] = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    doc["messages"] = messages
    doc["records"] = records
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"{os.path.basename(args.out)}: {len(messages)} messages, {len(records)} records")


if __name__ == "__main__":
    main()
