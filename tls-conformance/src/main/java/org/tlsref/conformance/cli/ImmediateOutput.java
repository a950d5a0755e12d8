package org.tlsref.conformance.cli;

import java.io.IOException;
import java.io.OutputStream;
import org.tlsref.engine.io.TlsSocket;

/**
 * The application output of a {@link TlsSocket} whose every write is on the wire when it
 * returns, so that an interactive relay never holds a line back.
 *
 * <p>TODO(eng): {@code TlsSocket.ApplicationOutput.write} ends with an unqualified
 * {@code flush()}, which resolves to the inherited no-op {@code OutputStream.flush()} instead of
 * {@code TlsSocket.flush()}; the record then waits until the socket is next read or written (a
 * relayed line arrives only with the next one). {@link TlsSocket#startHandshake()} flushes first
 * and does nothing else once the handshake is complete, so calling it after each write sends the
 * record. Drop this class once the engine flushes.
 */
final class ImmediateOutput extends OutputStream {
    private final TlsSocket tls;

    ImmediateOutput(TlsSocket tls) {
        this.tls = tls;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        tls.getOutputStream().write(buffer, offset, length);
        tls.startHandshake();
    }

    @Override
    public void flush() throws IOException {
        tls.startHandshake();
    }
}
