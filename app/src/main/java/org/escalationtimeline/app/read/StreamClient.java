package org.escalationtimeline.app.read;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One client of {@code /api/stream}: its buffer, drained to the network whenever the container says the connection
 * takes more (the feeder after each event, the container in {@link #onWritePossible}), never by waiting on the socket.
 * <p>
 * Nothing is written once the request has ended, and the container cannot end it while a write is under way: both
 * happen under one lock. Tomcat hands a completed response's objects to the next request on another connection, so a
 * feeder's write that overlapped the end once landed in someone else's answer: its "broken pipe" stayed on the
 * recycled response and cut the next client's import after its first line.
 */
final class StreamClient implements WriteListener, AsyncListener {

    private static final Logger LOG = LoggerFactory.getLogger(StreamClient.class);

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final int capacity;
    private final BlockingQueue<byte[]> buffer;
    private final Duration stallTimeout;
    /** Held by every write and by every end: the two never overlap. */
    private final Object writing = new Object();
    /** Set false, under {@link #writing}, when the request ends, whoever ends it. */
    private volatile boolean open = true;

    StreamClient(AsyncContext async, ServletOutputStream out, int bufferSize, Duration stallTimeout) {
        this.async = async;
        this.out = out;
        this.capacity = bufferSize;
        this.buffer = new ArrayBlockingQueue<>(bufferSize);
        this.stallTimeout = stallTimeout;
        async.addListener(this);
        out.setWriteListener(this);
    }

    boolean open() {
        return open;
    }

    /**
     * Puts a frame in the buffer, waiting for room up to the stall timeout; false, and the client dropped, when
     * the buffer stayed full that long (or the client is gone).
     */
    boolean offer(byte[] frame) throws InterruptedException {
        if (!open) {
            return false;
        }
        if (!buffer.offer(frame, stallTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            if (open) {
                LOG.info("Dropped an event-stream client that took none of its {} buffered events for {}",
                        capacity, stallTimeout);
            }
            return false;
        }
        drain();
        return open;
    }

    /** Writes buffered frames while the connection takes them without blocking, then flushes. */
    private void drain() {
        synchronized (writing) {
            try {
                while (open && out.isReady()) {
                    byte[] frame = buffer.poll();
                    if (frame == null) {
                        out.flush();
                        return;
                    }
                    out.write(frame);
                }
            } catch (IOException | IllegalStateException gone) {
                LOG.debug("Event stream closed: {}", gone.getMessage());
                open = false;
            }
        }
    }

    /** Ends the response; what the network has not taken of the buffer is dropped with it. */
    void end() {
        synchronized (writing) {
            open = false;
            buffer.clear();
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                // The container ended it first (the client went away, or the timeout).
            }
        }
    }

    @Override
    public void onWritePossible() {
        drain();
    }

    /**
     * The client went away. Ended here, not only by the feeder: an async request that errs or times out and that
     * no listener completes is dispatched to the error page, which cannot write to an event stream.
     */
    @Override
    public void onError(Throwable gone) {
        LOG.debug("Event stream closed: {}", gone.getMessage());
        end();
    }

    /** The container ends the request once this returns: it waits for a write under way, and no write follows. */
    @Override
    public void onComplete(AsyncEvent event) {
        synchronized (writing) {
            open = false;
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        end();
    }

    @Override
    public void onError(AsyncEvent event) {
        end();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // The stream starts its async cycle once.
    }
}
