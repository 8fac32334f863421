// Drives the real binary on a pseudo-terminal through tmux, the way a clerk types: each test
// gets its own tmux server (-L), waits for a question's text on the screen (polling, no fixed
// sleeps), then types the answer.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dvkBin } from '../helpers/cli.js';

export const hasTmux = existsSync('/usr/bin/tmux') || spawnSync('tmux', ['-V']).status === 0;

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export class TmuxSession {
  private readonly socket = `dvk-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '1', DVK_LANG: '' };

  /** Starts `node bin/dvk.js <args>` in `cwd`; when it ends the pane shows "__EXIT <code>". */
  constructor(args: string[], cwd: string) {
    const command = `${shellQuote(process.execPath)} ${shellQuote(dvkBin)} ${args.map(shellQuote).join(' ')}; echo "__EXIT $?"; sleep 60`;
    this.tmux(['new-session', '-d', '-s', 'dvk', '-x', '200', '-y', '50', '-c', cwd, command]);
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-u', '-L', this.socket, ...args], { env: this.env, encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-200', '-t', 'dvk']);
  }

  /** Polls the pane until `text` appears (after `after` occurrences), or fails with the screen. */
  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Types literal text (Vietnamese included), then Enter. */
  type(text: string): void {
    if (text) this.tmux(['send-keys', '-t', 'dvk', '-l', text]);
    this.tmux(['send-keys', '-t', 'dvk', 'Enter']);
  }

  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', 'dvk', ...keys]);
  }

  /** Waits for the command to end and returns its exit code. */
  async exitCode(timeoutMs = 15_000): Promise<number> {
    const screen = await this.waitFor(/__EXIT \d+/, timeoutMs);
    return Number(/__EXIT (\d+)/.exec(screen)![1]);
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { env: this.env });
  }
}
