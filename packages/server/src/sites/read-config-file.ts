import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';

/** A configuration file read from disk: its data, and where each path of it starts. */
export type ConfigFile = {
  /** The file as shown in messages. */
  file: string;
  data: unknown;
  /** The line (1-based) where a dotted path such as `questions.2.when` starts, if it exists. */
  lineOf(path: string): number | undefined;
};

/** Why a configuration file could not be read at all. */
export type UnreadableFile = { file: string; message: string };

/**
 * Reads a YAML or JSON file (JSON is YAML too), keeping line numbers so messages can say
 * `flows/wifi.yaml:12`.
 */
export async function readConfigFile(path: string, shownAs = path): Promise<ConfigFile | UnreadableFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { file: shownAs, message: 'cannot be read: check that the file exists.' };
  }
  return parseConfigText(text, shownAs);
}

/**
 * Parses YAML or JSON text that starts at line `firstLine` of its file (front matter starts at
 * line 2), keeping line numbers for messages.
 */
export function parseConfigText(text: string, shownAs: string, firstLine = 1): ConfigFile | UnreadableFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line;
    return { file: line ? `${shownAs}:${line + firstLine - 1}` : shownAs, message: `is not valid YAML or JSON: ${error.message.split('\n')[0]}` };
  }
  return {
    file: shownAs,
    data: document.toJS(),
    lineOf: (dotted) => {
      const line = lineOfPath(document, lineCounter, dotted);
      return line === undefined ? undefined : line + firstLine - 1;
    },
  };
}

function lineOfPath(document: Document, lineCounter: LineCounter, dotted: string): number | undefined {
  const segments = dotted === '' ? [] : dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  // Walk up to the nearest existing node: a missing key is reported at its parent.
  for (let length = segments.length; length >= 0; length -= 1) {
    const node = length === 0 ? document.contents : document.getIn(segments.slice(0, length), true);
    const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
    if (offset !== undefined) return lineCounter.linePos(offset).line;
  }
  return undefined;
}

/** Tells a readable file from one that could not be read. */
export function isReadable(file: ConfigFile | UnreadableFile): file is ConfigFile {
  return 'data' in file;
}
