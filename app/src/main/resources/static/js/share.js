// Share and export: the link of this view, the TimelineJS and CSV exports at its cutoff, the chart as PNG or SVG.
import {$, fill} from './dom.js';
import {query} from './api.js';
import {toUrl} from './state.js';

function download(dataUrl, name) {
    const link = document.createElement('a');
    link.href = dataUrl;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
}

export class Share {
    constructor(chart, currentState) {
        this.currentState = currentState;
        $('png').addEventListener('click', () => download(chart.image('png'), `${this.name()}.png`));
        $('svg').addEventListener('click', () => download(chart.image('svg'), `${this.name()}.svg`));
        $('share').addEventListener('click', async () => {
            const link = toUrl(this.currentState());
            try {
                await navigator.clipboard.writeText(link);
                fill($('share-state'), 'link copied');
            } catch (refused) {
                fill($('share-state'), link);
            }
        });
    }

    name() {
        const state = this.currentState();
        return `tension-${state.pair}-${state.asOf || 'today'}`;
    }

    /** The export links follow the view. */
    show(state) {
        const cutoff = {asOf: state.asOf, knownAt: state.knownAt};
        $('timelinejs').href = query('/api/export/timelinejs', {pair: state.pair, ...cutoff});
        $('timelinejs').download = `timeline-${state.pair}.json`;
        $('csv').href = query('/api/export/events.csv', {pair: state.pair, ...cutoff});
        $('csv').download = `events-${state.pair}.csv`;
    }
}
