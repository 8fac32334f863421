// Manual check of editor support (not run by vitest): opens a YAML file in yaml-language-server,
// the engine of the Red Hat YAML extension for VS Code, and prints what a clerk would see:
// the problems it underlines, the hover text and the completion list at given places.
//
//   npm install --prefix /tmp/yls yaml-language-server@1     # a tool, not a dvk dependency
//   YLS=/tmp/yls/node_modules/yaml-language-server/bin/yaml-language-server \
//     node test/scaffold/editor-probe.mjs ke-hoach.yaml hover:22:3 completion:9:7
//
// Positions are line:column, 1-based. docs/editor.md quotes its output.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [file, ...probes] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const server = spawn(process.execPath, [process.env.YLS ?? 'node_modules/yaml-language-server/bin/yaml-language-server', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let id = 0;
const pending = new Map();
const diagnostics = [];
function send(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }));
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
const request = (method, params) => new Promise((resolve) => { const i = ++id; pending.set(i, resolve); send({ id: i, method, params }); });
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const head = buffer.indexOf('\r\n\r\n');
    if (head < 0) return;
    const len = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, head).toString())[1]);
    if (buffer.length < head + 4 + len) return;
    const msg = JSON.parse(buffer.subarray(head + 4, head + 4 + len).toString());
    buffer = buffer.subarray(head + 4 + len);
    if (msg.id !== undefined && pending.has(msg.id) && msg.method === undefined) { pending.get(msg.id)(msg.result); pending.delete(msg.id); }
    else if (msg.method === 'workspace/configuration') send({ id: msg.id, result: msg.params.items.map(() => ({ validate: true, hover: true, completion: true, schemaStore: { enable: false } })) });
    else if (msg.method === 'textDocument/publishDiagnostics') diagnostics.push(...msg.params.diagnostics);
    else if (msg.id !== undefined && msg.method) send({ id: msg.id, result: null });
  }
});
await request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { documentationFormat: ['markdown'] } } }, workspace: { configuration: true } } });
send({ method: 'initialized', params: {} });
send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } } } });
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
await new Promise((r) => setTimeout(r, 2500));
console.log('== diagnostics');
for (const d of diagnostics) console.log(`${d.range.start.line + 1}:${d.range.start.character + 1} [${d.severity}] ${d.message}`);
for (const probe of probes) {
  const [kind, line, col] = probe.split(':');
  const position = { line: Number(line) - 1, character: Number(col) - 1 };
  if (kind === 'hover') {
    const r = await request('textDocument/hover', { textDocument: { uri }, position });
    console.log(`== hover ${line}:${col}\n${r ? (r.contents.value ?? JSON.stringify(r.contents)) : '(none)'}`);
  } else {
    const r = await request('textDocument/completion', { textDocument: { uri }, position });
    const items = Array.isArray(r) ? r : r?.items ?? [];
    console.log(`== completion ${line}:${col} (${items.length})`);
    for (const it of items.slice(0, 40)) console.log(`  ${it.label}${it.documentation ? ' — ' + String(it.documentation.value ?? it.documentation).split('\n')[0].slice(0, 100) : ''}`);
  }
}
server.kill();
process.exit(0);
