import { ERROR_CODES, LoketError } from './loket-error';

/** The server could not be reached (offline, DNS, refused connection, CORS). */
export class NetworkError extends LoketError {
  override name = 'LoketNetworkError';

  constructor(message = 'The Loket server could not be reached. Check the connection and the server address, then try again.', options: { cause?: unknown } = {}) {
    super(ERROR_CODES.network, message, options);
  }
}

/** The server did not answer in time. */
export class TimeoutError extends LoketError {
  override name = 'LoketTimeoutError';

  constructor(message = 'The Loket server did not answer in time. Try again in a moment.', options: { cause?: unknown } = {}) {
    super(ERROR_CODES.timeout, message, options);
  }
}
