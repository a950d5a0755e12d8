package org.tlsref.engine.handshake.tls13.client;

import java.util.Objects;
import java.util.OptionalInt;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.RecordSizeLimit;
import org.tlsref.api.message.EncryptedExtensions;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.tls13.ApplicationProtocols;

/**
 * Client, TLS 1.3: the ServerHello is accepted and the server's handshake keys installed;
 * waiting for EncryptedExtensions (RFC 8446 §4.3.1).
 *
 * @param hs the handshake so far
 */
public record ExpectEncryptedExtensions(ClientHandshake hs) implements Tls13ClientState {
    /** Rejects null. */
    public ExpectEncryptedExtensions {
        Objects.requireNonNull(hs, "hs");
    }

    /**
     * RFC 8446 §4.3.1: "The client MUST check EncryptedExtensions for the presence of any
     * forbidden extensions and if any are found MUST abort the handshake with an
     * "illegal_parameter" alert"; an extension not offered is unsupported_extension (RFC 8446
     * §4.2). Then ALPN (RFC 7301 §3.1) and record_size_limit (RFC 8449 §4).
     */
    @Override
    public Step handle(Input input) {
        Received<EncryptedExtensions> received =
                Require.handshake(input, EncryptedExtensions.class);
        Extensions extensions = received.message().extensions();
        ExtensionTable.validate(ExtensionContext.ENCRYPTED_EXTENSIONS, extensions);
        ExtensionTable.validateResponse(hs.offered().hello().extensions(),
                ExtensionContext.ENCRYPTED_EXTENSIONS, extensions);
        Bytes applicationProtocol =
                ApplicationProtocols.selected(extensions, hs.config().negotiation());
        hs.transcript().add(received);

        Step step = Step.to(new ExpectCertificateOrCertificateRequest(hs, applicationProtocol));
        OptionalInt own = hs.config().records().recordSizeLimit();
        var peer = extensions.find(RecordSizeLimit.class);
        if (own.isPresent() && peer.isPresent()) {
            step = step.then(new Effect.LimitRecordSize(peer.get().recordSizeLimit(),
                    own.getAsInt()));
        }
        return step;
    }

    @Override
    public String description() {
        return "client: waiting for EncryptedExtensions";
    }
}
