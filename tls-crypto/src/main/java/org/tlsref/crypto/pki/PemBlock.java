package org.tlsref.crypto.pki;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;

/**
 * One encapsulated block of a PEM text (RFC 7468 §2): its label and the DER bytes its base64
 * body carries, with where it was found so that every error can name the file and the block.
 */
record PemBlock(String source, int index, String label, Bytes der) {
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    /** "block 2 (CERTIFICATE) of server.pem", for error messages. */
    String describe() {
        return where(source, index, label);
    }

    /**
     * Every block of {@code text} in order. Text between blocks is ignored, as RFC 7468 §2
     * allows; a block without its END line, a mismatched END label, encapsulated headers
     * (RFC 1421 style "Proc-Type: 4,ENCRYPTED", written for legacy encrypted keys) or a body
     * that is not base64 is an IllegalArgumentException naming {@code source} and the block.
     */
    static List<PemBlock> parseAll(String text, String source) {
        List<String> lines = text.lines().map(String::strip).toList();
        List<PemBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Optional<String> label = label(lines.get(i), BEGIN);
            if (label.isPresent()) {
                int end = endOf(lines, i, where(source, blocks.size() + 1, label.get()));
                String body = String.join("", lines.subList(i + 1, end));
                String where = where(source, blocks.size() + 1, label.get());
                blocks.add(new PemBlock(source, blocks.size() + 1, label.get(), decode(body, where)));
                i = end;
            }
            i++;
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException(source + ": no PEM block (-----BEGIN ...-----)");
        }
        return List.copyOf(blocks);
    }

    /** The index of the END line matching the BEGIN line at {@code begin}. */
    private static int endOf(List<String> lines, int begin, String where) {
        String label = label(lines.get(begin), BEGIN).orElseThrow();
        for (int i = begin + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<String> endLabel = label(line, END);
            if (endLabel.isPresent()) {
                if (!endLabel.get().equals(label)) {
                    throw new IllegalArgumentException(where + ": ends with END " + endLabel.get());
                }
                return i;
            }
            if (label(line, BEGIN).isPresent()) {
                break;
            }
            if (line.contains(":")) {
                throw new IllegalArgumentException(where + ": has encapsulated headers (a legacy"
                        + " encrypted key?); convert it to PKCS#8 with 'openssl pkcs8 -topk8'");
            }
        }
        throw new IllegalArgumentException(where + ": no END line");
    }

    private static Optional<String> label(String line, String prefix) {
        if (line.length() < prefix.length() + DASHES.length()
                || !line.startsWith(prefix) || !line.endsWith(DASHES)) {
            return Optional.empty();
        }
        return Optional.of(line.substring(prefix.length(), line.length() - DASHES.length()));
    }

    private static Bytes decode(String body, String where) {
        if (body.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty body");
        }
        try {
            return Bytes.of(Base64.getDecoder().decode(body));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": body is not base64 (" + e.getMessage() + ")", e);
        }
    }

    private static String where(String source, int index, String label) {
        return "block " + index + " (" + label + ") of " + source;
    }
}
