package io.renloop.platform;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A message that is a to-do for one person: pushed to the channels they chose, with a link that opens the item.
 * The recipient is a login or an employee (whose login the platform finds); a notice for an employee without a
 * login reaches nobody.
 *
 * @param tenantId the tenant of the recipient
 * @param userId the recipient's login, or null when {@code employeeId} names the recipient
 * @param employeeId the recipient's employee record, or null when {@code userId} names the recipient
 * @param topic what it is about; chooses the title and text
 * @param dedupKey what makes the notice unique for the recipient, e.g. {@code approval-task:4711}: sending the
 * same key twice (a listener running again) sends once
 * @param args the arguments of the topic's text, in order
 * @param link the path on this site that opens the item, e.g. {@code /approvals?task=4711}
 */
public record WorkNotice(String tenantId, UUID userId, UUID employeeId, NoticeTopic topic, String dedupKey,
		List<String> args, String link) {

	public WorkNotice {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(dedupKey, "dedupKey");
		Objects.requireNonNull(link, "link");
		if ((userId == null) == (employeeId == null)) {
			throw new IllegalArgumentException("exactly one of userId and employeeId names the recipient");
		}
		if (!link.startsWith("/") || link.startsWith("//")) {
			throw new IllegalArgumentException("a notice links to a path on this site");
		}
		args = args == null ? List.of() : List.copyOf(args);
	}

	/** A notice to a login. */
	public static WorkNotice toUser(String tenantId, UUID userId, NoticeTopic topic, String dedupKey, String link,
			String... args) {
		return new WorkNotice(tenantId, userId, null, topic, dedupKey, List.of(args), link);
	}

	/** A notice to the login of an employee. */
	public static WorkNotice toEmployee(String tenantId, UUID employeeId, NoticeTopic topic, String dedupKey,
			String link, String... args) {
		return new WorkNotice(tenantId, null, employeeId, topic, dedupKey, List.of(args), link);
	}
}
