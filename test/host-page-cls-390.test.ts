import {measureLayoutShift} from './host-page-cls.js';

describe('a page that links reserve.css, 390 px wide', () => {
  it('does not shift (CLS < 0.01) while the elements upgrade and a slow feed loads', async () => {
    await measureLayoutShift(390, 844);
  });
});
