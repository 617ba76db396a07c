// The manifest describes the public API only: the element modules, the shared list base they
// inherit from, and the event classes. Its events are the documented `nk-*` ones (`@fires` in the
// class JSDoc): the analyser also reads `dispatchEvent(new FeedErrorEvent(error))` as an event
// named "error", which no element fires.
const publicEvent = (event) => event.name?.startsWith('nk-') && event.description;

export default {
  globs: [
    'src/index.ts',
    'src/news-feed/news-feed.ts',
    'src/event-card/event-card.ts',
    'src/timeline/timeline.ts',
    'src/script-switch/script-switch.ts',
    'src/view/article-list.ts',
    'src/view/events.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'nk-documented-events-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter(publicEvent);
          }
        }
      },
    },
  ],
};
