package org.escalationtimeline.app.write;

import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.app.write.WriteBodies.MeasureBody;
import org.escalationtimeline.app.write.WriteBodies.TightenBody;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes that arrive together share one transaction ({@link GroupCommit}): each is answered by its own outcome, a
 * refused one undoes none of the others, and none is answered before the group has committed.
 */
class GroupCommitTest extends WriteHttpTestBase {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired
    GroupCommit groupCommit;
    @Autowired
    Writes writes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writesCommittedTogetherAreEachAnsweredByTheirOwnOutcomeAndARefusedOneUndoesNoOther() throws Exception {
        String measure = id("group-measure");
        Gate busy = holdTheCommitter();
        CompletableFuture<WriteOutcome> announced = announce(measure, "China restricts rare earths");
        CompletableFuture<WriteOutcome> tightened = tighten(measure, "2026-01-11");
        CompletableFuture<WriteOutcome> backdated = tighten(measure, "2026-01-01");
        CompletableFuture<WriteOutcome> tightenedAgain = tighten(measure, "2026-01-12");
        CompletableFuture<WriteOutcome> sameIdOtherBody = announce(measure, "another measure under the same id");
        busy.release();

        assertThat(List.of(announced, tightened, tightenedAgain)).extracting(write -> Writes.answer(write).version())
                .containsExactly(0L, 1L, 2L);
        assertThatThrownBy(() -> Writes.answer(backdated)).isInstanceOfSatisfying(RuleBroken.class,
                refused -> assertThat(refused.kind()).isEqualTo(RuleBroken.Kind.UNPROCESSABLE));
        assertThatThrownBy(() -> Writes.answer(sameIdOtherBody)).isInstanceOfSatisfying(RuleBroken.class,
                refused -> assertThat(refused.rule()).isEqualTo("id-already-used"));
        assertThat(jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY global_index", Long.class, measure)).containsExactly(0L, 1L, 2L);
        assertThat(jdbc.queryForList("SELECT DISTINCT time_stamp FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, measure)).as("one group, one recording instant")
                .hasSize(1);
    }

    @Test
    void aWriteIsAnsweredOnlyOnceItsGroupHasCommitted() throws Exception {
        String measure = id("group-unanswered");
        Gate first = holdTheCommitter();
        CompletableFuture<WriteOutcome> announced = announce(measure, "China bans gallium exports");
        Gate sameGroup = holdTheCommitterLater();
        first.release();
        sameGroup.awaitHeld();

        assertThat(announced).as("written, not yet committed").isNotDone();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, measure)).as("invisible outside the group's transaction").isZero();

        sameGroup.release();
        assertThat(Writes.answer(announced.orTimeout(DEADLINE.toSeconds(), TimeUnit.SECONDS)).version()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, measure)).isOne();
    }

    /** Occupies the committer with a write that waits for the gate, so that the next writes queue up together. */
    private Gate holdTheCommitter() throws InterruptedException {
        Gate gate = holdTheCommitterLater();
        gate.awaitHeld();
        return gate;
    }

    private Gate holdTheCommitterLater() {
        Gate gate = new Gate();
        groupCommit.submit(status -> {
            gate.held.countDown();
            try {
                return gate.open.await(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        return gate;
    }

    private CompletableFuture<WriteOutcome> tighten(String measure, String date) {
        return writes.changeLater(Operations.TIGHTEN_MEASURE, measure, new TightenBody(List.of("magnets"),
                LocalDate.parse(date), DatePrecision.DAY, "tightened on " + date, List.of(), null, null), null, null);
    }

    private CompletableFuture<WriteOutcome> announce(String id, String summary) {
        return writes.createLater(Operations.ANNOUNCE_MEASURE, new MeasureBody(id, new ActorCode("CHN"), List.of(new ActorCode("JPN")), MeasureKind.EXPORT_BAN,
                List.of("rare earths"), null, LocalDate.parse("2026-01-10"), DatePrecision.DAY, summary, List.of(),
                null, null), null);
    }

    private static final class Gate {

        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);

        void awaitHeld() throws InterruptedException {
            assertThat(held.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the committer took the gate").isTrue();
        }

        void release() {
            open.countDown();
        }
    }
}
