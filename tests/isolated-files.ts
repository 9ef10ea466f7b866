/**
 * Test files that replace a module with vi.mock. Vitest runs them each in a fresh module cache (projects
 * `node-mocks` and `jsdom-mocks` in vitest.config.ts); all other files share their worker's modules.
 * tests/unit/isolated-files.test.ts fails when a file starts mocking and is not listed here.
 */
export const MOCKING_NODE = ['tests/main/preload.test.ts'];
export const MOCKING_JSDOM = ['tests/component/documents/DocumentSlotEditor.test.tsx', 'tests/component/documents/CameraCapture.test.tsx'];
