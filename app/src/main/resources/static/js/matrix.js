// The stance matrix: actors × actors, each cell the posture of the row's actor toward the
// column's, coloured from the Okabe–Ito palette (safe for colour-blind readers) and always
// labelled in text too. A cell opens its QuadClass counts, weight sum, measures and deciding events.
import {$, dateText, el, fill} from './dom.js';
import {get} from './api.js';

export const POSTURES = [
    ['RETALIATING', 'measures both ways'],
    ['COERCING', 'a measure in force'],
    ['THREATENING', 'an open threat'],
    ['PROTESTING', 'conflict, no cooperation since'],
    ['HEDGING', 'conflict, then cooperation'],
    ['ENGAGING', 'cooperation only'],
    ['NEUTRAL', 'none of these']];

const SHORT = {RETALIATING: 'RET', COERCING: 'COE', THREATENING: 'THR', PROTESTING: 'PRO', HEDGING: 'HED',
    ENGAGING: 'ENG', NEUTRAL: 'NEU'};

export class StanceMatrix {
    constructor() {
        this.table = $('matrix');
        this.cell = $('cell');
        fill($('legend'), POSTURES.map(([posture, meaning]) => el('li', {class: `posture ${posture.toLowerCase()}`},
            el('span', {class: 'swatch', 'aria-hidden': 'true'}, SHORT[posture]), ` ${posture}: ${meaning}`)));
    }

    render(answer, cutoff) {
        this.cutoff = cutoff;
        fill($('matrix-asof'), answer.asOf);
        const actors = [...new Set(answer.stances.flatMap(stance => [stance.actor, stance.toward]))].sort();
        const byPair = new Map(answer.stances.map(stance => [`${stance.actor}>${stance.toward}`, stance]));
        const head = el('thead', {}, el('tr', {},
            el('th', {scope: 'col'}, el('span', {class: 'sr-only'}, 'actor, toward')),
            actors.map(actor => el('th', {scope: 'col'}, actor))));
        const body = el('tbody', {}, actors.map(actor => el('tr', {},
            el('th', {scope: 'row'}, actor),
            actors.map(toward => {
                if (actor === toward) {
                    return el('td', {class: 'self'}, el('span', {class: 'sr-only'}, 'itself'));
                }
                const stance = byPair.get(`${actor}>${toward}`);
                const posture = stance ? stance.posture : 'NEUTRAL';
                return el('td', {class: `posture ${posture.toLowerCase()}`, dataset: {actor, toward, posture}},
                    el('button', {type: 'button', 'aria-label': `${actor} toward ${toward}: ${posture}`,
                        disabled: !stance, onclick: () => this.open(stance)},
                        el('span', {class: 'short', 'aria-hidden': 'true'}, SHORT[posture]),
                        el('span', {class: 'long'}, posture)));
            }))));
        fill(this.table, el('caption', {class: 'sr-only'}, `Posture of each actor (rows) toward each other (columns) as of ${answer.asOf}`),
            head, body);
        if (this.opened) {
            const again = byPair.get(`${this.opened.actor}>${this.opened.toward}`);
            again ? this.open(again) : fill(this.cell);
        }
    }

    async open(stance) {
        this.opened = stance;
        const [verbalCooperation, materialCooperation, verbalConflict, materialConflict] = stance.quadClasses;
        const basis = el('ol', {class: 'basis'}, stance.basis.map(id => el('li', {dataset: {eventId: id}}, id)));
        fill(this.cell,
            el('h3', {}, `${stance.actor} toward ${stance.toward}: ${stance.posture}`),
            el('p', {}, `QuadClass counts in the window: verbal cooperation ${verbalCooperation}, material cooperation `
                + `${materialCooperation}, verbal conflict ${verbalConflict}, material conflict ${materialConflict}; `
                + `Goldstein sum ${stance.goldsteinSum.toFixed(1)}.`),
            el('p', {}, stance.activeMeasures.length ? `Measures in force: ${stance.activeMeasures.join(', ')}`
                : 'No measure in force.'),
            el('h4', {}, 'Deciding events'), basis);
        if (!stance.basis.length) {
            return;
        }
        // The list names ids; the event list of the pair at the same cutoff gives them dates and summaries.
        try {
            const page = await get('/api/events', {...this.cutoff, pair: `${stance.actor}-${stance.toward}`, limit: 1000});
            const byId = new Map(page.items.map(event => [event.eventId, event]));
            for (const item of basis.children) {
                const event = byId.get(item.dataset.eventId);
                if (event) {
                    fill(item, el('time', {datetime: event.date}, dateText(event.date, event.datePrecision)), ' ',
                        `${event.actor} → ${event.targets.join(', ')}: `, event.summary);
                }
            }
        } catch (unavailable) {
            // The ids stay listed.
        }
    }
}
