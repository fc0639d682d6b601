import type { Site } from '../sites/site-schema';
import { caseLinkUrl } from './case-link-url';
import { composeCaseEmail } from './compose-case-email';
import type { EmailPayload, WebhookPayload } from './delivery-payload';
import type { ClaimedDelivery } from './delivery-store';
import { createMailSender } from './send-case-email';
import type { MailSender } from './send-case-email';
import { sendWebhook } from './send-webhook';

/**
 * Makes one attempt at a claimed delivery with the site's current configuration. Mail senders
 * are opened once per site and kept in `senders` for the rest of the round.
 *
 * @throws {Error} when the attempt failed, with a message for `last_error` and the log.
 */
export async function deliver(
  delivery: ClaimedDelivery,
  sites: ReadonlyMap<string, Site>,
  senders: Map<string, MailSender>,
): Promise<void> {
  const site = sites.get(delivery.site);
  if (!site) {
    throw new Error(`Site '${delivery.site}' is no longer configured on this server; its deliveries wait until it is back.`);
  }
  if (delivery.channel === 'webhook') {
    const webhook = site.webhooks.find((candidate) => candidate.url === delivery.target);
    if (!webhook) {
      throw new Error(
        `Webhook ${delivery.target} is no longer listed under webhooks in site.yaml of site '${site.key}'; add it back to deliver the events queued for it.`,
      );
    }
    await sendWebhook({ url: webhook.url, secret: webhook.secret, deliveryId: delivery.id, payload: delivery.payload as WebhookPayload });
    return;
  }
  const email = site.email;
  if (!email) throw new Error(`Site '${site.key}' has no email section in site.yaml any more; add it back to send the e-mails queued for customers.`);
  const payload = delivery.payload as EmailPayload;
  const message = composeCaseEmail({ siteName: site.name, link: caseLinkUrl(site, payload.reference), payload });
  let sender = senders.get(site.key);
  if (!sender) {
    sender = createMailSender({ ...site, email });
    senders.set(site.key, sender);
  }
  await sender.send(delivery.target, message);
}
