// The default program, for the domain's tests (read with an import so the domain stays free of I/O).
import defaultProgram from '../../program/fy24.json' with { type: 'json' };
import type { Program } from './program.ts';

export const PROGRAM = defaultProgram as Program;
