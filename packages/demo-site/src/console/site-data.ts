import { useEffect, useState } from 'preact/hooks';
import type { Locale, LoketClient, Topic } from '@loket/sdk';

/** What the console shows instead of ids: topics with their questions, and article titles. */
export type SiteData = {
  /** The site's topics in the order of its configuration. */
  readonly topics: readonly Topic[];
  /** Finds a topic (flow) by id. */
  readonly topic: (id: string) => Topic | undefined;
  /** A topic's name in the console's language, or its id when the topic is not known (yet). */
  readonly topicLabel: (id: string) => string;
  /** An article's title in the console's language, or its id when the title is not known (yet). */
  readonly articleTitle: (id: string) => string;
};

const configs = new WeakMap<LoketClient, Promise<readonly Topic[]>>();
const titles = new WeakMap<LoketClient, Partial<Record<Locale, Promise<ReadonlyMap<string, string>>>>>();

/**
 * Preact hook that loads the site's topics and the article titles of one language through the
 * public client, once per language. Until they arrive, or when they cannot be loaded, the console
 * shows ids instead, which is still enough to handle a case.
 */
export function useSiteData(client: LoketClient, locale: Locale): SiteData {
  const [topics, setTopics] = useState<readonly Topic[]>([]);
  const [articleTitles, setArticleTitles] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    let current = true;
    void loadTopics(client).then((loaded) => current && setTopics(loaded));
    return () => {
      current = false;
    };
  }, [client]);

  useEffect(() => {
    let current = true;
    void loadTitles(client, locale).then((loaded) => current && setArticleTitles(loaded));
    return () => {
      current = false;
    };
  }, [client, locale]);

  const topic = (id: string) => topics.find((candidate) => candidate.id === id);
  return {
    topics,
    topic,
    topicLabel: (id) => topic(id)?.label[locale] ?? id,
    articleTitle: (id) => articleTitles.get(id) ?? id,
  };
}

function loadTopics(client: LoketClient): Promise<readonly Topic[]> {
  let loading = configs.get(client);
  if (!loading) {
    loading = client.config.get().then(
      (config) => config.topics,
      () => {
        configs.delete(client);
        return [];
      },
    );
    configs.set(client, loading);
  }
  return loading;
}

function loadTitles(client: LoketClient, locale: Locale): Promise<ReadonlyMap<string, string>> {
  const byLocale = titles.get(client) ?? {};
  titles.set(client, byLocale);
  byLocale[locale] ??= client.selfHelp.articles(locale).then(
    (knowledge) => new Map(knowledge.articles.map((article) => [article.id, article.title])),
    () => {
      delete byLocale[locale];
      return new Map();
    },
  );
  return byLocale[locale];
}
