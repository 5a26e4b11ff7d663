// Time travel: the asOf slider (a month a step) with its date and a play button that walks the
// months of 2010–2026, the knownAt picker (what was known at an instant) and the compare cutoff.
import {$} from './dom.js';
import {endOfMonth, monthOf, months} from './periods.js';
import {today} from './state.js';

const FIRST_MONTH = '2010-01';
const STEP_PAUSE_MS = 250;

/** datetime-local shows UTC here: the value without its zone, and back. */
function toLocalInput(instant) {
    return instant ? new Date(instant).toISOString().replace('Z', '') : '';
}

function fromLocalInput(value) {
    if (!value) {
        return '';
    }
    const withSeconds = value.length === 16 ? `${value}:00` : value;
    return new Date(`${withSeconds}Z`).toISOString();
}

export class TimeTravel {
    /** `change(partial)` updates the view and resolves once it is drawn. */
    constructor(lastMonth, change) {
        this.months = months(FIRST_MONTH, lastMonth);
        this.change = change;
        this.playing = false;
        this.slider = $('asof-slider');
        this.slider.max = String(this.months.length - 1);
        this.slider.addEventListener('input', () => this.showMonth(this.months[Number(this.slider.value)]));
        this.slider.addEventListener('change', () => this.change({asOf: this.asOfOfMonth(this.months[Number(this.slider.value)])}));
        $('asof').addEventListener('change', event => this.change({asOf: event.target.value || ''}));
        $('asof-now').addEventListener('click', () => this.change({asOf: ''}));
        $('knownat').addEventListener('change', event => this.change({knownAt: fromLocalInput(event.target.value)}));
        $('knownat-now').addEventListener('click', () => this.change({knownAt: ''}));
        $('compare-on').addEventListener('change', event => this.change({
            compare: event.target.checked ? ($('compare').value || '2010-09-01') : ''}));
        $('compare').addEventListener('change', event => {
            if ($('compare-on').checked) {
                this.change({compare: event.target.value});
            }
        });
        $('play').addEventListener('click', () => (this.playing ? this.stop() : this.play()));
    }

    asOfOfMonth(month) {
        const end = endOfMonth(month);
        return end >= today() ? '' : end;
    }

    showMonth(month) {
        $('asof').value = this.asOfOfMonth(month) || today();
    }

    /** Puts the controls where the state is. */
    show(state) {
        const asOf = state.asOf || today();
        const index = this.months.indexOf(monthOf(asOf));
        this.slider.value = String(index >= 0 ? index : this.months.length - 1);
        this.slider.setAttribute('aria-valuetext', asOf);
        $('asof').value = asOf;
        $('knownat').value = toLocalInput(state.knownAt);
        $('compare-on').checked = Boolean(state.compare);
        if (state.compare) {
            $('compare').value = state.compare;
        }
    }

    async play() {
        this.playing = true;
        $('play').textContent = 'Pause';
        $('play').setAttribute('aria-pressed', 'true');
        let index = Number(this.slider.value);
        if (index >= this.months.length - 1) {
            index = 0;
        }
        while (this.playing && index < this.months.length) {
            await this.change({asOf: this.asOfOfMonth(this.months[index])});
            index += 1;
            if (this.playing) {
                await new Promise(resolve => setTimeout(resolve, STEP_PAUSE_MS));
            }
        }
        this.stop();
    }

    stop() {
        this.playing = false;
        $('play').textContent = 'Play';
        $('play').setAttribute('aria-pressed', 'false');
    }
}
