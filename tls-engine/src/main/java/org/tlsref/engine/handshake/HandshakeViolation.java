package org.tlsref.engine.handshake;

import org.tlsref.api.AlertReason;
import org.tlsref.api.registry.AlertDescription;

/**
 * Why a handshake (or a post-handshake message) was refused by the engine's state machines: one
 * constant per rule, each naming the alert it sends and quoting the RFC sentence that chose it.
 * Codec failures are {@link org.tlsref.api.DecodeFailure}, cryptographic ones
 * {@link org.tlsref.crypto.CryptoFailure}, certificate ones
 * {@link org.tlsref.crypto.pki.CertificateFailure}.
 */
public enum HandshakeViolation implements AlertReason {
    /**
     * RFC 8446 §4: "A peer which receives a handshake message in an unexpected order MUST abort
     * the handshake with an "unexpected_message" alert."
     */
    UNEXPECTED_MESSAGE(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 8446 §4.1.4: "If a client receives a second HelloRetryRequest in the same connection
     * [...] it MUST abort the handshake with an "unexpected_message" alert."
     */
    SECOND_HELLO_RETRY_REQUEST(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 8446 §4.2.1: a server that supports no version the client offers; "If the
     * "supported_versions" extension is absent and the server only supports versions greater
     * than ClientHello.legacy_version, the server MUST abort the handshake with a
     * "protocol_version" alert." Also a client that gets a version it did not offer without
     * the extension.
     */
    NO_COMMON_VERSION(AlertDescription.PROTOCOL_VERSION),
    /**
     * RFC 8446 §4.2.1: "If the "supported_versions" extension in the ServerHello contains a
     * version not offered by the client or contains a version prior to TLS 1.3, the client MUST
     * abort the handshake with an "illegal_parameter" alert." Also a HelloRetryRequest whose
     * version the ServerHello changes (RFC 8446 §4.1.4).
     */
    ILLEGAL_SELECTED_VERSION(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.1.3: "TLS 1.3 clients receiving a ServerHello indicating TLS 1.2 or below MUST
     * check that the last 8 bytes are not equal to either of these values. [...] If a match is
     * found, the client MUST abort the handshake with an "illegal_parameter" alert."
     */
    DOWNGRADE_DETECTED(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.1.2: "For every TLS 1.3 ClientHello, this vector MUST contain exactly one
     * byte, set to zero [...] the server MUST abort the handshake with an "illegal_parameter"
     * alert." For the ServerHello, RFC 8446 §4.1.3: legacy_compression_method "MUST have the
     * value 0".
     */
    ILLEGAL_COMPRESSION_METHOD(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.1.3: "A client which receives a legacy_session_id_echo field that does not
     * match what it sent in the ClientHello MUST abort the handshake with an "illegal_parameter"
     * alert."
     */
    ILLEGAL_SESSION_ID_ECHO(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.1.3: "A client which receives a cipher suite that was not offered MUST abort
     * the handshake with an "illegal_parameter" alert." Also a ServerHello whose suite differs
     * from the HelloRetryRequest's (RFC 8446 §4.1.4).
     */
    ILLEGAL_CIPHER_SUITE(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.1.1: "If the server is unable to negotiate a supported set of parameters
     * (i.e., there is no overlap between the client and server parameters), it MUST abort the
     * handshake with either a "handshake_failure" or "insufficient_security" fatal alert." No
     * cipher suite in common.
     */
    NO_COMMON_CIPHER_SUITE(AlertDescription.HANDSHAKE_FAILURE),
    /**
     * RFC 8446 §4.1.1: "If there is no overlap between the received "supported_groups" and the
     * groups supported by the server, then the server MUST abort the handshake with a
     * "handshake_failure" or an "insufficient_security" alert."
     */
    NO_COMMON_GROUP(AlertDescription.HANDSHAKE_FAILURE),
    /**
     * RFC 8446 §4.1.1 (no overlap) for the certificate and signature algorithm: no configured
     * certificate can sign with a scheme the peer offered in signature_algorithms.
     */
    NO_COMMON_SIGNATURE_SCHEME(AlertDescription.HANDSHAKE_FAILURE),
    /**
     * RFC 6066 §3: a server that does not recognize the name "SHOULD [...] abort the handshake by
     * sending a fatal-level unrecognized_name(112) alert"; sent when no configured certificate
     * serves the requested name and none is configured as the default.
     */
    UNRECOGNIZED_NAME(AlertDescription.UNRECOGNIZED_NAME),
    /**
     * RFC 8446 §9.2: "Servers receiving a ClientHello which does not conform to these
     * requirements MUST abort the handshake with a "missing_extension" alert"; also RFC 8446
     * §4.2.3 (signature_algorithms), §4.3.2 (a CertificateRequest without
     * signature_algorithms), and a TLS 1.3 ServerHello or HelloRetryRequest without
     * supported_versions or key_share.
     */
    MISSING_EXTENSION(AlertDescription.MISSING_EXTENSION),
    /**
     * RFC 8446 §4.2.8: "Clients MUST NOT offer any KeyShareEntry values for groups not listed in
     * the client's "supported_groups" extension. Servers MAY check for violations of these rules
     * and abort the handshake with an "illegal_parameter" alert if one is violated."
     */
    KEY_SHARE_NOT_IN_SUPPORTED_GROUPS(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.2.8: the server's share "MUST be in the same group as the KeyShareEntry value
     * offered by the client that the server has selected"; after a HelloRetryRequest "the client
     * MUST verify that the selected NamedGroup in the ServerHello is the same as that in the
     * HelloRetryRequest. If this check fails, the client MUST abort the handshake with an
     * "illegal_parameter" alert."
     */
    ILLEGAL_KEY_SHARE_GROUP(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.2.8: on a HelloRetryRequest, "clients MUST verify that (1) the selected_group
     * field corresponds to a group which was provided in the "supported_groups" extension in the
     * original ClientHello and (2) the selected_group field does not correspond to a group which
     * was provided in the "key_share" extension in the original ClientHello. If either of these
     * checks fails, then the client MUST abort the handshake with an "illegal_parameter" alert."
     */
    ILLEGAL_RETRY_GROUP(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.1.4: "Clients MUST abort the handshake with an "illegal_parameter" alert if the
     * HelloRetryRequest would not result in any change in the ClientHello."
     */
    HRR_CHANGES_NOTHING(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 9846 §4.2.2: after a HelloRetryRequest "the client MUST send the same ClientHello
     * without modification, except as follows" (a new key_share for the indicated group, the
     * cookie, early_data removed, pre_shared_key updated, padding changed). A second ClientHello
     * that changes anything else is illegal_parameter (RFC 8446 §6.2: "A field in the handshake
     * was incorrect or inconsistent with other fields").
     */
    SECOND_CLIENT_HELLO_CHANGED(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.2.2: "When sending the new ClientHello, the client MUST copy the contents of
     * the extension received in the HelloRetryRequest into a "cookie" extension in the new
     * ClientHello." A missing or altered cookie is an inconsistent field, illegal_parameter.
     */
    COOKIE_MISMATCH(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.4.3: the CertificateVerify algorithm "MUST be one offered in the
     * "signature_algorithms" extension unless no valid certificate chain can be produced
     * without unsupported algorithms"; "RSA signatures MUST use an RSASSA-PSS algorithm" and
     * "The SHA-1 algorithm MUST NOT be used in any signatures of CertificateVerify messages."
     * A scheme outside those rules is illegal_parameter (RFC 8446 §6.2).
     */
    ILLEGAL_SIGNATURE_SCHEME(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 9846 §4.5.1.3: "If the client does not send any certificates (i.e., it sends an empty
     * Certificate message), the server MAY at its discretion either continue the handshake
     * without client authentication, or abort the handshake with a "certificate_required"
     * alert." Sent when the configured client authentication is required.
     */
    CERTIFICATE_REQUIRED(AlertDescription.CERTIFICATE_REQUIRED),
    /**
     * RFC 8446 §4.3.2: "certificate_request_context [...] SHALL be zero length unless used for
     * the post-handshake authentication exchanges"; RFC 8446 §4.4.2: in a client's Certificate
     * it is "the same value as" the request's. Another value is illegal_parameter.
     */
    ILLEGAL_CERTIFICATE_REQUEST_CONTEXT(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 7301 §3.2: "In the event that the server supports no protocols that the client
     * advertises, then the server SHALL respond with a fatal "no_application_protocol" alert."
     */
    NO_APPLICATION_PROTOCOL(AlertDescription.NO_APPLICATION_PROTOCOL),
    /**
     * RFC 7301 §3.1: the server's selection must be one the client offered; a protocol the
     * client never advertised is a field inconsistent with the ClientHello, illegal_parameter
     * (RFC 8446 §6.2).
     */
    ILLEGAL_APPLICATION_PROTOCOL(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.6.2: "A client that receives a CertificateRequest message without having sent
     * the "post_handshake_auth" extension MUST send an "unexpected_message" fatal alert." Also
     * any other handshake message after the handshake that the version does not allow there.
     */
    UNEXPECTED_POST_HANDSHAKE_MESSAGE(AlertDescription.UNEXPECTED_MESSAGE);

    private final AlertDescription description;

    HandshakeViolation(AlertDescription description) {
        this.description = description;
    }

    @Override
    public AlertDescription description() {
        return description;
    }
}
