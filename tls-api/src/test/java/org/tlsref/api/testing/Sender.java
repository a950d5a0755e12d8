package org.tlsref.api.testing;

/** Which endpoint sent a message or record in a vector file ({@code "client"} or {@code "server"}). */
public enum Sender {
    /** The client. */
    CLIENT,
    /** The server. */
    SERVER;

    /** Reads the schema's lower-case name. */
    public static Sender of(String name) {
        return switch (name) {
            case "client" -> CLIENT;
            case "server" -> SERVER;
            default -> throw new IllegalArgumentException(
                    "sender is \"client\" or \"server\", not " + name);
        };
    }
}
