package io.renloop.offboarding.internal;

import io.renloop.employee.Employees;
import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.OutgoingSms;
import io.renloop.platform.SmsMessage;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The leaver's link to their documents: made on the last day and sent to the e-mail address of the employee record
 * and, when an SMS adapter is configured, to their mobile number — in Chinese with the English text below, since the
 * leaver's login (and its language) is gone. The address is {@code renloop.offboarding.base-url} when set, else
 * onboarding's public address, else the current request's.
 */
@Component
class LeaverLinks {

	private final LeavingDocumentLinks links;

	private final Employees employees;

	private final OutgoingMail mail;

	private final ObjectProvider<OutgoingSms> sms;

	private final MessageSource messages;

	private final TenantTime time;

	private final TenantAdministration tenants;

	private final String baseUrl;

	LeaverLinks(LeavingDocumentLinks links, Employees employees, OutgoingMail mail, ObjectProvider<OutgoingSms> sms,
			MessageSource messages, TenantTime time, TenantAdministration tenants,
			@Value("${renloop.offboarding.base-url:${renloop.onboarding.base-url:}}") String baseUrl) {
		this.links = links;
		this.employees = employees;
		this.mail = mail;
		this.sms = sms;
		this.messages = messages;
		this.time = time;
		this.tenants = tenants;
		this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
	}

	/** Makes the case's link (once) and sends it to the leaver. */
	void issueAndSend(String tenantId, OffboardingCase offboarding, Instant now) {
		links.issue(tenantId, offboarding.id(), now)
			.ifPresent(token -> send(tenantId, offboarding, url(token),
					LocalDate.ofInstant(now.plus(LeavingDocumentLinks.VALIDITY), time.zone(tenantId))));
	}

	/** The page of the leaver's link, for HR. */
	Optional<LeavingDocumentLinks.Link> linkOf(String tenantId, OffboardingCase offboarding) {
		return links.of(tenantId, offboarding.id());
	}

	String url(String token) {
		String base = StringUtils.hasText(baseUrl) || RequestContextHolder.getRequestAttributes() == null ? baseUrl
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return base + "/leaving-documents/" + token;
	}

	private void send(String tenantId, OffboardingCase offboarding, String url, LocalDate until) {
		Object[] arguments = { company(tenantId), offboarding.employeeName(), url, until };
		String email = employees.get(offboarding.employeeId()).email();
		if (StringUtils.hasText(email)) {
			mail.send(MailMessage.plain(tenantId, email, both("offboarding.mail.documents.subject", arguments, " / "),
					both("offboarding.mail.documents.body", arguments, "\n\n----\n\n")));
		}
		OutgoingSms port = sms.getIfAvailable();
		if (port != null) {
			// the mobile number is personal data: read through the audited reveal, as the system
			String phone = SystemActor.callAs(tenantId,
					() -> employees.revealPersonalData(offboarding.employeeId()).phone());
			if (StringUtils.hasText(phone)) {
				port.send(new SmsMessage(tenantId, phone, messages.getMessage("offboarding.sms.documents", arguments,
						Locale.SIMPLIFIED_CHINESE)));
			}
		}
	}

	private String both(String key, Object[] arguments, String separator) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE) + separator
				+ messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	private String company(String tenantId) {
		return tenants.tenant(tenantId).map(TenantAdministration.TenantView::name).orElse(tenantId);
	}
}
