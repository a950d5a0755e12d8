package org.tlsref.api;

import org.tlsref.api.registry.AlertDescription;

/** Why bytes from the wire were rejected by tls-api's codecs. */
public enum DecodeFailure implements AlertReason {
    /**
     * RFC 8446 §6.2: "decode_error: A message could not be decoded because some field was out of
     * the specified range or the length of the message was incorrect." Fewer bytes than a field
     * or a length prefix needs.
     */
    TRUNCATED(AlertDescription.DECODE_ERROR),
    /** RFC 8446 §6.2 decode_error: bytes left over after a structure ended. */
    TRAILING_BYTES(AlertDescription.DECODE_ERROR),
    /** RFC 8446 §3.4: a vector length outside the declared {@code <floor..ceiling>}. */
    LENGTH_OUT_OF_RANGE(AlertDescription.DECODE_ERROR),
    /** RFC 8446 §3.4: a vector length that is not a multiple of its element size. */
    LENGTH_NOT_MULTIPLE(AlertDescription.DECODE_ERROR),
    /** RFC 8446 §4.2: "There MUST NOT be more than one extension of the same type". */
    DUPLICATE_EXTENSION(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.2: an extension in a message the §4.2 table does not allow it in, "MUST abort
     * the handshake with an illegal_parameter alert".
     */
    EXTENSION_NOT_ALLOWED(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.2: a response extension the client did not offer, "MUST abort the handshake
     * with an unsupported_extension alert".
     */
    UNSOLICITED_EXTENSION(AlertDescription.UNSUPPORTED_EXTENSION),
    /** RFC 8446 §4.2.11: pre_shared_key is not the last extension in the ClientHello. */
    PRE_SHARED_KEY_NOT_LAST(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §6.2 decode_error: a list with a number of elements its definition rules out, such
     * as a server's ProtocolNameList that does not hold exactly one name (RFC 7301 §3.1) or
     * binders that are not "one for each value in the identities list" (RFC 8446 §4.2.11).
     */
    WRONG_ELEMENT_COUNT(AlertDescription.DECODE_ERROR),
    /**
     * RFC 8446 §6.2 illegal_parameter: a list entry repeated where the defining RFC forbids it
     * (RFC 8446 §4.2.7 named_group_list, §4.2.8 KeyShareEntry groups, §4.2.5 OIDs; RFC 6066 §3
     * name types).
     */
    DUPLICATE_ENTRY(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8449 §4: "Endpoints MUST NOT send a "record_size_limit" extension with a value smaller
     * than 64.  An endpoint MUST treat receipt of a smaller value as a fatal error and generate an
     * "illegal_parameter" alert."
     */
    RECORD_SIZE_LIMIT_TOO_SMALL(AlertDescription.ILLEGAL_PARAMETER),
    /** RFC 8446 §6.2 illegal_parameter: a well-formed field with a forbidden value. */
    ILLEGAL_VALUE(AlertDescription.ILLEGAL_PARAMETER),
    /** RFC 8446 §5.1: a record with a content type this protocol does not define. */
    UNEXPECTED_CONTENT_TYPE(AlertDescription.UNEXPECTED_MESSAGE),
    /** RFC 8446 §5.1: a handshake message type that is not expected or not known. */
    UNEXPECTED_MESSAGE(AlertDescription.UNEXPECTED_MESSAGE),
    /** RFC 8446 §5.1 and §5.2: a record longer than the protocol allows. */
    RECORD_OVERFLOW(AlertDescription.RECORD_OVERFLOW),
    /** RFC 8446 §5.1: zero-length fragments of handshake or alert records are forbidden. */
    EMPTY_RECORD(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 9846 §E.5: "Implementations SHOULD NOT accept any records with a version less
     * than 0x0300"; a legacy_record_version whose major byte is not 3 is not TLS at all (an SSLv2
     * hello, HTTP, noise). The RFCs name no alert; protocol_version, as OpenSSL sends.
     */
    RECORD_VERSION_NOT_TLS(AlertDescription.PROTOCOL_VERSION),
    /**
     * RFC 8446 §5.4: "If a receiving implementation does not find a non-zero octet in the
     * cleartext, it MUST terminate the connection with an unexpected_message alert."
     */
    MISSING_INNER_CONTENT_TYPE(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 8446 §5: "An implementation which receives any other change_cipher_spec value or which
     * receives a protected change_cipher_spec record MUST abort the handshake with an
     * unexpected_message alert." This constant is the value other than the single byte 0x01.
     */
    ILLEGAL_CHANGE_CIPHER_SPEC(AlertDescription.UNEXPECTED_MESSAGE),
    /** RFC 8446 §5: a change_cipher_spec record inside a protected record (see above). */
    PROTECTED_CHANGE_CIPHER_SPEC(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 8446 §5.1: "Handshake messages MUST NOT span key changes. Implementations MUST verify
     * that all messages immediately preceding a key change align with a record boundary; if not,
     * then they MUST terminate the connection with an unexpected_message alert."
     */
    HANDSHAKE_SPANS_KEY_CHANGE(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 8446 §5.1: "if a handshake message is split over two or more records, there MUST NOT be
     * any other records between them." The RFC names no alert; unexpected_message, as for a
     * record out of place (RFC 8446 §6.2).
     */
    HANDSHAKE_INTERLEAVED(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * DESIGN.md limits: a handshake message larger than the configured bound. The RFCs name no
     * alert; illegal_parameter, as OpenSSL sends for an excessive message size.
     */
    MESSAGE_TOO_LARGE(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.6.3: KeyUpdate.request_update other than update_not_requested(0) or
     * update_requested(1): "If an implementation receives any other value, it MUST terminate the
     * connection with an "illegal_parameter" alert."
     */
    UNKNOWN_KEY_UPDATE_REQUEST(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8422 §5.4: a ServerKeyExchange whose ECParameters.curve_type is not named_curve(3).
     * The explicit curve types are deprecated and no other value has a structure, so the client's
     * "capabilities for handling elliptic curves" are exceeded: a fatal handshake_failure.
     */
    UNSUPPORTED_EC_CURVE_TYPE(AlertDescription.HANDSHAKE_FAILURE),
    /**
     * RFC 8446 §4.1.3: a message decoded as a HelloRetryRequest whose random is not
     * SHA-256("HelloRetryRequest"); only a server_hello with that random is one.
     */
    NOT_HELLO_RETRY_REQUEST(AlertDescription.ILLEGAL_PARAMETER);

    private final AlertDescription description;

    DecodeFailure(AlertDescription description) {
        this.description = description;
    }

    @Override
    public AlertDescription description() {
        return description;
    }
}
