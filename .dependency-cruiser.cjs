/** The layer rules of ARCHITECTURE.md, enforced on every `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'shared-imports-only-zod',
      comment: 'src-shared is what every side agrees on: it imports its own files and zod, nothing else.',
      severity: 'error',
      from: { path: '^src-shared/' },
      to: { pathNot: ['^src-shared/', '^node_modules/zod/'] },
    },
    {
      name: 'renderer-not-main-or-node',
      comment: 'The renderer is a sandboxed web page: no main-process code, no Node built-ins, no Electron.',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: {
        path: ['^src-main/', '^src-hub/', '^node_modules/(electron|better-sqlite3|pino|commander)/'],
      },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-only-in-electron-folder',
      comment: 'Only the thin Electron shell knows Electron; everything else runs under plain Node too.',
      severity: 'error',
      from: { pathNot: '^src-main/electron/' },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'main-not-renderer',
      severity: 'error',
      from: { path: '^src-main/' },
      to: { path: '^src-renderer/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
