package org.escalationtimeline.query.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A TimelineJS 3 document (its JSON format: {@code title}, {@code events}, {@code eras}); absent
 * optional fields are left out rather than written as null.
 *
 * @param title  the title slide: text only, no date
 * @param events one slide per development, oldest first
 * @param eras   the escalation episodes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineJsDocument(Slide title, List<Slide> events, List<Era> eras) {

    public TimelineJsDocument {
        events = List.copyOf(events);
        eras = List.copyOf(eras);
    }

    /**
     * A slide.
     *
     * @param startDate  required except on the title slide
     * @param text       headline and text (HTML)
     * @param group      slides of one group share a row, labelled at the left
     * @param background the slide's background colour
     * @param uniqueId   the slide's id, for {@code hash_bookmark} and {@code goToId}: the event id
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slide(@JsonProperty("start_date") SlideDate startDate, SlideText text, String group,
                        SlideBackground background, @JsonProperty("unique_id") String uniqueId) {
    }

    /** A date: the year always, the month and day only as precise as the development's date is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SlideDate(int year, Integer month, Integer day) {
    }

    /** A slide's text; an era has a headline only. Both are HTML. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SlideText(String headline, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SlideBackground(String color) {
    }

    /** A span of time shown behind the slides: here an escalation episode. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Era(@JsonProperty("start_date") SlideDate startDate, @JsonProperty("end_date") SlideDate endDate,
                      SlideText text) {
    }
}
