package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tlsref.api.codec.Bytes;

class NameConstraintSetTest {

    @ParameterizedTest(name = "{1} within {0}: {2}")
    @CsvSource({
        "allowed.test,      allowed.test,         true",
        "allowed.test,      a.allowed.test,       true",
        "allowed.test,      a.b.allowed.test,     true",
        "allowed.test,      xallowed.test,        false",
        "allowed.test,      allowed.test.evil,    false",
        ".allowed.test,     a.allowed.test,       true",
        ".allowed.test,     allowed.test,         false",
        "'',                anything.test,        true",
        "allowed.test,      *.allowed.test,       true",
    })
    void dnsSubtreesAddLabelsOnTheLeft(String constraint, String name, boolean within) {
        assertEquals(within, NameConstraintSet.withinDns(constraint, name));
    }

    @ParameterizedTest(name = "{1} excluded by {0}: {2}")
    @CsvSource({
        "bad.allowed.test,   host.bad.allowed.test,  true",
        "bad.allowed.test,   *.allowed.test,         true",
        ".bad.allowed.test,  *.allowed.test,         true",
        "x.bad.allowed.test, *.allowed.test,         false",
        "bad.allowed.test,   *.other.test,           false",
        "bad.allowed.test,   ok.allowed.test,        false",
    })
    void aWildcardIsExcludedWhenItCouldNameTheExcludedHost(String constraint, String name, boolean excluded) {
        assertEquals(excluded, NameConstraintSet.excludesDns(constraint, name));
    }

    @ParameterizedTest(name = "{1} within {0}: {2}")
    @CsvSource({
        "0a000000ff000000, 0a010203, true",
        "0a000000ff000000, 0b010203, false",
        "c0000200ffffff00, c0000201, true",
        "0a000000ff000000, 00000000000000000000ffff0a010203, false",
        "20010db8000000000000000000000000ffffffff000000000000000000000000, 20010db8000000000000000000000007, true",
        "20010db8000000000000000000000000ffffffff000000000000000000000000, 20010db9000000000000000000000007, false",
    })
    void ipSubtreesCompareMaskedBits(String subnet, String address, boolean within) {
        assertEquals(within, NameConstraintSet.withinSubnet(Bytes.fromHex(subnet), Bytes.fromHex(address)));
    }
}
