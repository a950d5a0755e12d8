package org.tlsref.conformance.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages an OpenSSL peer sent and received, read from its {@code -trace -msgfile} output:
 * the peer's own view of the handshake (what it chose, what it signed with, whether it asked for
 * a retry, which KeyUpdates went which way, which alerts it saw). Only the fields the interop
 * tests assert are extracted; each accessor fails loudly when its field is missing, so a change
 * of OpenSSL's trace format breaks the tests instead of weakening them.
 *
 * <p>The format (OpenSSL 3.0 {@code ssl/t1_trace.c}): a record starts with {@code Sent Record}
 * or {@code Received Record} in column 0; each handshake message in it is a line
 * {@code "    Name, Length=n"} followed by its fields, deeper; an alert is a line
 * {@code "    Level=fatal(2), description=protocol version(70)"}.
 */
final class OpenSslTrace {
    /** RFC 8446 §4.1.3: the ServerHello.random that marks a HelloRetryRequest. */
    private static final String RETRY_TIME = "gmt_unix_time=0xCF21AD74";
    private static final String RETRY_RANDOM =
            "random_bytes (len=28): E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C";

    private static final Pattern MESSAGE = Pattern.compile("^ {4}([A-Za-z]+), Length=\\d+$");
    private static final Pattern ALERT =
            Pattern.compile("^ {4}Level=\\w+\\((\\d)\\), description=.*\\((\\d+)\\)$");
    private static final Pattern GROUP = Pattern.compile("NamedGroup: .*\\((\\d+)\\)$");
    private static final Pattern SUITE =
            Pattern.compile("cipher_suite \\{0x([0-9A-Fa-f]{2}), 0x([0-9A-Fa-f]{2})\\}");
    private static final Pattern SCHEME =
            Pattern.compile("Signature Algorithm: \\S+ \\(0x([0-9A-Fa-f]{4})\\)$");
    private static final Pattern VERSION = Pattern.compile("^ +TLS 1\\.\\d \\((\\d+)\\)$");

    /** Which way a record went, from the peer's point of view. */
    enum Direction { SENT, RECEIVED }

    /**
     * One handshake message or alert.
     *
     * @param direction sent or received by the peer
     * @param name the message name as OpenSSL prints it ("ServerHello", "KeyUpdate"), or
     *     "Alert"
     * @param lines the lines that describe it
     */
    record Message(Direction direction, String name, List<String> lines) {
        /** True for a ServerHello whose random is the HelloRetryRequest value. */
        boolean isHelloRetryRequest() {
            return name.equals("ServerHello") && lines.stream().anyMatch(l -> l.contains(RETRY_TIME))
                    && lines.stream().anyMatch(l -> l.contains(RETRY_RANDOM));
        }

        /** The first key_share group: the selected one in a ServerHello or retry. */
        int group() {
            return first(GROUP, "a key_share group");
        }

        /** Every key_share group, in order (a ClientHello's shares). */
        List<Integer> groups() {
            List<Integer> groups = new ArrayList<>();
            for (String line : lines) {
                Matcher m = GROUP.matcher(line);
                if (m.find()) {
                    groups.add(Integer.parseInt(m.group(1)));
                }
            }
            return groups;
        }

        /** The cipher suite of a ServerHello. */
        int cipherSuite() {
            for (String line : lines) {
                Matcher m = SUITE.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1) + m.group(2), 16);
                }
            }
            throw missing("a cipher_suite");
        }

        /** The version a ServerHello selects in supported_versions. */
        int selectedVersion() {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("extension_type=supported_versions(43)")) {
                    Matcher m = VERSION.matcher(lines.get(i + 1));
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            }
            throw missing("a supported_versions selection");
        }

        /** The scheme of a CertificateVerify. */
        int signatureScheme() {
            for (String line : lines) {
                Matcher m = SCHEME.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1), 16);
                }
            }
            throw missing("a signature algorithm");
        }

        /** How many certificates a Certificate message carries. */
        int certificateCount() {
            return (int) lines.stream().filter(l -> l.matches("^ {8}ASN\\.1Cert, length=\\d+$"))
                    .count();
        }

        /** The subject of the first certificate, as OpenSSL prints it ("O = tlsref, CN = x"). */
        String firstSubject() {
            for (String line : lines) {
                String trimmed = line.trim();
                if (trimmed.startsWith("Subject: ")) {
                    return trimmed.substring("Subject: ".length());
                }
            }
            throw missing("a certificate subject");
        }

        /** The request_update field of a KeyUpdate: 1 for update_requested. */
        int keyUpdateRequest() {
            for (String line : lines) {
                if (line.trim().equals("update_requested (1)")) {
                    return 1;
                }
                if (line.trim().equals("update_not_requested (0)")) {
                    return 0;
                }
            }
            throw missing("a request_update field");
        }

        /** The description code of an alert. */
        int alertDescription() {
            return first(ALERT, 2, "an alert description");
        }

        /** The level of an alert: 1 warning, 2 fatal. */
        int alertLevel() {
            return first(ALERT, 1, "an alert level");
        }

        private int first(Pattern pattern, String what) {
            return first(pattern, 1, what);
        }

        private int first(Pattern pattern, int group, String what) {
            for (String line : lines) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(group));
                }
            }
            throw missing(what);
        }

        private AssertionError missing(String what) {
            return new AssertionError("no " + what + " in OpenSSL's trace of " + direction + " "
                    + name + ":\n" + String.join("\n", lines));
        }
    }

    private final List<Message> messages;
    private final String text;

    private OpenSslTrace(List<Message> messages, String text) {
        this.messages = List.copyOf(messages);
        this.text = text;
    }

    /** Reads the trace file an OpenSSL peer wrote (complete once the process exited). */
    static OpenSslTrace read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new AssertionError("OpenSSL wrote no trace to " + file, e);
        }
    }

    /** Parses trace text. */
    static OpenSslTrace parse(String text) {
        List<Message> messages = new ArrayList<>();
        Direction direction = null;
        String name = null;
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Direction next = line.equals("Sent Record") ? Direction.SENT
                    : line.equals("Received Record") ? Direction.RECEIVED : null;
            Matcher message = MESSAGE.matcher(line);
            boolean alert = ALERT.matcher(line).matches();
            if (next != null || message.matches() || alert) {
                if (name != null) {
                    messages.add(new Message(direction, name, List.copyOf(lines)));
                }
                name = null;
                lines.clear();
            }
            if (next != null) {
                direction = next;
            } else if (message.matches() || alert) {
                if (direction == null) {
                    throw new AssertionError("a message before any record in the trace:\n" + line);
                }
                name = alert ? "Alert" : message.group(1);
                lines.add(line);
            } else if (name != null) {
                lines.add(line);
            }
        }
        if (name != null) {
            messages.add(new Message(direction, name, List.copyOf(lines)));
        }
        return new OpenSslTrace(messages, text);
    }

    /** Every message and alert, in order. */
    List<Message> messages() {
        return messages;
    }

    /** The messages named {@code name} that went {@code direction}, in order. */
    List<Message> all(Direction direction, String name) {
        return messages.stream().filter(m -> m.direction() == direction && m.name().equals(name))
                .toList();
    }

    /** The one message named {@code name} that went {@code direction}. */
    Message only(Direction direction, String name) {
        List<Message> found = all(direction, name);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + direction + " " + name + " in OpenSSL's"
                    + " trace, found " + found.size() + "; messages: " + summary());
        }
        return found.get(0);
    }

    /** The last message named {@code name} that went {@code direction}. */
    Message last(Direction direction, String name) {
        List<Message> found = all(direction, name);
        if (found.isEmpty()) {
            throw new AssertionError("no " + direction + " " + name + " in OpenSSL's trace;"
                    + " messages: " + summary());
        }
        return found.get(found.size() - 1);
    }

    /** The description of the first fatal alert that went {@code direction}, if any. */
    OptionalInt fatalAlert(Direction direction) {
        return all(direction, "Alert").stream().filter(a -> a.alertLevel() == 2)
                .mapToInt(Message::alertDescription).findFirst();
    }

    /** One line per message, for failure messages. */
    String summary() {
        StringBuilder out = new StringBuilder();
        for (Message m : messages) {
            out.append(m.direction() == Direction.SENT ? "\n  > " : "\n  < ").append(m.name());
            if (m.name().equals("Alert")) {
                out.append(' ').append(m.lines().get(0).trim());
            }
        }
        return out.toString();
    }

    /** The raw trace. */
    String text() {
        return text;
    }
}
