// Builds elements with text as text: every string from the store goes in through a text node,
// never through innerHTML, so a summary such as <img onerror=...> shows as it was written.

export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (name === 'dataset') {
            Object.assign(element.dataset, value);
        } else if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2), value);
        } else if (name === 'hidden' || name === 'disabled' || name === 'checked' || name === 'selected') {
            element[name] = Boolean(value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat()) {
        if (child === undefined || child === null || child === false) {
            continue;
        }
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/** Replaces what an element holds. */
export function fill(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
}

export const $ = id => document.getElementById(id);

/** A link only for http(s) addresses: a javascript: or data: URL from the store is shown as text. */
export function safeLink(url, text) {
    try {
        const parsed = new URL(url, location.href);
        if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
            return el('a', {href: parsed.href, rel: 'noopener noreferrer', target: '_blank'}, text);
        }
    } catch (notAUrl) {
        // falls through to text
    }
    return el('span', {}, text);
}

/** 2010-09-07 as precise as it is known: 2010-09-07, 2010-09 or 2010. */
export function dateText(date, precision) {
    if (!date) {
        return '';
    }
    if (precision === 'YEAR') {
        return date.slice(0, 4);
    }
    if (precision === 'MONTH') {
        return date.slice(0, 7);
    }
    return date;
}
