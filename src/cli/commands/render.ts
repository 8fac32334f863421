// `dvk render <plans…>`: print plans as .docx (and Markdown, PDF) per their format profile.
import { Option, type Command } from 'commander';
import { profileIds } from '../../profile/ids.js';
import type { CommandSpec } from '../main.js';

export const renderCommand: CommandSpec = {
  register(program, ctx, setExit) {
    const vi = ctx().lang === 'vi';
    program
      .command('render')
      .description(vi ? 'in kế hoạch ra .docx (và Markdown, PDF) đúng thể thức; kiểm tra định dạng trước khi in' : 'render plans to .docx (and Markdown, PDF) in their format profile; validates first')
      .argument('<files...>', vi ? 'các tệp kế hoạch .yaml' : 'plan .yaml files')
      .option('-o, --output <path>', vi ? 'tệp kết quả (một kế hoạch) hoặc thư mục (nhiều kế hoạch, hoặc có / ở cuối)' : 'output file (one plan) or folder (several plans, or ending with /)')
      .addOption(new Option('--format <format>', vi ? 'định dạng kết quả' : 'output format').choices(['docx', 'md', 'pdf', 'all']).default('docx'))
      .addOption(new Option('--profile <id>', vi ? 'dùng thể thức này thay vì chọn theo hệ thống và ngày' : 'use this format profile instead of choosing by system and date').choices([...profileIds()]))
      .option('--force', vi ? 'cho phép ghi đè tệp đã có (kể cả tệp đã sửa tay)' : 'allow replacing existing files (even ones edited by hand)')
      .action(async (files: string[], options: { output?: string; format: string; profile?: string; force?: boolean }, command: Command) => {
        const { runRender } = await import('../actions/render.js');
        // Whether --format was typed: without it, a named output's extension chooses the format.
        setExit(await runRender(files, { ...options, formatGiven: command.getOptionValueSource('format') === 'cli' }, ctx()));
      });
  },
};
