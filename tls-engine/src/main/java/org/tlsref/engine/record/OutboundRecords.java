package org.tlsref.engine.record;

import java.nio.ByteBuffer;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.record.Alert;
import org.tlsref.api.record.ChangeCipherSpec;
import org.tlsref.api.record.RecordLimit;
import org.tlsref.api.record.TlsInnerPlaintext;
import org.tlsref.api.record.TlsRecord;
import org.tlsref.api.registry.ContentType;

/** The write half of {@link Tls13RecordLayer}: fragmenting, framing or sealing, and the outbox. */
final class OutboundRecords {
    /** RFC 9846 §5.1: records other than an initial ClientHello carry 0x0303. */
    private static final int LEGACY_RECORD_VERSION = 0x0303;
    /** RFC 9846 §5.1: "a record containing an initial ClientHello SHOULD have version 0x0301". */
    private static final int INITIAL_CLIENT_HELLO_VERSION = 0x0301;

    private final Outbox outbox = new Outbox();
    private Protection protection = Unprotected.INSTANCE;
    private int peerInnerPlaintextLimit = TlsInnerPlaintext.MAX_LENGTH;

    void installKeys(RecordSealer sealer) {
        protection = new Sealed(sealer);
    }

    void applyPeerRecordSizeLimit(int innerPlaintextLimit) {
        peerInnerPlaintextLimit = innerPlaintextLimit;
    }

    void writeInitialClientHello(Bytes clientHello) {
        if (!(protection instanceof Unprotected)) {
            throw new IllegalStateException("the initial ClientHello is sent before any key");
        }
        requireContent(ContentType.HANDSHAKE, clientHello);
        writeFragmented(ContentType.HANDSHAKE, ByteBuffer.wrap(clientHello.toByteArray()),
                INITIAL_CLIENT_HELLO_VERSION);
    }

    void writeHandshake(Bytes messages) {
        requireContent(ContentType.HANDSHAKE, messages);
        writeFragmented(ContentType.HANDSHAKE, ByteBuffer.wrap(messages.toByteArray()),
                LEGACY_RECORD_VERSION);
    }

    void writeAlert(Alert alert) {
        protection.write(ContentType.ALERT, ByteBuffer.wrap(alert.toBytes().toByteArray()),
                LEGACY_RECORD_VERSION, this);
    }

    void writeApplicationData(ByteBuffer data) {
        if (protection instanceof Unprotected) {
            throw new IllegalStateException("RFC 8446 §5.1: \"Application Data records MUST NOT "
                    + "be written to the wire unprotected\"; install write keys first");
        }
        if (data.hasRemaining()) {
            writeFragmented(ContentType.APPLICATION_DATA, data, LEGACY_RECORD_VERSION);
        }
    }

    void writeChangeCipherSpec() {
        writePlaintext(ContentType.CHANGE_CIPHER_SPEC,
                ByteBuffer.wrap(ChangeCipherSpec.ENCODED.toByteArray()), LEGACY_RECORD_VERSION);
    }

    int transmit(ByteBuffer networkOut) {
        return outbox.drainTo(networkOut);
    }

    int pendingOutput() {
        return outbox.pending();
    }

    boolean keyUpdateDue() {
        return protection instanceof Sealed sealed && sealed.sealer().keyUpdateDue();
    }

    /** Writes {@code content} in records of at most the fragment size in force. */
    private void writeFragmented(ContentType type, ByteBuffer content, int version) {
        int maxFragment = protection.maxFragmentLength(peerInnerPlaintextLimit);
        int end = content.limit();
        while (content.hasRemaining()) {
            content.limit(content.position() + Math.min(maxFragment, content.remaining()));
            protection.write(type, content, version, this);
            content.limit(end);
        }
    }

    private void writePlaintext(ContentType type, ByteBuffer fragment, int version) {
        int length = fragment.remaining();
        ByteBuffer out = outbox.reserve(TlsRecord.HEADER_LENGTH + length);
        out.put((byte) type.code()).putShort((short) version).putShort((short) length).put(fragment);
        outbox.commit(out);
    }

    private void writeSealed(RecordSealer sealer, ContentType type, ByteBuffer content) {
        ByteBuffer out = outbox.reserve(sealer.sealedLength(content.remaining(), peerInnerPlaintextLimit));
        sealer.seal(type, content, out, peerInnerPlaintextLimit);
        outbox.commit(out);
    }

    private static void requireContent(ContentType type, Bytes content) {
        if (content.isEmpty()) {
            throw new IllegalArgumentException("zero-length " + type + " (RFC 8446 §5.1)");
        }
    }

    /** Whether records go out as TLSPlaintext or TLSCiphertext. */
    private sealed interface Protection permits Unprotected, Sealed {
        int maxFragmentLength(int peerInnerPlaintextLimit);

        void write(ContentType type, ByteBuffer content, int version, OutboundRecords records);
    }

    /**
     * Before write keys. RFC 8449 §4: "Unprotected messages are not subject to this limit", so
     * fragments are 2^14 bytes (RFC 8446 §5.1).
     */
    private enum Unprotected implements Protection {
        INSTANCE;

        @Override
        public int maxFragmentLength(int peerInnerPlaintextLimit) {
            return RecordLimit.PLAINTEXT.maxFragmentLength();
        }

        @Override
        public void write(ContentType type, ByteBuffer content, int version, OutboundRecords records) {
            records.writePlaintext(type, content, version);
        }
    }

    /**
     * After write keys: the content plus its type must fit the peer's limit (RFC 8449 §4, the
     * limit "includes the content type and padding added in TLS 1.3").
     */
    private record Sealed(RecordSealer sealer) implements Protection {
        @Override
        public int maxFragmentLength(int peerInnerPlaintextLimit) {
            return Math.min(RecordLimit.PLAINTEXT.maxFragmentLength(), peerInnerPlaintextLimit - 1);
        }

        @Override
        public void write(ContentType type, ByteBuffer content, int version, OutboundRecords records) {
            records.writeSealed(sealer, type, content);
        }
    }
}
