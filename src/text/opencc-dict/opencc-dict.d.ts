// opencc-js's single dictionaries (`opencc-js/dict/STCharacters`…): each default-exports its
// entries as one string, "from to|from to|…".
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
