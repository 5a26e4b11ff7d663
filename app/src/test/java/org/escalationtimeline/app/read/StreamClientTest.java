package org.escalationtimeline.app.read;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stream's client as a plain object, with the container's side played by hand: the container recycles a
 * completed response for the next request, so a write must never overlap or follow the request's end.
 */
class StreamClientTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final byte[] FRAME = "id:1\nevent:ActorRegistered\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8);

    private final MockHttpServletRequest request = new MockHttpServletRequest();
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockAsyncContext async = new MockAsyncContext(request, response);
    private final Connection connection = new Connection();

    @Test
    void theContainerCannotEndTheStreamWhileAWriteIsUnderWay() throws Exception {
        StreamClient client = new StreamClient(async, connection, 4, DEADLINE);
        connection.holdWrites();
        Thread feeder = start(() -> offer(client));
        connection.awaitWriteUnderWay();

        Thread container = start(() -> {
            client.onComplete(new AsyncEvent(async));
            connection.log.add("request ended");
        });
        await().atMost(DEADLINE).until(() -> container.getState() == Thread.State.BLOCKED);
        assertThat(connection.log).as("the end waits for the write").containsExactly("write started");

        connection.releaseWrites();
        feeder.join(DEADLINE.toMillis());
        container.join(DEADLINE.toMillis());
        assertThat(connection.log).containsExactly("write started", "write done", "flushed", "request ended");
    }

    @Test
    void nothingIsWrittenOnceTheContainerHasEndedTheStream() throws Exception {
        StreamClient client = new StreamClient(async, connection, 4, DEADLINE);

        client.onComplete(new AsyncEvent(async));

        assertThat(client.offer(FRAME)).as("the client is gone").isFalse();
        client.onWritePossible();
        assertThat(connection.log).isEmpty();
        assertThat(client.open()).isFalse();
    }

    @Test
    void aClientWhoseConnectionFailsIsEndedAndWrittenToNoMore() throws Exception {
        StreamClient client = new StreamClient(async, connection, 4, DEADLINE);
        request.setAsyncStarted(true);

        client.onError(new IOException("Broken pipe"));

        assertThat(request.isAsyncStarted()).as("the stream ends its request itself").isFalse();
        assertThat(client.offer(FRAME)).isFalse();
        assertThat(connection.log).isEmpty();
    }

    @Test
    void framesAreWrittenAndFlushedWhileTheConnectionTakesThem() throws Exception {
        StreamClient client = new StreamClient(async, connection, 4, DEADLINE);

        assertThat(client.offer(FRAME)).isTrue();

        assertThat(connection.log).containsExactly("write started", "write done", "flushed");
        assertThat(connection.written).isEqualTo(FRAME.length);
    }

    private static void offer(StreamClient client) {
        try {
            client.offer(FRAME);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A connection that always takes more, and whose writes can be held to see what overlaps them. */
    private static final class Connection extends ServletOutputStream {

        final List<String> log = new CopyOnWriteArrayList<>();
        private final CountDownLatch underWay = new CountDownLatch(1);
        private volatile CountDownLatch held = new CountDownLatch(0);
        private volatile int written;

        void holdWrites() {
            held = new CountDownLatch(1);
        }

        void releaseWrites() {
            held.countDown();
        }

        void awaitWriteUnderWay() throws InterruptedException {
            assertThat(underWay.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).as("a write started").isTrue();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            log.add("write started");
            underWay.countDown();
            try {
                held.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            written += length;
            log.add("write done");
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() {
            log.add("flushed");
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // The client drains on its own offers here; the container's callbacks are called by the tests.
        }
    }
}
