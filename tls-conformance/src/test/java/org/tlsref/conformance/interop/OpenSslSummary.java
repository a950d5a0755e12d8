package org.tlsref.conformance.interop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The connection summary that {@code s_client -brief} and {@code s_server -brief} print on
 * standard error once the handshake completes ({@code print_ssl_summary} in OpenSSL 3.0's
 * apps/lib/s_cb.c): "Protocol version", "Ciphersuite", "Peer certificate", "Signature type" (the
 * peer's CertificateVerify), "Verification", "Server Temp Key" (the client's view of the group),
 * "Verified peername".
 */
final class OpenSslSummary {
    private static final Pattern FIELD = Pattern.compile("^([A-Z][A-Za-z ]*): (.*)$");

    private final Map<String, String> fields;
    private final String text;

    private OpenSslSummary(Map<String, String> fields, String text) {
        this.fields = fields;
        this.text = text;
    }

    /** Parses the peer's stderr: the first value of each field counts. */
    static OpenSslSummary parse(String stderr) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : stderr.split("\r?\n")) {
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                fields.putIfAbsent(m.group(1), m.group(2).trim());
            }
        }
        return new OpenSslSummary(fields, stderr);
    }

    /** The value of {@code field}, failing with the whole output when it is missing. */
    String get(String field) {
        String value = fields.get(field);
        if (value == null) {
            throw new AssertionError("OpenSSL printed no \"" + field + "\":\n" + text);
        }
        return value;
    }

    /** The value of {@code field}, if printed. */
    Optional<String> find(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** True when the peer's output says the handshake completed on its side. */
    boolean established() {
        return text.contains("CONNECTION ESTABLISHED") || fields.containsKey("Protocol version");
    }

    /** The raw output. */
    String text() {
        return text;
    }
}
