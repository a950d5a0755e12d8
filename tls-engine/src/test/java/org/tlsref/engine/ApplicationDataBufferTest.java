package org.tlsref.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class ApplicationDataBufferTest {
    @Test
    void readsComeOutInOrderAndRoomComesBack() {
        ApplicationDataBuffer buffer = new ApplicationDataBuffer();
        for (int i = 0; i < 4; i++) {
            assertTrue(buffer.hasRoomForARecord());
            buffer.append(ByteBuffer.wrap(new byte[1 << 14]));
        }
        assertFalse(buffer.hasRoomForARecord());
        buffer.append(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        assertEquals(4 * (1 << 14) + 3, buffer.available());
        ByteBuffer out = ByteBuffer.allocate(4 * (1 << 14) + 1);
        assertEquals(out.capacity(), buffer.readInto(out));
        assertTrue(buffer.hasRoomForARecord());
        ByteBuffer rest = ByteBuffer.allocate(10);
        assertEquals(2, buffer.readInto(rest));
        assertEquals(2, rest.get(0));
        assertTrue(buffer.isEmpty());
    }

    @Test
    void holdsNoStorageUntilApplicationDataArrives() {
        ApplicationDataBuffer buffer = new ApplicationDataBuffer();
        assertFalse(buffer.isAllocated());
        assertTrue(buffer.hasRoomForARecord());
        assertTrue(buffer.isEmpty());
        assertEquals(0, buffer.readInto(ByteBuffer.allocate(10)));
        buffer.append(ByteBuffer.allocate(0));
        assertFalse(buffer.isAllocated());
        buffer.append(ByteBuffer.wrap(new byte[] {7}));
        assertTrue(buffer.isAllocated());
        assertEquals(1, buffer.available());
    }
}
