package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Secret;

class KeyLogsTest {
    private static final Bytes RANDOM = Bytes.fromHex("cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7");
    private static final Secret SECRET = Secret.of(Bytes.fromHex("00ff10").toByteArray());
    private static final String LINE = "CLIENT_HANDSHAKE_TRAFFIC_SECRET "
            + "cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7 00ff10";

    @Test
    void aLineIsLabelClientRandomAndSecretInLowerCaseHexSeparatedBySpaces() {
        assertEquals(LINE, KeyLogs.line(KeyLog.CLIENT_HANDSHAKE_TRAFFIC_SECRET, RANDOM, SECRET));
    }

    @Test
    void theLabelsAreThoseOfTheKeyLogDraft() {
        assertEquals(List.of("CLIENT_EARLY_TRAFFIC_SECRET", "EARLY_EXPORTER_SECRET",
                        "CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
                        "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0", "EXPORTER_SECRET", "CLIENT_RANDOM"),
                List.of(KeyLog.CLIENT_EARLY_TRAFFIC_SECRET, KeyLog.EARLY_EXPORTER_SECRET,
                        KeyLog.CLIENT_HANDSHAKE_TRAFFIC_SECRET, KeyLog.SERVER_HANDSHAKE_TRAFFIC_SECRET,
                        KeyLog.CLIENT_TRAFFIC_SECRET_0, KeyLog.SERVER_TRAFFIC_SECRET_0, KeyLog.EXPORTER_SECRET,
                        KeyLog.CLIENT_RANDOM));
    }

    @Test
    void collectingKeepsEveryEntryInOrder() {
        KeyLogs.Collecting log = KeyLogs.collecting();
        log.log(KeyLog.CLIENT_HANDSHAKE_TRAFFIC_SECRET, RANDOM, SECRET);
        log.log(KeyLog.EXPORTER_SECRET, RANDOM, Secret.of(new byte[] {1}));
        assertEquals(List.of(LINE, "EXPORTER_SECRET " + RANDOM.toHex() + " 01"), log.lines());
        assertEquals(Bytes.fromHex("00ff10"), log.entries().get(0).secret());
    }

    @Test
    void aWriterGetsOneTerminatedLinePerSecret() {
        StringWriter writer = new StringWriter();
        KeyLog log = KeyLogs.toWriter(writer);
        log.log(KeyLog.CLIENT_HANDSHAKE_TRAFFIC_SECRET, RANDOM, SECRET);
        log.log(KeyLog.CLIENT_HANDSHAKE_TRAFFIC_SECRET, RANDOM, SECRET);
        assertEquals(LINE + System.lineSeparator() + LINE + System.lineSeparator(), writer.toString());
    }

    @Test
    void aFileIsCreatedForItsOwnerOnlyAndAppendedTo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keys.log");
        KeyLogs.toFile(file).log(KeyLog.CLIENT_HANDSHAKE_TRAFFIC_SECRET, RANDOM, SECRET);
        KeyLogs.toFile(file).log(KeyLog.CLIENT_HANDSHAKE_TRAFFIC_SECRET, RANDOM, SECRET);
        assertEquals(List.of(LINE, LINE), Files.readAllLines(file, StandardCharsets.UTF_8));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void refusesAClientRandomThatIsNot32BytesAndLabelsThatWouldBreakTheLine() {
        KeyLog log = KeyLogs.collecting();
        assertThrows(IllegalArgumentException.class, () -> log.log(KeyLog.EXPORTER_SECRET, RANDOM.slice(0, 31), SECRET));
        for (String label : List.of("", "TWO WORDS", "LINE\nBREAK", "CR\r")) {
            assertThrows(IllegalArgumentException.class, () -> log.log(label, RANDOM, SECRET));
        }
    }

    @Test
    void noneLogsNothingAndAcceptsAnything() {
        KeyLog.NONE.log("", Bytes.EMPTY, SECRET);
        assertEquals(3, SECRET.length());
    }
}
