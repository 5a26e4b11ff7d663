package org.escalationtimeline.app.support;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A request body of any size made as it is read, never held whole: for tests of bounds. */
public final class GeneratedBody {

    private GeneratedBody() {
    }

    /**
     * {@code head}, then {@code count} times the byte {@code filler}, then {@code tail}; a read
     * fills the reader's buffer and allocates nothing.
     */
    public static InputStream of(String head, long count, byte filler, String tail) {
        byte[] first = head.getBytes(StandardCharsets.UTF_8);
        byte[] last = tail.getBytes(StandardCharsets.UTF_8);
        long total = first.length + count + last.length;
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position == total) {
                    return -1;
                }
                return at(position++) & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position == total) {
                    return -1;
                }
                int n = (int) Math.min(length, total - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = at(position++);
                }
                return n;
            }

            private byte at(long index) {
                if (index < first.length) {
                    return first[(int) index];
                }
                if (index < first.length + count) {
                    return filler;
                }
                return last[(int) (index - first.length - count)];
            }
        };
    }
}
