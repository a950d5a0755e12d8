#!/usr/bin/env bash
# Re-records the TLS 1.2 conversations in vectors/recorded/ from real handshakes between
# `openssl s_client` and `openssl s_server` on 127.0.0.1 (STYLE.md: recorded conversations are
# re-recorded with a script against the real peer, never edited by hand).
#
# Usage: vectors/recorded/record-openssl.sh        (writes vectors/recorded/Client-TLSv12-*.json)
#
# It makes a throwaway PKI in a temporary directory (a CA, RSA and ECDSA server certificates,
# RSA and ECDSA client certificates), then for each case starts s_server on a free port, runs
# s_client with -msg (which prints every record header and every handshake message in hex,
# the encrypted Finished decrypted) and -keylogfile, stops the server by its PID, and converts
# the dump to JSON with openssl_msg_to_json.py. Every command run is written into the JSON.
# Each run gives new randoms, keys and certificates: the files change every time.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
SERVER_PID=""
OPENSSL_VERSION=$(openssl version)
RECORDED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)

cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill "$SERVER_PID"; fi
    if [[ -z "${KEEP_WORK:-}" ]]; then rm -rf "$WORK"; else echo "kept $WORK" >&2; fi
}
trap cleanup EXIT

# Each command is logged (with the temporary directory written as $WORK) and then run.
COMMANDS="$WORK/commands.txt"
log_command() {
    local shown
    shown=$(printf '%q ' "$@")
    echo "${shown% }" | sed "s|$WORK|\$WORK|g" >> "$COMMANDS"
}
run() {
    log_command "$@"
    "$@"
}

cd "$WORK"

# ---- throwaway PKI ---------------------------------------------------------------------------
: > "$COMMANDS"
printf 'subjectAltName=DNS:localhost\n' > server.ext
printf 'extendedKeyUsage=clientAuth\n' > client.ext
run openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
    -subj "/CN=tlsref throwaway CA" -keyout "$WORK/ca.key" -out "$WORK/ca.pem" 2>/dev/null
issue() {  # name, key algorithm options..., subject
    local name=$1 subject=$2 ext=$3; shift 3
    run openssl req -new -newkey "$@" -nodes -subj "$subject" \
        -keyout "$WORK/$name.key" -out "$WORK/$name.csr" 2>/dev/null
    run openssl x509 -req -in "$WORK/$name.csr" -CA "$WORK/ca.pem" -CAkey "$WORK/ca.key" \
        -CAcreateserial -days 2 -extfile "$WORK/$ext" -out "$WORK/$name.pem" 2>/dev/null
}
issue server-rsa "/CN=localhost" server.ext rsa:2048
issue server-ecdsa "/CN=localhost" server.ext ec -pkeyopt ec_paramgen_curve:P-256
issue client-rsa "/CN=tlsref client" client.ext rsa:2048
issue client-ecdsa "/CN=tlsref client" client.ext ec -pkeyopt ec_paramgen_curve:P-256
PKI_COMMANDS=$(cat "$COMMANDS")

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# s_server ends a connection when its standard input ends, so it reads a FIFO this script
# holds open (file descriptor 3) for as long as it runs.
mkfifo "$WORK/server-stdin"
exec 3<>"$WORK/server-stdin"

start_server() {  # cipher, server cert name, extra s_server options...
    local cipher=$1 cert=$2; shift 2
    PORT=$(free_port)
    local cmd=(openssl s_server -accept "127.0.0.1:$PORT" -tls1_2 -cipher "$cipher"
               -cert "$WORK/$cert.pem" -key "$WORK/$cert.key" "$@")
    log_command "${cmd[@]}"
    sed -i '$ s|$| < $WORK/server-stdin|' "$COMMANDS"
    "${cmd[@]}" < "$WORK/server-stdin" > "$WORK/server.log" 2>&1 &
    SERVER_PID=$!  # the PID of openssl itself, not of a subshell
    for _ in $(seq 100); do  # s_server prints ACCEPT once it listens
        grep -q ACCEPT "$WORK/server.log" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "s_server did not start:" >&2; cat "$WORK/server.log" >&2; exit 1
}

stop_server() {
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

client() {  # msgfile, cipher, extra s_client options...
    local msgfile=$1 cipher=$2; shift 2
    run timeout 30 openssl s_client -connect "127.0.0.1:$PORT" -tls1_2 -cipher "$cipher" \
        -servername localhost -verify_hostname localhost -CAfile "$WORK/ca.pem" \
        -verify_return_error -keylogfile "$WORK/keylog.txt" \
        -msg -msgfile "$msgfile" "$@" < /dev/null > "$WORK/client.log" 2>&1 \
        || { cat "$WORK/client.log" >&2; exit 1; }
}

convert() {  # name, key exchange, client certificate (none|rsa|ecdsa), description
    local name=$1 kex=$2 ccert=$3 description=$4
    python3 - "$WORK/meta.json" "$kex" "$ccert" "$description" "$OPENSSL_VERSION" \
        "$RECORDED_AT" "$COMMANDS" <<'EOF'
import json, sys
out, kex, ccert, description, openssl, at, commands = sys.argv[1:]
with open(commands) as fh:
    lines = [line.rstrip("\n") for line in fh if line.strip()]
json.dump({"key_exchange": kex, "client_certificate": ccert, "description": description,
           "openssl": openssl, "recorded_at": at, "commands": lines}, open(out, "w"))
EOF
    python3 "$HERE/openssl_msg_to_json.py" --msgfile "$WORK/$name.msg" --meta "$WORK/meta.json" \
        --keylog "$WORK/keylog.txt" --out "$HERE/$name.json"
}

record() {  # name, cipher, server cert, key exchange, client cert (none|rsa|ecdsa), description
    local name=$1 cipher=$2 cert=$3 kex=$4 ccert=$5 description=$6
    printf '%s\n' "$PKI_COMMANDS" > "$COMMANDS"
    : > "$WORK/keylog.txt"
    if [[ "$ccert" == none ]]; then
        start_server "$cipher" "$cert"
        client "$WORK/$name.msg" "$cipher"
    else
        start_server "$cipher" "$cert" -Verify 1 -CAfile "$WORK/ca.pem" -verify_return_error
        client "$WORK/$name.msg" "$cipher" -cert "$WORK/client-$ccert.pem" -key "$WORK/client-$ccert.key"
    fi
    stop_server
    convert "$name" "$kex" "$ccert" "$description"
}

record Client-TLSv12-ECDHE-ECDSA ECDHE-ECDSA-AES128-GCM-SHA256 server-ecdsa ecdhe none \
    "TLS 1.2 full handshake, ECDHE-ECDSA-AES128-GCM-SHA256, server authenticated only; the server issues a session ticket (RFC 5077)."
record Client-TLSv12-ECDHE-ECDSA-ClientAuth ECDHE-ECDSA-AES128-GCM-SHA256 server-ecdsa ecdhe ecdsa \
    "TLS 1.2 full handshake, ECDHE-ECDSA-AES128-GCM-SHA256, server requires a client certificate (s_server -Verify 1); the client sends an ECDSA P-256 certificate."
record Client-TLSv12-ECDHE-RSA ECDHE-RSA-AES128-GCM-SHA256 server-rsa ecdhe none \
    "TLS 1.2 full handshake, ECDHE-RSA-AES128-GCM-SHA256, server authenticated only; the server issues a session ticket (RFC 5077)."
record Client-TLSv12-ECDHE-RSA-ClientAuth ECDHE-RSA-AES128-GCM-SHA256 server-rsa ecdhe rsa \
    "TLS 1.2 full handshake, ECDHE-RSA-AES128-GCM-SHA256, server requires a client certificate (s_server -Verify 1); the client sends an RSA 2048 certificate."
record Client-TLSv12-RSA AES128-GCM-SHA256 server-rsa rsa none \
    "TLS 1.2 full handshake, RSA key transport with AES128-GCM-SHA256 (TLS_RSA_WITH_AES_128_GCM_SHA256), server authenticated only; the server issues a session ticket (RFC 5077)."
record Client-TLSv12-RSA-ClientAuth AES128-GCM-SHA256 server-rsa rsa rsa \
    "TLS 1.2 full handshake, RSA key transport with AES128-GCM-SHA256, server requires a client certificate (s_server -Verify 1); the client sends an RSA 2048 certificate."

# Ticket resumption (RFC 5077 §3.1): a full handshake saves the session, the second connection
# offers its ticket and the server resumes with an abbreviated handshake. The second connection
# is the one recorded; the key log holds the master secret of both.
name=Client-TLSv12-ECDHE-RSA-TicketResumption
printf '%s\n' "$PKI_COMMANDS" > "$COMMANDS"
: > "$WORK/keylog.txt"
start_server ECDHE-RSA-AES128-GCM-SHA256 server-rsa
client "$WORK/first.msg" ECDHE-RSA-AES128-GCM-SHA256 -sess_out "$WORK/session.pem"
client "$WORK/$name.msg" ECDHE-RSA-AES128-GCM-SHA256 -sess_in "$WORK/session.pem"
stop_server
convert "$name" ecdhe none \
    "TLS 1.2 abbreviated handshake resuming a session from its ticket (RFC 5077 §3.1), ECDHE-RSA-AES128-GCM-SHA256: the second of two connections, the first having saved the session with -sess_out."
