package org.tlsref.engine.config;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.pki.ValidationPolicy;
import org.tlsref.crypto.provider.CryptoProviders;
import org.tlsref.engine.keyschedule.KeyLog;
import org.tlsref.engine.record.PaddingPolicy;

/**
 * Everything a client or server is configured with, immutable once built: what it negotiates,
 * who it is and whom it trusts, how it sizes records, what it adds for compatibility, and where
 * its cryptography, randomness and time come from, and who watches. Start from {@link #builder()}, whose defaults
 * are secure (DESIGN.md, "Defaults"); {@link Builder#build()} rejects an inconsistent
 * configuration with an {@link IllegalArgumentException} naming the option.
 *
 * <p>One configuration may serve many connections, on both sides; what a side needs in addition
 * (a server its certificates, a client its trust anchors) is checked by {@link #checkForClient()}
 * and {@link #checkForServer()} when a connection is created.
 */
public final class TlsConfig {
    private final Negotiation negotiation;
    private final Authentication authentication;
    private final RecordOptions records;
    private final Compatibility compatibility;
    private final Sources sources;
    private final Observers observers;

    private TlsConfig(Builder b) {
        negotiation = new Negotiation(b.versions, b.cipherSuites, b.supportedGroups,
                b.keyShareGroups(), b.signatureSchemes,
                b.signatureAlgorithmsOffered.isEmpty() ? b.signatureSchemes
                        : b.signatureAlgorithmsOffered,
                b.signatureAlgorithmsCert, b.applicationProtocols, b.preference, b.retryCookies);
        authentication = new Authentication(b.certifiedKeys, b.trustAnchors, b.validationPolicy,
                b.hostnameVerification, b.clientAuthentication, b.certificateAuthorities);
        records = new RecordOptions(b.recordSizeLimit, b.padding, b.maxHandshakeMessageSize);
        compatibility = new Compatibility(b.middlebox, b.clientHelloPadding, b.tls12SessionTickets);
        sources = new Sources(b.provider, b.random, b.clock);
        observers = new Observers(b.keyLog, b.listener);
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Versions, suites, groups, signature schemes, ALPN and whose preference rules. */
    public Negotiation negotiation() {
        return negotiation;
    }

    /** Certificates, trust anchors and the checks applied to the peer. */
    public Authentication authentication() {
        return authentication;
    }

    /** Record size limit, padding and the handshake message bound. */
    public RecordOptions records() {
        return records;
    }

    /** Middlebox compatibility, ClientHello padding, TLS 1.2 ticket offer. */
    public Compatibility compatibility() {
        return compatibility;
    }

    /** Cryptography, randomness and time. */
    public Sources sources() {
        return sources;
    }

    /** The key log and the handshake listener. */
    public Observers observers() {
        return observers;
    }

    /**
     * Checks what a client needs: trust anchors to validate the server's chain (RFC 8446
     * §4.4.2.4).
     *
     * @throws IllegalArgumentException naming what is missing
     */
    public void checkForClient() {
        if (authentication.trustAnchors().isEmpty()) {
            throw new IllegalArgumentException("a client needs trust anchors to verify the server");
        }
    }

    /**
     * Checks what a server needs: at least one certified key (RFC 8446 §4.4.2: the server's
     * Certificate is required in a full handshake), and trust anchors when it asks for client
     * certificates.
     *
     * @throws IllegalArgumentException naming what is missing
     */
    public void checkForServer() {
        if (authentication.certifiedKeys().isEmpty()) {
            throw new IllegalArgumentException("a server needs at least one certified key");
        }
        if (authentication.clientAuthentication() != ClientAuthentication.NONE
                && authentication.trustAnchors().isEmpty()) {
            throw new IllegalArgumentException("client authentication "
                    + authentication.clientAuthentication() + " needs trust anchors");
        }
    }

    /**
     * Collects options; every setter replaces the previous value. Not thread-safe; build once per
     * configuration.
     */
    public static final class Builder {
        private static final List<NamedGroup> DEFAULT_KEY_SHARES =
                List.of(NamedGroup.X25519_MLKEM768, NamedGroup.X25519);

        List<ProtocolVersion> versions = List.of(ProtocolVersion.TLS_1_3);
        List<CipherSuite> cipherSuites = List.of(CipherSuite.TLS_AES_128_GCM_SHA256,
                CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_CHACHA20_POLY1305_SHA256);
        List<NamedGroup> supportedGroups = List.of(NamedGroup.X25519_MLKEM768, NamedGroup.X25519,
                NamedGroup.SECP256R1, NamedGroup.SECP384R1);
        Optional<List<NamedGroup>> keyShareGroups = Optional.empty();
        List<SignatureScheme> signatureSchemes = List.of(
                SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.ECDSA_SECP384R1_SHA384,
                SignatureScheme.ECDSA_SECP521R1_SHA512, SignatureScheme.ED25519,
                SignatureScheme.ED448, SignatureScheme.RSA_PSS_RSAE_SHA256,
                SignatureScheme.RSA_PSS_RSAE_SHA384, SignatureScheme.RSA_PSS_RSAE_SHA512,
                SignatureScheme.RSA_PSS_PSS_SHA256, SignatureScheme.RSA_PSS_PSS_SHA384,
                SignatureScheme.RSA_PSS_PSS_SHA512, SignatureScheme.RSA_PKCS1_SHA256,
                SignatureScheme.RSA_PKCS1_SHA384, SignatureScheme.RSA_PKCS1_SHA512);
        List<SignatureScheme> signatureAlgorithmsOffered = List.of();
        List<SignatureScheme> signatureAlgorithmsCert = List.of();
        List<Bytes> applicationProtocols = List.of();
        NegotiationPreference preference = NegotiationPreference.SERVER_ORDER;
        RetryCookies retryCookies = RetryCookies.CLIENT_HELLO_HASH;
        List<CertifiedKey> certifiedKeys = List.of();
        List<X509Certificate> trustAnchors = List.of();
        ValidationPolicy validationPolicy = ValidationPolicy.defaults();
        HostnameVerification hostnameVerification = HostnameVerification.VERIFY;
        ClientAuthentication clientAuthentication = ClientAuthentication.NONE;
        CertificateAuthoritiesHint certificateAuthorities = CertificateAuthoritiesHint.SEND;
        int recordSizeLimit;
        PaddingPolicy padding = PaddingPolicy.none();
        int maxHandshakeMessageSize = 1 << 16;
        MiddleboxCompatibility middlebox = MiddleboxCompatibility.ENABLED;
        ClientHelloPadding clientHelloPadding = ClientHelloPadding.NONE;
        Tls12SessionTickets tls12SessionTickets = Tls12SessionTickets.DO_NOT_OFFER;
        CryptoProvider provider;
        RandomSource random;
        Clock clock;
        KeyLog keyLog = KeyLog.NONE;
        HandshakeListener listener = HandshakeListener.NONE;

        private Builder() {
        }

        /**
         * The protocol versions, most preferred first. Default: TLS 1.3 only, until the TLS 1.2
         * state machines exist; a client may already offer TLS 1.2 so that the downgrade
         * sentinel of RFC 8446 §4.1.3 is checked.
         */
        public Builder versions(ProtocolVersion... values) {
            versions = List.of(values);
            return this;
        }

        /**
         * The cipher suites, most preferred first. Default: TLS_AES_128_GCM_SHA256,
         * TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256 (RFC 8446 §9.1 makes the first
         * mandatory).
         */
        public Builder cipherSuites(CipherSuite... values) {
            cipherSuites = List.of(values);
            return this;
        }

        /**
         * The key exchange groups, most preferred first. Default: X25519MLKEM768, x25519,
         * secp256r1, secp384r1.
         */
        public Builder supportedGroups(NamedGroup... values) {
            supportedGroups = List.of(values);
            return this;
        }

        /**
         * The groups a client sends key shares for up front, in supportedGroups order; the
         * server may ask for another with a HelloRetryRequest. Default: X25519MLKEM768 and x25519
         * (DESIGN.md), those of them in supportedGroups, or else the first supported group.
         */
        public Builder keyShareGroups(NamedGroup... values) {
            keyShareGroups = Optional.of(List.of(values));
            return this;
        }

        private List<NamedGroup> keyShareGroups() {
            if (keyShareGroups.isPresent()) {
                return keyShareGroups.get();
            }
            List<NamedGroup> defaults = new ArrayList<>();
            for (NamedGroup group : supportedGroups) {
                if (DEFAULT_KEY_SHARES.contains(group)) {
                    defaults.add(group);
                }
            }
            if (defaults.isEmpty() && !supportedGroups.isEmpty()) {
                defaults.add(supportedGroups.get(0));
            }
            return defaults;
        }

        /**
         * The signature schemes this endpoint signs and accepts CertificateVerify with, most
         * preferred first; no SHA-1. Default: ECDSA, EdDSA and RSASSA-PSS, then RSASSA-PKCS1-v1_5
         * with SHA-2 (offered for certificate signatures only: RFC 8446 §4.4.3 keeps it out of
         * CertificateVerify).
         */
        public Builder signatureSchemes(SignatureScheme... values) {
            signatureSchemes = List.of(values);
            return this;
        }

        /**
         * The exact signature_algorithms list to send when it must differ from
         * {@link #signatureSchemes}: to reproduce another implementation's ClientHello or
         * CertificateRequest byte for byte (the RFC 8448 traces offer SHA-1 and DSA code points).
         * The engine still signs and accepts only schemes that are in both lists and allowed in
         * TLS 1.3. Default: empty, meaning signatureSchemes.
         */
        public Builder signatureAlgorithmsOffered(SignatureScheme... values) {
            signatureAlgorithmsOffered = List.of(values);
            return this;
        }

        /**
         * The signature_algorithms_cert list to send in a ClientHello or CertificateRequest: the
         * algorithms accepted in the peer's certificates, where they differ from those accepted
         * in CertificateVerify (RFC 9846 §4.3.3). The peer then prefers a chain signed only with
         * these. Default: empty, and no extension, so signature_algorithms speaks for both.
         */
        public Builder signatureAlgorithmsCert(SignatureScheme... values) {
            signatureAlgorithmsCert = List.of(values);
            return this;
        }

        /**
         * ALPN protocol names (RFC 7301), most preferred first, as UTF-8. Default: none, so no
         * application_layer_protocol_negotiation extension is sent or answered.
         */
        public Builder applicationProtocols(String... names) {
            List<Bytes> encoded = new ArrayList<>();
            for (String name : names) {
                encoded.add(Bytes.of(name.getBytes(StandardCharsets.UTF_8)));
            }
            applicationProtocols = List.copyOf(encoded);
            return this;
        }

        /** Whose order a server follows. Default: {@link NegotiationPreference#SERVER_ORDER}. */
        public Builder preference(NegotiationPreference value) {
            preference = Objects.requireNonNull(value, "preference");
            return this;
        }

        /**
         * What a server's HelloRetryRequest cookie holds. Default:
         * {@link RetryCookies#CLIENT_HELLO_HASH}.
         */
        public Builder retryCookies(RetryCookies value) {
            retryCookies = Objects.requireNonNull(value, "retryCookies");
            return this;
        }

        /** This endpoint's identities, in order of preference. Default: none. */
        public Builder certifiedKeys(CertifiedKey... values) {
            certifiedKeys = List.of(values);
            return this;
        }

        /** The certificates a peer's chain must lead to. Default: none. */
        public Builder trustAnchors(List<X509Certificate> values) {
            trustAnchors = List.copyOf(values);
            return this;
        }

        /** The checks on a peer's chain. Default: {@link ValidationPolicy#defaults()}. */
        public Builder validationPolicy(ValidationPolicy value) {
            validationPolicy = Objects.requireNonNull(value, "validationPolicy");
            return this;
        }

        /** Whether a client checks the server's name. Default: {@link HostnameVerification#VERIFY}. */
        public Builder hostnameVerification(HostnameVerification value) {
            hostnameVerification = Objects.requireNonNull(value, "hostnameVerification");
            return this;
        }

        /** Whether a server asks for client certificates. Default: {@link ClientAuthentication#NONE}. */
        public Builder clientAuthentication(ClientAuthentication value) {
            clientAuthentication = Objects.requireNonNull(value, "clientAuthentication");
            return this;
        }

        /**
         * Whether a CertificateRequest names the trust anchors. Default:
         * {@link CertificateAuthoritiesHint#SEND}.
         */
        public Builder certificateAuthorities(CertificateAuthoritiesHint value) {
            certificateAuthorities = Objects.requireNonNull(value, "certificateAuthorities");
            return this;
        }

        /**
         * The record_size_limit to advertise (RFC 8449 §4), 64..2^14+1 in the TLS 1.3 sense.
         * Default: none sent.
         */
        public Builder recordSizeLimit(int value) {
            ConfigChecks.recordSizeLimit(value);
            recordSizeLimit = value;
            return this;
        }

        /** How protected records are padded. Default: {@link PaddingPolicy#none()}. */
        public Builder padding(PaddingPolicy value) {
            padding = Objects.requireNonNull(value, "padding");
            return this;
        }

        /** The largest handshake message body accepted. Default: 64 KiB. */
        public Builder maxHandshakeMessageSize(int value) {
            maxHandshakeMessageSize = value;
            return this;
        }

        /** The middlebox compatibility mode. Default: {@link MiddleboxCompatibility#ENABLED}. */
        public Builder middleboxCompatibility(MiddleboxCompatibility value) {
            middlebox = Objects.requireNonNull(value, "middleboxCompatibility");
            return this;
        }

        /** ClientHello padding (RFC 7685). Default: {@link ClientHelloPadding#NONE}. */
        public Builder clientHelloPadding(ClientHelloPadding value) {
            clientHelloPadding = Objects.requireNonNull(value, "clientHelloPadding");
            return this;
        }

        /** The TLS 1.2 session_ticket offer. Default: {@link Tls12SessionTickets#DO_NOT_OFFER}. */
        public Builder tls12SessionTickets(Tls12SessionTickets value) {
            tls12SessionTickets = Objects.requireNonNull(value, "tls12SessionTickets");
            return this;
        }

        /** The cryptography. Default: {@link CryptoProviders#defaults()}. */
        public Builder cryptoProvider(CryptoProvider value) {
            provider = Objects.requireNonNull(value, "cryptoProvider");
            return this;
        }

        /** The randomness. Default: the system CSPRNG ({@link DefaultSources#random()}). */
        public Builder random(RandomSource value) {
            random = Objects.requireNonNull(value, "random");
            return this;
        }

        /** The time for certificate checks. Default: the system clock ({@link DefaultSources#clock()}). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Where secrets are logged for Wireshark. Default: {@link KeyLog#NONE}. */
        public Builder keyLog(KeyLog value) {
            keyLog = Objects.requireNonNull(value, "keyLog");
            return this;
        }

        /** Who is told of each handshake step. Default: {@link HandshakeListener#NONE}. */
        public Builder listener(HandshakeListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Checks the options against each other and the crypto provider and returns the
         * configuration.
         *
         * @throws IllegalArgumentException naming the first inconsistent option
         */
        public TlsConfig build() {
            if (provider == null) {
                provider = CryptoProviders.defaults();
            }
            if (random == null) {
                random = DefaultSources.random();
            }
            if (clock == null) {
                clock = DefaultSources.clock();
            }
            ConfigChecks.versions(versions);
            ConfigChecks.cipherSuites(cipherSuites);
            ConfigChecks.groups(supportedGroups, keyShareGroups(), provider);
            ConfigChecks.signatureSchemes(signatureSchemes, signatureAlgorithmsOffered.isEmpty()
                    ? signatureSchemes : signatureAlgorithmsOffered, provider);
            ConfigChecks.applicationProtocols(applicationProtocols);
            ConfigChecks.maxHandshakeMessageSize(maxHandshakeMessageSize);
            return new TlsConfig(this);
        }
    }
}
