export { ERROR_CODES, LoketError, isLoketError } from './loket-error';
export type { ErrorCode, LoketErrorOptions } from './loket-error';
export { HttpError, isHttpError } from './http-error';
export { NetworkError, TimeoutError, isConnectionError } from './network-error';
export { ValidationError, isValidationError } from './validation-error';
export type { FieldError, FieldErrorCode } from './validation-error';
