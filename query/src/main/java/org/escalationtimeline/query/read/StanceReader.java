package org.escalationtimeline.query.read;

import org.escalationtimeline.api.query.ActorView;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.query.view.DirectedEvent;
import org.escalationtimeline.query.view.MeasureSnapshot;
import org.escalationtimeline.query.view.Stance;
import org.escalationtimeline.query.view.Stances;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The stance of every actor toward every other it has dealt with, at a cutoff (DESIGN §6). */
@Component
public class StanceReader {

    private final LinkReader links;
    private final AggregateStates states;
    private final ActorReader actors;

    public StanceReader(LinkReader links, AggregateStates states, ActorReader actors) {
        this.links = links;
        this.states = states;
        this.actors = actors;
    }

    /** @param actor only this actor's stances, or all when null */
    public List<Stance> stances(Cutoff cutoff, int windowDays, ActorCode actor) {
        List<DirectedEvent> window = links.inWindow(cutoff, windowDays);
        List<ActorView> known = actors.all(cutoff.knownAt());
        List<MeasureSnapshot> measures = states.measures(cutoff).stream()
                .map(measure -> measure.aimedAtCountriesOf(known)).toList();
        Set<List<ActorCode>> pairs = new LinkedHashSet<>();
        for (ActorCode[] link : links.pairsEver(cutoff)) {
            pairs.add(List.of(link[0], link[1]));
            pairs.add(List.of(link[1], link[0]));
        }
        List<Stance> stances = new ArrayList<>();
        for (List<ActorCode> pair : pairs.stream().sorted((x, y) -> x.get(0).equals(y.get(0))
                ? x.get(1).compareTo(y.get(1)) : x.get(0).compareTo(y.get(0))).toList()) {
            ActorCode a = pair.get(0);
            ActorCode b = pair.get(1);
            if (actor != null && !actor.equals(a)) {
                continue;
            }
            List<DirectedEvent> aToB = window.stream()
                    .filter(event -> event.source().equals(a) && event.target().equals(b)).toList();
            stances.add(Stances.of(a, b, cutoff.asOf(), windowDays, aToB, measures));
        }
        return stances;
    }
}
