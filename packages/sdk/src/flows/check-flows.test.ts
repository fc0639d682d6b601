import { describe, expect, it } from 'vitest';
import { checkFlows, formatFlowProblem } from './check-flows';

const text = (en: string) => ({ nl: `(nl) ${en}`, en });
const option = (id: string) => ({ id, label: text(id) });
const yesno = (id: string, extra: object = {}) => ({ id, kind: 'yesno', label: text(`${id}?`), ...extra });
const single = (id: string, options: string[], extra: object = {}) => ({ id, kind: 'single', label: text(`${id}?`), options: options.map(option), ...extra });
const multiple = (id: string, options: string[], extra: object = {}) => ({ id, kind: 'multiple', label: text(`${id}?`), options: options.map(option), ...extra });
const flow = (id: string, questions: object[]) => ({ id, label: text(id), questions });

/** Checks one flow file and returns its problems. */
function problemsOf(questions: object[]) {
  return checkFlows([{ file: 'flows/internet.yaml', data: flow('internet', questions) }]).problems;
}

describe('checkFlows', () => {
  it('returns the flows of correct files in input order, with defaults filled in, and no problems', () => {
    const { flows, problems } = checkFlows([
      { file: 'flows/20-wifi.yaml', data: flow('wifi', [yesno('router-on', { required: true })]) },
      { file: 'flows/10-internet.yaml', data: flow('internet', [single('connection', ['fibre', 'dsl']), yesno('modem-on', { when: { question: 'connection', equals: 'fibre' } })]) },
    ]);
    expect(problems).toEqual([]);
    expect(flows.map((each) => each.id)).toEqual(['wifi', 'internet']);
    expect(flows[1]?.questions[1]).toMatchObject({ id: 'modem-on', required: false });
    expect(flows[0]?.environment).toEqual({ needs: [], confirm: [] });
  });

  it('reports a missing English translation with its path, and leaves the file out of the flows', () => {
    const { flows, problems } = checkFlows([
      { file: 'flows/internet.yaml', data: flow('internet', [{ id: 'modem-on', kind: 'yesno', label: { nl: 'Staat het modem aan?' } }]) },
    ]);
    expect(flows).toEqual([]);
    expect(problems).toEqual([{ file: 'flows/internet.yaml', path: 'questions.0.label.en', message: expect.stringMatching(/English.*\(en\)/) }]);
  });

  it('reports an unknown key with the schema message', () => {
    expect(problemsOf([yesno('modem-on', { requird: true })])).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.0.requird', message: expect.stringContaining('requird') },
    ]);
  });

  it('reports a file that is not an object at the top level', () => {
    const { problems } = checkFlows([{ file: 'flows/empty.yaml', data: null }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
    expect(formatFlowProblem(problems[0]!)).toMatch(/^flows\/empty\.yaml: \(top level\): /);
  });

  it('reports a question id used twice in a flow at the later question', () => {
    expect(problemsOf([yesno('modem-on'), yesno('router-on'), yesno('modem-on')])).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.2.id', message: expect.stringContaining("Question id 'modem-on' is already used by questions.0") },
    ]);
  });

  it('reports an option id used twice in a question at the later option', () => {
    expect(problemsOf([single('light', ['internet', 'dsl', 'internet'])])).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.0.options.2.id', message: expect.stringContaining("Option id 'internet' is already used by questions.0.options.0") },
    ]);
  });

  it('reports a topic id used by an earlier file on the later file, naming the earlier one', () => {
    const { flows, problems } = checkFlows([
      { file: 'flows/10-internet.yaml', data: flow('internet', [yesno('modem-on')]) },
      { file: 'flows/11-internet-copy.yaml', data: flow('internet', [yesno('router-on')]) },
    ]);
    expect(problems).toEqual([
      { file: 'flows/11-internet-copy.yaml', path: 'id', message: expect.stringContaining("Topic id 'internet' is already used by flows/10-internet.yaml") },
    ]);
    expect(flows.map((each) => each.questions[0]?.id)).toEqual(['modem-on']);
  });

  it('reports a single or multiple choice question with fewer than two options', () => {
    expect(problemsOf([single('light', ['internet']), { id: 'devices', kind: 'multiple', label: text('Devices?') }])).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.0.options', message: expect.stringContaining('needs at least two options; it has one') },
      { file: 'flows/internet.yaml', path: 'questions.1.options', message: expect.stringContaining('needs at least two options; it has none') },
    ]);
  });

  it('reports options on a question that is not single or multiple choice', () => {
    expect(problemsOf([{ ...yesno('modem-on'), options: [option('yes'), option('no')] }])).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.0.options', message: expect.stringContaining('Only single and multiple choice questions have options; this one is yesno') },
    ]);
  });

  it('reports an unknown question id in a condition at its question key', () => {
    const problems = problemsOf([
      yesno('modem-on'),
      single('connection', ['fibre', 'dsl']),
      yesno('router-on'),
      yesno('restarted', { when: { all: [{ question: 'modem-on', equals: 'yes' }, { question: 'modem-of', equals: 'yes' }] } }),
    ]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.3.when.all.1.question', message: expect.stringContaining("Unknown question id 'modem-of'") },
    ]);
  });

  it('reports a condition on the question itself as a cycle', () => {
    expect(problemsOf([yesno('modem-on', { when: { not: { question: 'modem-on', answered: true } } })])).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.0.when.not.question', message: expect.stringContaining('cycle: modem-on → modem-on') },
    ]);
  });

  it('reports conditions that lead back to their question as a cycle, naming the chain', () => {
    const problems = problemsOf([
      single('wifi-band', ['2-4', '5'], { when: { question: 'router-model', answered: true } }),
      { id: 'router-model', kind: 'text', label: text('Which router?'), when: { question: 'wifi-band', equals: '5' } },
    ]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.0.when.question', message: expect.stringContaining('cycle: wifi-band → router-model → wifi-band') },
    ]);
  });

  it('reports a condition on a later question as a forward reference, saying what to move', () => {
    const problems = problemsOf([yesno('restarted', { when: { question: 'modem-on', equals: 'yes' } }), yesno('modem-on')]);
    expect(problems).toEqual([
      {
        file: 'flows/internet.yaml',
        path: 'questions.0.when.question',
        message: "Refers to 'modem-on', which comes later; a condition can only use earlier answers: move 'modem-on' before this question.",
      },
    ]);
  });

  it('reports a comparison without an operator', () => {
    expect(problemsOf([yesno('modem-on'), yesno('restarted', { when: { question: 'modem-on' } })])).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.1.when', message: expect.stringContaining("This condition on 'modem-on' has no operator") },
    ]);
  });

  it('reports a comparison with more than one operator', () => {
    const problems = problemsOf([single('light', ['internet', 'dsl']), yesno('cable', { when: { any: [{ question: 'light', equals: 'dsl', in: ['internet'] }] } })]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.1.when.any.0', message: expect.stringContaining('uses equals and in at once') },
    ]);
  });

  it('reports an equals or in value that is not an option of a single choice question', () => {
    const problems = problemsOf([
      single('light', ['internet', 'dsl']),
      yesno('cable', { when: { question: 'light', equals: 'internett' } }),
      yesno('socket', { when: { question: 'light', in: ['dsl', 'power'] } }),
    ]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.1.when.equals', message: expect.stringContaining("'internett' is not an option of 'light'") },
      { file: 'flows/internet.yaml', path: 'questions.2.when.in.1', message: expect.stringContaining("'power' is not an option of 'light'") },
    ]);
  });

  it("reports an equals or in value other than 'yes' or 'no' for a yes/no question", () => {
    const problems = problemsOf([
      yesno('modem-on'),
      yesno('restarted', { when: { question: 'modem-on', equals: 'true' } }),
      yesno('cable', { when: { question: 'modem-on', in: ['no', 'maybe'] } }),
    ]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.1.when.equals', message: expect.stringContaining("Use one of: yes, no") },
      { file: 'flows/internet.yaml', path: 'questions.2.when.in.1', message: expect.stringContaining("'maybe' is not an answer to the yes/no question 'modem-on'") },
    ]);
  });

  it('reports equals or in on a multiple choice question, which never hold', () => {
    const problems = problemsOf([
      multiple('devices', ['phone', 'tv']),
      yesno('tv-on', { when: { question: 'devices', equals: 'tv' } }),
      yesno('phone-on', { when: { question: 'devices', in: ['phone'] } }),
    ]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.1.when.equals', message: expect.stringContaining('Use includes') },
      { file: 'flows/internet.yaml', path: 'questions.2.when.in', message: expect.stringContaining('Use includes') },
    ]);
  });

  it('reports includes on a question that is not multiple choice', () => {
    const problems = problemsOf([single('light', ['internet', 'dsl']), yesno('cable', { when: { question: 'light', includes: 'dsl' } })]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.1.when.includes', message: expect.stringContaining('includes only works on multiple choice questions') },
    ]);
  });

  it('reports an includes value that is not an option', () => {
    const problems = problemsOf([multiple('devices', ['phone', 'tv']), yesno('radio-on', { when: { question: 'devices', includes: 'radio' } })]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.1.when.includes', message: expect.stringContaining("'radio' is not an option of 'devices'") },
    ]);
  });

  it('allows equals and answered on text and date questions, but refuses in and includes there', () => {
    const problems = problemsOf([
      { id: 'error-text', kind: 'text', label: text('Error?') },
      { id: 'since', kind: 'date', label: text('Since?') },
      yesno('dns', { when: { all: [{ question: 'error-text', equals: 'DNS_PROBE' }, { question: 'since', answered: true }, { question: 'since', equals: '2026-11-23' }] } }),
      yesno('in-text', { when: { question: 'error-text', in: ['DNS_PROBE'] } }),
      yesno('includes-date', { when: { question: 'since', includes: '2026-11-23' } }),
    ]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.3.when.in', message: expect.stringContaining("For the text question 'error-text' use equals or answered") },
      { file: 'flows/internet.yaml', path: 'questions.4.when.includes', message: expect.stringContaining("For the date question 'since' use equals or answered") },
    ]);
  });

  it('reports an equals date that is not a date, and an empty in list', () => {
    const problems = problemsOf([
      { id: 'since', kind: 'date', label: text('Since?') },
      yesno('modem-on'),
      yesno('recent', { when: { question: 'since', equals: '23-11-2026' } }),
      yesno('never', { when: { question: 'modem-on', in: [] } }),
    ]);
    expect(problems).toEqual([
      { file: 'flows/internet.yaml', path: 'questions.2.when.equals', message: expect.stringContaining('Use a date like 2026-11-23') },
      { file: 'flows/internet.yaml', path: 'questions.3.when.in', message: expect.stringContaining('An empty in list never holds') },
    ]);
  });

  it('lists problems file by file in input order, and keeps the correct files', () => {
    const { flows, problems } = checkFlows([
      { file: 'a.yaml', data: flow('a', [yesno('x'), yesno('x')]) },
      { file: 'b.yaml', data: flow('b', [yesno('y')]) },
      { file: 'c.yaml', data: { id: 'c' } },
    ]);
    expect(flows.map((each) => each.id)).toEqual(['b']);
    expect(problems.map((problem) => problem.file)).toEqual(['a.yaml', 'c.yaml']);
  });
});

describe('formatFlowProblem', () => {
  it('writes file, path and message on one line', () => {
    expect(formatFlowProblem({ file: 'flows/internet.yaml', path: 'questions.0.label.en', message: 'Give the English text (en).' })).toBe(
      'flows/internet.yaml: questions.0.label.en: Give the English text (en).',
    );
  });

  it('writes (top level) for a problem with an empty path', () => {
    expect(formatFlowProblem({ file: 'flows/internet.yaml', path: '', message: 'A flow is an object.' })).toBe(
      'flows/internet.yaml: (top level): A flow is an object.',
    );
  });
});
