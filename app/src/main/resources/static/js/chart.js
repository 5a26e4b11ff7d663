// The tension chart of a pair (DESIGN §6): the monthly score, the 8.0 threshold, the escalation
// episodes shaded with their peaks, a cursor at asOf; zoom and pan; a click picks a period.
import {label, labels} from './periods.js';

// Imported when the page runs, not before: its megabyte is parsed while the first reads are under way.
const library = import('/webjars/echarts/dist/echarts.esm.min.js');

export const THRESHOLD = 8.0;
const FIRST_MONTH = '2010-01';

export class TensionChart {
    constructor(container, handlers) {
        this.container = container;
        this.axis = [];
        this.zoomed = null;
        this.ready = library.then(echarts => {
            this.echarts = echarts;
            this.chart = echarts.init(container, null, {renderer: 'canvas'});
            this.listen(handlers);
        });
    }

    listen({onPeriod, onRange}) {
        this.chart.on('click', params => {
            if (params.componentType === 'series' && params.name) {
                onPeriod(params.name);
            } else if (params.componentType === 'markArea' && params.data && params.data.period) {
                onRange(params.data.period.from, params.data.period.to);
            }
        });
        let pending;
        this.chart.on('datazoom', () => {
            clearTimeout(pending);
            pending = setTimeout(() => {
                const zoom = this.chart.getOption().dataZoom[0];
                const from = this.axis[zoom.startValue ?? 0];
                const to = this.axis[zoom.endValue ?? this.axis.length - 1];
                const whole = (zoom.startValue ?? 0) === 0 && (zoom.endValue ?? this.axis.length - 1) === this.axis.length - 1;
                this.zoomed = whole ? null : {startValue: zoom.startValue, endValue: zoom.endValue};
                onRange(whole ? null : from, whole ? null : to);
            }, 250);
        });
        new ResizeObserver(() => this.chart.resize()).observe(this.container);
    }

    /** Draws a timeline answer on an axis from 2010-01 to `lastMonth`, the cursor at the asOf month. */
    async render(timeline, {granularity, lastMonth, cursorMonth}) {
        await this.ready;
        const axis = labels(granularity, FIRST_MONTH, lastMonth);
        if (axis.join() !== this.axis.join()) {
            this.zoomed = null;
        }
        this.axis = axis;
        const byPeriod = new Map(timeline.points.map(point => [point.period, point]));
        const tension = axis.map(period => byPeriod.has(period) ? byPeriod.get(period).tension : null);
        const episodes = timeline.episodes.map(episode => [
            {name: `episode from ${episode.start}`, xAxis: label(granularity, episode.start),
                period: {from: label(granularity, episode.start), to: label(granularity, episode.end)}},
            {xAxis: label(granularity, episode.end)}]);
        const peaks = timeline.episodes.map(episode => ({
            name: `peak ${episode.peak}`, coord: [label(granularity, episode.peak), episode.peakTension],
            value: episode.peakTension.toFixed(1)}));
        const cursor = label(granularity, cursorMonth);
        this.chart.setOption({
            animation: false,
            grid: {left: 48, right: 24, top: 24, bottom: 72},
            tooltip: {
                trigger: 'axis',
                // Drawn on the canvas, not as HTML: nothing in it can be markup.
                renderMode: 'richText',
                formatter: items => {
                    const point = byPeriod.get(items[0].name);
                    if (!point) {
                        return `${items[0].name}\nnot yet at this asOf`;
                    }
                    return `${point.period}\ntension ${point.tension.toFixed(2)}\nconflict ${point.conflict.toFixed(1)}`
                        + `\ncooperation ${point.cooperation.toFixed(1)}\nevents ${point.events}`;
                }
            },
            xAxis: {type: 'category', data: axis, boundaryGap: false},
            yAxis: {type: 'value', name: 'tension', min: 0},
            dataZoom: [
                {type: 'slider', bottom: 16, ...(this.zoomed || {start: 0, end: 100})},
                {type: 'inside'}],
            series: [{
                name: 'tension', type: 'line', data: tension, showSymbol: false, connectNulls: false,
                lineStyle: {width: 2, color: '#0072B2'}, itemStyle: {color: '#0072B2'},
                areaStyle: {color: 'rgba(0, 114, 178, 0.12)'},
                markLine: {
                    symbol: 'none', silent: true,
                    data: [
                        {name: 'threshold', yAxis: THRESHOLD, label: {formatter: 'threshold 8.0', position: 'insideEndTop'},
                            lineStyle: {color: '#D55E00', type: 'dashed'}},
                        ...(axis.includes(cursor) ? [{name: 'as of', xAxis: cursor,
                            label: {formatter: 'as of', position: 'insideEndTop'}, lineStyle: {color: '#333'}}] : [])]
                },
                markArea: {itemStyle: {color: 'rgba(213, 94, 0, 0.15)'}, data: episodes},
                markPoint: {symbol: 'pin', symbolSize: 44, itemStyle: {color: '#D55E00'}, data: peaks}
            }]
        }, {replaceMerge: ['series']});
    }

    /**
     * The chart as a data URL: PNG from this canvas, SVG drawn again by ECharts' SVG renderer in its
     * server-side mode, which builds a string and writes no inline style into the page (the CSP refuses that).
     */
    image(type) {
        if (type === 'png') {
            return this.chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
        }
        // A detached element: only there for dispose() to clear its mark on.
        const svg = this.echarts.init(document.createElement('div'), null, {renderer: 'svg', ssr: true, width: this.chart.getWidth(), height: this.chart.getHeight()});
        try {
            svg.setOption({...this.chart.getOption(), animation: false, backgroundColor: '#fff'});
            return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.renderToSVGString())}`;
        } finally {
            svg.dispose();
        }
    }
}
