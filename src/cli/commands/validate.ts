// `dvk validate <files…>`: YAML and schema problems only (lint rules come with `dvk lint`).
import { Option, type Command } from 'commander';
import type { CommandSpec } from '../main.js';

export const validateCommand: CommandSpec = {
  register(program, ctx, setExit) {
    const vi = ctx().lang === 'vi';
    program
      .command('validate')
      .description(vi ? 'kiểm tra tệp kế hoạch YAML đúng định dạng (cú pháp YAML và schema)' : 'check that plan YAML files follow the plan format (YAML syntax and schema)')
      .argument('<paths...>', vi ? 'tệp kế hoạch .yaml, thư mục (tìm .yaml/.yml bên trong), mẫu glob, hoặc - (đọc từ đầu vào chuẩn)' : 'plan .yaml files, folders (searched for .yaml/.yml), globs, or - (standard input)')
      .addOption(new Option('-f, --format <format>', vi ? 'dạng kết quả' : 'output format').choices(['stylish', 'json']).default('stylish'))
      .action(async (files: string[], options: { format: string }, command: Command) => {
        const { runValidate } = await import('../actions/validate.js');
        setExit(await runValidate(files, { format: options.format }, ctx()));
        void command;
      });
  },
};
