package org.tlsref.bench.record;

import java.nio.ByteBuffer;
import org.tlsref.api.registry.ContentType;
import org.tlsref.bench.Suite;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.engine.record.RecordOpener;
import org.tlsref.engine.record.RecordSealer;

/**
 * One direction of a TLS 1.3 connection through tlsref's record layer: a {@link RecordSealer}
 * that protects records of a fixed payload and a {@link RecordOpener} with the same traffic key
 * and IV that opens them. Buffers are allocated once; sealing and opening allocate what the
 * record layer and its backend allocate.
 */
public final class TlsrefRecordChannel {
    private final RecordSealer sealer;
    private final Aead receiverAead;
    private final Secret iv;
    private final ByteBuffer plaintext;
    private final ByteBuffer record;
    private final ByteBuffer opened;
    private RecordOpener opener;

    /** A channel on {@code provider} for {@code suite}, keyed with {@code key} and {@code iv}. */
    public TlsrefRecordChannel(CryptoProvider provider, Suite suite, byte[] key, byte[] iv, byte[] payload) {
        this.iv = Secret.of(iv);
        this.sealer = RecordSealer.create(provider.aead(suite.aead(), Secret.of(key)), this.iv);
        this.receiverAead = provider.aead(suite.aead(), Secret.of(key));
        this.opener = RecordOpener.create(receiverAead, this.iv);
        this.plaintext = ByteBuffer.wrap(payload.clone());
        this.record = ByteBuffer.allocate(sealer.sealedLength(payload.length));
        this.opened = ByteBuffer.allocate(payload.length + 1 + suite.aead().tagLength());
    }

    /** Seals the payload as the next application_data record; the buffer is reused by the next call. */
    public ByteBuffer seal() {
        plaintext.clear();
        record.clear();
        sealer.seal(ContentType.APPLICATION_DATA, plaintext, record);
        return record.flip();
    }

    /** Seals the next record into a buffer of its own. */
    public ByteBuffer sealKept() {
        ByteBuffer sealed = seal();
        ByteBuffer copy = ByteBuffer.allocate(sealed.remaining());
        copy.put(sealed).flip();
        return copy;
    }

    /**
     * Opens {@code sealed} (from its position; the position is restored afterwards, so a kept
     * record can be opened again by a later opener) and returns the content.
     *
     * @throws org.tlsref.api.TlsAlert when it does not authenticate or is malformed
     * @throws IllegalStateException when it is not application data
     */
    public ByteBuffer open(ByteBuffer sealed) {
        int start = sealed.position();
        opened.clear();
        ContentType type = opener.open(sealed, opened);
        sealed.position(start);
        if (!type.equals(ContentType.APPLICATION_DATA)) {
            throw new IllegalStateException("opened a " + type + " record");
        }
        return opened.flip();
    }

    /** Starts the receiving side over at sequence number 0, as a fresh key would. */
    public void restartOpener() {
        opener = RecordOpener.create(receiverAead, iv);
    }

    /** The number of records sealed so far. */
    public long sealed() {
        return sealer.sequenceNumber();
    }
}
