package org.escalationtimeline.app.store;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.time.Duration;

/**
 * On PostgreSQL, a transaction that its node leaves idle longer than the claim timeout is ended by the server
 * ({@code idle_in_transaction_session_timeout} on every connection of the pool).
 * <p>
 * A node that hangs (SIGSTOP, a paused VM, a stalled host) inside a transaction keeps its locks while it hangs: the
 * append lock (CommitOrderedAppend), which stops every other node's writes, and the token rows its processors were
 * storing, which stop the other nodes from taking its segments over. Such a node is taken for dead once its claims
 * lapse, so its transactions end then too, rolled back: no write of it was acknowledged, and the write path never
 * leaves a transaction idle while it works (one command, one transaction, no waiting on a client inside).
 */
final class HungTransactionTimeout implements BeanPostProcessor {

    private final Duration timeout;

    HungTransactionTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
            && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql("SET idle_in_transaction_session_timeout = " + timeout.toMillis());
        }
        return bean;
    }
}
