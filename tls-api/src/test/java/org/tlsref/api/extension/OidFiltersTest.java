package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;
import static org.tlsref.api.extension.ExtensionWire.decode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/** oid_filters, RFC 8446 §4.2.5: {@link OidFilter}, {@link OidFilters}. */
class OidFiltersTest {
    private static final ExtensionType TYPE = ExtensionType.OID_FILTERS;

    @Test
    void filtersAreOidAndValues() {
        // keyUsage (2.5.29.15) with digitalSignature asserted: BIT STRING 03 02 07 80
        OidFilters filters = new OidFilters(List.of(
                new OidFilter(Bytes.fromHex("551d0f"), Bytes.fromHex("03020780"))));
        assertWire(filters, "000a 03 551d0f 0004 03020780", CERTIFICATE_REQUEST);
    }

    @Test
    void emptyFilterListIsAllowed() {
        assertWire(new OidFilters(List.of()), "0000", CERTIFICATE_REQUEST);
    }

    @Test
    void emptyValuesAreAllowed() {
        assertWire(new OidFilters(List.of(new OidFilter(Bytes.fromHex("551d25"), Bytes.EMPTY))),
                "0006 03 551d25 0000", CERTIFICATE_REQUEST);
    }

    @Test
    void rejectsEmptyOid() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CERTIFICATE_REQUEST,
                "0003 00 0000");
    }

    @Test
    void rejectsTheSameOidTwice() {
        assertRejected(DecodeFailure.DUPLICATE_ENTRY, TYPE, CERTIFICATE_REQUEST,
                "000c 03 551d25 0000 03 551d25 0000");
    }

    @Test
    void inAClientHelloItHasNoFormAndStaysUnknown() {
        assertInstanceOf(UnknownExtension.class, decode(TYPE, CLIENT_HELLO, "0000"));
    }
}
