package org.tlsref.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The network side of a blocking adapter, as {@link BlockingConnection} drives it: a connected,
 * blocking byte stream that can be half-closed. {@link TlsSocket} supplies one over a
 * {@link java.net.Socket}, {@link TlsChannel} one over a {@link java.nio.channels.SocketChannel}.
 */
interface Transport {
    /**
     * Reads into {@code into}, blocking until at least one byte arrives while it has room.
     *
     * @return how many bytes, or -1 at the end of the stream
     */
    int read(ByteBuffer into) throws IOException;

    /** Writes all of {@code from}, blocking until the network has taken it. */
    void write(ByteBuffer from) throws IOException;

    /** Shuts the sending direction; reading goes on. */
    void shutdownOutput() throws IOException;

    /** Closes the stream both ways. */
    void close() throws IOException;
}
