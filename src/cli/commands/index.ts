// The commands dvk offers, in the order `dvk --help` lists them. Each module is small and
// registers itself; the work is loaded lazily inside each action.
import type { CommandSpec } from '../main.js';
import { validateCommand } from './validate.js';

export const commands: CommandSpec[] = [validateCommand];
