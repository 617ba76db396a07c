// Ends the run with one line, `N passed, N failed`, counted over every browser.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no test results: count it as a failure.
        if (!session.testResults?.tests.length && !session.testResults?.suites.length && !session.passed) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      setTimeout(() => console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`));
    },
  };
}
