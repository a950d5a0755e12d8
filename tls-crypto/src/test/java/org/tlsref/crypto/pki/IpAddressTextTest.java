package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.codec.Bytes;

class IpAddressTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0.0.0.0,                      00000000",
        "127.0.0.1,                    7f000001",
        "255.255.255.255,              ffffffff",
        "::,                           00000000000000000000000000000000",
        "::1,                          00000000000000000000000000000001",
        "[::1],                        00000000000000000000000000000001",
        "1::,                          00010000000000000000000000000000",
        "2001:db8::7,                  20010db8000000000000000000000007",
        "2001:DB8:0:0:0:0:0:7,         20010db8000000000000000000000007",
        "1:2:3:4:5:6:7:8,              00010002000300040005000600070008",
        "1:2:3:4:5:6::8,               00010002000300040005000600000008",
        "::ffff:192.0.2.1,             00000000000000000000ffffc0000201",
        "64:ff9b::1.2.3.4,             0064ff9b000000000000000001020304",
        "1:2:3:4:5:6:1.2.3.4,          00010002000300040005000601020304",
    })
    void parsesAddressLiterals(String text, String octets) {
        assertEquals(Optional.of(Bytes.fromHex(octets)), IpAddressText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "server.tlsref.test", "host.123", "a1.2.3.4", "xn--bcher-kva.test"})
    void hostNamesAreNotAddresses(String text) {
        assertEquals(Optional.empty(), IpAddressText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "1.2.3.4.5", "256.0.0.1", "01.2.3.4", "1..2.3", "1.2.3.", ".", "1234.1.1.1",
            ":", ":::", "1:2", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "12345::", "g::", "::1.2.3",
            "1.2.3.4::", "::1.2.3.4:5", "fe80::1%eth0", "::1.2.3.a"})
    void rejectsMalformedAddresses(String text) {
        assertThrows(IllegalArgumentException.class, () -> IpAddressText.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"7f000001, 127.0.0.1", "20010db8000000000000000000000007, 2001:db8:0:0:0:0:0:7", "0102, 0102"})
    void formatsForMessages(String octets, String text) {
        assertEquals(text, IpAddressText.format(Bytes.fromHex(octets)));
    }
}
