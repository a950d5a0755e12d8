package org.tlsref.engine.handshake.tls13.client;


import org.tlsref.api.message.Finished;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Event;
import org.tlsref.engine.handshake.Flight;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Verified;
import org.tlsref.engine.handshake.tls13.ApplicationKeys;
import org.tlsref.engine.handshake.tls13.ApplicationTraffic;
import org.tlsref.engine.handshake.tls13.DummyChangeCipherSpec;
import org.tlsref.engine.keyschedule.FinishedMac;

/**
 * The client's second flight, after the server's Finished is verified (RFC 8446 §2):
 * <pre>
 *        {Certificate*}
 *        {CertificateVerify*}
 *        {Finished}              --------&gt;
 *        [Application Data]      &lt;-------&gt;  [Application Data]
 * </pre>
 * In RFC order: derive the application secrets over the transcript through the server's
 * Finished (RFC 8446 §7.1), read with the server's application keys, send the compatibility
 * change_cipher_spec if due (RFC 8446 §D.4), answer a CertificateRequest (RFC 8446 §4.4.2) and
 * send Finished (RFC 8446 §4.4.4) under the client handshake keys installed with the
 * ServerHello, then switch to the client application keys.
 */
final class ClientSecondFlight {
    private ClientSecondFlight() {
    }

    static Step respond(ExpectFinished state, Verified.Finished serverFinished) {
        ClientHandshake hs = state.hs();
        ApplicationKeys application = ApplicationKeys.derive(hs.keys(), hs.transcript().hash());
        Flight flight = new Flight(hs.transcript());
        application.logLines(hs.offered().clientRandom()).forEach(flight::then);
        flight.then(new Effect.InstallReadKeys(application.server(),
                "server application traffic"));
        if (hs.offered().changeCipherSpec() == DummyChangeCipherSpec.PENDING) {
            flight.then(new Effect.SendChangeCipherSpec());
        }

        if (state.authRequest() instanceof ClientAuthRequest.Requested requested) {
            ClientCertificate.send(flight, hs, requested.request());
        }
        flight.send(new Finished(FinishedMac.verifyData(hs.keys().client(),
                flight.transcriptHash())));
        flight.then(new Effect.InstallWriteKeys(application.client(),
                "client application traffic"));

        Session session = new Session(ProtocolVersion.TLS_1_3, hs.suite().suite(), hs.group(),
                state.serverSignature().scheme(), state.serverPath().certificates(),
                state.applicationProtocol());
        flight.then(new Event.HandshakeComplete(session, application.exporter()));
        return flight.to(new Traffic(session,
                ApplicationTraffic.initial(application.server(), "server application traffic",
                        application.client(), "client application traffic"),
                state.serverSignature(), serverFinished));
    }

}
