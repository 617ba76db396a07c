import {css} from 'lit';

/** How one article looks, in a card or in a feed. */
export const articleStyles = css`
  /* An article's placeholder while it loads, about its final height so nothing shifts. */
  .skeleton {
    min-height: var(--nk-card-min-height, 12rem);
    border-radius: var(--_radius);
    background: var(--nk-skeleton-color, color-mix(in srgb, var(--_text) 8%, var(--_surface)));
  }
  [part~='article'] {
    --_card-border: var(--nk-card-border-color, var(--_border));
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: var(--nk-card-padding, var(--_space));
    background: var(--nk-card-background, var(--_surface));
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    cursor: pointer;
    min-width: 0;
  }
  [part~='article']:hover {
    border-color: var(--_accent);
  }
  [part~='headline'] {
    margin: 0;
    font-size: var(--nk-headline-font-size, 1.15em);
    line-height: 1.4;
    color: var(--nk-headline-color, var(--_text));
  }
  [part~='headline'] a {
    color: inherit;
    text-decoration: none;
  }
  [part~='headline'] a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  [part~='category'] {
    color: var(--_accent);
    font-weight: 600;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='source'] {
    padding: 0 0.5em;
    border: 1px solid var(--_card-border);
    border-radius: 999px;
  }
  [part~='summary'] {
    margin: 0;
  }
  [part~='entity'] {
    padding: 0.1em 0.6em;
    font-size: 0.85em;
    background: var(--nk-chip-background, color-mix(in srgb, var(--_accent) 8%, var(--_surface)));
    border-radius: 999px;
  }
  [part~='image'] {
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  [part~='related-heading'] {
    margin: 0 0 0.25em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  [part~='related'] ul {
    display: block;
    padding-inline-start: 1.2em;
    list-style: disc;
    font-size: 0.9em;
  }
  [part~='related'] a {
    color: var(--_accent);
  }
`;
