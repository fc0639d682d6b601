export { evaluateCondition } from './evaluate-condition';
export { visibleQuestions, pruneAnswers } from './visible-questions';
export { findAnswerErrors } from './find-answer-errors';
export { checkFlows, formatFlowProblem } from './check-flows';
export { answerWords } from './answer-words';
export type { FlowProblem } from './check-flows';
