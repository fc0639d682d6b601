/**
 * Everything the report needs after its first step, as one chunk: the views of the questions,
 * the check of the detected details, the suggestions and articles, the description, the review
 * and the receipt; the checks of answers; the capture of the environment; and what turns a report
 * into a case. The widget fetches it when the customer shows intent to choose a topic (pointer
 * over or focus on the list) or opens a report already past that step, so a customer who only
 * looks at My cases, or closes the window again, never downloads it.
 */
export { captureEnvironment, createSelfHelpClient } from '@loket/sdk';
export { browserId } from '../../internal/browser-id';
export { contactFields } from '../../internal/contact-fields';
export { watchRouteChanges, withCurrentPage } from '../../internal/route-changes';
export { applyCorrections, confirmUnchanged, detected } from '../../internal/corrections';
export { describeEnvironment, withoutRemoved } from '../../internal/environment-rows';
export { articleQueryOf, attemptReportOf, caseInputOf } from '../../internal/report-query';
export { placeSendProblem } from '../../internal/send-problem';
export { startReport } from '../../internal/start-report';
export { findStepProblem } from '../../internal/step-problem';
export { warmUpIntl } from '../../internal/warm-up-intl';
export { progressBar, renderStep } from './render-step';
export { reportDetails } from './report-details';
export { stepSpecifics } from './step-specifics';
import { formStyles } from './form.styles';
import { reportStepsStyles } from './report-steps.styles';

/** The styles of these steps, added to the widget when they load. */
export const reportStyles = [formStyles, reportStepsStyles];
export { SelfHelpController } from './self-help-controller';
