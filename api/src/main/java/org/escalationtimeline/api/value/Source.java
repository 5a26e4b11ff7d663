package org.escalationtimeline.api.value;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

/**
 * Where a development was reported: a publication, the article's address where known, its date.
 * A source needs its publication to mean anything; the limits a command's sources keep to are
 * {@link #checkedAt(String)}, checked on the command path only, so a stored source always reads.
 */
public record Source(String publication, String url, LocalDate publishedOn) {

    public static final int MAX_PUBLICATION = 200;
    public static final int MAX_URL = 2000;

    public Source {
        InvalidValue.require("publication", publication);
        publication = publication.strip();
        url = url == null ? null : url.strip();
    }

    /**
     * This source if a command may carry it, errors named under {@code path} ({@code sources[0]}):
     * a one-line publication of at most {@value #MAX_PUBLICATION} characters, an absolute http or
     * https address of at most {@value #MAX_URL}, a publication date within {@link WorldDates}.
     */
    public Source checkedAt(String path) {
        Text.line(path + ".publication", publication, MAX_PUBLICATION);
        if (url != null) {
            Text.printable(path + ".url", url);
            if (url.length() > MAX_URL || !isWebAddress(url)) {
                throw new InvalidValue(path + ".url",
                        "must be an absolute http or https address of at most " + MAX_URL + " characters");
            }
        }
        WorldDates.within(path + ".publishedOn", publishedOn);
        return this;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
