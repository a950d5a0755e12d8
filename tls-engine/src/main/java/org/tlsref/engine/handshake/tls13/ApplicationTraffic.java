package org.tlsref.engine.handshake.tls13;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.keyschedule.TrafficSecret;

/**
 * The current application traffic secrets of a connection after its handshake, one per
 * direction, and the KeyUpdate rules that replace them (RFC 8446 §4.6.3, §7.2). Immutable: an
 * update gives a new value.
 *
 * @param read the peer's current application_traffic_secret_N
 * @param readName the peer's secret, for the trace ("server application traffic")
 * @param readGeneration N of the read secret
 * @param write this endpoint's current application_traffic_secret_N
 * @param writeName this endpoint's secret, for the trace
 * @param writeGeneration N of the write secret
 */
public record ApplicationTraffic(TrafficSecret read, String readName, int readGeneration,
        TrafficSecret write, String writeName, int writeGeneration) {

    /** Rejects nulls. */
    public ApplicationTraffic {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(readName, "readName");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(writeName, "writeName");
    }

    /** The traffic right after the handshake: generation 0 both ways. */
    public static ApplicationTraffic initial(TrafficSecret read, String readName,
            TrafficSecret write, String writeName) {
        return new ApplicationTraffic(read, readName, 0, write, writeName, 0);
    }

    /**
     * The result of a key update: the new secrets and what to do.
     *
     * @param next the secrets from now on
     * @param effects the KeyUpdate to send, if any, and the keys to install, in order
     */
    public record Update(ApplicationTraffic next, List<Effect> effects) {
        /** Copies the effects. */
        public Update {
            Objects.requireNonNull(next, "next");
            effects = List.copyOf(effects);
        }
    }

    /**
     * The peer sent a KeyUpdate. RFC 8446 §4.6.3: "Upon receiving a KeyUpdate, the receiver MUST
     * update its receiving keys"; "If the request_update field is set to "update_requested",
     * then the receiver MUST send a KeyUpdate of its own with request_update set to
     * "update_not_requested" prior to sending its next Application Data record."
     */
    public Update received(KeyUpdate keyUpdate) {
        List<Effect> effects = new ArrayList<>();
        ApplicationTraffic next = withRead(read.next());
        effects.add(new Effect.InstallReadKeys(next.read, next.readName + " (update "
                + next.readGeneration + ")"));
        if (keyUpdate.requestUpdate().equals(KeyUpdateRequest.UPDATE_REQUESTED)) {
            Update answer = next.send(KeyUpdateRequest.UPDATE_NOT_REQUESTED);
            effects.addAll(answer.effects());
            next = answer.next();
        }
        return new Update(next, effects);
    }

    /**
     * This endpoint updates its sending keys (RFC 8446 §4.6.3: "After sending a KeyUpdate
     * message, the sender SHALL send all its traffic using the next generation of keys"),
     * asking the peer to update too when {@code request} is update_requested.
     */
    public Update send(KeyUpdateRequest request) {
        KeyUpdate message = new KeyUpdate(request);
        ApplicationTraffic next = withWrite(write.next());
        return new Update(next, List.of(new Effect.Send(message, message.encode()),
                new Effect.InstallWriteKeys(next.write, next.writeName + " (update "
                        + next.writeGeneration + ")")));
    }

    private ApplicationTraffic withRead(TrafficSecret secret) {
        return new ApplicationTraffic(secret, readName, readGeneration + 1, write, writeName,
                writeGeneration);
    }

    private ApplicationTraffic withWrite(TrafficSecret secret) {
        return new ApplicationTraffic(read, readName, readGeneration, secret, writeName,
                writeGeneration + 1);
    }
}
