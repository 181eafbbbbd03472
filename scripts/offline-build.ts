#!/usr/bin/env node
/**
 * Writes the language pack lists and the service worker into a built site folder, as the build
 * does. Used to turn a changed copy of `dist/` into a real second version for the update tests.
 * Usage: node scripts/offline-build.ts <folder>
 */
import { writeOfflineFiles } from '../src/features/offline/service-worker.build.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: node scripts/offline-build.ts <built site folder>');
  process.exit(1);
}
const { buildId, count, size } = await writeOfflineFiles(folder);
console.log(`${folder}: version ${buildId}, shell of ${count} files (${Math.round(size / 1024)} kB)`);
