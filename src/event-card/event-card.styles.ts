import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .skeleton {
    min-height: var(--nk-card-min-height, 12rem);
    border-radius: var(--_radius);
    background: var(--nk-skeleton-color, color-mix(in srgb, var(--_text) 8%, var(--_surface)));
  }
  [part~='error'] {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
`;
