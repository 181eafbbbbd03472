#!/usr/bin/env node
/**
 * npm run copy:shared — copies what a translation shares with its English master into every
 * translation's front matter: `section`, `order`, `audience`, `contacts`, `cities`, `citations`
 * (which sources each section rests on) and `sources` (except Dutch, which may cite Dutch
 * editions). Only the words are the translator's; these fields are not, and `check:content`
 * fails when they differ. Also gives every web source
 * without a `read` date the `reviewed` date of its page (the day it was last checked against
 * its sources). The rest of each file is left as it is.
 * Usage: node scripts/copy-shared-fields.ts [--check]   (--check: report, change nothing)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { localeCodes, masterLocale } from '../src/lib/locales.ts';
import { ownSourceLocales, sharedTopicFields } from '../src/lib/build/content-pipeline.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const root = 'src/content/topics';
const ownSources = new Set<string>(ownSourceLocales);

function split(file: string): { document: Document; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return { document: parseDocument(match[1]!), body: match[2]! };
}

function join_(document: Document, body: string): string {
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd()}\n---\n${body}`;
}

/** Web sources without `read` get the page's `reviewed` date. Returns how many were dated. */
function dateSources(document: Document): number {
  const reviewed = document.get('reviewed');
  const sources = document.get('sources');
  if (!isSeq(sources) || reviewed === undefined) return 0;
  let dated = 0;
  for (const source of sources.items) {
    if (isMap(source) && source.has('url') && !source.has('read')) {
      source.set('read', reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : String(reviewed));
      dated += 1;
    }
  }
  return dated;
}

let changed = 0;
for (const slug of readdirSync(join(root, masterLocale)).filter((name) => name.endsWith('.md'))) {
  const masterFile = join(root, masterLocale, slug);
  const master = split(masterFile);
  if (dateSources(master.document) > 0) {
    changed += 1;
    if (!values.check) writeFileSync(masterFile, join_(master.document, master.body));
  }
  // Nodes are cloned, not rebuilt from values, so quoting and layout stay as the master has them.
  const shared = (field: string) => master.document.get(field, true) as { clone(): unknown } | undefined;
  for (const code of localeCodes.filter((locale) => locale !== masterLocale)) {
    const file = join(root, code, slug);
    let translation;
    let original: string;
    try {
      original = readFileSync(file, 'utf8');
      translation = split(file);
    } catch {
      continue; // Missing translation: check:content reports it.
    }
    for (const field of sharedTopicFields) {
      const node = shared(field);
      if (field === 'sources' && ownSources.has(code)) dateSources(translation.document);
      else if (node) translation.document.set(field, node.clone());
    }
    if (join_(translation.document, translation.body) !== original) {
      changed += 1;
      if (!values.check) writeFileSync(file, join_(translation.document, translation.body));
      else console.log(`${file}: shared fields differ from the master`);
    }
  }
}
console.log(values.check ? `${changed} file(s) would change.` : `${changed} file(s) updated.`);
if (values.check && changed > 0) process.exit(1);
