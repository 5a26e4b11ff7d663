// Record a development: a form for the commands of the vocabulary. It asks for the write token
// (kept in this tab's sessionStorage only) and shows a refusal's problem details next to the field it names.
import {$, el, fill} from './dom.js';
import {post, Problem} from './api.js';

const TOKEN_KEY = 'escalation-timeline-token';
const ACTOR_HINT = 'an actor code such as CHN';
const PRECISIONS = ['DAY', 'MONTH', 'YEAR'];
const MEASURE_KINDS = ['EXPORT_BAN', 'EXPORT_CONTROL', 'LICENSING_REVIEW', 'QUOTA', 'EMBARGO', 'SANCTION', 'TARIFF',
    'IMPORT_BAN', 'ANTI_DUMPING_PROBE', 'INVESTIGATION', 'TRAVEL_ADVISORY'];

const actor = (name, text = 'Actor') => ({name, label: text, hint: ACTOR_HINT});
const actors = (name, text) => ({name, label: text, list: true, hint: 'codes, comma-separated'});
const choice = (name, text, options) => ({name, label: text, options});
const development = [
    {name: 'id', label: 'Id (optional)', hint: 'lower case, digits and dashes'},
    {name: 'date', label: 'Date', type: 'date'},
    choice('datePrecision', 'Date precision', PRECISIONS),
    {name: 'summary', label: 'Summary', textarea: true},
    {name: 'publication', label: 'Source: publication', source: true},
    {name: 'url', label: 'Source: address', type: 'url', source: true},
    {name: 'publishedOn', label: 'Source: published on', type: 'date', source: true}];
const measure = [actor('actor'), actors('targets', 'Targets'), choice('kind', 'Kind', MEASURE_KINDS),
    {name: 'items', label: 'Items', list: true, hint: 'comma-separated'},
    {name: 'effectiveOn', label: 'Effective on (optional)', type: 'date'}];

/** Each command: its path, its own fields, then the fields every development shares. */
const COMMANDS = {
    measure: {title: 'Announce a measure', path: () => '/api/measures', fields: [...measure, ...development]},
    threat: {title: 'Threaten a measure', path: () => '/api/measures/threats', fields: [...measure, ...development]},
    protest: {title: 'Lodge a protest', path: () => '/api/protests', fields: [actor('actor'), actor('against', 'Against'),
        choice('forum', 'Forum', ['DIPLOMATIC', 'WTO', 'G7', 'UN', 'OTHER']),
        {name: 'aboutMeasure', label: 'About measure (optional id)', body: 'about'}, ...development]},
    statement: {title: 'Make a statement', path: () => '/api/statements', fields: [actor('actor'),
        {name: 'speaker', label: 'Speaker'}, actors('about', 'About'),
        choice('tone', 'Tone', ['HOSTILE', 'CRITICAL', 'NEUTRAL', 'CONCILIATORY', 'SUPPORTIVE']),
        {name: 'topic', label: 'Topic (optional)'}, ...development]},
    call: {title: 'Hold a call', path: () => '/api/calls', fields: [actors('participants', 'Participants'), ...development]},
    meeting: {title: 'Schedule or hold a meeting', path: () => '/api/meetings', fields: [
        choice('kind', 'Kind', ['MEETING', 'STATE_VISIT', 'SUMMIT']), actors('participants', 'Participants'),
        {name: 'host', label: 'Host (optional)', hint: ACTOR_HINT},
        {name: 'held', label: 'It took place', type: 'checkbox'},
        choice('outcome', 'Outcome', ['', 'NONE', 'AGREEMENT']), ...development]},
    incident: {title: 'Record an incident', path: () => '/api/incidents', fields: [actor('actor'), actors('targets', 'Targets'),
        {name: 'cameo', label: 'CAMEO code', hint: 'such as 173'}, ...development]},
    correction: {title: 'Correct a record', path: values => `/api/records/${encodeURIComponent(values.eventId || '-')}/corrections`,
        fields: [{name: 'eventId', label: 'Event id', path: true},
            {name: 'date', label: 'New date (optional)', type: 'date'}, choice('datePrecision', 'Date precision', ['', ...PRECISIONS]),
            {name: 'summary', label: 'New summary (optional)', textarea: true}, {name: 'reason', label: 'Reason'}]},
    retraction: {title: 'Retract a record', path: values => `/api/records/${encodeURIComponent(values.eventId || '-')}/retraction`,
        fields: [{name: 'eventId', label: 'Event id', path: true}, {name: 'reason', label: 'Reason'}]}
};

function input(field) {
    const id = `record-${field.name}`;
    const attributes = {id, name: field.name, 'aria-describedby': `${id}-error`};
    let control;
    if (field.options) {
        control = el('select', attributes, field.options.map(option => el('option', {value: option}, option || '(none)')));
    } else if (field.textarea) {
        control = el('textarea', {...attributes, rows: 2, maxlength: 500});
    } else {
        control = el('input', {...attributes, type: field.type || 'text', placeholder: field.hint});
    }
    const text = el('span', {class: 'label'}, field.label);
    return el('div', {class: `field ${field.type === 'checkbox' ? 'check' : ''}`, dataset: {field: field.name}},
        field.type === 'checkbox' ? el('label', {for: id}, control, ' ', text) : [el('label', {for: id}, text), control],
        el('p', {class: 'field-error', id: `${id}-error`, role: 'alert'}));
}

function body(command, values) {
    const json = {};
    const source = {};
    for (const field of command.fields) {
        const value = values[field.name];
        if (field.path || value === '' || value === undefined || value === false) {
            continue;
        }
        if (field.source) {
            source[field.name] = value;
        } else if (field.list) {
            json[field.name] = value.split(',').map(part => part.trim()).filter(Boolean);
        } else if (field.body === 'about') {
            json.about = {measure: value};
        } else {
            json[field.name] = value;
        }
    }
    if (Object.keys(source).length) {
        json.sources = [source];
    }
    return json;
}

/** The input a problem's field names: `targets[0]` is targets, `sources[0].url` the source's url, `about.measure` aboutMeasure. */
function inputName(command, field) {
    const names = command.fields.map(f => f.name);
    if (names.includes(field)) {
        return field;
    }
    const source = /^sources(\[\d+])?\.(\w+)/.exec(field);
    if (source && names.includes(source[2])) {
        return source[2];
    }
    if (field.startsWith('about.') && names.includes('aboutMeasure')) {
        return 'aboutMeasure';
    }
    const head = field.split(/[.[]/)[0];
    if (head === 'sources' && names.includes('publication')) {
        return 'publication';
    }
    return names.includes(head) ? head : null;
}

export class RecordForm {
    constructor(form) {
        this.form = form;
        const token = el('input', {id: 'record-token', name: 'token', type: 'password', autocomplete: 'off',
            'aria-describedby': 'record-token-error'});
        token.value = sessionStorage.getItem(TOKEN_KEY) || '';
        token.addEventListener('change', () => sessionStorage.setItem(TOKEN_KEY, token.value));
        this.kind = el('select', {id: 'record-command', name: 'command'},
            Object.entries(COMMANDS).map(([name, command]) => el('option', {value: name}, command.title)));
        this.kind.addEventListener('change', () => this.showFields());
        this.fields = el('div', {class: 'fields'});
        this.outcome = el('p', {id: 'record-outcome', class: 'outcome', role: 'status'});
        fill(form,
            el('div', {class: 'field'}, el('label', {for: 'record-token'}, el('span', {class: 'label'}, 'Write token (kept for this tab only)')),
                token, el('p', {class: 'field-error', id: 'record-token-error', role: 'alert'})),
            el('div', {class: 'field'}, el('label', {for: 'record-command'}, el('span', {class: 'label'}, 'What happened')), this.kind),
            this.fields,
            el('button', {type: 'submit', id: 'record-submit'}, 'Record'),
            this.outcome);
        form.addEventListener('submit', event => {
            event.preventDefault();
            this.submit();
        });
        this.showFields();
    }

    command() {
        return COMMANDS[this.kind.value];
    }

    showFields() {
        fill(this.fields, this.command().fields.map(input));
    }

    clearErrors() {
        for (const error of this.form.querySelectorAll('.field-error')) {
            fill(error);
        }
        for (const invalid of this.form.querySelectorAll('[aria-invalid]')) {
            invalid.removeAttribute('aria-invalid');
        }
        fill(this.outcome);
        this.outcome.className = 'outcome';
    }

    showError(name, message) {
        const control = this.form.querySelector(`#record-${name}`);
        control.setAttribute('aria-invalid', 'true');
        const error = this.form.querySelector(`#record-${name}-error`);
        fill(error, error.textContent ? `${error.textContent}; ${message}` : message);
    }

    async submit() {
        this.clearErrors();
        const command = this.command();
        const values = {};
        for (const field of command.fields) {
            const control = this.form.querySelector(`#record-${field.name}`);
            values[field.name] = field.type === 'checkbox' ? control.checked : control.value.trim();
        }
        const token = this.form.querySelector('#record-token').value;
        sessionStorage.setItem(TOKEN_KEY, token);
        try {
            const answer = await post(command.path(values), body(command, values), token);
            const appended = answer.events.map(event => `${event.type} at position ${event.position}`).join(', ');
            this.outcome.classList.add('accepted');
            fill(this.outcome, `Recorded ${answer.id}: ${appended || 'nothing new (the same request was sent before)'}.`);
        } catch (failure) {
            if (!(failure instanceof Problem)) {
                throw failure;
            }
            this.outcome.classList.add('refused');
            const placed = [];
            for (const error of failure.errors) {
                const name = inputName(command, error.field);
                if (name) {
                    this.showError(name, error.message);
                    placed.push(name);
                }
            }
            if (failure.status === 401) {
                this.showError('token', failure.problem.detail || 'the write token is missing or wrong');
                placed.push('token');
            }
            const title = failure.problem.title || `HTTP ${failure.status}`;
            fill(this.outcome, `${title}: ${failure.message}`);
            const first = placed.length ? this.form.querySelector(`#record-${placed[0]}`) : null;
            first?.focus();
        }
    }
}
