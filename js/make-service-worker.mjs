// Build step (a Trunk post_build hook): writes sw.js into the staging dir with the exact list of the
// release's files and a version made from their contents. A new deployment therefore has a new
// sw.js, which the browser installs beside the old one; the old one keeps serving its own files
// until the user accepts the reload, so the files of two versions are never mixed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set (run from a Trunk hook)');

const files = [];
(function walk(d) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name !== 'sw.js') files.push(relative(dir, p).split('\\').join('/'));
  }
})(dir);

const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);

const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
const sw = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('= __FILES__;', '= ' + JSON.stringify(['./', ...files.map((f) => './' + f)]) + ';');
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`sw.js: version ${version}, ${files.length} files`);
