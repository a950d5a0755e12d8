package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/** The dispatch from (extension_type, message) to a form. */
class ExtensionCodecsTest {
    @Test
    void unknownTypesStayOpaqueInEveryMessage() {
        Bytes body = Bytes.fromHex("0102");
        List<ExtensionType> types = List.of(ExtensionType.of(0x0a0a), ExtensionType.of(0xfe77),
                ExtensionType.USE_SRTP, ExtensionType.ENCRYPTED_CLIENT_HELLO);
        for (ExtensionType type : types) {
            for (ExtensionContext context : ExtensionContext.values()) {
                assertEquals(new UnknownExtension(type, body),
                        ExtensionWire.decode(type, context, body));
            }
        }
    }

    @Test
    void everyMessageAFormDecodesInIsOneTheTableAllows() {
        for (ExtensionType type : ExtensionType.known()) {
            for (ExtensionContext context : ExtensionContext.values()) {
                if (ExtensionCodecs.hasForm(type, context)) {
                    assertTrue(allowedInSomeVersion(type, context),
                            type + " decodes in " + context);
                }
            }
        }
    }

    @Test
    void everyMessageTheTableAllowsForASpokenTypeHasAForm() {
        for (ExtensionTable.Row row : ExtensionTable.rows()) {
            if (!spoken(row.type())) {
                continue;
            }
            Set<ExtensionContext> allowed = EnumSet.noneOf(ExtensionContext.class);
            allowed.addAll(row.tls13());
            allowed.addAll(row.tls12());
            for (ExtensionContext context : allowed) {
                assertTrue(ExtensionCodecs.hasForm(row.type(), context),
                        row.type() + " in " + context);
            }
        }
    }

    @Test
    void formsExistOnlyForRecognizedTypes() {
        for (int code = 0; code <= 0xFFFF; code++) {
            ExtensionType type = ExtensionType.of(code);
            if (spoken(type)) {
                assertTrue(ExtensionTable.recognizes(type), type.toString());
            }
        }
        assertFalse(spoken(ExtensionType.USE_SRTP));
    }

    private static boolean spoken(ExtensionType type) {
        for (ExtensionContext context : ExtensionContext.values()) {
            if (ExtensionCodecs.hasForm(type, context)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowedInSomeVersion(ExtensionType type, ExtensionContext context) {
        return ExtensionTable.allows(context, type)
                || context == ExtensionContext.SERVER_HELLO
                        && ExtensionTable.allowsInTls12ServerHello(type);
    }
}
