// The page: reads the view from the URL, draws the chart, the events and the matrix at the
// cutoff, and keeps them together as time travel, live events and new records change them.
import {$, el, fill} from './dom.js';
import {allEvents, get} from './api.js';
import {TensionChart} from './chart.js';
import {EventList} from './events.js';
import {StanceMatrix} from './matrix.js';
import {TimeTravel} from './timetravel.js';
import {showDiff} from './compare.js';
import {Live} from './live.js';
import {Share} from './share.js';
import {RecordForm} from './form.js';
import {label, monthOf, range} from './periods.js';
import {asOfOf, fromUrl, save, today} from './state.js';

const LAST_MONTH = monthOf(today()) > '2026-12' ? monthOf(today()) : '2026-12';

// How long the first render waits for the stream to connect (it does in milliseconds when all is well).
const STREAM_WAIT_MS = 300;
const state = fromUrl();
/** The events' period: null for the whole pair, or {from, to} as period labels. */
let selection = null;
let generation = 0;
let inFlight = null;

const chart = new TensionChart($('chart'), {
    onPeriod: period => select(period, period),
    onRange: (from, to) => select(from, to)
});
const events = new EventList();
const matrix = new StanceMatrix();
const share = new Share(chart, () => ({...state}));
const travel = new TimeTravel(LAST_MONTH, partial => update(partial));

function cutoffOf() {
    return {asOf: state.asOf || undefined, knownAt: state.knownAt || undefined};
}

async function loadPairs() {
    showPairs(await get('/api/stances', {knownAt: state.knownAt}));
}

/** The pair picker: every pair that has dealt with each other, from a stances answer at asOf today. */
function showPairs(answer) {
    const pairs = new Set(answer.stances.map(stance => [stance.actor, stance.toward].sort().join('-')));
    pairs.add(state.pair);
    const select = $('pair');
    const chosen = state.pair;
    fill(select, [...pairs].sort().map(pair => el('option', {value: pair, selected: pair === chosen}, pair.replace('-', ' – '))));
    select.value = chosen;
}

function select(from, to) {
    selection = from ? {from, to} : null;
    refresh();
}

function eventsTitle() {
    if (!selection) {
        return `of ${state.pair}`;
    }
    return selection.from === selection.to ? `of ${state.pair} in ${selection.from}` : `of ${state.pair}, ${selection.from} to ${selection.to}`;
}

/** Reads everything at the cutoff and draws it; an older read still under way is abandoned. */
async function refresh() {
    const mine = ++generation;
    inFlight?.abort();
    const abort = new AbortController();
    inFlight = abort;
    const asOf = asOfOf(state);
    const cutoff = cutoffOf();
    save(state);
    travel.show(state);
    share.show(state);
    const period = selection ? {from: range(selection.from).from, to: range(selection.to).to} : {};
    try {
        const [timeline, stances, list] = await Promise.all([
            get('/api/timeline', {pair: state.pair, granularity: state.granularity, to: LAST_MONTH, ...cutoff}, abort.signal),
            get('/api/stances', cutoff, abort.signal),
            allEvents({pair: state.pair, ...cutoff, ...period}, abort.signal)]);
        if (mine !== generation) {
            return;
        }
        fill($('chart-pair'), state.pair.replace('-', ' – '));
        await chart.render(timeline, {granularity: state.granularity, lastMonth: LAST_MONTH, cursorMonth: monthOf(asOf)});
        if (mine !== generation) {
            return;
        }
        showEpisodes(timeline);
        events.render(list, eventsTitle(), cutoff);
        $('events-all').hidden = !selection;
        matrix.render(stances, cutoff);
        if (!state.asOf) {
            showPairs(stances);
        }
        await showDiff(state, asOf, abort.signal);
        if (mine !== generation) {
            return;
        }
        document.body.dataset.shown = `${state.pair}|${state.granularity}|${asOf}|${state.knownAt}`;
        if (!document.documentElement.dataset.firstRenderMs) {
            document.documentElement.dataset.firstRenderMs = String(Math.round(performance.now()));
        }
        fill($('problem'));
    } catch (failure) {
        if (failure.name !== 'AbortError' && mine === generation) {
            fill($('problem'), failure.message);
        }
    }
}

function showEpisodes(timeline) {
    const points = timeline.points;
    const last = points.length ? points[points.length - 1] : null;
    const summary = last
        ? `${timeline.pair}: tension ${last.tension.toFixed(1)} in ${last.period}; ${timeline.episodes.length} escalation episode(s) above 8.0.`
        : `${timeline.pair}: nothing yet at this asOf.`;
    fill($('chart-summary'), summary);
    // The canvas says nothing to a screen reader: its name carries the pair and what the chart shows.
    $('chart').setAttribute('aria-label', `Tension chart of ${timeline.pair.replace('-', ' and ')}. ${summary}`);
    fill($('episodes'), timeline.episodes.map(episode => el('li', {dataset: {start: episode.start, end: episode.end, peak: episode.peak}},
        el('button', {type: 'button', onclick: () => select(label(state.granularity, episode.start), label(state.granularity, episode.end))},
            `${episode.start} to ${episode.end}${episode.open ? ' (still open)' : ''}: peak ${episode.peakTension.toFixed(1)} in ${episode.peak}`))));
}

async function update(partial) {
    Object.assign(state, partial);
    if ('pair' in partial || 'knownAt' in partial) {
        selection = null;
        if (state.asOf) {
            await loadPairs();
        }
    }
    await refresh();
}

$('pair').addEventListener('change', event => update({pair: event.target.value}));
$('granularity').addEventListener('change', event => {
    selection = null;
    update({granularity: event.target.value});
});
$('events-all').addEventListener('click', () => select(null));
$('view').addEventListener('submit', event => event.preventDefault());

let liveRefresh;
function followStore() {
    // A view pinned to a past knownAt cannot change; the rest follows the store.
    if (state.knownAt) {
        return;
    }
    clearTimeout(liveRefresh);
    liveRefresh = setTimeout(() => (state.asOf ? loadPairs() : Promise.resolve()).then(refresh), 150);
}

let loaded = false;
function firstLoad() {
    if (loaded) {
        return;
    }
    loaded = true;
    // Without an asOf, the matrix's stances give the pairs too; with one, both reads go out at once.
    if (state.asOf) {
        loadPairs();
    }
    refresh();
}

// The views are read once the stream is connected: whatever was appended before it started is in them, whatever after
// comes on it. A stream that is slow to connect, or turned away, does not hold the page back; when it connects from
// the store's end rather than from an event the page had, the views are read again, so nothing in between is missed.
new Live(followStore, fromTheEnd => {
    if (!loaded) {
        firstLoad();
    } else if (fromTheEnd) {
        followStore();
    }
});
setTimeout(firstLoad, STREAM_WAIT_MS);
new RecordForm($('record'));

$('granularity').value = state.granularity;
