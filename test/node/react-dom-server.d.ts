// react-dom ships no types of its own, and @types/react-dom is not a dev dependency: the one function the Node tests
// use (prerender-react.test.mjs), as React documents it.
declare module 'react-dom/server' {
  export function renderToString(element: import('react').ReactNode): string;
}
