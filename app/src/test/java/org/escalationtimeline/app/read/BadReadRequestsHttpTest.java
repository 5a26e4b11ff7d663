package org.escalationtimeline.app.read;

import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads with a bad parameter are a 400 problem naming the parameter in {@code errors[].field};
 * reads of what does not exist are a 404 problem naming the rule. Never a 500.
 */
class BadReadRequestsHttpTest extends ReadHttpTestBase {

    @ParameterizedTest(name = "GET {0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/events?asOf=2026-13-01                         | asOf
            /api/events?knownAt=yesterday                       | knownAt
            /api/events?asOf=%2B999999999-12-31                   | asOf
            /api/events?asOf=-999999999-01-01                   | asOf
            /api/events?from=%2B10000-01-01                       | from
            /api/events?to=-0001-01-01                          | to
            /api/timeline?pair=CHN-JPN&asOf=%2B999999999-12-31    | asOf
            /api/timeline?pair=CHN-JPN&from=%2B10000-01           | from
            /api/timeline?pair=CHN-JPN&from=1799-12             | from
            /api/timeline?pair=CHN-JPN&to=2101-01               | to
            /api/stances?asOf=%2B999999999-12-31                  | asOf
            /api/events?pair=CHN                                | pair
            /api/events?pair=CHN-CHN                            | pair
            /api/events?pair=chn-jpn                            | pair
            /api/events?actor=chn                               | actor
            /api/events?from=2026-02-30                         | from
            /api/events?to=last-week                            | to
            /api/events?limit=0                                 | limit
            /api/events?limit=1001                              | limit
            /api/events?limit=ten                               | limit
            /api/events?after=-1                                | after
            /api/events?after=first                             | after
            /api/timeline?pair=CHN-JPN&asOf=2026-13-01          | asOf
            /api/timeline?pair=CHN-JPN&knownAt=yesterday        | knownAt
            /api/timeline?pair=CHN                              | pair
            /api/timeline                                       | pair
            /api/timeline?pair=CHN-JPN&granularity=WEEK         | granularity
            /api/timeline?pair=CHN-JPN&from=2010-13             | from
            /api/timeline?pair=CHN-JPN&to=2026                  | to
            /api/timeline?pair=CHN-JPN&from=2026-01&to=2025-12  | to
            /api/stances?asOf=2026-13-01                        | asOf
            /api/stances?knownAt=yesterday                      | knownAt
            /api/stances?window=P0D                             | window
            /api/stances?window=0                               | window
            /api/stances?window=P1M                             | window
            /api/stances?window=P3661D                          | window
            /api/stances?actor=chn                              | actor
            /api/actors?knownAt=yesterday                       | knownAt
            /api/actors/CHN?knownAt=yesterday                   | knownAt
            /api/actors/chn                                     | code
            /api/measures/some-measure?asOf=2026-13-01          | asOf
            /api/measures/some-measure?knownAt=yesterday        | knownAt
            /api/statements/some-statement?asOf=2026-13-01      | asOf
            /api/statements/some-statement?knownAt=yesterday    | knownAt
            /api/protests/some-protest?asOf=2026-13-01          | asOf
            /api/protests/some-protest?knownAt=yesterday        | knownAt
            /api/meetings/some-meeting?asOf=2026-13-01          | asOf
            /api/meetings/some-meeting?knownAt=yesterday        | knownAt
            """)
    void aBadParameterIsA400NamingIt(String path, String parameter) {
        Reply reply = get(path);
        assertBadParameter(reply, parameter);
        assertThat(reply.json().get("title").asText()).isEqualTo("Bad Request");
        assertThat(reply.json().get("detail").asText()).contains(parameter);
    }

    @ParameterizedTest(name = "GET {0} -> 404")
    @CsvSource(delimiter = '|', textBlock = """
            /api/measures/no-such-measure     | measure-must-exist
            /api/statements/no-such-statement | statement-must-exist
            /api/protests/no-such-protest     | protest-must-exist
            /api/meetings/no-such-meeting     | meeting-must-exist
            /api/actors/XNOSUCH99             | actor-must-exist
            """)
    void anUnknownAggregateOrActorIsA404(String path, String rule) {
        Reply reply = get(path);
        assertThat(assertProblem(reply, 404).get("rule").asText()).isEqualTo(rule);
        assertThat(reply.json().get("title").asText()).isEqualTo("Not Found");
    }

    @ParameterizedTest(name = "GET {0} -> 200")
    @ValueSource(strings = {
            "/api/events?limit=1", "/api/events?limit=1000", "/api/events?after=0",
            "/api/events?knownAt=2026-01-10", "/api/events?knownAt=2026-01-10T12:00:00Z",
            "/api/events?knownAt=9999-12-31T23:59:59.999Z", "/api/events?knownAt=0001-01-01T00:00:00Z",
            "/api/events?knownAt=9999-12-31", "/api/events?knownAt=%2B10000-01-01",
            "/api/events?knownAt=%2B1000000000-12-31T23:59:59.999999999Z",
            "/api/events?knownAt=-1000000000-01-01T00:00:00Z",
            "/api/stances?knownAt=%2B1000000000-12-31T23:59:59.999999999Z",
            "/api/stances?knownAt=-1000000000-01-01T00:00:00Z",
            "/api/timeline?pair=CHN-JPN&knownAt=%2B1000000000-12-31T23:59:59.999999999Z",
            "/api/timeline?pair=CHN-JPN&knownAt=-1000000000-01-01T00:00:00Z",
            "/api/stances?asOf=9999-12-31", "/api/stances?asOf=0001-01-01", "/api/timeline?pair=CHN-JPN&asOf=9999-12-31",
            "/api/timeline?pair=CHN-JPN&from=1800-01&to=2100-12",
            "/api/events?asOf=0001-01-01&from=0001-01-01&to=9999-12-31",
            "/api/stances?window=P1D", "/api/stances?window=3660",
            "/api/timeline?pair=CHN-JPN&granularity=quarter", "/api/timeline?pair=CHN-JPN&from=2026-01&to=2026-01"})
    void theEdgesOfEachRangeAreAccepted(String path) {
        assertThat(get(path).status()).as("GET %s", path).isEqualTo(200);
    }
}
