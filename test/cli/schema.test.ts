import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

describe('dvk schema', () => {
  it('prints the absolute paths of both installed schemas', () => {
    const r = runDvk(['schema', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.plan).toBe(join(repoRoot, 'schemas', 'plan.schema.json'));
    expect(json.config).toBe(join(repoRoot, 'schemas', 'config.schema.json'));
    expect(existsSync(json.plan) && existsSync(json.config)).toBe(true);
    const text = runDvk(['schema']);
    expect(text.stdout).toContain(`Schema kế hoạch:  ${json.plan}`);
    expect(text.stdout).toContain('docs/editor.md');
  });

  it('--modeline gives the line to paste: absolute outside the project, relative inside it', () => {
    const outside = runDvk(['schema', '--modeline', join(tempDir(), 'a.yaml')]);
    expect(outside.stdout).toBe(`# yaml-language-server: $schema=${join(repoRoot, 'schemas', 'plan.schema.json')}\n`);
    const inside = runDvk(['schema', '--modeline', join(repoRoot, 'examples', 'x.yaml')]);
    expect(inside.stdout).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json\n');
    // The bundled examples carry exactly that line.
    expect(readFileSync(join(repoRoot, 'examples', 'nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'), 'utf8').split('\n')[0]).toBe(inside.stdout.trimEnd());
    const config = runDvk(['schema', '--modeline', join(repoRoot, 'dvk.config.yaml')]);
    expect(config.stdout).toBe('# yaml-language-server: $schema=schemas/config.schema.json\n');
    expect(runDvk(['schema', '--modeline', '--config']).stdout).toContain('config.schema.json');
  });

  it('dvk new writes a modeline that resolves to the schema from the new file', () => {
    const dir = join(repoRoot, 'test', '.tmp-schema');
    mkdirSync(dir, { recursive: true });
    const sub = mkdtempSync(join(dir, 'p-'));
    const r = runDvk(['new', 'thongbao', 'a.yaml', '--he-thong', 'nha_nuoc', '--co-quan', 'Sở A', '--viet-tat', 'SA', '--dia-danh', 'Hà Nam', '--trich-yeu', 'X'], { cwd: sub });
    expect(r.code).toBe(0);
    const line = readFileSync(join(sub, 'a.yaml'), 'utf8').split('\n')[0]!;
    const ref = line.replace('# yaml-language-server: $schema=', '');
    expect(ref.startsWith('../')).toBe(true);
    expect(existsSync(join(sub, ref))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
