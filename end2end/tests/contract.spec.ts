// The embedded default backend (public/api) and config.json follow the contract in docs/schema.
import { test, expect } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const f of readdirSync(join(root, 'docs/schema'))) ajv.addSchema(read(`docs/schema/${f}`));
  return (schema: string, data: unknown) => {
    const validate = ajv.getSchema(`https://carewise.eu/schema/${schema}`)!;
    const ok = validate(data);
    return ok ? [] : (validate.errors || []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

test.describe('embedded backend follows the contract', () => {
  const check = validator();
  test('config.json', () => expect(check('config.schema.json', read('public/config.json'))).toEqual([]));
  test('catalogue list', () => expect(check('catalogue-list.schema.json', read('public/api/catalogue.json'))).toEqual([]));
  test('every catalogue entry file, and it matches the list', () => {
    const list = read('public/api/catalogue.json');
    const files = readdirSync(join(root, 'public/api/catalogue'));
    expect(files.length).toBe(list.length);
    for (const f of files) {
      const entry = read(`public/api/catalogue/${f}`);
      expect(check('catalogue-entry.schema.json', entry), f).toEqual([]);
      expect(`${entry.id}.json`).toBe(f);
      expect(list.find((e: { id: string }) => e.id === entry.id)).toEqual(entry);
    }
  });
  test('quiz', () => expect(check('quiz.schema.json', read('public/api/quiz.json'))).toEqual([]));
  test('careers', () => expect(check('careers.schema.json', read('public/api/careers.json'))).toEqual([]));
  test('issuers', () => expect(check('issuers.schema.json', read('public/api/issuers.json'))).toEqual([]));
  test('the schemas reject what the app would reject', () => {
    expect(check('config.schema.json', { apiBase: 3 })).not.toEqual([]);
    expect(check('catalogue-entry.schema.json', { id: 'x', ects: 'three' })).not.toEqual([]);
    expect(check('signup.schema.json', { idempotencyKey: 'short' })).not.toEqual([]);
  });
});
