package io.renloop.platform;

/**
 * The platform's port for group robot messages (a WeCom group bot's webhook). Like {@link OutgoingMail}: a message
 * handed over inside a transaction is posted only after it commits; delivery problems are logged and recorded,
 * never thrown at the caller; in demo mode every message is also kept in the tenant's developer outbox
 * ({@link DevOutbox}).
 */
public interface OutgoingRobotMessages {

	void send(RobotMessage message);
}
