package org.tlsref.conformance.cli;

import java.io.PrintWriter;
import org.tlsref.conformance.trace.Trace;
import org.tlsref.conformance.trace.TracePrinter;

/**
 * Where a client's or server's messages and traces go: the error stream, so that standard output
 * carries only the relayed data. A server's connections run at once, so every line carries the
 * connection's prefix ({@code [#3] }) and whole steps are written under one lock.
 */
final class ConnectionLog {
    private final PrintWriter err;
    private final String prefix;
    private final TracePrinter.Fields fields;
    private final boolean quiet;

    ConnectionLog(PrintWriter err, String prefix, TracePrinter.Fields fields, boolean quiet) {
        this.err = err;
        this.prefix = prefix;
        this.fields = fields;
        this.quiet = quiet;
    }

    /** A log for the options: trace shown or not, fields shown or not. */
    static ConnectionLog of(PrintWriter err, String prefix, TlsOptions options) {
        return new ConnectionLog(err, prefix,
                options.fields ? TracePrinter.Fields.ALL : TracePrinter.Fields.SUMMARY,
                options.quiet);
    }

    /** A trace that prints each step here as it happens (unless quiet). */
    Trace trace() {
        return quiet ? new Trace() : new Trace(step -> print(TracePrinter.text(step, fields)));
    }

    /** Prints one message, every line prefixed. */
    void say(String message) {
        print(message.endsWith("\n") ? message : message + "\n");
    }

    /** Prints text unless quiet (the trace and the negotiated parameters). */
    void detail(String text) {
        if (!quiet) {
            print(text);
        }
    }

    private void print(String text) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(line -> out.append(prefix).append(line).append('\n'));
        synchronized (err) {
            err.print(out);
            err.flush();
        }
    }
}
