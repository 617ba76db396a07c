import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Article} from '../data/article.js';
import {httpUrl} from '../data/url.js';
import {formatPublished} from '../i18n/format-date.js';
import type {UiLang, UiStrings} from '../i18n/strings.js';

/** What a story's markup needs besides the story: shared by the card and the feed. */
export interface ArticleViewOptions {
  layout: 'full' | 'compact';
  /** BCP 47 tag of the text as shown (after any conversion). */
  lang: string;
  uiLang: UiLang;
  ui: UiStrings;
  /** The entity's name as the reader's region writes it. */
  entityName: (id: string) => string;
  /** Set on each story inside a feed, for the WAI-ARIA feed pattern. */
  feedPosition?: {index: number; size: number};
  headingId?: string;
  /** Outline level of the headline (default 3), for lists that put headings above stories. */
  headingLevel?: number;
  related?: readonly Article[];
  now?: number;
}

/**
 * One story's markup. Every string is rendered as text (Lit escapes it), links only when they are
 * http(s). The feed and the card both use it, so a story reads the same in each.
 */
export function renderArticle(article: Article, options: ArticleViewOptions) {
  const {layout, ui, feedPosition, headingId} = options;
  const url = httpUrl(article.url);
  const image = httpUrl(article.image?.url);
  const full = layout === 'full';
  return html`<article
    part="article"
    class=${layout}
    lang=${options.lang}
    tabindex="0"
    data-id=${article.id}
    aria-labelledby=${ifDefined(headingId)}
    aria-posinset=${ifDefined(feedPosition && feedPosition.index + 1)}
    aria-setsize=${ifDefined(feedPosition?.size)}
  >
    ${full && image
      ? html`<img part="image" src=${image} alt=${article.image?.alt ?? ''} loading="lazy" />`
      : nothing}
    <h3
      part="headline"
      id=${ifDefined(headingId)}
      role=${ifDefined(options.headingLevel && options.headingLevel !== 3 ? 'heading' : undefined)}
      aria-level=${ifDefined(options.headingLevel && options.headingLevel !== 3 ? options.headingLevel : undefined)}
    >
      ${url ? html`<a href=${url} rel="noopener">${article.title}</a>` : article.title}
    </h3>
    <div part="meta">
      <time datetime=${article.published} lang=${options.uiLang}
        >${formatPublished(article.published, options.uiLang, undefined, options.now)}</time
      >
      ${article.category ? html`<span part="category">${article.category}</span>` : nothing}
      ${article.sources.length
        ? html`<ul class="sources" aria-label=${ui.sources}>
            ${article.sources.map((source) => html`<li part="source">${source}</li>`)}
          </ul>`
        : nothing}
    </div>
    ${full && article.summary ? html`<p part="summary">${article.summary}</p>` : nothing}
    ${full && article.entities.length
      ? html`<ul class="entities" aria-label=${ui.entities}>
          ${article.entities.map((id) => html`<li part="entity" data-entity=${id}>${options.entityName(id)}</li>`)}
        </ul>`
      : nothing}
    ${full && options.related?.length
      ? html`<section part="related" aria-label=${ui.related}>
          <h4>${ui.related}</h4>
          <ul>
            ${options.related.map((other) => {
              const link = httpUrl(other.url);
              return html`<li>${link ? html`<a href=${link} rel="noopener">${other.title}</a>` : other.title}</li>`;
            })}
          </ul>
        </section>`
      : nothing}
  </article>`;
}
