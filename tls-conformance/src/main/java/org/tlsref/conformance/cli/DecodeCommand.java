package org.tlsref.conformance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.DecodeContext;
import org.tlsref.conformance.dissect.Dissection;
import org.tlsref.conformance.dissect.Dissector;
import org.tlsref.conformance.dissect.TreePrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tlsref decode}: the dissector. Reads hex of TLS records or handshake messages and prints
 * each field with its value and registry name; for input an endpoint would reject, the alert it
 * would send and why (exit status 1).
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Dissect TLS records or handshake messages given as hex.",
                "Input: a hex argument, --file FILE (hex text; '#' starts a comment), "
                        + "--vector FILE#N (message N of a vectors/ JSON file), or standard input."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every byte decoded and passed the RFC's rules",
                "1:an endpoint would reject the input (the alert is printed)",
                "2:usage or input error (not hex, file missing)"})
final class DecodeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Source source = new Source();

    @Option(names = "--as", defaultValue = "AUTO",
            description = "What the input holds: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Dissector.Input kind;

    @Option(names = "--context",
            description = "Decode every message in these forms instead of following the "
                    + "conversation: ${COMPLETION-CANDIDATES}.")
    private DecodeContext context;

    @Option(names = "--json", description = "Print the tree as JSON.")
    private boolean json;

    static final class Source {
        @Parameters(arity = "0..1", paramLabel = "HEX", description = "Hex to decode.")
        String hex;

        @Option(names = "--file", paramLabel = "FILE", description = "A file of hex text.")
        Path file;

        @Option(names = "--vector", paramLabel = "FILE#N",
                description = "The hex of message N (0-based, or its label) in a vectors/ JSON file.")
        String vector;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Bytes input;
        try {
            input = Bytes.fromHex(stripComments(readInput()));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("tlsref decode: " + e.getMessage());
            return 2;
        }
        Dissection d = context == null ? Dissector.dissect(input, kind)
                : Dissector.dissect(input, kind, context);
        out.print(json ? TreePrinter.json(d.nodes()) + "\n" : TreePrinter.text(d.nodes()));
        out.flush();
        return d.accepted() ? 0 : 1;
    }

    private String readInput() throws IOException {
        if (source.hex != null) {
            return source.hex;
        }
        if (source.file != null) {
            return Files.readString(source.file, StandardCharsets.UTF_8);
        }
        if (source.vector != null) {
            return vectorHex(source.vector);
        }
        return new String(System.in.readAllBytes(), StandardCharsets.US_ASCII);
    }

    /** {@code FILE#N} or {@code FILE#Label}: the hex of one message of a vector file. */
    static String vectorHex(String reference) throws IOException {
        int hash = reference.lastIndexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("--vector wants FILE#N, got " + reference);
        }
        JsonNode messages = new ObjectMapper().readTree(Path.of(reference.substring(0, hash)).toFile())
                .path("messages");
        String selector = reference.substring(hash + 1);
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            if (selector.equals(String.valueOf(i)) || selector.equals(m.path("label").asText())) {
                return m.path("hex").asText();
            }
        }
        throw new IllegalArgumentException("no message " + selector + " among " + messages.size()
                + " in " + reference.substring(0, hash));
    }

    private static String stripComments(String text) {
        return text.lines().map(line -> line.replaceAll("#.*", "")).reduce("", String::concat);
    }
}
