package org.tlsref.engine.keyschedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Secret;

/**
 * The {@link KeyLog} implementations: to a file, to a writer, and in memory for tests.
 *
 * <p>Writing a file is I/O in an engine that otherwise does none; it is allowed here, and only in
 * {@link #toFile}, because the user asks for the file by name (the SSLKEYLOGFILE convention).
 * Lines end with the platform's line separator (draft-ietf-tls-keylogfile-05 §2: "Lines are
 * terminated using the line ending convention of the platform on which the file is generated");
 * hex is lower case.
 */
public final class KeyLogs {
    private static final int CLIENT_RANDOM_LENGTH = 32;
    private static final HexFormat HEX = HexFormat.of();

    private KeyLogs() {
    }

    /**
     * Appends each secret to {@code file} as it is logged, creating the file if needed with access
     * for its owner only where the file system has POSIX permissions
     * (draft-ietf-tls-keylogfile-05 §3: "Implementations that enable logging also need to ensure
     * that access to logged secrets is limited, using appropriate file permissions"). Safe to
     * share between connections.
     *
     * @throws UncheckedIOException from {@code log} when the file cannot be written
     */
    public static KeyLog toFile(Path file) {
        return new FileKeyLog(file);
    }

    /**
     * Writes and flushes each secret's line to {@code writer}; safe to share between connections.
     * The caller closes the writer.
     *
     * @throws UncheckedIOException from {@code log} when the writer fails
     */
    public static KeyLog toWriter(Writer writer) {
        return new WriterKeyLog(writer);
    }

    /** A key log that keeps its lines in memory, for tests. */
    public static Collecting collecting() {
        return new Collecting();
    }

    /**
     * The line for one secret, without a line terminator.
     *
     * @throws IllegalArgumentException as {@link KeyLog#log} describes
     */
    public static String line(String label, Bytes clientRandom, Secret secret) {
        if (label.isEmpty() || label.chars().anyMatch(c -> c == ' ' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("not a key log label: \"" + label + "\"");
        }
        if (clientRandom.length() != CLIENT_RANDOM_LENGTH) {
            throw new IllegalArgumentException("a client random has 32 bytes, got " + clientRandom.length());
        }
        return label + ' ' + clientRandom.toHex() + ' ' + HEX.formatHex(secret.bytes());
    }

    /** The lines logged so far, in order, and the values behind them. */
    public static final class Collecting implements KeyLog {
        private final List<Entry> entries = new ArrayList<>();

        private Collecting() {
        }

        @Override
        public synchronized void log(String label, Bytes clientRandom, Secret secret) {
            String line = line(label, clientRandom, secret);
            entries.add(new Entry(label, clientRandom, Bytes.of(secret.bytes()), line));
        }

        /** Every entry logged, in order. */
        public synchronized List<Entry> entries() {
            return List.copyOf(entries);
        }

        /** Every line logged, in order, without terminators. */
        public synchronized List<String> lines() {
            return entries.stream().map(Entry::line).toList();
        }
    }

    /**
     * One logged secret.
     *
     * @param label the key log label
     * @param clientRandom the connection's client random
     * @param secret the secret's bytes (tests only: the point of a key log is to reveal them)
     * @param line the line as a file would hold it
     */
    public record Entry(String label, Bytes clientRandom, Bytes secret, String line) {
    }

    /** Appends to a file, opening it for each line so no handle outlives a call. */
    private record FileKeyLog(Path file) implements KeyLog {
        @Override
        public void log(String label, Bytes clientRandom, Secret secret) {
            String line = line(label, clientRandom, secret) + System.lineSeparator();
            synchronized (FileKeyLog.class) {
                try {
                    createOwnerOnly();
                    Files.writeString(file, line, StandardCharsets.UTF_8,
                            StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot append to key log " + file, e);
                }
            }
        }

        private void createOwnerOnly() throws IOException {
            if (Files.exists(file)) {
                return;
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        }
    }

    /** Writes to a caller's writer. */
    private record WriterKeyLog(Writer writer) implements KeyLog {
        @Override
        public void log(String label, Bytes clientRandom, Secret secret) {
            String line = line(label, clientRandom, secret) + System.lineSeparator();
            synchronized (writer) {
                try {
                    writer.write(line);
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the key log", e);
                }
            }
        }
    }
}
