package org.tlsref.engine.testing;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.extension.Extension;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.registry.ExtensionType;

/** Small edits of real messages, for negative tests. */
public final class Messages {
    private Messages() {
    }

    /** {@code extensions} with the extension of {@code replacement}'s type replaced. */
    public static Extensions replace(Extensions extensions, Extension replacement) {
        List<Extension> list = new ArrayList<>();
        for (Extension e : extensions.list()) {
            list.add(e.type().equals(replacement.type()) ? replacement : e);
        }
        return new Extensions(list);
    }

    /** {@code extensions} with {@code more} appended. */
    public static Extensions add(Extensions extensions, Extension more) {
        List<Extension> list = new ArrayList<>(extensions.list());
        list.add(more);
        return new Extensions(list);
    }

    /** {@code extensions} without the one of {@code type}. */
    public static Extensions remove(Extensions extensions, ExtensionType type) {
        List<Extension> list = new ArrayList<>(extensions.list());
        list.removeIf(e -> e.type().equals(type));
        return new Extensions(list);
    }

    /** {@code hello} with other extensions. */
    public static ClientHello withExtensions(ClientHello hello, Extensions extensions) {
        return new ClientHello(hello.legacyVersion(), hello.random(), hello.legacySessionId(),
                hello.cipherSuites(), hello.legacyCompressionMethods(), extensions);
    }
}
