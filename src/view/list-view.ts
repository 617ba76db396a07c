import type {ReactiveControllerHost} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import {uiLang, type Article, type Variant} from '../core/vocabulary.js';
import type {SortOrder} from '../data/filter.js';
import {loadUiStrings} from '../i18n/strings.js';
import type {Glossary} from '../text/glossary.js';
import type {ActiveFilters} from './events.js';
import {mostCommonLang, type ListView} from './list-controls.js';

/** What a list's view is derived from. */
export type ViewInputs = readonly [
  loaded: readonly Article[],
  filters: ActiveFilters & {sort: SortOrder},
  count: number,
  variant: Variant | undefined,
  glossary: Glossary | undefined,
  /** Changes when the page's glossary does. */
  glossaryVersion: number,
  /** The list shows filter chips (`filterable`): only then are they counted, over every article. */
  chips: boolean,
];

/**
 * The view module, once loaded. Asked again, `import()` resolves no sooner than the browser's next
 * task (after a frame, when one is due): every derivation (a variant switch, a keystroke of a
 * search) would wait for it.
 */
let present: typeof import('./present.js') | undefined;

/**
 * Article[] → filter/sort → search → the visible page → convert, in the lazy view module; the
 * list's own words in the view's language come with it, so they never show in another script first.
 */
export async function derive([loaded, filters, count, variant, glossary, /* glossaryVersion: reruns the task only */, chips]: ViewInputs): Promise<ListView> {
  const {feedView, entityName} = (present ??= await import('./present.js'));
  // The view first: it starts the conversion's downloads, the longer wait, before the words'.
  const [view] = await Promise.all([
    feedView(loaded, filters, count, variant, glossary, {chips}),
    loadUiStrings(uiLang(variant, mostCommonLang(loaded) ?? 'zh-Hant-TW')),
  ]);
  return {...view, loaded, variant, entityName};
}

/**
 * A list's view, derived again (with `@lit/task`) whenever an input changes. A server-rendered
 * list shows the server's view until the browser has derived its own, which is the same.
 */
export class ListViewTask {
  readonly #task: Task<ViewInputs, ListView>;
  #snapshot?: ListView;

  /** `failed` hears a view module that could not load: the list says so as for a failed feed. */
  constructor(host: ReactiveControllerHost, inputs: () => ViewInputs, failed: (cause: unknown) => void) {
    this.#task = new Task(host, {
      args: inputs,
      task: (args) => derive(args).catch((cause) => {
        failed(cause);
        throw cause;
      }),
    });
  }

  get value(): ListView | undefined {
    return this.#task.value ?? this.#snapshot;
  }

  get failed(): boolean {
    return this.#task.status === TaskStatus.ERROR;
  }

  /** Settles when the view in progress is derived (or has failed). */
  get complete(): Promise<unknown> {
    return this.#task.taskComplete.catch(() => undefined);
  }

  /** Shows what a server rendered; returns the articles it was derived from. */
  adopt(view: ListView): readonly Article[] {
    this.#snapshot = view;
    return view.loaded;
  }
}
