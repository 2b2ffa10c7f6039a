import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Which way imports run (docs/architecture.md). The faces (desktop, web, cli, preload, the page) and the channel
// table with its contract (ipc/) sit on top; the features (app, patients, reference, lines, claims, dataset) under
// them; the pure engine, writers and vocabulary at the bottom, importing nothing from the store, the faces,
// Electron or the file system. Regexes are matched against the import's source text.
const FACES = ['src-main/ipc/**', 'src-main/desktop/**', 'src-main/web/**', 'src-main/cli/**', 'src-main/preload/**'];
// The composition root: opens the store and builds the channel table every face shares.
const COMPOSITION_ROOT = 'src-main/app/runtime.ts';
const PURE = [
  'src-main/billing/**/*.ts',
  'src-main/x12/**/*.ts',
  'src-main/calendar/**/*.ts',
  'src-main/schedule/**/*.ts',
  'src-main/identifiers/**/*.ts',
  'src-main/vocabulary/**/*.ts',
  'src-main/claims/assembly/**/*.ts',
  'src-main/remittance/posting/**/*.ts',
  'src-main/remittance/codes/**/*.ts',
];
// Schemas the page compiles too (tsconfig.web.json): they may use the dataset schema, never the store or Node.
const SHARED_WITH_PAGE = [
  'src-main/dataset/datasetSchema.ts',
  'src-main/patients/intakeInputs.ts',
  'src-main/patients/careEventInputs.ts',
  'src-main/reference/referenceInputs.ts',
  'src-main/claims/claimInputs.ts',
  'src-main/remittance/remitInputs.ts',
];

const NO_IPC = {
  regex: '(^|/)ipc(/|$)',
  message:
    'Only the faces import the channel table and its contract: answer with src-main/vocabulary types and take inputs from the feature’s own schemas.',
};
const NO_NODE = {
  regex: '^(node:|fs$|fs/|path$|os$|child_process$|electron$|electron/|better-sqlite3$|drizzle-orm$|drizzle-orm/)',
  message: 'Pure code stays off Node, Electron and the database: it takes plain data and returns plain data.',
};
const NO_STORE = {
  regex: '(^|/)(store|app|files|paths|demo|desktop|web|cli|preload)(/|$)',
  message: 'This module is shared with the page: nothing from the store, the app or the faces.',
};
const NO_STORE_OR_FEATURES = {
  regex: '(^|/)(store|app|files|paths|demo|lines|patients|reference|dataset|desktop|web|cli|preload)(/|$)|(^|/)(claims|remittance)/[^/]+$',
  message: 'Pure code imports nothing from the store, the features or the faces (claims/assembly is the pure part of claims/).',
};
const NO_CLAIMS_STORE_SIDE = {
  regex: '^\\.\\./[^/]+$',
  message:
    'Pure code: claims/assembly and remittance/posting import nothing from the rest of their feature, which reads and writes the store.',
};
const NO_PAGE_CROSSING = {
  regex: 'src-main/(store|app|files|paths|demo|lines|desktop|web|cli)(/|$)|src-main/ipc/(?!contract/)',
  message: 'The page reaches the main process only through the channel contract (src-main/ipc/contract) and pure modules.',
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'Calendar dates go through src-main/calendar; "today" comes from the injected Clock.' },
      ],
    },
  },
  {
    // The clock is the one place that reads the system date; migrations stamp when they ran.
    files: ['src-main/calendar/clock.ts', 'src-main/store/migrate.ts', 'e2e/**', 'scripts/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright fixtures take their dependencies as a destructured first argument, even when empty.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  // Dependency direction; each block replaces the one before it for the files it matches.
  { files: ['src-main/**/*.ts'], ignores: [...FACES, COMPOSITION_ROOT], rules: restrict(NO_IPC) },
  { files: SHARED_WITH_PAGE, rules: restrict(NO_IPC, NO_STORE, NO_NODE) },
  // Tests of pure code may run it end to end through a database.
  { files: PURE, ignores: ['**/*.test.ts'], rules: restrict(NO_IPC, NO_STORE_OR_FEATURES, NO_NODE) },
  {
    files: ['src-main/claims/assembly/**/*.ts', 'src-main/remittance/posting/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(NO_IPC, NO_STORE_OR_FEATURES, NO_NODE, NO_CLAIMS_STORE_SIDE),
  },
  { files: ['src-renderer/**/*.{ts,tsx}'], rules: restrict(NO_PAGE_CROSSING, NO_NODE) },
);
