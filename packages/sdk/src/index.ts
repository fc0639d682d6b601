export { createClient } from './client';
export type { ClientOptions, LoketClient } from './client';
export type { CasesResource, CreateCaseOptions } from './resources/cases';
export type { ConfigResource } from './resources/config';
export {
  ERROR_CODES,
  LoketError,
  isLoketError,
  HttpError,
  isHttpError,
  NetworkError,
  TimeoutError,
  ValidationError,
  isValidationError,
} from './errors/index';
export type { ErrorCode, LoketErrorOptions, FieldError, FieldErrorCode } from './errors/index';
export * from './schemas/index';
export { captureEnvironment, parseUserAgent } from './environment/index';
export type { CaptureEnvironmentOptions, ParsedUserAgent } from './environment/index';
export { evaluateCondition, visibleQuestions, pruneAnswers, findAnswerErrors, checkFlows, formatFlowProblem, type FlowProblem } from './flows/index';
