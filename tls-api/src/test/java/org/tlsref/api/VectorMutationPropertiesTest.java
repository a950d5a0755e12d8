package org.tlsref.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.Extension;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.message.CertificateRequestTls13;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.message.DecodeContext;
import org.tlsref.api.message.EncryptedExtensions;
import org.tlsref.api.message.HandshakeDecoder;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.message.NewSessionTicketTls13;
import org.tlsref.api.message.ServerHello;
import org.tlsref.api.record.Alert;
import org.tlsref.api.record.ChangeCipherSpec;
import org.tlsref.api.record.RecordLimit;
import org.tlsref.api.record.TlsInnerPlaintext;
import org.tlsref.api.record.TlsRecord;
import org.tlsref.api.testing.VectorMessage;
import org.tlsref.api.testing.VectorRecord;
import org.tlsref.api.testing.Vectors;

/**
 * Fuzzing from the real messages and records of {@code vectors/rfc8448} and
 * {@code vectors/recorded}: whatever is done to them (bit flips, cuts, corrupted length fields,
 * inserted or deleted bytes, extensions spliced in from another message or duplicated), every
 * entry point a receiver uses returns a value or throws {@link TlsAlert}, never another exception
 * and never hangs; and what it accepts re-encodes to exactly the bytes it was given (DESIGN.md,
 * "Errors and alerts"; decoding is strict, so only canonical bytes decode).
 */
class VectorMutationPropertiesTest {
    /** A try that takes longer than this is taken for a hang. */
    private static final long TIMEOUT_SECONDS = 10;

    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "vector-mutation");
        thread.setDaemon(true);
        return thread;
    });

    /** A real handshake message and the context its receiver decodes it in. */
    record RealMessage(String where, Bytes bytes, DecodeContext context) {
        @Override
        public String toString() {
            return where;
        }
    }

    /**
     * A real message whose extension block is its tail (ClientHello, ServerHello,
     * HelloRetryRequest, EncryptedExtensions, TLS 1.3 CertificateRequest and NewSessionTicket),
     * with where the block starts and the encoding of each extension in it, in order.
     */
    record MessageWithBlock(RealMessage message, int blockOffset, List<Bytes> extensions,
            ExtensionContext context) {
        @Override
        public String toString() {
            return message.where() + " block at " + blockOffset;
        }
    }

    /** The records one side of a real conversation sent, in order, and how they are read. */
    record RealStream(String where, Bytes bytes, DecodeContext context) {
        @Override
        public String toString() {
            return where;
        }
    }

    private static final List<RealMessage> MESSAGES = new ArrayList<>();
    private static final List<MessageWithBlock> BLOCKS = new ArrayList<>();
    private static final List<Bytes> EXTENSIONS = new ArrayList<>();
    private static final List<RealStream> STREAMS = new ArrayList<>();
    private static final List<Bytes> INNER_PLAINTEXTS = new ArrayList<>();

    static {
        for (String file : conversations()) {
            JsonNode json = Vectors.json(file);
            DecodeContext context = json.path("dialect").asText("tls13").equals("tls13")
                    ? DecodeContext.TLS13
                    : WireDecoding.decodeContext("tls12", json.path("key_exchange").asText());
            List<VectorMessage> messages = Vectors.messages(json);
            for (VectorMessage m : messages) {
                RealMessage real = new RealMessage(file + " messages[" + m.index() + "] "
                        + m.label(), m.bytes(), context);
                MESSAGES.add(real);
                blockOf(real).ifPresent(b -> {
                    BLOCKS.add(b);
                    EXTENSIONS.addAll(b.extensions());
                });
            }
            List<VectorRecord> records = Vectors.records(json);
            for (String sender : List.of("client", "server")) {
                streamOf(file, sender, records, messages, context).ifPresent(STREAMS::add);
            }
            for (VectorRecord r : records) {
                if (r.isProtected() && r.node().has("payload_hex")) {
                    int padding = r.node().path("padding_length").asInt();
                    INNER_PLAINTEXTS.add(Vectors.bytes(r.node().get("payload_hex"))
                            .concat(Bytes.ofUnsigned(r.node().path("inner_content_type").asInt()))
                            .concat(Bytes.zeros(padding)));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Properties
    // ---------------------------------------------------------------------------------------

    @Property(tries = 10000)
    void mutatedMessagesDecodeOrAlert(@ForAll("messages") RealMessage message,
            @ForAll("mutations") Mutation mutation, @ForAll boolean reframe) {
        Bytes input = mutation.apply(message.bytes());
        if (reframe) {
            input = reframe(input);
        }
        outcome(receiveMessage(message.context(), input));
    }

    @Property(tries = 10000)
    void messagesWithSplicedOrDuplicatedExtensionsDecodeOrAlert(
            @ForAll("blocks") MessageWithBlock target, @ForAll("extensions") Bytes foreign,
            @ForAll boolean duplicateOwn, @ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<Bytes> own = target.extensions();
        Bytes inserted = duplicateOwn && !own.isEmpty() ? own.get(seed % own.size()) : foreign;
        List<Bytes> spliced = new ArrayList<>(own);
        spliced.add(seed % (own.size() + 1), inserted);
        Bytes input = withBlock(target, spliced);
        outcome(receiveMessage(target.message().context(), input));
    }

    @Property(tries = 10000)
    void mutatedExtensionBlocksDecodeOrAlert(@ForAll("blocks") MessageWithBlock source,
            @ForAll("mutations") Mutation mutation) {
        Bytes block = source.message().bytes().slice(source.blockOffset(),
                source.message().bytes().length());
        Bytes input = mutation.apply(block);
        boolean tls12 = source.message().context() != DecodeContext.TLS13;
        Optional<Extensions> decoded = decodeOrAlert("extension block in " + source.context(),
                input, () -> WireDecoding.extensionBlock(input, source.context(), tls12));
        decoded.ifPresent(extensions -> assertEquals(input, TlsWriter.encode(extensions::encode),
                "an accepted extension block re-encodes unchanged"));
        outcome(decoded);
    }

    @Property(tries = 10000)
    void mutatedRecordStreamsReadOrAlert(@ForAll("streams") RealStream stream,
            @ForAll("mutations") Mutation mutation, @ForAll RecordLimit limit,
            @ForAll @IntRange(min = 1, max = 700) int chunk) {
        Bytes input = mutation.apply(stream.bytes());
        Optional<List<TlsRecord>> records = decodeOrAlert("record stream", input,
                () -> WireDecoding.recordStream(input, limit, stream.context(), chunk));
        records.ifPresent(read -> {
            TlsWriter out = TlsWriter.create();
            read.forEach(record -> record.encode(out));
            Bytes consumed = out.toBytes();
            assertEquals(input.slice(0, consumed.length()), consumed,
                    "the records read re-encode to the bytes they came from");
        });
        outcome(records);
    }

    @Property(tries = 10000)
    void mutatedInnerPlaintextsDecodeOrAlert(@ForAll("innerPlaintexts") Bytes plaintext,
            @ForAll("mutations") Mutation mutation,
            @ForAll @IntRange(min = 1, max = (1 << 14) + 1) int maxLength) {
        Bytes input = mutation.apply(plaintext);
        Optional<TlsInnerPlaintext> inner = decodeOrAlert("TLSInnerPlaintext", input,
                () -> WireDecoding.innerPlaintext(input, maxLength));
        inner.ifPresent(decoded -> assertEquals(input, decoded.toBytes(),
                "an accepted TLSInnerPlaintext re-encodes unchanged"));
        outcome(inner);
    }

    @Property(tries = 10000)
    void arbitraryBytesReachEveryEntryPointSafely(@ForAll("arbitrary") Bytes raw,
            @ForAll EntryPoint entryPoint, @ForAll boolean framed) {
        Bytes input = framed ? entryPoint.frame(raw) : raw;
        Optional<Bytes> accepted = decodeOrAlert(entryPoint.name(), input,
                () -> entryPoint.receive(input));
        accepted.ifPresent(reencoded -> assertEquals(entryPoint.accepted(input), reencoded,
                entryPoint + ": accepted bytes re-encode unchanged"));
    }

    // ---------------------------------------------------------------------------------------
    // What the properties feed and check
    // ---------------------------------------------------------------------------------------

    /** A handshake message as a receiver takes it; accepted, it must re-encode unchanged. */
    private static Optional<HandshakeMessage> receiveMessage(DecodeContext context, Bytes input) {
        Optional<HandshakeMessage> decoded = decodeOrAlert("handshake message in " + context,
                input, () -> WireDecoding.handshakeMessage(input, context));
        decoded.ifPresent(message -> assertEquals(input, message.encode(),
                "an accepted " + message.type() + " re-encodes unchanged"));
        return decoded;
    }

    /**
     * Runs a decoder on another thread: its value, or empty for a {@link TlsAlert}. Any other
     * exception, or no answer within {@link #TIMEOUT_SECONDS}, fails the property with the input.
     */
    private static <T> Optional<T> decodeOrAlert(String what, Bytes input, Callable<T> decoder) {
        Future<T> result = POOL.submit(decoder);
        try {
            return Optional.of(result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TlsAlert) {
                return Optional.empty();
            }
            throw new AssertionError(what + " threw " + e.getCause() + " on " + input.toHex(),
                    e.getCause());
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError(what + " hangs on " + input.toHex());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Counts outcomes and requires both to be common: mutations that were always rejected at the
     * first header, or never, would not exercise the decoders behind it.
     */
    private static void outcome(Optional<?> decoded) {
        Statistics.label("outcome").collect(decoded.isPresent() ? "accepted" : "alert");
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("accepted").percentage(p -> p > 2);
            coverage.check("alert").percentage(p -> p > 20);
        });
    }

    /** The handshake header's length set to what follows it, so the body decoder is reached. */
    private static Bytes reframe(Bytes message) {
        if (message.length() < 4) {
            return message;
        }
        int n = message.length() - 4;
        return Bytes.ofUnsigned(message.get(0), n >>> 16, (n >>> 8) & 0xFF, n & 0xFF)
                .concat(message.slice(4, message.length()));
    }

    /** The target message with its extension block replaced by these extensions, reframed. */
    private static Bytes withBlock(MessageWithBlock target, List<Bytes> extensions) {
        TlsWriter block = TlsWriter.lenient();
        int length = extensions.stream().mapToInt(Bytes::length).sum();
        block.u16(Math.min(length, 0xFFFF));
        extensions.forEach(block::bytes);
        return reframe(target.message().bytes().slice(0, target.blockOffset())
                .concat(block.toBytes()));
    }

    // ---------------------------------------------------------------------------------------
    // Inputs
    // ---------------------------------------------------------------------------------------

    private static List<String> conversations() {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("rfc8448", "recorded")) {
            for (String file : Vectors.list(folder)) {
                if (Vectors.json(file).has("messages")) {
                    files.add(file);
                }
            }
        }
        assertFalse(files.isEmpty(), "no rfc8448 or recorded conversation");
        return files;
    }

    /** The extension block that ends a message, if its form has one there. */
    private static Optional<MessageWithBlock> blockOf(RealMessage real) {
        HandshakeMessage message = HandshakeDecoder.decode(real.bytes(), real.context());
        Extensions extensions;
        ExtensionContext context;
        if (message instanceof ClientHello m && m.extensionBlock().isPresent()) {
            extensions = m.extensions();
            context = ExtensionContext.CLIENT_HELLO;
        } else if (message instanceof ServerHello m && m.extensionBlock().isPresent()) {
            extensions = m.extensions();
            context = ExtensionContext.SERVER_HELLO;
        } else if (message instanceof HelloRetryRequest m) {
            extensions = m.extensions();
            context = ExtensionContext.HELLO_RETRY_REQUEST;
        } else if (message instanceof EncryptedExtensions m) {
            extensions = m.extensions();
            context = ExtensionContext.ENCRYPTED_EXTENSIONS;
        } else if (message instanceof CertificateRequestTls13 m) {
            extensions = m.extensions();
            context = ExtensionContext.CERTIFICATE_REQUEST;
        } else if (message instanceof NewSessionTicketTls13 m) {
            extensions = m.extensions();
            context = ExtensionContext.NEW_SESSION_TICKET;
        } else {
            return Optional.empty();
        }
        Bytes block = TlsWriter.encode(extensions::encode);
        int offset = real.bytes().length() - block.length();
        assertEquals(block, real.bytes().slice(offset, real.bytes().length()),
                real.where() + ": the extension block is the message's tail");
        List<Bytes> each = new ArrayList<>();
        for (Extension e : extensions.list()) {
            each.add(TlsWriter.encode(w -> w.u16(e.type().code()).vector16(0, 0xFFFF, e::encode)));
        }
        return Optional.of(new MessageWithBlock(real, offset, List.copyOf(each), context));
    }

    /**
     * What {@code sender} sent, as records on the wire: complete records where the file has them
     * (RFC 8448), else the unprotected records rebuilt from their header and plaintext (the
     * recordings keep no ciphertext), up to the first protected one.
     */
    private static Optional<RealStream> streamOf(String file, String sender,
            List<VectorRecord> records, List<VectorMessage> messages, DecodeContext context) {
        TlsWriter stream = TlsWriter.create();
        for (VectorRecord r : records) {
            if (!r.sender().name().equalsIgnoreCase(sender)) {
                continue;
            }
            if (r.node().has("hex")) {
                stream.bytes(Vectors.bytes(r.node().get("hex")));
                continue;
            }
            if (r.isProtected()) {
                break;
            }
            Bytes fragment = Bytes.EMPTY;
            if (r.node().has("plaintext_hex")) {
                fragment = Vectors.bytes(r.node().get("plaintext_hex"));
            } else {
                for (int index : r.messages()) {
                    fragment = fragment.concat(messages.get(index).bytes());
                }
            }
            if (fragment.length() != r.length()) {
                break;
            }
            stream.bytes(r.header()).bytes(fragment);
        }
        Bytes bytes = stream.toBytes();
        return bytes.isEmpty() ? Optional.empty()
                : Optional.of(new RealStream(file + " " + sender, bytes, context));
    }

    @Provide
    Arbitrary<RealMessage> messages() {
        return Arbitraries.of(MESSAGES);
    }

    @Provide
    Arbitrary<MessageWithBlock> blocks() {
        return Arbitraries.of(BLOCKS);
    }

    @Provide
    Arbitrary<Bytes> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    @Provide
    Arbitrary<RealStream> streams() {
        return Arbitraries.of(STREAMS);
    }

    @Provide
    Arbitrary<Bytes> innerPlaintexts() {
        return Arbitraries.of(INNER_PLAINTEXTS);
    }

    @Provide
    Arbitrary<Bytes> arbitrary() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096).map(Bytes::of);
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> seed = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Bytes> few = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4)
                .map(Bytes::of);
        return Arbitraries.oneOf(List.of(
                Combinators.combine(seed, Arbitraries.integers().between(0, 7))
                        .as(Mutation.FlipBit::new),
                seed.map(Mutation.Truncate::new),
                Combinators.combine(seed, Arbitraries.integers().between(1, 3),
                        Arbitraries.of(-2, -1, 1, 2, 0x7F, 0x100, -0x100, 0x7FFF, 0xFFFFFF))
                        .as(Mutation.CorruptLength::new),
                Combinators.combine(seed, few).as(Mutation.Insert::new),
                Combinators.combine(seed, Arbitraries.integers().between(1, 4))
                        .as(Mutation.Delete::new),
                Combinators.combine(seed, few).as(Mutation.Overwrite::new)));
    }

    // ---------------------------------------------------------------------------------------
    // Mutations
    // ---------------------------------------------------------------------------------------

    /** One change to real bytes, at a place the seed picks. */
    sealed interface Mutation {
        Bytes apply(Bytes input);

        /** One bit flipped. */
        record FlipBit(int seed, int bit) implements Mutation {
            @Override
            public Bytes apply(Bytes input) {
                if (input.isEmpty()) {
                    return input;
                }
                byte[] b = input.toByteArray();
                b[seed % b.length] ^= (byte) (1 << bit);
                return Bytes.of(b);
            }
        }

        /** Cut at any length, zero included. */
        record Truncate(int seed) implements Mutation {
            @Override
            public Bytes apply(Bytes input) {
                return input.slice(0, seed % (input.length() + 1));
            }
        }

        /**
         * A length field changed by {@code delta}: among the places where {@code width} bytes
         * hold a value no larger than what follows them (every real length field is one), the
         * seed picks one.
         */
        record CorruptLength(int seed, int width, int delta) implements Mutation {
            @Override
            public Bytes apply(Bytes input) {
                List<Integer> candidates = new ArrayList<>();
                for (int at = 0; at + width <= input.length(); at++) {
                    int value = read(input, at);
                    if (value > 0 && value <= input.length() - at - width) {
                        candidates.add(at);
                    }
                }
                if (candidates.isEmpty()) {
                    return input;
                }
                int at = candidates.get(seed % candidates.size());
                long max = (1L << (8 * width)) - 1;
                long value = Math.max(0, Math.min(max, (long) read(input, at) + delta));
                byte[] b = input.toByteArray();
                for (int i = 0; i < width; i++) {
                    b[at + i] = (byte) (value >>> (8 * (width - 1 - i)));
                }
                return Bytes.of(b);
            }

            private int read(Bytes input, int at) {
                int value = 0;
                for (int i = 0; i < width; i++) {
                    value = value << 8 | input.get(at + i);
                }
                return value;
            }
        }

        /** Bytes inserted anywhere, ends included. */
        record Insert(int seed, Bytes bytes) implements Mutation {
            @Override
            public Bytes apply(Bytes input) {
                int at = seed % (input.length() + 1);
                return input.slice(0, at).concat(bytes).concat(input.slice(at, input.length()));
            }
        }

        /** Up to {@code count} bytes deleted. */
        record Delete(int seed, int count) implements Mutation {
            @Override
            public Bytes apply(Bytes input) {
                if (input.isEmpty()) {
                    return input;
                }
                int at = seed % input.length();
                int to = Math.min(input.length(), at + count);
                return input.slice(0, at).concat(input.slice(to, input.length()));
            }
        }

        /** Bytes overwritten in place. */
        record Overwrite(int seed, Bytes bytes) implements Mutation {
            @Override
            public Bytes apply(Bytes input) {
                if (input.isEmpty()) {
                    return input;
                }
                byte[] b = input.toByteArray();
                int at = seed % b.length;
                for (int i = 0; i < bytes.length() && at + i < b.length; i++) {
                    b[at + i] = (byte) bytes.get(i);
                }
                return Bytes.of(b);
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Every entry point, for arbitrary bytes
    // ---------------------------------------------------------------------------------------

    /**
     * Each way bytes from the peer enter tls-api. {@link #receive} returns the re-encoding of what
     * was accepted, {@link #accepted} the part of the input that must equal it, and
     * {@link #frame} gives random bytes correct outer lengths so the inner decoders are reached.
     */
    enum EntryPoint {
        HANDSHAKE_TLS13, HANDSHAKE_TLS12_ECDHE, HANDSHAKE_TLS12_RSA,
        EXTENSIONS_CH, EXTENSIONS_SH, EXTENSIONS_TLS12_SH, EXTENSIONS_HRR, EXTENSIONS_EE,
        EXTENSIONS_CR, EXTENSIONS_CT, EXTENSIONS_NST,
        RECORD_PLAINTEXT, RECORD_TLS13_CIPHERTEXT, RECORD_TLS12_CIPHERTEXT, RECORD_STREAM,
        INNER_PLAINTEXT, ALERT, CHANGE_CIPHER_SPEC;

        Bytes receive(Bytes input) {
            switch (this) {
                case HANDSHAKE_TLS13:
                    return WireDecoding.handshakeMessage(input, DecodeContext.TLS13).encode();
                case HANDSHAKE_TLS12_ECDHE:
                    return WireDecoding.handshakeMessage(input, DecodeContext.TLS12_ECDHE).encode();
                case HANDSHAKE_TLS12_RSA:
                    return WireDecoding.handshakeMessage(input, DecodeContext.TLS12_RSA).encode();
                case RECORD_PLAINTEXT:
                    return WireDecoding.record(input, RecordLimit.PLAINTEXT, DecodeContext.TLS13)
                            .toBytes();
                case RECORD_TLS13_CIPHERTEXT:
                    return WireDecoding.record(input, RecordLimit.TLS13_CIPHERTEXT,
                            DecodeContext.TLS13).toBytes();
                case RECORD_TLS12_CIPHERTEXT:
                    return WireDecoding.record(input, RecordLimit.TLS12_CIPHERTEXT,
                            DecodeContext.TLS12_ECDHE).toBytes();
                case RECORD_STREAM: {
                    TlsWriter out = TlsWriter.create();
                    WireDecoding.recordStream(input, RecordLimit.PLAINTEXT, DecodeContext.TLS13,
                            97).forEach(r -> r.encode(out));
                    return out.toBytes();
                }
                case INNER_PLAINTEXT:
                    return WireDecoding.innerPlaintext(input, TlsInnerPlaintext.MAX_LENGTH)
                            .toBytes();
                case ALERT:
                    return Alert.decodeRecord(input).toBytes();
                case CHANGE_CIPHER_SPEC:
                    return ChangeCipherSpec.decodeRecord(input).toBytes();
                default: {
                    Extensions block = WireDecoding.extensionBlock(input, extensionContext(),
                            this == EXTENSIONS_TLS12_SH);
                    return TlsWriter.encode(block::encode);
                }
            }
        }

        /** The input a successful {@link #receive} must give back: a stream's complete records. */
        Bytes accepted(Bytes input) {
            if (this != RECORD_STREAM) {
                return input;
            }
            TlsReader r = input.reader();
            int end = 0;
            while (r.remaining() >= 5) {
                r.fixed(3);
                int length = r.u16();
                if (r.remaining() < length) {
                    break;
                }
                r.fixed(length);
                end = r.position();
            }
            return input.slice(0, end);
        }

        /** Random bytes with the outer length fields this entry point reads made consistent. */
        Bytes frame(Bytes raw) {
            return switch (this) {
                case HANDSHAKE_TLS13, HANDSHAKE_TLS12_ECDHE, HANDSHAKE_TLS12_RSA ->
                        reframe(raw.length() < 4 ? raw.concat(Bytes.zeros(4 - raw.length())) : raw);
                case RECORD_PLAINTEXT, RECORD_TLS13_CIPHERTEXT, RECORD_TLS12_CIPHERTEXT,
                        RECORD_STREAM -> recordFramed(raw);
                case INNER_PLAINTEXT, ALERT, CHANGE_CIPHER_SPEC -> raw;
                default -> {
                    int n = Math.min(raw.length(), 0xFFFF);
                    yield Bytes.ofUnsigned(n >>> 8, n & 0xFF).concat(raw.slice(0, n));
                }
            };
        }

        private ExtensionContext extensionContext() {
            return switch (this) {
                case EXTENSIONS_CH -> ExtensionContext.CLIENT_HELLO;
                case EXTENSIONS_SH, EXTENSIONS_TLS12_SH -> ExtensionContext.SERVER_HELLO;
                case EXTENSIONS_HRR -> ExtensionContext.HELLO_RETRY_REQUEST;
                case EXTENSIONS_EE -> ExtensionContext.ENCRYPTED_EXTENSIONS;
                case EXTENSIONS_CR -> ExtensionContext.CERTIFICATE_REQUEST;
                case EXTENSIONS_CT -> ExtensionContext.CERTIFICATE;
                case EXTENSIONS_NST -> ExtensionContext.NEW_SESSION_TICKET;
                default -> throw new IllegalStateException(this + " reads no extension block");
            };
        }

        /**
         * The raw bytes as one record of a defined type and version 0x0303, or for a stream as
         * records cut into pieces of sizes the raw bytes themselves pick.
         */
        private Bytes recordFramed(Bytes raw) {
            if (raw.isEmpty()) {
                return raw;
            }
            int[] types = {20, 21, 22, 23};
            TlsWriter out = TlsWriter.lenient();
            int at = 0;
            do {
                int type = types[raw.get(at) & 3];
                int size = this == RECORD_STREAM ? Math.min(raw.length() - at, 1 + raw.get(at) * 4)
                        : raw.length();
                out.u8(type).u16(0x0303).u16(size).bytes(raw.slice(at, at + size));
                at += size;
            } while (at < raw.length());
            return out.toBytes();
        }
    }
}
