// Live: new events over the SSE stream (GET /api/stream). Its first event, "connected", names the
// position it starts after, as its id. The browser's EventSource resumes by itself after a dropped
// connection, sending the last id it saw as Last-Event-ID; when the server refused the stream (it
// closes then), the page opens it again after that id.
import {$, fill} from './dom.js';

const TYPES = ['ActorRegistered', 'CallHeld', 'IncidentRecorded', 'MeasureAnnounced', 'MeasureEased',
    'MeasureLifted', 'MeasureSuspended', 'MeasureThreatened', 'MeasureTightened', 'ThreatWithdrawn',
    'MeetingCancelled', 'MeetingHeld', 'MeetingScheduled', 'ProtestAcknowledged', 'ProtestDismissed',
    'ProtestLodged', 'ProtestRejected', 'ProtestUpheld', 'RetractionDemanded', 'RetractionRefused',
    'StatementMade', 'StatementRetracted', 'RecordCorrected', 'RecordRetracted'];
const RETRY_MS = 3000;

export class Live {
    // onEvent(event) for each new event; onConnected(fromTheEnd) each time the stream connects, fromTheEnd when
    // it started at the store's end rather than after an id the page had (so the page may have missed what came
    // before it).
    constructor(onEvent, onConnected) {
        this.onEvent = onEvent;
        this.onConnected = onConnected;
        this.count = 0;
        this.lastId = null;
        // A page kept in the back/forward cache would keep its stream's connection, and a browser opens six at most
        // to one host over HTTP/1.1: after a few visits its reads would wait for ever. The stream closes when the
        // page is hidden and opens again, after the last id it saw, when the page is shown.
        window.addEventListener('pagehide', () => this.close());
        window.addEventListener('pageshow', event => {
            if (event.persisted) {
                this.open();
            }
        });
        this.open();
    }

    close() {
        clearTimeout(this.retry);
        this.source?.close();
        this.source = null;
    }

    open() {
        this.close();
        const url = this.lastId === null ? '/api/stream' : `/api/stream?after=${encodeURIComponent(this.lastId)}`;
        const source = new EventSource(url);
        source.addEventListener('open', () => this.status('live', 'connected'));
        source.addEventListener('error', () => {
            if (source.readyState === EventSource.CLOSED) {
                this.status('offline', 'reconnecting');
                this.retry = setTimeout(() => this.open(), RETRY_MS);
            } else {
                this.status('reconnecting', 'reconnecting');
            }
        });
        source.addEventListener('connected', message => {
            const fromTheEnd = this.lastId === null;
            if (message.lastEventId) {
                this.lastId = message.lastEventId;
            }
            this.onConnected(fromTheEnd);
        });
        for (const type of TYPES) {
            source.addEventListener(type, message => this.received(message));
        }
        this.source = source;
    }

    received(message) {
        this.lastId = message.lastEventId;
        this.count += 1;
        const badge = $('live-count');
        badge.hidden = false;
        fill(badge, `${this.count} new`);
        badge.dataset.count = String(this.count);
        this.onEvent(JSON.parse(message.data));
    }

    status(text, state) {
        fill($('live-state'), text);
        $('live').dataset.state = state;
    }
}
