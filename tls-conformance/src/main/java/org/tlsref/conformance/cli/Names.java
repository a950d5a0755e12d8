package org.tlsref.conformance.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads registry values from the command line by their IANA name, ignoring case
 * ({@code TLS_AES_128_GCM_SHA256}, {@code x25519}, {@code ecdsa_secp256r1_sha256}), or by code
 * ({@code 0x1301}).
 */
final class Names {
    private Names() {
    }

    /** A cipher suite by name or code. */
    static final class Suite implements ITypeConverter<CipherSuite> {
        @Override
        public CipherSuite convert(String value) {
            return parse(value, "cipher suite", CipherSuite.known(), c -> c.name().orElse(""),
                    CipherSuite::of);
        }
    }

    /** A named group by name or code. */
    static final class Group implements ITypeConverter<NamedGroup> {
        @Override
        public NamedGroup convert(String value) {
            return parse(value, "group", NamedGroup.known(), g -> g.name().orElse(""),
                    NamedGroup::of);
        }
    }

    /** A signature scheme by name or code. */
    static final class Scheme implements ITypeConverter<SignatureScheme> {
        @Override
        public SignatureScheme convert(String value) {
            return parse(value, "signature scheme", SignatureScheme.known(),
                    s -> s.name().orElse(""), SignatureScheme::of);
        }
    }

    private static <T> T parse(String value, String what, List<T> known,
            Function<T, String> name, IntFunction<T> byCode) {
        String wanted = value.trim();
        if (wanted.toLowerCase(Locale.ROOT).startsWith("0x")) {
            try {
                return byCode.apply(Integer.parseInt(wanted.substring(2), 16));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("not a " + what + " code: " + value);
            }
        }
        Optional<T> match = known.stream()
                .filter(v -> name.apply(v).equalsIgnoreCase(wanted)).findFirst();
        return match.orElseThrow(() -> new TypeConversionException("unknown " + what + " \""
                + value + "\"; known: " + known.stream().map(name)
                        .collect(Collectors.joining(", "))));
    }
}
