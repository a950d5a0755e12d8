package org.tlsref.crypto.pki;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;

/**
 * What the client expects the server to be (RFC 9525 §6.1 "reference identifier"): a DNS name
 * or an IP address, as the application configured it. A reference that is not a well-formed
 * name or address is a local configuration error, so an IllegalArgumentException.
 */
sealed interface ReferenceIdentifier {
    /** A DNS-ID reference: lower-case ASCII labels, without the root's trailing dot. */
    record DnsName(List<String> labels) implements ReferenceIdentifier {
        public DnsName {
            labels = List.copyOf(labels);
        }

        @Override
        public String toString() {
            return String.join(".", labels);
        }
    }

    /** An IP address reference: 4 or 16 octets (RFC 9525 §6.4). */
    record IpAddress(Bytes octets) implements ReferenceIdentifier {
        @Override
        public String toString() {
            return IpAddressText.format(octets);
        }
    }

    /**
     * Classifies and normalises {@code text}: an IPv4 or IPv6 literal becomes an
     * {@link IpAddress}; anything else must be a DNS name of LDH labels (underscores allowed),
     * is lower-cased (RFC 4343) and loses one trailing dot (an absolute name is the same name).
     * Internationalised names must be given as A-labels (RFC 9525 §6.3: "the client MUST
     * convert any U-labels ... to A-labels before checking the domain name").
     */
    static ReferenceIdentifier parse(String text) {
        Optional<Bytes> address = IpAddressText.parse(text);
        if (address.isPresent()) {
            return new IpAddress(address.get());
        }
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (!name.chars().allMatch(c -> c < 0x80)) {
            throw new IllegalArgumentException("reference '" + text
                    + "' is not ASCII: convert U-labels to A-labels (xn--...) first");
        }
        if (name.isEmpty() || name.length() > 253) {
            throw new IllegalArgumentException("reference '" + text + "' is not a DNS name (length)");
        }
        List<String> labels = List.of(name.toLowerCase(Locale.ROOT).split("\\.", -1));
        for (String label : labels) {
            if (!label.matches("[a-z0-9_-]{1,63}")) {
                throw new IllegalArgumentException("reference '" + text + "' is not a DNS name (label '"
                        + label + "'); a reference is never a wildcard");
            }
        }
        return new DnsName(labels);
    }
}
