import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { problemNote } from './problem-note';
import { heading } from './step-heading';
import type { StepContext } from './steps';

/** What the topic step needs: it is drawn before the rest of the report's views have loaded. */
export type TopicStepContext = Pick<StepContext, 't' | 'locale' | 'config' | 'flow' | 'problem' | 'casesCount' | 'onChooseTopic' | 'onTopicIntent' | 'onMyCases'>;

/** The first step: the site's topics, and the way to My cases when this browser has cases. */
export function topicStep(ctx: TopicStepContext): TemplateResult {
  const { t, locale, config } = ctx;
  return html`${heading(t.topicHeading)}
    <ul class="topics" @pointerover=${ctx.onTopicIntent} @focusin=${ctx.onTopicIntent}>
      ${config.topics.map(
        (topic) => html`<li>
          <button class="topic" part="topic" type="button" data-topic=${topic.id} aria-current=${topic.id === ctx.flow?.id ? 'true' : nothing} @click=${() => ctx.onChooseTopic(topic.id)}>
            <strong>${topic.label[locale]}</strong>
            ${topic.hint ? html`<span>${topic.hint[locale]}</span>` : nothing}
          </button>
        </li>`,
      )}
    </ul>
    ${problemNote(ctx.problem?.field === 'topic' ? ctx.problem : undefined)}
    ${ctx.casesCount > 0 ? html`<p class="my-cases-entry"><button class="link" type="button" data-my-cases @click=${ctx.onMyCases}>${t.myCasesEntry(ctx.casesCount)}</button></p>` : nothing}`;
}

