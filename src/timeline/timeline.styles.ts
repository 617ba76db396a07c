import {css} from 'lit';

export const styles = css`
  .skeleton {
    block-size: var(--nk-card-min-height, 6em);
    margin-bottom: calc(var(--_space) / 2);
  }
  [part~='timeline'] {
    --_line: var(--_timeline-line-color);
    --_dot: var(--_timeline-dot-color);
  }
  [part~='month'] {
    margin: var(--_space) 0 calc(var(--_space) / 2);
    font-size: 1.1em;
  }
  .days,
  .articles {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='day'] {
    position: relative;
    padding: 0 0 var(--_space) calc(var(--_space) * 2);
    border-inline-start: 2px solid var(--_line);
    margin-inline-start: 0.5em;
  }
  [part~='day']::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.45em;
    top: 0.45em;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    background: var(--_dot);
    border: 2px solid var(--_surface);
  }
  /* The day heading already says the date. */
  .articles [part~='meta'] time {
    display: none;
  }
  [part~='day-heading'] {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 0.95em;
    color: var(--_muted);
  }
  .articles {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
`;
