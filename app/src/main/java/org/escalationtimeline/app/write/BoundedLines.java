package org.escalationtimeline.app.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an import body, read from its bytes as they arrive, ended by LF or CRLF. A line
 * holds at most {@link #MAX_LINE} bytes and the body at most {@code maxBody}; nothing past either
 * bound is held. A longer line is answered as soon as it passes its bound and the rest of it is
 * skipped as it arrives; a body that passes its bound ends there ({@link #cut()}). Each line is
 * decoded as UTF-8 strictly: a malformed one is answered, never repaired.
 * <p>
 * Hand-written: {@code BufferedReader.readLine()} has no bound, and no library reads bounded lines
 * from a stream without holding them.
 */
final class BoundedLines {

    /** As much as one write's body may hold (BodyLimitFilter): a line is one command. */
    static final int MAX_LINE = 64 * 1024;

    private static final int END = -1;
    private static final int CUT = -2;

    /** A line of the body, numbered from 1 (blank lines count). */
    sealed interface Line permits Text, TooLong, NotUtf8 {
        int number();
    }

    record Text(int number, String text) implements Line {
    }

    record TooLong(int number) implements Line {
    }

    record NotUtf8(int number) implements Line {
    }

    private final InputStream body;
    private final long maxBody;
    private final byte[] chunk = new byte[8192];
    /** One byte over the bound, so a CR before the LF fits in a line of exactly the bound. */
    private final byte[] line = new byte[MAX_LINE + 1];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int chunkLength;
    private int chunkPosition;
    private boolean ended;
    private long taken;
    private int number;
    private boolean skipping;
    private boolean cut;

    BoundedLines(InputStream body, long maxBody) {
        this.body = body;
        this.maxBody = maxBody;
    }

    /** The next line, or null once the body has ended or reached its bound. */
    Line next() throws IOException {
        if (skipping) {
            skipping = false;
            int b;
            do {
                b = nextByte();
            } while (b != '\n' && b >= 0);
        }
        int length = 0;
        boolean any = false;
        while (true) {
            int b = nextByte();
            if (b == CUT || (b == END && !any)) {
                // What a cut leaves of its line is not a line.
                return null;
            }
            if (b == END || b == '\n') {
                break;
            }
            any = true;
            if (length == line.length) {
                skipping = true;
                return new TooLong(++number);
            }
            line[length++] = (byte) b;
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (length > MAX_LINE) {
            return new TooLong(number);
        }
        try {
            return new Text(number, utf8.decode(ByteBuffer.wrap(line, 0, length)).toString());
        } catch (CharacterCodingException e) {
            return new NotUtf8(number);
        }
    }

    /** Whether the body held more than its bound, so that its reading stopped there. */
    boolean cut() {
        return cut;
    }

    private int nextByte() throws IOException {
        while (chunkPosition == chunkLength) {
            if (ended) {
                return END;
            }
            int n = body.read(chunk, 0, chunk.length);
            if (n < 0) {
                ended = true;
                return END;
            }
            chunkLength = n;
            chunkPosition = 0;
        }
        if (taken == maxBody) {
            cut = true;
            return CUT;
        }
        taken++;
        return chunk[chunkPosition++] & 0xFF;
    }
}
