package org.tlsref.crypto.pki;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;

/**
 * IP address literals as octets, "in network byte order" as RFC 5280 §4.2.1.6 stores them:
 * IPv4 dotted-decimal (RFC 791) and IPv6 text (RFC 4291 §2.2, with "::" and a trailing
 * dotted-decimal part; optionally in brackets as in URIs). Parsed here, never through
 * {@code InetAddress.getByName}, which may resolve a name it does not recognise as a literal.
 */
final class IpAddressText {
    private IpAddressText() {
    }

    /**
     * The 4 or 16 octets {@code text} denotes; empty when {@code text} is not meant as an
     * address (it has a letter outside a colon form, so it is a host name).
     *
     * @throws IllegalArgumentException for text that can only be an address but is malformed
     *     (all digits and dots, or containing a colon)
     */
    static Optional<Bytes> parse(String text) {
        if (text.indexOf(':') >= 0) {
            return Optional.of(ipv6(text));
        }
        if (!text.isEmpty() && text.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            return Optional.of(Bytes.of(ipv4(text)));
        }
        return Optional.empty();
    }

    /** The text form of 4 or 16 octets, for messages. */
    static String format(Bytes address) {
        try {
            return InetAddress.getByAddress(address.toByteArray()).getHostAddress();
        } catch (UnknownHostException e) {
            return address.toHex();
        }
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (four decimal parts)");
        }
        byte[] octets = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            boolean leadingZero = part.length() > 1 && part.charAt(0) == '0';
            if (!part.matches("[0-9]{1,3}") || leadingZero || Integer.parseInt(part) > 255) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (part '" + part + "')");
            }
            octets[i] = (byte) Integer.parseInt(part);
        }
        return octets;
    }

    private static Bytes ipv6(String text) {
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (s.indexOf('%') >= 0) {
            throw new IllegalArgumentException("'" + text + "': a zone index is not part of an address");
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 address (two '::')");
        }
        List<Integer> head = groups(gap < 0 ? s : s.substring(0, gap), gap < 0, text);
        List<Integer> tail = gap < 0 ? List.of() : groups(s.substring(gap + 2), true, text);
        int count = head.size() + tail.size();
        if (gap < 0 ? count != 8 : count > 7) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 address (" + count + " groups)");
        }
        byte[] octets = new byte[16];
        for (int i = 0; i < head.size(); i++) {
            putGroup(octets, i, head.get(i));
        }
        for (int i = 0; i < tail.size(); i++) {
            putGroup(octets, 8 - tail.size() + i, tail.get(i));
        }
        return Bytes.of(octets);
    }

    /** The 16-bit groups of one side of "::"; the final side may end in dotted decimal. */
    private static List<Integer> groups(String part, boolean finalPart, String text) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (finalPart && i == pieces.length - 1 && piece.indexOf('.') >= 0) {
                byte[] v4 = ipv4(piece);
                groups.add(((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF));
                groups.add(((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF));
            } else if (piece.matches("[0-9A-Fa-f]{1,4}")) {
                groups.add(Integer.parseInt(piece, 16));
            } else {
                throw new IllegalArgumentException("'" + text + "' is not an IPv6 address (group '" + piece + "')");
            }
        }
        return groups;
    }

    private static void putGroup(byte[] octets, int group, int value) {
        octets[2 * group] = (byte) (value >> 8);
        octets[2 * group + 1] = (byte) value;
    }
}
