package org.tlsref.bench.jsse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.bench.Suite;

/**
 * The JSSE harness is right before anything is timed: every stack handshakes and moves records
 * as the benchmarks use it, and the checks catch what they claim to. No timing here.
 */
class JsseChecksTest {
    private static final byte[] PAYLOAD = new byte[1024];

    @ParameterizedTest
    @EnumSource(Suite.class)
    void sunJsseRoundTripsRecordsEngineToEngine(Suite suite) throws Exception {
        checkEngineToEngine(JsseStack.SUN_JSSE, suite);
    }

    @ParameterizedTest
    @EnumSource(value = Suite.class, names = {"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"})
    void bouncyCastleJsseRoundTripsRecordsEngineToEngine(Suite suite) throws Exception {
        checkEngineToEngine(JsseStack.BC_JSSE, suite);
    }

    @Test
    void bouncyCastleJsseOnTheJdkProvidersHasNoChaCha20() {
        JsseEndpoints endpoints = JsseEndpoints.of(JsseStack.BC_JSSE, Optional.of(Suite.TLS_CHACHA20_POLY1305_SHA256),
                ClientAuth.NONE);
        assertThrows(RuntimeException.class, endpoints::connect);
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    void conscryptServerTakesTheSuiteItsSunJssePeerOffers(Suite suite) throws Exception {
        JsseEndpoints endpoints = new JsseEndpoints(JsseStack.SUN_JSSE, JsseStack.CONSCRYPT, Optional.of(suite), ClientAuth.NONE);
        EnginePair pair = endpoints.connect();
        JsseChecks.handshake(pair, Optional.of(suite), ClientAuth.NONE);
        for (int payload : new int[] {16384, 64}) {
            JsseChecks.records(pair, suite, new byte[payload]);
        }
        JsseChecks.tamperedRecordRefused(endpoints.connect(), PAYLOAD);
    }

    @Test
    void conscryptWithItselfNegotiatesAes128Gcm() throws Exception {
        EnginePair pair = JsseEndpoints.of(JsseStack.CONSCRYPT, Optional.empty(), ClientAuth.NONE).connect();
        assertEquals("TLS_AES_128_GCM_SHA256", pair.client().getSession().getCipherSuite());
    }

    @ParameterizedTest
    @EnumSource(value = JsseStack.class, names = {"SUN_JSSE", "BC_JSSE", "BC_JSSE_BC_JCE", "CONSCRYPT"})
    void everyStackHandshakesWithAndWithoutClientAuthentication(JsseStack stack) throws Exception {
        Optional<Suite> suite = Optional.of(Suite.TLS_AES_128_GCM_SHA256);
        for (ClientAuth clientAuth : ClientAuth.values()) {
            EnginePair pair = JsseEndpoints.of(stack, suite, clientAuth).connect();
            assertDoesNotThrow(() -> JsseChecks.handshake(pair, suite, clientAuth), stack + " " + clientAuth);
        }
    }

    @Test
    void aSuiteOtherThanTheOneAskedForIsCaught() throws Exception {
        EnginePair pair = JsseEndpoints.of(JsseStack.SUN_JSSE, Optional.of(Suite.TLS_AES_256_GCM_SHA384), ClientAuth.NONE)
                .connect();
        assertThrows(IllegalStateException.class,
                () -> JsseChecks.handshake(pair, Optional.of(Suite.TLS_AES_128_GCM_SHA256), ClientAuth.NONE));
    }

    @Test
    void aMissingClientCertificateIsCaught() throws Exception {
        EnginePair pair = JsseEndpoints.of(JsseStack.SUN_JSSE, Optional.empty(), ClientAuth.NONE).connect();
        assertThrows(IllegalStateException.class, () -> JsseChecks.handshake(pair, Optional.empty(), ClientAuth.REQUIRED));
    }

    @Test
    void sendMovesTheWholePayloadEvenWhenItTakesTwoRecords() throws Exception {
        EnginePair pair = JsseEndpoints.of(JsseStack.SUN_JSSE, Optional.of(Suite.TLS_AES_128_GCM_SHA256), ClientAuth.NONE)
                .connect();
        ByteBuffer received = ByteBuffer.allocate(40_000);
        pair.send(ByteBuffer.wrap(new byte[16384]), received);
        assertEquals(16384, received.position());
    }

    private static void checkEngineToEngine(JsseStack stack, Suite suite) throws Exception {
        JsseEndpoints endpoints = JsseEndpoints.of(stack, Optional.of(suite), ClientAuth.NONE);
        EnginePair pair = endpoints.connect();
        JsseChecks.handshake(pair, Optional.of(suite), ClientAuth.NONE);
        for (int payload : new int[] {16384, 1024, 64}) {
            JsseChecks.records(pair, suite, new byte[payload]);
        }
        JsseChecks.tamperedRecordRefused(endpoints.connect(), PAYLOAD);
    }
}
