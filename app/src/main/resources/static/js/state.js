// What the page shows, kept in the URL so that a link reopens the same view:
// pair, granularity, asOf, knownAt and the compare cutoff. An absent asOf or knownAt means "now".

const DEFAULTS = {pair: 'CHN-JPN', granularity: 'MONTH', asOf: '', knownAt: '', compare: ''};
const GRANULARITIES = ['MONTH', 'QUARTER', 'YEAR'];

export function fromUrl(href = location.href) {
    const search = new URL(href).searchParams;
    const state = {...DEFAULTS};
    for (const name of Object.keys(DEFAULTS)) {
        const value = search.get(name);
        if (value) {
            state[name] = value;
        }
    }
    state.granularity = state.granularity.toUpperCase();
    if (!GRANULARITIES.includes(state.granularity)) {
        state.granularity = DEFAULTS.granularity;
    }
    return state;
}

export function toUrl(state) {
    const url = new URL(location.href);
    url.search = '';
    for (const [name, value] of Object.entries(state)) {
        if (value && value !== DEFAULTS[name]) {
            url.searchParams.set(name, value);
        }
    }
    return url.href;
}

export function save(state) {
    history.replaceState(null, '', toUrl(state));
}

/** Today's date in UTC, the server's "now" for asOf. */
export function today() {
    return new Date().toISOString().slice(0, 10);
}

/** The asOf a read uses: the chosen one, or today. */
export function asOfOf(state) {
    return state.asOf || today();
}
