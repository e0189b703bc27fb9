// Rule lists are plain text files; the build (vite and esbuild alike) imports them as strings.
declare module '*.txt' {
  const text: string;
  export default text;
}
