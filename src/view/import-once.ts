/**
 * A module imported once, its promise kept: `import()` asked again waits a task each time, and in
 * that task the browser may draw a frame of what the next render replaces. The elements' lazy
 * modules (the views, the checker, the article template) load through it, and the CDN autoloader
 * starts some in its wave (autoload.ts), so an element's first use of them waits on no task. A
 * failed download is tried again at the next call.
 */
export function once<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
