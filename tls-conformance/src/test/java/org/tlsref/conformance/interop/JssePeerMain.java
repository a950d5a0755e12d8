package org.tlsref.conformance.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Security;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A SunJSSE peer in a child JVM, for the one case in-process SunJSSE cannot do: starting a
 * KeyUpdate. SunJSSE sends one only when a key reaches its usage limit, set by the security
 * property {@code jdk.tls.keyLimits} that it reads once per JVM; here it is set to 16 KiB before
 * any JSSE class loads. Uses nothing but the JDK (its class path is the test classes folder).
 *
 * <pre>
 * server KEYSTORE TRUSTSTORE SUITE N        prints "LISTENING port", echoes N bytes of one
 *                                           connection and closes first; with N = -1 echoes
 *                                           until the client's close_notify, then closes
 * client KEYSTORE TRUSTSTORE SUITE PORT N   sends N bytes to 127.0.0.1:PORT, checks the echo,
 *                                           closes first
 * </pre>
 *
 * "Closes first" is a half-close: close_notify, then reading until the peer's. Both print
 * "SESSION protocol suite" after the handshake and "ECHOED n" at the end; run with
 * {@code -Djavax.net.debug=ssl:handshake}, SunJSSE's own log (stderr) shows each KeyUpdate it
 * produced and consumed. Exits 0 on success, 1 on any failure.
 */
public final class JssePeerMain {
    /** Key usage limit in bytes: a KeyUpdate every 16 KiB each way. */
    static final String KEY_LIMITS =
            "AES/GCM/NoPadding KeyUpdate 2^14, ChaCha20-Poly1305 KeyUpdate 2^14";
    /** The key store password (as {@link Jsse} writes them; not referenced, to load no tlsref class). */
    private static final char[] PASSWORD = "interop".toCharArray();
    /** The server name the test PKI's server leaves carry. */
    private static final String SERVER_NAME = "server.tlsref.test";

    private JssePeerMain() {
    }

    /** Runs one peer; see the class comment. */
    public static void main(String[] args) throws Exception {
        Security.setProperty("jdk.tls.keyLimits", KEY_LIMITS);
        PrintStream out = System.out;
        try {
            SSLContext context = context(Path.of(args[1]), Path.of(args[2]));
            if (args[0].equals("server")) {
                serve(context, args[3], Long.parseLong(args[4]), out);
            } else {
                send(context, args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), out);
            }
            out.flush();
            System.exit(0);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void serve(SSLContext context, String suite, long length, PrintStream out)
            throws IOException {
        try (SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            listener.setEnabledProtocols(new String[] {"TLSv1.3"});
            listener.setEnabledCipherSuites(new String[] {suite});
            listener.setSoTimeout(10_000);
            out.println("LISTENING " + listener.getLocalPort());
            out.flush();
            try (SSLSocket socket = (SSLSocket) listener.accept()) {
                socket.setSoTimeout(10_000);
                socket.startHandshake();
                out.println("SESSION " + socket.getSession().getProtocol() + " "
                        + socket.getSession().getCipherSuite());
                InputStream in = socket.getInputStream();
                OutputStream back = socket.getOutputStream();
                byte[] buffer = new byte[8192];
                long total = 0;
                while (length < 0 || total < length) {
                    int count = in.read(buffer, 0, length < 0 ? buffer.length
                            : (int) Math.min(buffer.length, length - total));
                    if (count < 0) {
                        break;
                    }
                    back.write(buffer, 0, count);
                    back.flush();
                    total += count;
                }
                out.println("ECHOED " + total);
                if (length >= 0) {
                    closeFirst(socket);
                }
            }
        }
    }

    private static void send(SSLContext context, String suite, int port, int length,
            PrintStream out) throws Exception {
        byte[] data = new byte[length];
        new Random(length).nextBytes(data);
        Socket raw = new Socket(InetAddress.getByName("127.0.0.1"), port);
        raw.setSoTimeout(10_000);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory()
                .createSocket(raw, SERVER_NAME, port, true)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(new String[] {"TLSv1.3"});
            parameters.setCipherSuites(new String[] {suite});
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setServerNames(java.util.List.<SNIServerName>of(
                    new SNIHostName(SERVER_NAME)));
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            out.println("SESSION " + socket.getSession().getProtocol() + " "
                    + socket.getSession().getCipherSuite());
            Future<byte[]> echoed = reader.submit(() -> socket.getInputStream().readNBytes(length));
            socket.getOutputStream().write(data);
            socket.getOutputStream().flush();
            byte[] back = echoed.get(30, TimeUnit.SECONDS);
            if (!Arrays.equals(data, back)) {
                throw new AssertionError("the echo differs: " + back.length + " bytes back");
            }
            out.println("ECHOED " + back.length);
            closeFirst(socket);
        } finally {
            reader.shutdownNow();
        }
    }

    /** Sends close_notify, then reads until the peer's (TLS 1.3 half-close). */
    private static void closeFirst(SSLSocket socket) throws IOException {
        socket.shutdownOutput();
        byte[] discard = new byte[8192];
        while (socket.getInputStream().read(discard) >= 0) {
            // Whatever the peer still sends before its close_notify is not checked here.
        }
    }

    private static SSLContext context(Path keys, Path trust)
            throws IOException, GeneralSecurityException {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
        keyManagers.init(load(keys), PASSWORD);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX");
        trustManagers.init(load(trust));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
