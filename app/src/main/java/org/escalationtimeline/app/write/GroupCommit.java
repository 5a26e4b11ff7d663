package org.escalationtimeline.app.write;

import org.escalationtimeline.app.TimelineProperties;
import org.escalationtimeline.app.store.CommitOrderedAppend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Runs the writes that arrive together in one transaction, with one append lock and one commit, and completes each
 * only once that commit has returned: a write is never acknowledged before it is durable.
 * <p>
 * Every appending transaction holds the store's one append lock until it commits ({@link CommitOrderedAppend}), and
 * on both stores the commit is the dear part (H2 writes a chunk of its file, PostgreSQL flushes its log to disk).
 * One transaction a write made those the ceiling of the write path; here one committer thread takes the writes
 * waiting in its queue, up to {@code timeline.write.max-group} (50) at once, takes the lock and the recording instant once, runs each
 * write in a savepoint of its own (a write that fails is rolled back alone and answered with its own failure, the
 * others go on), and commits them all. Writes keep their arrival order, so a write that follows another (an import's
 * next line) sees it. If the commit itself fails, every write of the group fails with it: none was acknowledged.
 * With {@code timeline.write.max-group=1} every write commits alone in its caller's thread, as before group commits.
 * <p>
 * Hand-written because no library does it: Spring and Axon run one transaction per call or per batch of a
 * processor, never a queue of independent callers in one.
 */
@Component
class GroupCommit implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final TransactionTemplate group;
    private final TransactionTemplate savepoint;
    private final CommitOrderedAppend appendLock;
    private final DataSource dataSource;
    private final int maxGroup;
    private final Thread committer;
    private volatile boolean running = true;

    GroupCommit(PlatformTransactionManager transactions, CommitOrderedAppend appendLock, DataSource dataSource,
                TimelineProperties properties) {
        this.group = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.appendLock = appendLock;
        this.dataSource = dataSource;
        this.maxGroup = properties.write().maxGroup();
        this.committer = new Thread(this::commitWhileRunning, "group-commit");
        this.committer.setDaemon(true);
        if (maxGroup > 1) {
            this.committer.start();
        }
    }

    /** How many writes one transaction holds at most. */
    int maxGroup() {
        return maxGroup;
    }

    /** Queues {@code work}, to run in the next group's transaction; the result is known once that has committed. */
    <T> CompletableFuture<T> submit(TransactionCallback<T> work) {
        Pending<T> pending = new Pending<>(work);
        if (maxGroup == 1) {
            // The write's own transaction, which takes the append lock at its append (CommitOrderedAppend).
            try {
                pending.result.complete(group.execute(work));
            } catch (RuntimeException | Error e) {
                pending.result.completeExceptionally(e);
            }
            return pending.result;
        }
        if (!running) {
            pending.result.completeExceptionally(new IllegalStateException("the service is stopping"));
            return pending.result;
        }
        queue.add(pending);
        return pending.result;
    }

    private void commitWhileRunning() {
        while (running || !queue.isEmpty()) {
            try {
                // Never interrupted: an interrupt inside H2's file I/O closes the database.
                Pending<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending<?>> writes = new ArrayList<>(maxGroup);
                writes.add(first);
                queue.drainTo(writes, maxGroup - 1);
                commit(writes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("The group committer failed outside a transaction; it carries on", e);
            }
        }
    }

    private void commit(List<Pending<?>> writes) {
        try {
            group.executeWithoutResult(status -> {
                try {
                    appendLock.holdForTransaction(DataSourceUtils.getConnection(dataSource));
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot take the append lock", e);
                }
                if (writes.size() == 1) {
                    // No savepoint to pay for: if the one write fails, so does the transaction.
                    if (!writes.get(0).runIn(status)) {
                        status.setRollbackOnly();
                    }
                } else {
                    writes.forEach(write -> write.run(savepoint));
                }
            });
        } catch (RuntimeException | Error failed) {
            writes.forEach(write -> write.fail(failed));
            return;
        }
        writes.forEach(Pending::complete);
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        if (committer.isAlive()) {
            committer.join(TimeUnit.SECONDS.toMillis(30));
        }
        for (Pending<?> left = queue.poll(); left != null; left = queue.poll()) {
            left.result.completeExceptionally(new IllegalStateException("the service is stopping"));
        }
    }

    /** A write and, once its group has run, what it answered. */
    private static final class Pending<T> {

        private final TransactionCallback<T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private T value;
        private Throwable failure;

        Pending(TransactionCallback<T> work) {
            this.work = work;
        }

        /** Runs the write in a savepoint of its own, rolled back alone if it fails. */
        void run(TransactionTemplate savepoint) {
            try {
                value = savepoint.execute(work);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        /** Runs the write in the group's transaction itself; false if it failed. */
        boolean runIn(TransactionStatus transaction) {
            try {
                value = work.doInTransaction(transaction);
                return true;
            } catch (RuntimeException | Error e) {
                failure = e;
                return false;
            }
        }

        void complete() {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }

        void fail(Throwable commitFailure) {
            result.completeExceptionally(failure != null ? failure : commitFailure);
        }
    }
}
