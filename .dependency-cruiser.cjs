/**
 * The architecture as lint rules (docs/architecture.md, "Layout: folders are the architecture").
 * Each folder under src/ is a concern whose index.ts is its public face.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles make load order matter and concerns inseparable; move the shared piece down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'only-through-the-face',
      severity: 'error',
      comment: 'Another concern is reached only through its index.ts. Export what you need there.',
      from: { path: '^src/([^/]+)/' },
      to: {
        path: '^src/([^/]+)/',
        pathNot: [
          '^src/$1/',
          '^src/[^/]+/index\\.ts$',
          '^src/(store|bus)/(duckdb|postgres|nats)/index\\.ts$',
        ],
      },
    },
    {
      name: 'model-depends-on-nothing',
      severity: 'error',
      comment: 'src/model is the bottom layer: types, schemas and the field dictionary.',
      from: { path: '^src/model/' },
      to: { path: '^src/(?!model/)' },
    },
    {
      name: 'adapters-only-from-the-composition-root',
      severity: 'error',
      comment:
        'Concerns use the Store and bus contracts; only store/, bus/, cli/ and server/ pick an adapter.',
      from: { path: '^src/', pathNot: '^src/(store|bus|cli|server)/' },
      to: { path: '^src/(store|bus)/(duckdb|postgres|nats)/' },
    },
    {
      name: 'nothing-imports-the-entry-points',
      severity: 'error',
      comment: 'server, cli and web compose everything; nothing may depend on them.',
      from: { path: '^src/', pathNot: '^src/(server|cli)/' },
      to: { path: '^src/(server|cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
