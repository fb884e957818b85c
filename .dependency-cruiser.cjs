// The layering of src/ (README "Layers"): a folder may import its own files and the folders
// in lower layers, never a higher one. Peers in one layer may use each other, except that
// extract (pure: text in, draft facts out) never imports graph. The explorer page (explorer/src) may
// use only the vocabulary (src/model), since it is bundled for the browser.
// Checked by tests/unit/layering.test.ts (part of npm test) and `npm run check:layers`;
// violations that existed when the check was added are listed in .dependency-cruiser-known-violations.json
// and tolerated until fixed; any new one fails.
/** Lowest first. */
const LAYERS = [
  ['errors'],
  ['config'],
  ['model'],
  ['graph', 'local-neo4j'],
  ['ingest', 'extract', 'importers', 'resolve', 'sources', 'explorer-build'],
  ['api', 'console', 'startup'],
  ['cli'],
];

const folders = (names) => `^src/(${names.join('|')})/`;

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.join('-')}`,
  comment: `${layer.join(', ')} may not import a higher layer (${LAYERS.slice(i + 1).flat().join(', ')})`,
  severity: 'error',
  from: { path: folders(layer) },
  to: { path: folders(LAYERS.slice(i + 1).flat()) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'extract-not-graph',
      comment: 'extract is pure (article text -> draft facts): no database access',
      severity: 'error',
      from: { path: '^src/extract/' },
      to: { path: '^src/graph/' },
    },
    {
      name: 'page-only-vocabulary',
      comment: 'the browser page may import only the vocabulary (src/model) from src/',
      severity: 'error',
      from: { path: '^explorer/src/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'no-circular',
      comment: 'import cycles make load order and layering unclear',
      severity: 'error',
      from: { path: '^(src|explorer/src|bench|eval)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
