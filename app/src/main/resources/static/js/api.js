// The HTTP API the page reads and writes (DESIGN §7). Refusals come back as RFC 9457 problem details.

export class Problem extends Error {
    constructor(status, problem) {
        super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
        this.status = status;
        this.problem = problem || {};
    }

    /** The refused fields: [{field, message}], empty when the problem names none. */
    get errors() {
        return Array.isArray(this.problem.errors) ? this.problem.errors : [];
    }
}

export function query(path, parameters = {}) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters)) {
        if (value !== undefined && value !== null && value !== '') {
            search.set(name, value);
        }
    }
    const text = search.toString();
    return text ? `${path}?${text}` : path;
}

async function answer(response) {
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : null;
    if (!response.ok) {
        throw new Problem(response.status, body);
    }
    return body;
}

export async function get(path, parameters, signal) {
    return answer(await fetch(query(path, parameters), {headers: {Accept: 'application/json'}, signal}));
}

export async function post(path, body, token) {
    const headers = {'Content-Type': 'application/json', Accept: 'application/json'};
    if (token) {
        headers.Authorization = `Bearer ${token}`;
    }
    return answer(await fetch(path, {method: 'POST', headers, body: JSON.stringify(body)}));
}

/** Every item of the event list at a cutoff, following `next` until a page is not full. */
export async function allEvents(parameters, signal) {
    const limit = 1000;
    const items = [];
    let after;
    for (;;) {
        const page = await get('/api/events', {...parameters, limit, after}, signal);
        items.push(...page.items);
        if (page.items.length < limit) {
            return items;
        }
        after = page.next;
    }
}
