// Child process of kill.test.ts and the store bench: opens a project and writes annotations until it is killed,
// printing each annotation id on its own line only after createAnnotation returned (i.e. after COMMIT).
import { writeSync } from 'node:fs';
import { openProject } from '../../../electron/main/services/project-service.js';

const [path, limitArg] = process.argv.slice(2);
const limit = Number(limitArg ?? '1000000');
const p = await openProject(path, { backup: false, check: false });
const doc = p.listDocuments()[0];
const unit = p.getDocument(doc.id).units.find((u) => u.text.length > 20);
if (!unit) throw new Error('the project needs a document with a unit of some length');
writeSync(1, 'ready\n');
for (let i = 0; i < limit; i++) {
  const start = i % 10;
  const a = p.createAnnotation({
    category: 'other',
    comment: `write ${i}`,
    author: 'kill-test',
    spans: [{ docId: doc.id, rowKey: unit.id, unitId: unit.id, start, end: start + 10 }],
  });
  if (i % 7 === 3) p.updateAnnotation(a.id, { status: 'confirmed' });
  writeSync(1, `${a.id}\n`);
}
p.close();
