// Opens the document at ?src= (the service's TimelineJS export) in TimelineJS 3, and says on
// <body data-timeline="ready"> once the library has built it, or data-timeline="failed: …".
const source = new URL(location.href).searchParams.get('src');
try {
    const response = await fetch(source);
    const exported = await response.json();
    const timeline = new TL.Timeline('timeline-embed', exported, {
        script_path: new URL('lib/package/dist/js/', location.href).href,
        // No web font: the default one comes from Google's servers.
        font: null
    });
    timeline.on('ready', () => {
        document.body.dataset.timeline = 'ready';
    });
} catch (failure) {
    document.body.dataset.timeline = `failed: ${failure}`;
}
