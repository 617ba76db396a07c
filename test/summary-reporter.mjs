// Ends the run with one line, `N passed, N failed`, counted over every browser. A test file that
// failed to load, and a browser that ran no test at all, each count as a failure: a run that
// quietly skipped a browser must not read as green.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let browserNames = [];
  return {
    start(args) {
      browserNames = args.browserNames;
    },
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      const ran = new Map(browserNames.map((name) => [name, 0]));
      const lines = [];
      for (const session of sessions) {
        const before = totals.passed + totals.failed;
        count(session.testResults, totals);
        const tests = totals.passed + totals.failed - before;
        ran.set(session.browser.name, (ran.get(session.browser.name) ?? 0) + tests);
        if (!tests && !session.passed) {
          totals.failed++;
          lines.push(`✗ ${session.browser.name}: ${session.testFile} failed to load or ran no test`);
        }
      }
      for (const [name, tests] of ran) {
        lines.push(tests ? `${name}: ${tests} tests` : `✗ ${name} ran no test`);
        if (!tests) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      setTimeout(() => console.log(`${lines.join('\n')}\n${totals.passed} passed, ${totals.failed} failed${skipped}`));
    },
  };
}
