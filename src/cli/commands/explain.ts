// `dvk explain <rule>`: what a rule checks, why, its legal basis, a wrong and a right example.
import type { Command } from 'commander';
import type { CommandSpec } from '../main.js';

export const explainCommand: CommandSpec = {
  register(program, ctx, setExit) {
    const vi = ctx().lang === 'vi';
    program
      .command('explain')
      .description(vi ? 'giải thích một quy tắc: kiểm tra gì, vì sao, căn cứ, ví dụ sai và đúng' : 'explain a rule: what, why, legal basis, wrong and right example')
      .argument('<rule>', vi ? 'mã quy tắc, ví dụ quyen-han-format' : 'rule id, e.g. quyen-han-format')
      .action(async (rule: string, _options: unknown, command: Command) => {
        const { runExplain } = await import('../actions/explain.js');
        setExit(runExplain(rule, ctx()));
        void command;
      });
  },
};
