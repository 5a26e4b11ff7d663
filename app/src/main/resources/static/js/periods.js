// Months, quarters and years as the timeline labels them (2010-09, 2010-Q3, 2010), and the dates they cover.

export function monthOf(date) {
    return date.slice(0, 7);
}

export function label(granularity, month) {
    const [year, m] = month.split('-').map(Number);
    if (granularity === 'YEAR') {
        return String(year);
    }
    if (granularity === 'QUARTER') {
        return `${year}-Q${Math.floor((m - 1) / 3) + 1}`;
    }
    return month;
}

export function nextMonth(month, step = 1) {
    const [year, m] = month.split('-').map(Number);
    const index = year * 12 + (m - 1) + step;
    return `${Math.floor(index / 12)}-${String(index % 12 + 1).padStart(2, '0')}`;
}

/** Every month from one to the other, both included. */
export function months(from, to) {
    const list = [];
    for (let month = from; month <= to; month = nextMonth(month)) {
        list.push(month);
    }
    return list;
}

/** The labels of the periods from one month to another, in order, each once. */
export function labels(granularity, from, to) {
    return [...new Set(months(from, to).map(month => label(granularity, month)))];
}

function lastDay(month) {
    const [year, m] = month.split('-').map(Number);
    return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

export function endOfMonth(month) {
    return lastDay(month);
}

/** The first and last day of a period label: {from: '2010-07-01', to: '2010-09-30'}. */
export function range(period) {
    if (/^\d{4}$/.test(period)) {
        return {from: `${period}-01-01`, to: `${period}-12-31`};
    }
    const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
    if (quarter) {
        const first = (Number(quarter[2]) - 1) * 3 + 1;
        const start = `${quarter[1]}-${String(first).padStart(2, '0')}`;
        return {from: `${start}-01`, to: lastDay(nextMonth(start, 2))};
    }
    return {from: `${period}-01`, to: lastDay(period)};
}
