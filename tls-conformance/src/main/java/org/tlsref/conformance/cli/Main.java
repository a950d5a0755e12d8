package org.tlsref.conformance.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tlsref} command: one subcommand per job. */
@Command(name = "tlsref", mixinStandardHelpOptions = true, version = "tlsref 0.1.0",
        description = "TLS 1.3 and 1.2 reference implementation, interoperability tool and benchmark.",
        subcommands = {HandshakeCommand.class, ClientCommand.class, ServerCommand.class,
                DecodeCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the standard streams and returns the exit status. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The command line; enum option values are read regardless of case ({@code --client-auth none}). */
    private static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
