// @web/test-runner-visual-regression 0.10 (the line that runs on Node 20) ships its browser entry's
// types as browser/commands.d.ts but points at commands.mjs, which TypeScript cannot follow; its one
// export, as the package declares it:
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
