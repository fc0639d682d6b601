import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SupportCase } from '@loket/sdk';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../use-document-title';
import { useConsole } from '../console-context';
import { isUnauthorized } from '../describe-error';
import { formatDateTime } from '../format';
import { inboxHref } from '../inbox/inbox-page';
import { RetryableError } from '../retryable-error';
import { AnswerList } from './answer-list';
import { ArticlesTried, CaseBadges, HandlingFacts, RepeatContacts } from './case-facts';
import { CaseTimeline } from './case-timeline';
import { EnvironmentList } from './environment-list';
import { ReplyForm } from './reply-form';
import { StatusForm } from './status-form';

// The error is kept as thrown and described when shown, so the message follows a change of language.
type CaseState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'loaded'; supportCase: SupportCase };

/**
 * One case with everything known about it at once: what the customer said and answered, their
 * environment, the articles they tried, repeat contacts, how it is handled, and the timeline; with
 * forms to reply and to change the status.
 */
export function CasePage({ reference }: { reference: string }) {
  const { support, texts, signOutExpired } = useConsole();
  const t = texts.case;
  const [state, setState] = useState<CaseState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle(texts.documentTitle(t.title(reference)));

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    support.cases.get(reference).then(
      (supportCase) => current && setState({ status: 'loaded', supportCase }),
      (error: unknown) => {
        if (!current) return;
        if (isUnauthorized(error)) return signOutExpired();
        setState({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [support, reference, attempt]);

  const update = (supportCase: SupportCase) => setState({ status: 'loaded', supportCase });

  return (
    <div class="console-page case-page">
      <p class="back-link">
        <a href={inboxHref()}>{t.back}</a>
      </p>
      {/* The heading is there at once, so focus can move to it while the case loads. */}
      <PageHeading>{t.title(reference)}</PageHeading>
      {state.status === 'loading' && <p class="muted">{texts.loading}</p>}
      {state.status === 'failed' && <RetryableError error={state.error} onRetry={() => setAttempt((count) => count + 1)} />}
      {state.status === 'loaded' && <CaseDetails supportCase={state.supportCase} onUpdated={update} />}
    </div>
  );
}

function CaseDetails({ supportCase, onUpdated }: { supportCase: SupportCase; onUpdated: (updated: SupportCase) => void }) {
  const { texts, site } = useConsole();
  const t = texts.case;
  const flow = site.topic(supportCase.topic);
  const now = Date.now();
  return (
    <>
      <p class="case-subtitle">{t.filed(site.topicLabel(supportCase.topic), formatDateTime(supportCase.createdAt, texts.locale))}</p>
      <CaseBadges supportCase={supportCase} now={now} />
      <div class="case-layout">
        <div class="case-main">
          <Section id="case-description" title={t.description}>
            <p class="message-text description">{supportCase.description}</p>
          </Section>
          <Section id="case-answers" title={t.answers}>
            <AnswerList answers={supportCase.answers} flow={flow} />
          </Section>
          <Section id="case-timeline" title={t.timeline}>
            <CaseTimeline supportCase={supportCase} />
          </Section>
          <div class="panel">
            <ReplyForm supportCase={supportCase} onReplied={onUpdated} />
          </div>
        </div>
        <div class="case-side">
          <Section id="case-handling" title={t.handling}>
            <HandlingFacts supportCase={supportCase} now={now} />
            <StatusForm supportCase={supportCase} onChanged={onUpdated} />
          </Section>
          <Section id="case-environment" title={t.environment}>
            <EnvironmentList environment={supportCase.environment} />
          </Section>
          <Section id="case-articles" title={t.articlesTried}>
            <ArticlesTried supportCase={supportCase} />
          </Section>
          <Section id="case-repeats" title={t.repeatContacts}>
            <RepeatContacts supportCase={supportCase} />
          </Section>
        </div>
      </div>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="panel" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
