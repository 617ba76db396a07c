import {measureTimelineShift} from './timeline-cls-page.js';

describe('timelines, a feed with pictures and a card on a page that links reserve.css, 1280 px wide', () => {
  it('do not shift (CLS < 0.01) while they upgrade and slow sources load', async () => {
    await measureTimelineShift(1280, 4800);
  });
});
