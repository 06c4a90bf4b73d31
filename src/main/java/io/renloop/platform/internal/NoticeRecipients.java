package io.renloop.platform.internal;

import io.renloop.platform.WorkNotice;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The enabled login a notice goes to, with the language it is written in (the login's, else the tenant's). */
@Component
class NoticeRecipients {

	/** @param locale the language of the login, else of its tenant */
	record Recipient(UUID userId, Locale locale) {
	}

	private static final String SELECT = """
			select u.id, coalesce(u.locale, t.locale) from platform.user_account u
			join platform.tenant t on t.id = u.tenant_id
			""";

	private final JdbcTemplate jdbc;

	NoticeRecipients(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Empty for an employee without a login, a disabled login, or a login of another tenant. */
	Optional<Recipient> of(WorkNotice notice) {
		String column = notice.userId() != null ? "u.id" : "u.employee_id";
		UUID id = notice.userId() != null ? notice.userId() : notice.employeeId();
		return jdbc.query(SELECT + "where u.tenant_id = ? and u.enabled and " + column + " = ? order by u.created_at limit 1",
				(rs, i) -> new Recipient(rs.getObject(1, UUID.class), Locale.forLanguageTag(rs.getString(2))),
				notice.tenantId(), id).stream().findFirst();
	}

	/** The language of a login, else of its tenant. */
	Locale localeOf(UUID userId) {
		return jdbc.query(SELECT + "where u.id = ?", (rs, i) -> Locale.forLanguageTag(rs.getString(2)), userId)
			.stream()
			.findFirst()
			.orElse(Locale.SIMPLIFIED_CHINESE);
	}
}
