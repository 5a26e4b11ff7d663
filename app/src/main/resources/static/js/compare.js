// Compare mode: what changed between two asOf cutoffs, from the diff endpoints.
import {$, el, fill} from './dom.js';
import {get} from './api.js';

export async function showDiff(state, asOf, signal) {
    const section = $('compare-section');
    if (!state.compare) {
        section.hidden = true;
        return;
    }
    const [from, to] = state.compare <= asOf ? [state.compare, asOf] : [asOf, state.compare];
    const cutoff = {from, to, knownAt: state.knownAt};
    const [stances, timeline] = await Promise.all([
        get('/api/stances/diff', cutoff, signal),
        get('/api/timeline/diff', {...cutoff, pair: state.pair}, signal)]);
    section.hidden = false;
    const episode = e => `${e.start} – ${e.end}, peak ${e.peakTension.toFixed(1)} in ${e.peak}${e.open ? ' (open)' : ''}`;
    fill($('diff'),
        el('p', {}, `From ${from} to ${to}.`),
        el('h3', {}, 'Postures that moved'),
        stances.changes.length
            ? el('ul', {id: 'diff-postures'}, stances.changes.map(change => el('li', {
                dataset: {actor: change.actor, toward: change.toward}},
                `${change.actor} → ${change.toward}: ${change.from} → ${change.to}`)))
            : el('p', {}, 'None.'),
        el('h3', {}, `Episodes of ${state.pair}`),
        el('ul', {id: 'diff-episodes'},
            timeline.opened.map(e => el('li', {}, `opened: ${episode(e)}`)),
            timeline.closed.map(e => el('li', {}, `closed: ${episode(e)}`)),
            timeline.removed.map(e => el('li', {}, `no longer an episode: ${episode(e)}`)),
            timeline.peakChanges.map(c => el('li', {}, `peak of the episode from ${c.start} moved from ${c.fromPeak} to ${c.toPeak}`)),
            timeline.opened.length + timeline.closed.length + timeline.removed.length + timeline.peakChanges.length
                ? null : el('li', {}, 'None changed.')));
}
