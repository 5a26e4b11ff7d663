// The events of the selected period or episode, and, on a click, the history of the aggregate
// one belongs to (one measure, statement, protest or meeting as of the cutoff).
import {$, dateText, el, fill, safeLink} from './dom.js';
import {get} from './api.js';

const QUAD = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};
const WITH_HISTORY = new Set(['measure', 'statement', 'protest', 'meeting']);

function sortByDate(items) {
    return [...items].sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position);
}

function marks(event) {
    const list = [];
    if (event.corrected) {
        list.push(el('span', {class: 'mark corrected', title: `corrected at ${event.correctedAt}`}, 'corrected'));
    }
    if (event.type === 'StatementRetracted') {
        list.push(el('span', {class: 'mark retracted'}, 'retracted'));
    }
    return list;
}

export function eventItem(event, onOpen) {
    const direction = `${event.actor} → ${event.targets.join(', ')}`;
    const weight = event.goldstein > 0 ? `+${event.goldstein.toFixed(1)}` : event.goldstein.toFixed(1);
    return el('li', {class: `event quad${event.cameo.quadClass}`, dataset: {eventId: event.eventId, type: event.type}},
        el('button', {type: 'button', class: 'event-open', 'aria-label': `History of ${event.aggregate.type} ${event.aggregate.id}`,
            onclick: () => onOpen(event)},
            el('time', {datetime: event.date}, dateText(event.date, event.datePrecision)),
            el('span', {class: 'direction'}, direction)),
        el('p', {class: 'event-summary'}, event.summary),
        el('p', {class: 'coding'},
            el('span', {class: 'cameo'}, `CAMEO ${event.cameo.code} ${event.cameo.label}`),
            ' · ', el('span', {class: 'quad'}, `QuadClass ${event.cameo.quadClass} (${QUAD[event.cameo.quadClass]})`),
            ' · ', el('span', {class: 'goldstein'}, `Goldstein ${weight}`),
            ...marks(event)),
        event.sources.length ? el('ul', {class: 'sources'}, event.sources.map(source => el('li', {},
            source.url ? safeLink(source.url, source.publication || source.url) : source.publication,
            source.publishedOn ? ` (${source.publishedOn})` : ''))) : null);
}

export class EventList {
    constructor() {
        this.list = $('events');
        this.history = $('history');
        $('history-close').addEventListener('click', () => {
            this.history.hidden = true;
        });
        this.cutoff = {};
    }

    render(items, title, cutoff) {
        this.cutoff = cutoff;
        fill($('events-range'), title);
        const sorted = sortByDate(items);
        fill(this.list, sorted.length ? sorted.map(event => eventItem(event, opened => this.open(opened)))
            : el('li', {class: 'empty'}, 'No events in this period at this cutoff.'));
    }

    async open(event) {
        const {type, id} = event.aggregate;
        this.history.hidden = false;
        fill($('history-title'), `${type} ${id}`);
        fill($('history-list'));
        if (!WITH_HISTORY.has(type)) {
            fill($('history-state'), `A ${type} has no lifecycle: this event is all there is.`);
            return;
        }
        fill($('history-state'), 'loading…');
        try {
            const view = await get(`/api/${type}s/${encodeURIComponent(id)}`, this.cutoff);
            fill($('history-state'), stateLine(type, view));
            fill($('history-list'), view.history.map(step => el('li', {},
                el('time', {datetime: step.date}, dateText(step.date, step.datePrecision)), ' ',
                el('strong', {}, step.type), ' ', step.summary)));
        } catch (problem) {
            fill($('history-state'), problem.message);
        }
        this.history.focus();
    }
}

function stateLine(type, view) {
    if (type === 'measure') {
        return `${view.kind} by ${view.actor} against ${view.targets.join(', ')}: ${view.status} since ${view.since}`;
    }
    if (type === 'statement') {
        return `${view.speaker || view.actor} on ${view.about.join(', ')}, ${view.tone}`
            + (view.retracted ? ', retracted' : '') + (view.refusals ? `, ${view.refusals} refusal(s)` : '');
    }
    if (type === 'protest') {
        return `${view.actor} against ${view.against} at ${view.forum}`
            + (view.answers.length ? `: ${view.answers.map(answer => answer.response || answer).join(', ')}` : '');
    }
    return `${view.kind} of ${view.participants.join(', ')}: ${view.status}${view.outcome ? `, ${view.outcome}` : ''}`;
}
