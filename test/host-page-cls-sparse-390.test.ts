import {measureSparseFeeds} from './host-page-cls.js';

describe('a short, an empty and a failing feed on a page that links reserve.css, 390 px wide', () => {
  it('keeps the room it reserved (CLS < 0.01), and fills it with a message when there is nothing to show', async () => {
    await measureSparseFeeds(390, 4200);
  });
});
