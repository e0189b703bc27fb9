// Rule lists are plain text files; the build (vite and esbuild alike) imports them as strings.
declare module '*.txt' {
  const text: string;
  export default text;
}

/** True only in the e2e build (`npm run build:test`); dead code elsewhere. */
declare const __TEST_BUILD__: boolean;
