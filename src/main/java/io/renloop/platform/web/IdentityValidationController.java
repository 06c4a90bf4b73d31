package io.renloop.platform.web;

import io.renloop.shared.IdentityNumberType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks an identity or account number for forms and integrators. Any signed-in user or API token may call it,
 * without a particular permission: it reads and stores nothing, and the answer depends on the value alone. The
 * value is personal data, so it is neither logged nor audited.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Validation", description = "Checks of identity and account numbers with reasons in the caller's language")
class IdentityValidationController {

	private final MessageSource messages;

	private final Clock clock;

	IdentityValidationController(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/api/v1/validation/identity")
	@Operation(summary = "Validate a resident ID, passport or bank card number", description = "PRC_RESIDENT_ID: "
			+ "18 characters, region, birth date and GB 11643 check character; PASSPORT: ICAO shape and the PRC "
			+ "pattern; BANK_CARD: 12 to 19 digits with the Luhn check digit. `reason` is null when valid, else "
			+ "translated per Accept-Language (zh-CN, en).")
	IdentityCheckResult validate(@Valid @RequestBody IdentityCheck check) {
		return check.type()
			.problem(check.value(), LocalDate.now(clock))
			.map(key -> new IdentityCheckResult(false, messages.getMessage(key, null, key, LocaleContextHolder.getLocale())))
			.orElseGet(() -> new IdentityCheckResult(true, null));
	}

	/**
	 * @param type PRC_RESIDENT_ID, PASSPORT or BANK_CARD
	 * @param value the number as the person typed it
	 */
	record IdentityCheck(@NotNull IdentityNumberType type, @NotNull @Size(max = 100) String value) {
	}

	/**
	 * @param valid whether the number passed every check
	 * @param reason why not, in the caller's language; null when valid
	 */
	record IdentityCheckResult(boolean valid, String reason) {
	}
}
