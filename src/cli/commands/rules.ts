// `dvk rules`: the rule catalog (id, severity, systems, fixable).
import { Option, type Command } from 'commander';
import type { CommandSpec } from '../main.js';

export const rulesCommand: CommandSpec = {
  register(program, ctx, setExit) {
    const vi = ctx().lang === 'vi';
    program
      .command('rules')
      .description(vi ? 'liệt kê các quy tắc kiểm tra' : 'list the lint rules')
      .addOption(new Option('-f, --format <format>', vi ? 'dạng kết quả' : 'output format').choices(['table', 'json']).default('table'))
      .action(async (options: { format: 'table' | 'json' }, command: Command) => {
        const { runRules } = await import('../actions/rules.js');
        setExit(runRules(options, ctx()));
        void command;
      });
  },
};
