package org.escalationtimeline.app.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.RuleBroken;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * The one path every write takes, from HTTP or from an import: a command sent to the write
 * model, in one transaction with the events it appends, the registry it updates and the record
 * of the request that makes it idempotent. Nothing is half-written. The transaction is shared with
 * the writes that arrive at the same time ({@link GroupCommit}), each in a savepoint of its own.
 */
@Service
public class Writes {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    private final CommandGateway commands;
    private final GroupCommit groupCommit;
    private final Receipts receipts;
    private final WriteRequestLog log;
    private final ObjectMapper json;

    Writes(CommandGateway commands, GroupCommit groupCommit, Receipts receipts, WriteRequestLog log,
           ObjectMapper json) {
        this.commands = commands;
        this.groupCommit = groupCommit;
        this.receipts = receipts;
        this.log = log;
        this.json = json;
    }

    /**
     * Creates an aggregate. Sent again with the same id and body, it is answered as the first time
     * and appends nothing; with the same id and another body it is a conflict.
     */
    public <B> WriteOutcome create(Operation<B> operation, B body, String idempotencyKey) {
        return answer(createLater(operation, body, idempotencyKey));
    }

    /** Writes to an existing aggregate, optionally only if it is still at {@code expectedVersion}. */
    public <B> WriteOutcome change(Operation<B> operation, String aggregateId, B body, Long expectedVersion,
                                   String idempotencyKey) {
        return answer(changeLater(operation, aggregateId, body, expectedVersion, idempotencyKey));
    }

    /**
     * {@link #create}, queued behind the writes before it and answered once committed: a caller with many writes
     * (an import) queues them in order and has them committed together.
     */
    <B> CompletableFuture<WriteOutcome> createLater(Operation<B> operation, B body, String idempotencyKey) {
        String clientId = operation.clientId().apply(body);
        String id = clientId != null ? requireId(operation, clientId) : newId(operation.idPrefix());
        List<String> keys = new ArrayList<>();
        if (clientId != null) {
            keys.add("create:" + id);
        }
        idempotencyKey(idempotencyKey).ifPresent(keys::add);
        return write(operation, id, body, null, fingerprint(operation, null, body), keys);
    }

    /** {@link #change}, queued as {@link #createLater} is. */
    <B> CompletableFuture<WriteOutcome> changeLater(Operation<B> operation, String aggregateId, B body,
                                                    Long expectedVersion, String idempotencyKey) {
        List<String> keys = idempotencyKey(idempotencyKey).map(List::of).orElse(List.of());
        return write(operation, aggregateId, body, expectedVersion, fingerprint(operation, aggregateId, body), keys)
                .exceptionallyCompose(failure -> {
                    if (cause(failure) instanceof IncompatibleAggregateException) {
                        // The id names an aggregate of another kind: there is no such measure (meeting...) to change.
                        return CompletableFuture.failedFuture(RuleBroken.notFound("aggregate-must-exist",
                                "nothing of this kind was recorded under id " + aggregateId));
                    }
                    return CompletableFuture.failedFuture(cause(failure));
                });
    }

    /** The outcome of a queued write, or its failure as thrown by the write itself. */
    static WriteOutcome answer(CompletableFuture<WriteOutcome> write) {
        try {
            return write.join();
        } catch (CompletionException e) {
            Throwable cause = cause(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private <B> CompletableFuture<WriteOutcome> write(Operation<B> operation, String id, B body, Long expectedVersion,
                                                      String fingerprint, List<String> keys) {
        return attempt(operation, id, body, expectedVersion, fingerprint, keys).exceptionallyCompose(failure -> {
            Throwable cause = cause(failure);
            // Another request appended to this aggregate, or answered this key, as we did: the second attempt sees
            // what it committed, and is answered against it. A create that found its id taken may have raced the
            // same create, committed after our look at the request log: looking again answers it as a repeat, or as
            // the conflict it is.
            boolean raced = cause instanceof DuplicateKeyException || cause instanceof AggregateStreamCreationException
                            || cause instanceof ConcurrencyException
                            || cause instanceof RuleBroken conflict && conflict.kind() == RuleBroken.Kind.CONFLICT
                               && !keys.isEmpty();
            return raced ? attempt(operation, id, body, expectedVersion, fingerprint, keys)
                    : CompletableFuture.failedFuture(cause);
        });
    }

    private <B> CompletableFuture<WriteOutcome> attempt(Operation<B> operation, String id, B body,
                                                        Long expectedVersion, String fingerprint, List<String> keys) {
        return groupCommit.submit(status -> {
            for (String key : keys) {
                Optional<WriteRequestLog.Entry> earlier = log.find(key);
                if (earlier.isPresent()) {
                    return repeated(key, earlier.get(), fingerprint);
                }
            }
            UUID eventId = UUID.randomUUID();
            commands.sendAndWait(operation.factory().command(id, body, eventId, expectedVersion));
            Receipts.Stored stored = receipts.of(eventId);
            WriteOutcome outcome = new WriteOutcome(new WriteReceipt(id, List.of(stored.event())),
                    stored.sequenceNumber(), false);
            keys.forEach(key -> log.save(key, fingerprint, outcome));
            return outcome;
        });
    }

    private static WriteOutcome repeated(String key, WriteRequestLog.Entry earlier, String fingerprint) {
        if (earlier.fingerprint().equals(fingerprint)) {
            return earlier.outcome();
        }
        if (key.startsWith("create:")) {
            throw RuleBroken.conflict("id-already-used",
                    "id " + earlier.outcome().receipt().id() + " was created with another body");
        }
        throw RuleBroken.unprocessable("idempotency-key-reused",
                "this Idempotency-Key was used for another request");
    }

    private static String requireId(Operation<?> operation, String id) {
        // An actor's id is its code, checked by ActorCode; every other id is a client-chosen slug.
        return operation == Operations.REGISTER_ACTOR ? id : AggregateIds.require("id", id);
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "");
    }

    private static Optional<String> idempotencyKey(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!IDEMPOTENCY_KEY.matcher(header).matches()) {
            throw new InvalidValue("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
        return Optional.of("key:" + header);
    }

    /** What makes two requests the same write: the operation, its target and its body. */
    private String fingerprint(Operation<?> operation, String aggregateId, Object body) {
        try {
            String canonical = operation.name() + "\n" + (aggregateId == null ? "" : aggregateId) + "\n"
                    + json.writeValueAsString(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a write", e);
        }
    }
}
