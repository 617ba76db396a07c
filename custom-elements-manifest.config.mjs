import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import ts from 'typescript';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Every `type X = 'a' | 'b'` in src/ (a union of string literals), as that union's text. The
 * analyser writes an attribute's type as declared (`Variant | undefined`), and the editors offered
 * the alias's name as the value to type: they get the union instead (`expandedType`, below).
 */
function literalUnions() {
  const unions = new Map();
  for (const file of readdirSync('src', {recursive: true})) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const source = ts.createSourceFile(file, readFileSync(`src/${file}`, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isTypeAliasDeclaration(statement) || !ts.isUnionTypeNode(statement.type)) continue;
      const literals = statement.type.types.map((type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? `'${type.literal.text}'` : undefined);
      if (literals.every(Boolean)) unions.set(statement.name.text, literals.join(' | '));
    }
  }
  return unions;
}

/** A type's text with the aliases replaced by their unions; an attribute's without `undefined` (absent is not a value). */
function expand(text, unions, attribute) {
  const parts = text.split('|').map((part) => part.trim()).filter((part) => !(attribute && (part === 'undefined' || part === 'null')));
  return parts.map((part) => unions.get(part) ?? part).join(' | ');
}

/** The element's reference page as the package ships it (scripts/api-docs.mjs writes docs/elements/). */
const docUrl = (tag) => `https://cdn.jsdelivr.net/npm/nk-news@${version}/docs/elements/${tag}.md`;

// The manifest describes the public API only: the element modules, the shared list base they
// inherit from, and the event classes. Its events are the documented `nk-*` ones (`@fires` in the
// class JSDoc): the analyser also reads `dispatchEvent(new FeedErrorEvent(error))` as an event
// named "error", which no element fires.
const publicEvent = (event) => event.name?.startsWith('nk-') && event.description;

// Editor data, written into dist/ at every build and shipped with it: VS Code's custom data
// (`html.customData`, `css.customData`) and JetBrains' web-types (found through package.json's
// "web-types"). They run after the event filter below, so editors offer only the documented events.
const editorData = {outdir: 'dist', descriptionSrc: 'description', hideLogs: true, typesSrc: 'expandedType'};

/**
 * VS Code's CSS data, one entry per part and custom property: the plugin writes one per element
 * that has it (25 parts twice or thrice). An entry says which elements have it, and what it is in
 * each when that differs.
 */
function mergeCssData(manifest, file) {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  const merged = (kind, nameOf) => {
    const entries = new Map();
    for (const element of elements) {
      for (const item of element[kind] ?? []) {
        const name = nameOf(item.name);
        const entry = entries.get(name) ?? entries.set(name, {name, by: new Map()}).get(name);
        const text = item.description ?? '';
        entry.by.set(text, [...(entry.by.get(text) ?? []), element.tagName]);
      }
    }
    return [...entries.values()].map(({name, by}) => {
      const texts = [...by].map(([text, tags]) => (by.size > 1 ? `${tags.map((tag) => `<${tag}>`).join(', ')}: ${text}` : text));
      const tags = [...by.values()].flat();
      return {name, description: `${texts.join('\n\n')}\n\n(${tags.map((tag) => `<${tag}>`).join(', ')})`};
    });
  };
  const data = JSON.parse(readFileSync(file, 'utf8'));
  data.properties = merged('cssProperties', (name) => name).map((entry) => ({...entry, values: []}));
  data.pseudoElements = merged('cssParts', (name) => `::part(${name})`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}


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
        const unions = literalUnions();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter(publicEvent);
            for (const attribute of declaration.attributes ?? []) {
              if (attribute.type?.text) attribute.expandedType = {text: expand(attribute.type.text, unions, true)};
            }
            for (const member of declaration.members ?? []) {
              if (member.kind === 'field' && member.type?.text) member.expandedType = {text: expand(member.type.text, unions, false)};
            }
          }
        }
      },
    },
    quiet(customElementVsCodePlugin({
      ...editorData,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      referencesTemplate: (name, tag) => [{name: 'Reference', url: docUrl(tag)}],
    })),
    {
      name: 'nk-css-data-once',
      packageLinkPhase: ({customElementsManifest}) => mergeCssData(customElementsManifest, 'dist/vscode.css-custom-data.json'),
    },
    quiet(customElementJetBrainsPlugin({
      ...editorData,
      webTypesFileName: 'web-types.json',
      packageJson: false,
      referenceTemplate: (name, tag) => ({name: 'Reference', url: docUrl(tag)}),
    })),
  ],
};
