// Vue's browser build with its template compiler (test/frameworks.test.ts): the same API as `vue`.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
