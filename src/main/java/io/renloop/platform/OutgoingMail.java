package io.renloop.platform;

/**
 * The platform's port for e-mail. A message handed over inside a transaction is sent only after that
 * transaction commits, so a rolled-back change never mails anybody; a message handed over outside a transaction
 * is sent at once. Delivery problems (no mail server configured, a refused recipient, a server that is down) are
 * logged and recorded, never thrown at the caller. In demo mode every message is also kept in the tenant's
 * developer outbox ({@link DevOutbox}).
 */
public interface OutgoingMail {

	void send(MailMessage message);
}
