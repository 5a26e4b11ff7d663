package org.escalationtimeline.app.write;

import org.escalationtimeline.app.support.GeneratedBody;
import org.escalationtimeline.app.write.BoundedLines.Line;
import org.escalationtimeline.app.write.BoundedLines.NotUtf8;
import org.escalationtimeline.app.write.BoundedLines.Text;
import org.escalationtimeline.app.write.BoundedLines.TooLong;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's line reader: LF or CRLF, a bound per line and per body, strict UTF-8, never holding more than a line. */
class BoundedLinesTest {

    static final int MAX = BoundedLines.MAX_LINE;

    @Test
    void readingAFiftyMibLineTakesNoMoreMemoryThanOneLineOfTheBound() throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long fiftyMib = 50L << 20;
        InputStream body = GeneratedBody.of("", fiftyMib, (byte) 'a', "\n{\"after\":true}\n");
        long before = threads.getCurrentThreadAllocatedBytes();

        BoundedLines lines = new BoundedLines(body, Long.MAX_VALUE);
        Line first = lines.next();
        Line second = lines.next();
        Line end = lines.next();

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(first).isEqualTo(new TooLong(1));
        assertThat(second).isEqualTo(new Text(2, "{\"after\":true}"));
        assertThat(end).isNull();
        assertThat(allocated).as("bytes allocated while reading a line of %s bytes", fiftyMib).isLessThan(1L << 20);
    }

    @Test
    void linesEndInLfOrCrLfAndTheLastNeedsNoEnd() throws IOException {
        assertThat(read("a\r\nb\n\nc", Long.MAX_VALUE))
                .containsExactly(new Text(1, "a"), new Text(2, "b"), new Text(3, ""), new Text(4, "c"));
    }

    @Test
    void aLineOfTheBoundIsReadAndOneByteMoreIsNot() throws IOException {
        String bound = "x".repeat(MAX);
        assertThat(read(bound + "\r\n" + bound + "x\n" + bound + "x\r\nlast", Long.MAX_VALUE))
                .containsExactly(new Text(1, bound), new TooLong(2), new TooLong(3), new Text(4, "last"));
    }

    @Test
    void aLineThatIsNotUtf8IsNotRepaired() throws IOException {
        byte[] latin1 = "caf\u00e9\nok\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        byte[] overlong = {(byte) 0xC0, (byte) 0xAF, '\n'};

        assertThat(read(new ByteArrayInputStream(latin1), Long.MAX_VALUE)).containsExactly(new NotUtf8(1), new Text(2, "ok"));
        assertThat(read(new ByteArrayInputStream(surrogate), Long.MAX_VALUE)).containsExactly(new NotUtf8(1));
        assertThat(read(new ByteArrayInputStream(overlong), Long.MAX_VALUE)).containsExactly(new NotUtf8(1));
    }

    @Test
    void aBodyPastItsBoundEndsWithTheLastLineThatEndedWithinIt() throws IOException {
        BoundedLines exact = lines("ab\ncd\n", 6);
        assertThat(drain(exact)).containsExactly(new Text(1, "ab"), new Text(2, "cd"));
        assertThat(exact.cut()).isFalse();

        BoundedLines over = lines("ab\ncd\nef\n", 7);
        assertThat(drain(over)).containsExactly(new Text(1, "ab"), new Text(2, "cd"));
        assertThat(over.cut()).isTrue();
    }

    // ---------------------------------------------------------------- helpers

    private static List<Line> read(String body, long maxBody) throws IOException {
        return drain(lines(body, maxBody));
    }

    private static List<Line> read(InputStream body, long maxBody) throws IOException {
        return drain(new BoundedLines(body, maxBody));
    }

    private static BoundedLines lines(String body, long maxBody) {
        return new BoundedLines(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), maxBody);
    }

    private static List<Line> drain(BoundedLines lines) throws IOException {
        List<Line> read = new ArrayList<>();
        for (Line line = lines.next(); line != null; line = lines.next()) {
            read.add(line);
        }
        return read;
    }
}
