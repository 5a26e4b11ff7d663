package org.escalationtimeline.api.value;

import org.escalationtimeline.api.InvalidValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

/** Where a development was reported: a publication, the article's address where known, its date. */
public record Source(String publication, String url, LocalDate publishedOn) {

    public static final int MAX_PUBLICATION = 200;
    public static final int MAX_URL = 2000;

    public Source {
        InvalidValue.require("publication", publication);
        publication = publication.strip();
        if (publication.isEmpty() || publication.length() > MAX_PUBLICATION) {
            throw new InvalidValue("publication", "must have 1 to " + MAX_PUBLICATION + " characters");
        }
        if (url != null) {
            url = url.strip();
            if (url.length() > MAX_URL || !isWebAddress(url)) {
                throw new InvalidValue("url", "must be an absolute http or https address of at most " + MAX_URL + " characters");
            }
        }
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
