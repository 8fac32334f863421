// The commands dvk offers, in the order `dvk --help` lists them. Each module is small and
// registers itself; the work is loaded lazily inside each action.
import type { CommandSpec } from '../main.js';
import { validateCommand } from './validate.js';
import { initCommand } from './init.js';
import { newCommand } from './new.js';
import { schemaCommand } from './schema.js';
import { renderCommand } from './render.js';
import { lintCommand } from './lint.js';
import { rulesCommand } from './rules.js';
import { explainCommand } from './explain.js';
import { importCommand } from './import.js';

export const commands: CommandSpec[] = [initCommand, newCommand, validateCommand, renderCommand, lintCommand, rulesCommand, explainCommand, schemaCommand, importCommand];
