// A server command for test/news-feed-soak.test.ts: the JS heap in use by the test's page after a
// full garbage collection, read through the DevTools protocol (a page's own `performance.memory`
// is bucketed and cached for minutes). Chromium only: Firefox, driven over WebDriver BiDi, has no
// such reading, and the command answers {used: null} there (a bare null would read as "no plugin").
//
//   executeServerCommand('nk-heap-used') → {used: bytes | null}
export function heapCommand() {
  return {
    name: 'nk-heap-used',
    async executeCommand({command, session}) {
      if (command !== 'nk-heap-used') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) return {used: null};
      let cdp;
      try {
        cdp = await page.createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        const {usedSize} = await cdp.send('Runtime.getHeapUsage');
        return {used: usedSize};
      } catch {
        return {used: null};
      } finally {
        await cdp?.detach().catch(() => {});
      }
    },
  };
}
