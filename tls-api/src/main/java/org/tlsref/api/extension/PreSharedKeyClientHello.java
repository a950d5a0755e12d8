package org.tlsref.api.extension;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * pre_shared_key in the ClientHello, RFC 8446 §4.2.11: the offered PSKs and their binders. It must
 * be the last extension of the ClientHello ({@link ExtensionTable#validate}).
 * <pre>{@code
 * opaque PskBinderEntry<32..255>;
 *
 * struct {
 *     PskIdentity identities<7..2^16-1>;
 *     PskBinderEntry binders<33..2^16-1>;
 * } OfferedPsks;
 * }</pre>
 * binders are "one for each value in the identities list and in the same order": a count that
 * differs is {@link DecodeFailure#WRONG_ELEMENT_COUNT}.
 */
public record PreSharedKeyClientHello(List<PskIdentity> identities, List<Bytes> binders)
        implements Extension {
    /** Copies the lists. */
    public PreSharedKeyClientHello {
        identities = List.copyOf(identities);
        binders = List.copyOf(binders);
    }

    /**
     * The size of {@code binders<33..2^16-1>} on the wire, its length prefix included: what
     * RFC 8446 §4.2.11.2 leaves off the end of the ClientHello that the binders are computed over.
     */
    public int bindersLength() {
        int length = 2;
        for (Bytes binder : binders) {
            length += 1 + binder.length();
        }
        return length;
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.PRE_SHARED_KEY;
    }

    @Override
    public void encode(TlsWriter w) {
        w.vector16(7, 0xFFFF, list -> identities.forEach(identity -> identity.encode(list)));
        w.vector16(33, 0xFFFF, list -> binders.forEach(binder -> list.opaque8(32, 0xFF, binder)));
    }

    /** Reads an OfferedPsks. */
    public static PreSharedKeyClientHello decode(TlsReader r) {
        TlsReader identityList = r.vector16(7, 0xFFFF);
        List<PskIdentity> identities = new ArrayList<>();
        while (identityList.hasRemaining()) {
            identities.add(PskIdentity.decode(identityList));
        }
        TlsReader binderList = r.vector16(33, 0xFFFF);
        List<Bytes> binders = new ArrayList<>();
        while (binderList.hasRemaining()) {
            binders.add(binderList.opaque8(32, 0xFF));
        }
        if (binders.size() != identities.size()) {
            throw new TlsAlert(DecodeFailure.WRONG_ELEMENT_COUNT, identities.size()
                    + " PSK identities but " + binders.size() + " binders");
        }
        return new PreSharedKeyClientHello(identities, binders);
    }
}
