package org.tlsref.conformance.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.conformance.dissect.Node;
import org.tlsref.conformance.trace.Perspective;
import org.tlsref.conformance.trace.SessionNotes;
import org.tlsref.conformance.trace.Side;
import org.tlsref.conformance.trace.Trace;
import org.tlsref.conformance.trace.TracePrinter;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.TlsClient;
import org.tlsref.engine.TlsConnection;
import org.tlsref.engine.TlsServer;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.keyschedule.KeyLogs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tlsref handshake}: a tlsref client and a tlsref server in this process run a full TLS 1.3
 * handshake in memory with the test PKI, and the command prints it step by step in the words of
 * the handshake overview, then what was negotiated.
 */
@Command(name = "handshake", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a TLS 1.3 handshake between a tlsref client and a tlsref server in "
                + "memory, with the test PKI (vectors/pki), and print it step by step: each "
                + "message, who sends it, what it offers or chooses, what each side verifies, "
                + "which keys come into use; then the negotiated parameters.",
                "Default: mutual authentication (server P-256 certificate, client P-256 "
                        + "certificate, client authentication required), the engine's default "
                        + "suites and groups."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the handshake completed on both sides",
                "1:the handshake failed with an alert (the trace and the last line name it)",
                "2:usage or setup error (unknown option value, test PKI not found)"})
final class HandshakeCommand implements Callable<Integer> {
    private static final TlsConfig DEFAULTS = TlsConfig.builder().build();

    @Spec
    private CommandSpec spec;

    @Option(names = "--suite", paramLabel = "SUITE", converter = Names.Suite.class,
            description = "The cipher suite the server takes (the client offers its defaults "
                    + "and this one), e.g. TLS_CHACHA20_POLY1305_SHA256.")
    private Optional<CipherSuite> suite;

    @Option(names = "--group", paramLabel = "GROUP", converter = Names.Group.class,
            description = "The key exchange group: the server takes only this one and the "
                    + "client sends its key share, e.g. x25519, secp256r1, secp384r1, "
                    + "X25519MLKEM768 (default: the engine's, X25519MLKEM768 first).")
    private Optional<NamedGroup> group;

    @Option(names = {"--signature-scheme", "--sig"}, paramLabel = "SCHEME",
            converter = Names.Scheme.class,
            description = "The server's CertificateVerify scheme; picks the certificate that "
                    + "signs it unless --cert-type is given, e.g. rsa_pss_rsae_sha256, ed25519.")
    private Optional<SignatureScheme> scheme;

    @Option(names = "--cert-type", paramLabel = "TYPE", converter = CertificateKind.Converter.class,
            completionCandidates = CertificateKind.Candidates.class,
            description = "The server certificate: ${COMPLETION-CANDIDATES} (default: p256).")
    private Optional<CertificateKind> certificate;

    @Option(names = "--client-auth", paramLabel = "MODE", defaultValue = "required",
            description = "Whether the server asks for a client certificate: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ClientAuthentication clientAuth;

    @Option(names = "--client-cert", paramLabel = "TYPE", defaultValue = "p256",
            description = "The client's certificate: p256, rsa or none (default: "
                    + "${DEFAULT-VALUE}); none with --client-auth required shows the failure.")
    private String clientCertificate;

    @Option(names = "--hrr", description = "Force a HelloRetryRequest: the client sends a key "
            + "share only for a group the server does not take first.")
    private boolean helloRetry;

    @Option(names = "--alpn", split = ",", paramLabel = "PROTOCOL",
            description = "ALPN protocols, offered by the client and accepted by the server.")
    private List<String> alpn = List.of();

    @Option(names = "--keylog", paramLabel = "FILE",
            description = "Append the client's secrets to FILE in the NSS key log format.")
    private Optional<Path> keyLog;

    @Option(names = "--seed", paramLabel = "TEXT", description = "Draw every random byte of "
            + "both sides from a generator seeded with TEXT, so the trace is reproducible.")
    private Optional<String> seed;

    @Option(names = "--json", description = "Print the trace as a JSON array of steps.")
    private boolean json;

    @Option(names = "--fields", description = "Under each message, print all its fields as "
            + "the dissector (tlsref decode) does.")
    private boolean fields;

    @Option(names = "--pki", paramLabel = "DIR",
            description = "The test PKI folder (default: vectors/pki, found above the tool or "
                    + "the current directory).")
    private Optional<Path> pki;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HandshakeSetup setup;
        try {
            setup = setup(TestPki.locate(pki));
        } catch (IllegalArgumentException e) {
            err.println("tlsref handshake: " + e.getMessage());
            err.flush();
            return Failures.USAGE;
        }
        TracePrinter.Fields shown = fields ? TracePrinter.Fields.ALL : TracePrinter.Fields.SUMMARY;
        Trace trace = json ? new Trace() : new Trace(step -> {
            out.print(TracePrinter.text(step, shown));
            out.flush();
        });
        if (!json) {
            out.print(setup.header());
        }
        return run(setup, trace, out, err);
    }

    private int run(HandshakeSetup setup, Trace trace, PrintWriter out, PrintWriter err) {
        TlsConnection client;
        TlsConnection server;
        try {
            server = TlsServer.create(setup.server().listener(
                    trace.listener(Side.SERVER, Perspective.BOTH_ENDPOINTS)).build());
            client = TlsClient.create(setup.client().listener(
                    trace.listener(Side.CLIENT, Perspective.BOTH_ENDPOINTS)).build(),
                    TestPki.SERVER_NAME);
        } catch (IllegalArgumentException e) {
            err.println("tlsref handshake: cannot configure the endpoints: " + e.getMessage());
            err.flush();
            return Failures.USAGE;
        }
        Optional<TlsAlert> failure = InMemoryHandshake.run(client, server);
        if (json) {
            ArrayNode steps = TracePrinter.json(trace.steps());
            outcome(steps.addObject(), failure, client, server);
            out.println(TracePrinter.pretty(steps));
        } else if (failure.isEmpty()) {
            out.print(TracePrinter.text("\nnegotiated (the client's view; the server's agrees):",
                    negotiated(client, server)));
        }
        out.flush();
        if (failure.isPresent()) {
            err.println("tlsref handshake: failed: "
                    + Failures.describe(failure.get(), sideOf(failure.get(), client)));
            err.flush();
            return Failures.TLS_FAILURE;
        }
        return Failures.OK;
    }

    /** Which side threw {@code alert}: the one whose recorded failure it is. */
    private static Side sideOf(TlsAlert alert, TlsConnection client) {
        return client.failure().filter(f -> f == alert).isPresent() ? Side.CLIENT : Side.SERVER;
    }

    private static List<Node> negotiated(TlsConnection client, TlsConnection server) {
        Session clientView = client.session().orElseThrow();
        Session serverView = server.session().orElseThrow();
        List<Node> facts = new ArrayList<>(SessionNotes.negotiated(Side.CLIENT, clientView));
        facts.add(SessionNotes.peer(Side.CLIENT, serverView));
        if (!clientView.cipherSuite().equals(serverView.cipherSuite())
                || !clientView.group().equals(serverView.group())) {
            facts.add(Node.leaf("DISAGREEMENT", "the server's view: " + serverView));
        }
        return facts;
    }

    /** The last element of the JSON trace: what was negotiated, or the failure. */
    private static void outcome(ObjectNode result, Optional<TlsAlert> failure,
            TlsConnection client, TlsConnection server) {
        if (failure.isPresent()) {
            result.put("kind", "failed");
            Side side = sideOf(failure.get(), client);
            result.put("side", side.label());
            result.put("alert", failure.get().description().toString());
            result.put("message", Failures.describe(failure.get(), side));
        } else {
            result.put("kind", "negotiated");
            result.set("details", TracePrinter.tree(negotiated(client, server)));
        }
    }

    private HandshakeSetup setup(TestPki testPki) {
        CertificateKind kind = certificate
                .or(() -> scheme.flatMap(CertificateKind::signing)).orElse(CertificateKind.P256);
        TlsConfig.Builder server = TlsConfig.builder()
                .certifiedKeys(testPki.server(kind))
                .trustAnchors(testPki.anchors())
                .clientAuthentication(clientAuth);
        TlsConfig.Builder client = TlsConfig.builder().trustAnchors(testPki.anchors());
        if (!clientCertificate.equals("none")) {
            if (!List.of("p256", "rsa").contains(clientCertificate)) {
                throw new IllegalArgumentException("--client-cert is p256, rsa or none, not "
                        + clientCertificate);
            }
            client.certifiedKeys(testPki.client(clientCertificate));
        }
        suite.ifPresent(s -> {
            server.cipherSuites(s);
            client.cipherSuites(with(DEFAULTS.negotiation().cipherSuites(), s)
                    .toArray(CipherSuite[]::new));
        });
        scheme.ifPresent(s -> server.signatureSchemes(
                withFirst(DEFAULTS.negotiation().signatureSchemes(), s)
                        .toArray(SignatureScheme[]::new)));
        groups(server, client);
        if (!alpn.isEmpty()) {
            server.applicationProtocols(alpn.toArray(String[]::new));
            client.applicationProtocols(alpn.toArray(String[]::new));
        }
        keyLog.ifPresent(file -> client.keyLog(KeyLogs.toFile(file)));
        seed.ifPresent(text -> {
            client.random(RandomSources.seeded(("client " + text).getBytes(StandardCharsets.UTF_8)));
            server.random(RandomSources.seeded(("server " + text).getBytes(StandardCharsets.UTF_8)));
        });
        return new HandshakeSetup(client, server, header(testPki, kind));
    }

    /**
     * The groups: with --group the server takes only that group and the client shares it; with
     * --hrr the client shares only another group, which the server does not take first.
     */
    private void groups(TlsConfig.Builder server, TlsConfig.Builder client) {
        List<NamedGroup> defaults = DEFAULTS.negotiation().supportedGroups();
        NamedGroup wanted = group.orElse(defaults.get(0));
        NamedGroup other = wanted.equals(NamedGroup.X25519) ? NamedGroup.SECP256R1 : NamedGroup.X25519;
        group.ifPresent(server::supportedGroups);
        if (helloRetry) {
            client.supportedGroups(withFirst(with(defaults, wanted), other)
                    .toArray(NamedGroup[]::new)).keyShareGroups(other);
        } else if (group.isPresent()) {
            client.supportedGroups(withFirst(defaults, wanted).toArray(NamedGroup[]::new))
                    .keyShareGroups(wanted);
        }
    }

    /** {@code values} with {@code first} moved (or added) to the front. */
    private static <T> List<T> withFirst(List<T> values, T first) {
        List<T> result = new ArrayList<>(values);
        result.remove(first);
        result.add(0, first);
        return result;
    }

    /** {@code values}, and {@code extra} at the end unless it is among them. */
    private static <T> List<T> with(List<T> values, T extra) {
        List<T> result = new ArrayList<>(values);
        if (!result.contains(extra)) {
            result.add(extra);
        }
        return result;
    }

    private String header(TestPki testPki, CertificateKind kind) {
        return "tlsref handshake: a tlsref client and a tlsref server run TLS 1.3 in memory, in "
                + "this process\n"
                + "  test PKI " + testPki.directory() + ": server certificate " + kind.file()
                + ".pem, client certificate "
                + (clientCertificate.equals("none") ? "none" : "client-" + clientCertificate + ".pem")
                + ", trust anchor root-ca.pem (both sides)\n"
                + "  client authentication: " + clientAuth.name().toLowerCase(Locale.ROOT)
                + (helloRetry ? "; HelloRetryRequest forced" : "") + "\n\n";
    }

    /** Both builders and the header that describes them. */
    private record HandshakeSetup(TlsConfig.Builder client, TlsConfig.Builder server,
            String header) {
    }
}
