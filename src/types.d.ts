declare module 'wink-eng-lite-web-model' {
  const model: any;
  export default model;
}
