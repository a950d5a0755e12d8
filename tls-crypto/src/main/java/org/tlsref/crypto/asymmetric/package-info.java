/**
 * The backend-neutral pieces of the asymmetric algorithms, shared by the JCA and Bouncy Castle
 * backends so that both encode, validate and draw randomness identically: the group and curve
 * tables (RFC 7748, RFC 7919, RFC 8446 §4.2.8), the ML-KEM-768 key encapsulation and the hybrid
 * composition (draft-ietf-tls-ecdhe-mlkem), the meaning of each signature scheme
 * (RFC 8446 §4.2.3), the strict DER form of ECDSA signatures, the PKCS #1 v1.5 premaster padding
 * with its constant-time check (RFC 5246 §7.4.7.1), and a {@code SecureRandom} view of the
 * injected {@link org.tlsref.crypto.RandomSource}.
 *
 * <p>Layering: this package sits between {@code org.tlsref.crypto} (the interfaces) and the two
 * backend packages {@code org.tlsref.crypto.jca} and {@code org.tlsref.crypto.bc}; it imports only
 * the former, and the backends import it. Its types are public only so the backend packages can
 * reach them; the engine talks to the interfaces.
 *
 * <p>ML-KEM lives here rather than in a backend because JDK 17 has no ML-KEM (the JDK gained it
 * with JEP 496, in JDK 24): both backends use the one implementation in bcprov's lightweight API.
 */
package org.tlsref.crypto.asymmetric;
