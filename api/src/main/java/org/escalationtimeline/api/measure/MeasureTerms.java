package org.escalationtimeline.api.measure;

import org.escalationtimeline.api.ActorLists;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Text;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.WorldDates;

import java.time.LocalDate;
import java.util.List;

/** Who imposes a measure on whom, what kind it is, what it covers and from when. */
public record MeasureTerms(ActorCode actor, List<ActorCode> targets, MeasureKind kind, List<String> items,
                           LocalDate effectiveOn) {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_ITEM = 200;

    public MeasureTerms {
        InvalidValue.require("actor", actor);
        targets = ActorLists.distinct("targets", targets);
        if (targets.isEmpty()) {
            throw new InvalidValue("targets", "name at least one target");
        }
        if (targets.contains(actor)) {
            throw new InvalidValue("targets", "an actor does not impose a measure on itself");
        }
        InvalidValue.require("kind", kind);
        items = checkItems(items);
        WorldDates.within("effectiveOn", effectiveOn);
    }

    public static List<String> checkItems(List<String> items) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidValue("items", "at most " + MAX_ITEMS + " items");
        }
        return items.stream().map(item -> {
            if (item == null || item.isBlank() || item.strip().length() > MAX_ITEM) {
                throw new InvalidValue("items", "each item has 1 to " + MAX_ITEM + " characters");
            }
            return Text.printable("items", item.strip());
        }).toList();
    }
}
