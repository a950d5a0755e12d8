#!/usr/bin/env bash
# Regenerates the tlsref test PKI in this folder from scratch (README.md lists every file).
#
# Only the openssl command line is used, and every command is printed as it runs (set -x).
# Keys are fresh on each run, so the files change, but their roles, names, extensions and
# validity dates stay the same: the tests depend only on those.
#
# Dates are fixed (openssl ca -startdate/-enddate), so no test ever starts failing with time:
#   good certificates   2025-01-01 .. 2125-01-01
#   expired leaf        2020-01-01 .. 2021-01-01
#   not-yet-valid leaf  2100-01-01 .. 2110-01-01
# Tests use a fixed clock of 2030-01-01T00:00:00Z.
#
# "make.sh selection" writes only the certificate-selection files (the last section; they have
# CAs of their own) and leaves every other file as it is.
set -euo pipefail

MODE="${1:-all}"
case "$MODE" in
  all|selection) ;;
  *) echo "usage: $0 [selection]" >&2; exit 2 ;;
esac
SELECTION_FILES="rsa-root-ca.pem server-p256-rsa-signed.pem server-p256-rsa-signed.key
  client-p256-rsa-signed.pem client-p256-rsa-signed.key p384-ca-signed.pem
  p384-ca-sha256-signed.pem pss-key-ca-signed.pem ed25519-ca-signed.pem"

cd "$(dirname "$0")"
OUT="$PWD"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The password of the one encrypted key, server-p384.key (PKCS#8, PBES2 / PBKDF2 / AES-256-CBC).
PASSWORD="tlsref-test-password"
START=20250101000000Z
END=21250101000000Z

# Everything this script wrote last time goes first: the folder holds only its output.
if [ "$MODE" = all ]; then
  find "$OUT" -maxdepth 1 -type f \( -name '*.pem' -o -name '*.key' \) -delete
else
  for file in $SELECTION_FILES; do rm -f "$OUT/$file"; done
fi

set -x
cd "$WORK"

# ---------------------------------------------------------------- openssl ca configuration
mkdir db
touch db/index.txt
echo 1000 > db/serial
cat > ca.cnf <<'EOF'
[ ca ]
default_ca = tlsref

[ tlsref ]
database        = db/index.txt
serial          = db/serial
new_certs_dir   = db
default_md      = sha256
policy          = any_name
unique_subject  = no
email_in_dn     = no
preserve        = yes
copy_extensions = none

[ any_name ]
organizationName = optional
commonName       = supplied
EOF

cat > ext.cnf <<'EOF'
[ root ]
basicConstraints       = critical, CA:true
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash

[ intermediate ]
basicConstraints       = critical, CA:true, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

[ server_names ]
DNS.1 = localhost
DNS.2 = server.tlsref.test
IP.1  = 127.0.0.1
IP.2  = ::1

[ server ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = @server_names
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

# RSA: also keyEncipherment, for TLS 1.2 RSA key transport (RFC 5246 §7.4.7.1).
[ server_rsa ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature, keyEncipherment
extendedKeyUsage       = serverAuth
subjectAltName         = @server_names
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

[ client ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = clientAuth
subjectAltName         = DNS:client.tlsref.test
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

# Presented identifiers for the host name tests (RFC 9525 §6.3, §6.4).
[ names_list ]
DNS.1 = *.wild.tlsref.test
DNS.2 = w*.partial.tlsref.test
DNS.3 = *.test
DNS.4 = a.*.middle.tlsref.test
DNS.5 = Exact.TLSREF.test
DNS.6 = xn--bcher-kva.tlsref.test
DNS.7 = 198.51.100.1
IP.1  = 192.0.2.7
IP.2  = 2001:db8::7

[ names ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = @names_list
authorityKeyIdentifier = keyid

# The subject CN says server.tlsref.test, the SAN does not: the CN must not be used.
[ wrong_host ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:other.tlsref.test
authorityKeyIdentifier = keyid

[ cn_only ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
authorityKeyIdentifier = keyid

[ self_signed ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:server.tlsref.test

[ unknown_critical ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:server.tlsref.test
1.3.6.1.4.1.55555.1    = critical, ASN1:UTF8String:tlsref unknown critical extension
authorityKeyIdentifier = keyid

[ key_encipherment_only ]
basicConstraints       = critical, CA:false
keyUsage               = critical, keyEncipherment
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:server.tlsref.test
authorityKeyIdentifier = keyid

[ not_a_ca ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature, keyCertSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

[ sub_ca ]
basicConstraints       = critical, CA:true
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

[ ca_without_keycertsign ]
basicConstraints       = critical, CA:true
keyUsage               = critical, digitalSignature, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

# RFC 5280 §4.2.1.10: dNSName allowed.test (and every name below it) except
# bad.allowed.test and below; iPAddress 10.0.0.0/8 only.
[ constrained_ca ]
basicConstraints       = critical, CA:true
keyUsage               = critical, keyCertSign, cRLSign
nameConstraints        = critical, permitted;DNS:allowed.test, excluded;DNS:bad.allowed.test, permitted;IP:10.0.0.0/255.0.0.0
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

[ nc_inside ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:ok.allowed.test, IP:10.1.2.3
authorityKeyIdentifier = keyid

[ nc_dns_outside ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:evil.test
authorityKeyIdentifier = keyid

[ nc_dns_excluded ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:host.bad.allowed.test
authorityKeyIdentifier = keyid

# A CA that may issue CAs (the RSA root's intermediates, certificate-selection section).
[ selection_ca ]
basicConstraints       = critical, CA:true
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

[ nc_ip_outside ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:ip.allowed.test, IP:192.0.2.1
authorityKeyIdentifier = keyid
EOF

# ---------------------------------------------------------------- helpers
# key NAME ALGORITHM [OPTIONS...]: a fresh private key in PKCS#8 (work folder only).
key() {
  local name=$1 algorithm=$2
  shift 2
  openssl genpkey -algorithm "$algorithm" "$@" -out "$name.key"
}

# issue NAME SUBJECT SIGNER EXTENSIONS [openssl ca OPTIONS...]: a certificate for NAME.key,
# signed by SIGNER (SIGNER.crt / SIGNER.key), valid START..END unless OPTIONS override.
issue() {
  local name=$1 subject=$2 signer=$3 extensions=$4
  shift 4
  openssl req -new -key "$name.key" -subj "$subject" -out "$name.csr"
  openssl ca -batch -config ca.cnf -notext \
    -cert "$signer.crt" -keyfile "$signer.key" \
    -extfile ext.cnf -extensions "$extensions" \
    -startdate "$START" -enddate "$END" "$@" \
    -in "$name.csr" -out "$name.crt"
}

# publish FILE CERTIFICATE...: a chain file, leaf first as TLS sends it (RFC 8446 §4.4.2).
publish() {
  local file=$1
  shift
  cat "$@" > "$OUT/$file"
}

if [ "$MODE" = all ]; then
# ---------------------------------------------------------------- the good PKI
key root EC -pkeyopt ec_paramgen_curve:P-256
openssl req -new -key root.key -subj "/O=tlsref/CN=tlsref Test Root CA" -out root.csr
openssl ca -batch -config ca.cnf -notext -selfsign -keyfile root.key \
  -extfile ext.cnf -extensions root -startdate "$START" -enddate "$END" \
  -in root.csr -out root.crt

key intermediate EC -pkeyopt ec_paramgen_curve:P-256
issue intermediate "/O=tlsref/CN=tlsref Test Intermediate CA" root intermediate

key server-rsa2048 RSA -pkeyopt rsa_keygen_bits:2048
issue server-rsa2048 "/O=tlsref/CN=server.tlsref.test" intermediate server_rsa
key server-rsapss RSA-PSS -pkeyopt rsa_keygen_bits:2048
issue server-rsapss "/O=tlsref/CN=server.tlsref.test" intermediate server
key server-p256 EC -pkeyopt ec_paramgen_curve:P-256
issue server-p256 "/O=tlsref/CN=server.tlsref.test" intermediate server
key server-p384 EC -pkeyopt ec_paramgen_curve:P-384
issue server-p384 "/O=tlsref/CN=server.tlsref.test" intermediate server
key server-ed25519 ED25519
issue server-ed25519 "/O=tlsref/CN=server.tlsref.test" intermediate server

key client-rsa RSA -pkeyopt rsa_keygen_bits:2048
issue client-rsa "/O=tlsref/CN=client-rsa" intermediate client
key client-p256 EC -pkeyopt ec_paramgen_curve:P-256
issue client-p256 "/O=tlsref/CN=client-p256" intermediate client

key names EC -pkeyopt ec_paramgen_curve:P-256
issue names "/O=tlsref/CN=names" intermediate names

# ---------------------------------------------------------------- the broken ones
# The broken leaves share one key pair; each gets its own subject and extensions.
key bad EC -pkeyopt ec_paramgen_curve:P-256
openssl req -new -key bad.key -subj "/O=tlsref/CN=bad" -out bad.csr

# sign_bad NAME CN SIGNER EXTENSIONS [openssl ca OPTIONS...]: like issue, for bad.csr.
sign_bad() {
  local name=$1 cn=$2 signer=$3 extensions=$4
  shift 4
  openssl ca -batch -config ca.cnf -notext -subj "/O=tlsref/CN=$cn" \
    -cert "$signer.crt" -keyfile "$signer.key" \
    -extfile ext.cnf -extensions "$extensions" \
    -startdate "$START" -enddate "$END" "$@" \
    -in bad.csr -out "$name.crt"
}
sign_bad expired expired intermediate server -startdate 20200101000000Z -enddate 20210101000000Z
sign_bad not-yet-valid not-yet-valid intermediate server -startdate 21000101000000Z -enddate 21100101000000Z
sign_bad wrong-host server.tlsref.test intermediate wrong_host
sign_bad cn-only server.tlsref.test intermediate cn_only
sign_bad sha1 sha1 intermediate server -md sha1
sign_bad unknown-critical unknown-critical intermediate unknown_critical
sign_bad key-encipherment-only key-encipherment-only intermediate key_encipherment_only

key rsa1024 RSA -pkeyopt rsa_keygen_bits:1024
issue rsa1024 "/O=tlsref/CN=rsa1024" intermediate server

key self-signed EC -pkeyopt ec_paramgen_curve:P-256
openssl req -new -key self-signed.key -subj "/O=tlsref/CN=server.tlsref.test" -out self-signed.csr
openssl ca -batch -config ca.cnf -notext -selfsign -keyfile self-signed.key \
  -extfile ext.cnf -extensions self_signed -startdate "$START" -enddate "$END" \
  -in self-signed.csr -out self-signed.crt

# An "intermediate" with CA:false that issues a leaf anyway.
key not-a-ca EC -pkeyopt ec_paramgen_curve:P-256
issue not-a-ca "/O=tlsref/CN=tlsref Not A CA" root not_a_ca
sign_bad under-not-a-ca under-not-a-ca not-a-ca server

# A CA below the intermediate, whose pathlen:0 forbids it.
key sub-ca EC -pkeyopt ec_paramgen_curve:P-256
issue sub-ca "/O=tlsref/CN=tlsref Sub CA" intermediate sub_ca
sign_bad under-sub-ca under-sub-ca sub-ca server

# A CA whose keyUsage lacks keyCertSign.
key no-keycertsign-ca EC -pkeyopt ec_paramgen_curve:P-256
issue no-keycertsign-ca "/O=tlsref/CN=tlsref CA Without keyCertSign" root ca_without_keycertsign
sign_bad under-no-keycertsign-ca under-no-keycertsign-ca no-keycertsign-ca server

# A leaf with a DSA key, which TLS 1.3 cannot use (RFC 8446 §4.4.2.2).
openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:2048 -out dsa.params
openssl genpkey -paramfile dsa.params -out dsa.key
issue dsa "/O=tlsref/CN=dsa" intermediate server

# An RSA CA that signs with RSASSA-PSS (RFC 4055 §3.1), and its leaf.
key pss-ca RSA -pkeyopt rsa_keygen_bits:2048
issue pss-ca "/O=tlsref/CN=tlsref RSA-PSS CA" root intermediate
sign_bad pss-signed server.tlsref.test pss-ca server \
  -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32

# A name-constrained CA and its leaves.
key constrained-ca EC -pkeyopt ec_paramgen_curve:P-256
issue constrained-ca "/O=tlsref/CN=tlsref Constrained CA" root constrained_ca
sign_bad nc-inside ok.allowed.test constrained-ca nc_inside
sign_bad nc-dns-outside evil.test constrained-ca nc_dns_outside
sign_bad nc-dns-excluded host.bad.allowed.test constrained-ca nc_dns_excluded
sign_bad nc-ip-outside ip.allowed.test constrained-ca nc_ip_outside

# ---------------------------------------------------------------- publish
publish root-ca.pem root.crt
publish intermediate-ca.pem intermediate.crt

publish server-rsa2048.pem server-rsa2048.crt intermediate.crt
publish server-rsapss.pem server-rsapss.crt intermediate.crt
publish server-p256.pem server-p256.crt intermediate.crt
publish server-p384.pem server-p384.crt intermediate.crt
publish server-ed25519.pem server-ed25519.crt intermediate.crt
publish client-rsa.pem client-rsa.crt intermediate.crt
publish client-p256.pem client-p256.crt intermediate.crt
publish names.pem names.crt intermediate.crt

publish bad-expired.pem expired.crt intermediate.crt
publish bad-not-yet-valid.pem not-yet-valid.crt intermediate.crt
publish bad-wrong-host.pem wrong-host.crt intermediate.crt
publish bad-cn-only.pem cn-only.crt intermediate.crt
publish bad-sha1.pem sha1.crt intermediate.crt
publish bad-unknown-critical.pem unknown-critical.crt intermediate.crt
publish bad-key-encipherment-only.pem key-encipherment-only.crt intermediate.crt
publish bad-rsa1024.pem rsa1024.crt intermediate.crt
publish bad-self-signed.pem self-signed.crt
publish bad-not-a-ca.pem under-not-a-ca.crt not-a-ca.crt
publish bad-path-length.pem under-sub-ca.crt sub-ca.crt intermediate.crt
publish bad-no-keycertsign.pem under-no-keycertsign-ca.crt no-keycertsign-ca.crt
publish bad-dsa-key.pem dsa.crt intermediate.crt
publish rsa-pss-signed.pem pss-signed.crt pss-ca.crt
publish nc-inside.pem nc-inside.crt constrained-ca.crt
publish bad-nc-dns-outside.pem nc-dns-outside.crt constrained-ca.crt
publish bad-nc-dns-excluded.pem nc-dns-excluded.crt constrained-ca.crt
publish bad-nc-ip-outside.pem nc-ip-outside.crt constrained-ca.crt

# Private keys of the good leaves, in every PEM form the loader reads:
#   PKCS#1 "RSA PRIVATE KEY", SEC1 "EC PRIVATE KEY", PKCS#8 "PRIVATE KEY",
#   encrypted PKCS#8 "ENCRYPTED PRIVATE KEY".
openssl pkey -in server-rsa2048.key -traditional -out "$OUT/server-rsa2048.key"
openssl pkey -in server-rsapss.key -out "$OUT/server-rsapss.key"
openssl pkey -in server-p256.key -traditional -out "$OUT/server-p256.key"
openssl pkcs8 -topk8 -in server-p384.key -v2 aes-256-cbc -v2prf hmacWithSHA256 \
  -passout "pass:$PASSWORD" -out "$OUT/server-p384.key"
openssl pkey -in server-ed25519.key -out "$OUT/server-ed25519.key"
openssl pkey -in client-rsa.key -out "$OUT/client-rsa.key"
openssl pkey -in client-p256.key -out "$OUT/client-p256.key"

fi

# ---------------------------------------------------------------- certificate selection
# Chains signed with other algorithms than the good PKI's ECDSA P-256 / SHA-256, for choosing a
# certified key by signature_algorithms_cert (RFC 9846 §4.3.3, §4.5.1.2). Their CAs are their
# own, under an RSA root, so "make.sh selection" can write them without touching the rest.
key rsa-root RSA -pkeyopt rsa_keygen_bits:2048
openssl req -new -key rsa-root.key -subj "/O=tlsref/CN=tlsref Test RSA Root CA" -out rsa-root.csr
openssl ca -batch -config ca.cnf -notext -selfsign -keyfile rsa-root.key \
  -extfile ext.cnf -extensions root -startdate "$START" -enddate "$END" \
  -in rsa-root.csr -out rsa-root.crt

# P-256 leaves signed by the RSA root itself with sha256WithRSAEncryption (rsa_pkcs1_sha256).
key server-p256-rsa-signed EC -pkeyopt ec_paramgen_curve:P-256
issue server-p256-rsa-signed "/O=tlsref/CN=server.tlsref.test" rsa-root server
key client-p256-rsa-signed EC -pkeyopt ec_paramgen_curve:P-256
issue client-p256-rsa-signed "/O=tlsref/CN=client-p256-rsa-signed" rsa-root client

# CAs with other key types, issued by the RSA root with sha384WithRSAEncryption.
key p384-ca EC -pkeyopt ec_paramgen_curve:P-384
issue p384-ca "/O=tlsref/CN=tlsref P-384 CA" rsa-root selection_ca -md sha384
key pss-key-ca RSA-PSS -pkeyopt rsa_keygen_bits:2048
issue pss-key-ca "/O=tlsref/CN=tlsref RSASSA-PSS Key CA" rsa-root selection_ca -md sha384
key ed25519-ca ED25519
issue ed25519-ca "/O=tlsref/CN=tlsref Ed25519 CA" rsa-root selection_ca -md sha384

# Their leaves share one P-256 key pair, which is not published.
key selected EC -pkeyopt ec_paramgen_curve:P-256
issue selected "/O=tlsref/CN=server.tlsref.test" p384-ca server -md sha384
mv selected.crt p384-signed.crt
issue selected "/O=tlsref/CN=server.tlsref.test" p384-ca server -md sha256
mv selected.crt p384-sha256-signed.crt
issue selected "/O=tlsref/CN=server.tlsref.test" pss-key-ca server -md sha256 \
  -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32
mv selected.crt pss-key-signed.crt
issue selected "/O=tlsref/CN=server.tlsref.test" ed25519-ca server
mv selected.crt ed25519-signed.crt

publish rsa-root-ca.pem rsa-root.crt
publish server-p256-rsa-signed.pem server-p256-rsa-signed.crt
publish client-p256-rsa-signed.pem client-p256-rsa-signed.crt
publish p384-ca-signed.pem p384-signed.crt p384-ca.crt
publish p384-ca-sha256-signed.pem p384-sha256-signed.crt p384-ca.crt
publish pss-key-ca-signed.pem pss-key-signed.crt pss-key-ca.crt
publish ed25519-ca-signed.pem ed25519-signed.crt ed25519-ca.crt
openssl pkey -in server-p256-rsa-signed.key -out "$OUT/server-p256-rsa-signed.key"
openssl pkey -in client-p256-rsa-signed.key -out "$OUT/client-p256-rsa-signed.key"
