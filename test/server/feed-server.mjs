// Serves the feeds and faults the loading tests need, under /feeds/ (filled in by the feeds work).
export function feedServer() {
  return {name: 'nk-feed-server'};
}
