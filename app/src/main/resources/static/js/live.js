// Live: new events over the SSE stream (GET /api/stream). The browser's EventSource resumes by
// itself after a dropped connection, sending Last-Event-ID; when the server refused the stream
// (it closes then), the page opens it again after the last id it saw.
import {$, fill} from './dom.js';

const TYPES = ['ActorRegistered', 'CallHeld', 'IncidentRecorded', 'MeasureAnnounced', 'MeasureEased',
    'MeasureLifted', 'MeasureSuspended', 'MeasureThreatened', 'MeasureTightened', 'ThreatWithdrawn',
    'MeetingCancelled', 'MeetingHeld', 'MeetingScheduled', 'ProtestAcknowledged', 'ProtestDismissed',
    'ProtestLodged', 'ProtestRejected', 'ProtestUpheld', 'RetractionDemanded', 'RetractionRefused',
    'StatementMade', 'StatementRetracted', 'RecordCorrected', 'RecordRetracted'];
const RETRY_MS = 3000;

export class Live {
    constructor(onEvent) {
        this.onEvent = onEvent;
        this.count = 0;
        this.lastId = null;
        this.open();
    }

    open() {
        const url = this.lastId === null ? '/api/stream' : `/api/stream?after=${encodeURIComponent(this.lastId)}`;
        const source = new EventSource(url);
        source.addEventListener('open', () => this.status('live', 'connected'));
        source.addEventListener('error', () => {
            if (source.readyState === EventSource.CLOSED) {
                this.status('offline', 'reconnecting');
                setTimeout(() => this.open(), RETRY_MS);
            } else {
                this.status('reconnecting', 'reconnecting');
            }
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
