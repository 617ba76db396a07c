import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';

// The manifest describes the public API only: the element modules, the shared list base they
// inherit from, and the event classes. Its events are the documented `nk-*` ones (`@fires` in the
// class JSDoc): the analyser also reads `dispatchEvent(new FeedErrorEvent(error))` as an event
// named "error", which no element fires.
const publicEvent = (event) => event.name?.startsWith('nk-') && event.description;

// Editor data, written into dist/ at every build and shipped with it: VS Code's custom data
// (`html.customData`, `css.customData`) and JetBrains' web-types (found through package.json's
// "web-types"). They run after the event filter below, so editors offer only the documented events.
const editorData = {outdir: 'dist', descriptionSrc: 'description', hideLogs: true};

/** The build stays silent when it succeeds: these plugins print "Generated …" despite `hideLogs`. */
function quiet(plugin) {
  const wrapped = {...plugin};
  for (const [key, phase] of Object.entries(plugin)) {
    if (typeof phase !== 'function') continue;
    wrapped[key] = (...args) => {
      const log = console.log;
      console.log = () => {};
      try {
        return phase(...args);
      } finally {
        console.log = log;
      }
    };
  }
  return wrapped;
}

export default {
  globs: [
    'src/index.ts',
    'src/news-feed/news-feed.ts',
    'src/event-card/event-card.ts',
    'src/timeline/timeline.ts',
    'src/script-switch/script-switch.ts',
    'src/view/article-element.ts',
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
    quiet(customElementVsCodePlugin({
      ...editorData,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    })),
    quiet(customElementJetBrainsPlugin({...editorData, webTypesFileName: 'web-types.json', packageJson: false})),
  ],
};
